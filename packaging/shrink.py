"""Linux post-build steps that make the PyInstaller folder smaller without losing a feature.

Run by packaging/mentordesk.spec after COLLECT (Linux only); each step checks its own work and
leaves a file as it was when the check fails or a tool is missing, so a build never breaks
because of them. Measured effect: README, "Installing".

- `strip_binaries`: `strip --strip-unneeded` on every shared object, kept only when the dynamic
  loader still maps it (libraries auditwheel rewrote with patchelf break: NumPy's OpenBLAS).
- `reduce_icu_data`: ICU's data library (31 MB, linked by QtCore) rebuilt with only the locales
  MentorDesk ships, same SONAME and symbol.
- `share_duplicates`: one copy of a library two wheels each carry (OpenSSL's libcrypto).
- `stub_unused_solvers`: OR-Tools' SCIP, HiGHS and COIN-OR back-ends (25 MB), which every
  OR-Tools binary links but MentorDesk's solvers (min-cost flow, GLOP, CP-SAT) never call,
  replaced by small libraries that define the same symbols and stop with a message if called.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

#: The languages MentorDesk ships; ICU keeps their locale data (and root, the fallback).
ICU_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "ar")

#: (library a wheel carries, library another wheel carries that replaces it): three copies of
#: OpenSSL's libcrypto become psycopg's (OpenSSL 3.5.9). sqlcipher3's (3.5.4) users need only
#: OPENSSL_3.0.0 symbols; Python's `_hashlib`/`_ssl` and the system's libssl (Debian, 3.0)
#: need OPENSSL_3.0.0 and 3.0.3. `share_duplicates` checks the versions before linking.
#: Python's libssl becomes psycopg's too (the pair of its libcrypto), and the Kerberos libraries
#: QtNetwork links (via QtPdf; the preview never uses GSSAPI) become psycopg's copies.
DUPLICATES: tuple[tuple[str, str], ...] = (
    ("sqlcipher3_binary.libs/libcrypto-*.so.3", "psycopg_binary.libs/libcrypto-*.so.3"),
    ("libcrypto.so.3", "psycopg_binary.libs/libcrypto-*.so.3"),
    ("libssl.so.3", "psycopg_binary.libs/libssl-*.so.3"),
    ("libgssapi_krb5.so.2", "psycopg_binary.libs/libgssapi_krb5-*.so.2*"),
    ("libkrb5.so.3", "psycopg_binary.libs/libkrb5-*.so.3*"),
    ("libk5crypto.so.3", "psycopg_binary.libs/libk5crypto-*.so.3*"),
    ("libkrb5support.so.0", "psycopg_binary.libs/libkrb5support-*.so.0*"),
    ("libkeyutils.so.1", "psycopg_binary.libs/libkeyutils-*.so.1*"),
)

#: OR-Tools' third-party solver back-ends. `libortools.so` and every OR-Tools extension module
#: name them (DT_NEEDED), so the loader needs them, but min-cost flow, GLOP and CP-SAT are
#: OR-Tools' own code: the matcher never reaches them (LD_DEBUG=bindings on match, rotation and
#: the peer LP: only load-time relocations bind into them).
UNUSED_SOLVERS: tuple[str, ...] = (
    "libscip.so.*", "libhighs.so.*", "libCbcSolver.so.*", "libOsiCbc.so.*",
    "libClpSolver.so.*", "libCbc.so.*", "libCgl.so.*", "libOsiClp.so.*", "libClp.so.*",
    "libOsi.so.*", "libCoinUtils.so.*",
)  # fmt: skip

_ELF = b"\x7fELF"
_LOADER = Path("/lib64/ld-linux-x86-64.so.2")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ELF
    except OSError:
        return False


def shared_objects(folder: Path) -> list[Path]:
    """Every shared object in the bundle's `_internal` folder (never the executable: the
    bootloader carries the application's archive after its ELF image, which strip would cut)."""
    return sorted(
        path
        for path in (folder / "_internal").rglob("*.so*")
        if path.is_file() and not path.is_symlink() and is_elf(path)
    )


def direct_needed(path: str | Path) -> list[str]:
    """The libraries a binary names itself (DT_NEEDED), not what they need in turn."""
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _readelf("-d", str(path)))


def loader_check(folder: Path) -> Callable[[Path], str]:
    """What the dynamic loader says when it maps `path` and its libraries ("" when it can),
    with the bundle's library folder first in the search path, as at run time."""
    loader = _LOADER if _LOADER.exists() else None
    env = dict(os.environ, LD_LIBRARY_PATH=str(folder / "_internal"))

    def check(path: Path) -> str:
        command = [str(loader), "--list", str(path)] if loader else ["ldd", str(path)]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        return "" if done.returncode == 0 else (done.stderr.strip() or f"exit {done.returncode}")

    return check


def strip_binaries(
    files: Iterable[Path],
    check: Callable[[Path], str],
    strip: Callable[[Path], bool],
) -> tuple[int, list[Path]]:
    """Strip each file; keep the stripped one only if `check` says the same as before (the
    loader maps it, or it lacks the same system library it lacked already). Returns the bytes
    saved and the files put back."""
    saved, restored = 0, []
    with tempfile.TemporaryDirectory() as keep:
        for number, path in enumerate(files):
            before_size, before = path.stat().st_size, check(path)
            backup = Path(keep) / str(number)
            shutil.copy2(path, backup)
            if not strip(path):
                shutil.copy2(backup, path)
                continue
            if check(path) != before:
                shutil.copy2(backup, path)
                restored.append(path)
                continue
            saved += before_size - path.stat().st_size
    return saved, restored


def gnu_strip(path: Path) -> bool:
    done = subprocess.run(["strip", "--strip-unneeded", str(path)], capture_output=True)
    return done.returncode == 0


# -- ICU ------------------------------------------------------------------------------------
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9_]+)?$")


def icu_item_wanted(item: str, languages: Iterable[str] = ICU_LANGUAGES) -> bool:
    """Whether an item of ICU's data package (`coll/es.res`, `ibm-943_P15A-2003.cnv`…) stays.

    Kept: every locale-independent item (properties, normalization, break rules, time zones,
    the string pools and indexes), the locale data of `languages` and of root (the fallback).
    Dropped: other languages' locale data (names, collation tailorings, units, currencies,
    zone names), the legacy-encoding converter tables (Qt and MentorDesk read and write
    UTF-8; Python's own codecs decode a legacy CSV) and the transliterators (unused by Qt).
    """
    tree, _, name = item.rpartition("/")
    stem, ext = os.path.splitext(name)
    if ext == ".cnv" or tree == "translit":
        return False
    if ext == ".res" and stem not in ("root", "res_index", "pool"):
        locale = _LOCALE.match(stem)
        if locale:
            return locale.group(1) in set(languages)
    return True


def reduce_icu_data(library: Path, languages: Iterable[str] = ICU_LANGUAGES) -> int:
    """Rebuild ICU's data library with only `languages`' locale data; returns the bytes saved
    (0, library untouched, when icupkg or a C compiler is missing or a step fails).

    The data is the library's one exported symbol, `icudt<N>_dat`; the new library exports
    the same symbol under the same SONAME, so libicuuc loads it unchanged. icupkg (Debian's
    icu-devtools) lists and removes items; items another kept item depends on are put back.
    """
    if not (shutil.which("icupkg") and shutil.which("cc") and shutil.which("readelf")):
        print("ICU data left whole: icupkg (icu-devtools) or a C compiler is missing")
        return 0
    symbol = _data_symbol(library)
    if symbol is None:
        return 0
    name, offset, size = symbol
    prefix = name.removesuffix("_dat") + "l"  # icudt73l: the package's item prefix
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        whole = work / f"{prefix}.dat"
        whole.write_bytes(library.read_bytes()[offset : offset + size])
        listing = subprocess.run(["icupkg", "-l", str(whole)], capture_output=True, text=True)
        items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
        removed = [item for item in items if not icu_item_wanted(item, languages)]
        (work / "out").mkdir()
        reduced = work / "out" / whole.name
        for _attempt in range(5):
            (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
            done = subprocess.run(
                ["icupkg", "-r", str(work / "remove.txt"), str(whole), str(reduced)],
                capture_output=True,
                text=True,
            )
            missing = set(re.findall(r"depends on missing item (\S+)", done.stderr))
            if not missing:
                break
            removed = [item for item in removed if item not in missing]
        if not reduced.is_file():
            print(f"ICU data left whole: icupkg failed ({done.stderr.strip()[:200]})")
            return 0
        source = work / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n"
            f'{name}:\n\t.incbin "{reduced}"\n\t.size {name}, . - {name}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        built = work / library.name
        soname = _soname(library) or library.name
        done = subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built), str(source)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0 or _data_symbol(built) is None:
            print(f"ICU data left whole: the library could not be built ({done.stderr[:200]})")
            return 0
        before = library.stat().st_size
        shutil.copyfile(built, library)
        return before - library.stat().st_size


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True).stdout


def _soname(library: Path) -> str | None:
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _readelf("-d", str(library)))
    return found.group(1) if found else None


def _data_symbol(library: Path) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the `icudt<N>_dat` symbol, or None."""
    symbols = _readelf("--dyn-syms", str(library))
    found = re.search(
        r":\s+([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s.*\s(icudt\d+_dat)$", symbols, re.MULTILINE
    )
    if not found:
        return None
    address, size = int(found.group(1), 16), int(found.group(2), 0)
    for line in _readelf("-S", str(library)).splitlines():
        section = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if section:
            start, offset, length = (int(section.group(i), 16) for i in (1, 2, 3))
            if start <= address < start + length:
                return found.group(3), offset + address - start, size
    return None


# -- duplicated libraries -------------------------------------------------------------------
def share_duplicates(internal: Path, duplicates: Iterable[tuple[str, str]] = DUPLICATES) -> int:
    """Replace each duplicate by a relative symbolic link to its replacement when the
    replacement defines every versioned symbol the duplicate's users need; returns bytes saved.
    """
    saved = 0
    for pattern, replacement_pattern in duplicates:
        copies = sorted(internal.glob(pattern))
        replacements = sorted(internal.glob(replacement_pattern))
        if len(copies) != 1 or len(replacements) != 1 or copies[0].is_symlink():
            continue
        copy, replacement = copies[0], replacements[0]
        if not _provides(replacement, _needed_versions(internal, copy.name)):
            print(f"{copy.name} kept: {replacement.name} lacks a symbol version it needs")
            continue
        saved += copy.stat().st_size
        copy.unlink()
        copy.symlink_to(os.path.relpath(replacement, copy.parent))
    return saved


def _needed_versions(internal: Path, library_name: str) -> set[str]:
    """The symbol versions the bundle's binaries ask of `library_name` (readelf's
    "Version needs" entries: a `File:` line, then its `Name:` lines)."""
    wanted: set[str] = set()
    for path in shared_objects(internal.parent):
        current = None
        for line in _readelf("-V", str(path)).splitlines():
            entry = re.search(r"Version: \d+\s+File: (\S+)", line)
            if entry:
                current = entry.group(1)
                continue
            name = re.search(r"^\s+0x[0-9a-f]+:\s+Name: (\S+)\s+Flags", line)
            if name and current == library_name:
                wanted.add(name.group(1))
    return wanted


def _provides(library: Path, versions: set[str]) -> bool:
    """Whether `library` defines every one of the symbol versions (its "Version definition"
    entries: `Rev: … Name: X`)."""
    defined = set(re.findall(r"Rev: \d+.*Name: (\S+)", _readelf("-V", str(library))))
    return bool(defined) and versions <= defined


# -- OR-Tools' unused solver back-ends -------------------------------------------------------
_TRAP = r"""#include <stdio.h>
#include <stdlib.h>
__attribute__((visibility("hidden"))) void mentordesk_left_out(const char *library) {
    fprintf(stderr, "MentorDesk: OR-Tools called %s, which this bundle leaves out "
            "(packaging/shrink.py)\n", library);
    abort();
}
"""


def stub_unused_solvers(libs: Path, patterns: Iterable[str] = UNUSED_SOLVERS) -> int:
    """Replace each library of `patterns` in OR-Tools' library folder by a stub with the same
    SONAME that defines exactly the symbols the other OR-Tools binaries import from it
    (functions: a jump to a message and abort(); data: zeros of the same size). Checked with
    the loader binding every symbol now: a binary with a new unresolved symbol puts all the
    originals back. Returns the bytes saved (0 without a C compiler)."""
    if not (shutil.which("cc") and shutil.which("readelf")):
        print("OR-Tools' solver back-ends kept: no C compiler")
        return 0
    targets = sorted({path for pattern in patterns for path in libs.glob(pattern)})
    targets = [path for path in targets if path.is_file() and not path.is_symlink()]
    kept = [
        path
        for path in libs.parent.rglob("*.so*")
        if path.is_file() and path not in targets and is_elf(path)
    ]
    imported = {
        name for path in kept for name, kind, size, undefined in _symbols(path) if undefined
    }
    unresolved = _unresolved_symbols(kept)
    saved = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "trap.c").write_text(_TRAP, encoding="utf-8")
        originals = work / "originals"
        originals.mkdir()
        for library in targets:
            defined = {
                name: (kind, size)
                for name, kind, size, undefined in _symbols(library)
                if not undefined and kind in ("FUNC", "OBJECT")
            }
            source = work / f"{library.name}.S"
            source.write_text(_stub_assembly(library.name, defined, imported), encoding="utf-8")
            stub = work / library.name
            soname = _soname(library) or library.name
            done = subprocess.run(
                ["cc", "-shared", "-fPIC", "-O1", f"-Wl,-soname,{soname}", "-o", str(stub),
                 str(source), str(work / "trap.c")],
                capture_output=True,
                text=True,
            )  # fmt: skip
            if done.returncode != 0:
                print(f"{library.name} kept: its stub did not build ({done.stderr[:200]})")
                continue
            shutil.copy2(library, originals / library.name)
            saved += library.stat().st_size - stub.stat().st_size
            shutil.copyfile(stub, library)
        if _unresolved_symbols(kept) != unresolved:
            print("OR-Tools' solver back-ends kept: a stub lacks a symbol")
            for original in originals.iterdir():
                shutil.copyfile(original, libs / original.name)
            return 0
    return saved


def _symbols(library: Path) -> list[tuple[str, str, int, bool]]:
    """(name, type, size, undefined) of each dynamic symbol."""
    rows = []
    for line in _readelf("--dyn-syms", str(library)).splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[0].endswith(":") and fields[0][:-1].isdigit():
            name = fields[7].split("@")[0]
            rows.append((name, fields[3], int(fields[2], 0), fields[6] == "UND"))
    return rows


def _stub_assembly(library: str, defined: dict[str, tuple[str, int]], imported: set[str]) -> str:
    lines = [
        "\t.section .rodata",
        f'left_out_name: .asciz "{library}"',
        "\t.text",
        "left_out:",
        "\tlea left_out_name(%rip), %rdi",
        "\tjmp mentordesk_left_out@PLT",
    ]
    for name in sorted(set(defined) & imported):
        kind, size = defined[name]
        if kind == "FUNC":
            lines += ["\t.text", f'\t.globl "{name}"', f'\t.type "{name}", @function',
                      f'"{name}":', "\tjmp left_out"]  # fmt: skip
        else:
            size = max(size, 1)
            lines += ["\t.data", "\t.balign 16", f'\t.globl "{name}"',
                      f'\t.type "{name}", @object', f'\t.size "{name}", {size}',
                      f'"{name}":', f"\t.zero {size}"]  # fmt: skip
    lines.append('\t.section .note.GNU-stack,"",@progbits')
    return "\n".join(lines) + "\n"


def _unresolved_symbols(binaries: Iterable[Path]) -> set[str]:
    """The symbols the loader cannot bind when it loads each binary and binds everything now
    (`ldd -r`); Python's own symbols, which extension modules take from the interpreter, are
    in every run alike."""
    loader = str(_LOADER) if _LOADER.exists() else "ld.so"
    env = dict(os.environ, LD_BIND_NOW="1", LD_WARN="1", LD_TRACE_LOADED_OBJECTS="1")
    found: set[str] = set()
    for path in binaries:
        done = subprocess.run([loader, str(path)], env=env, capture_output=True, text=True)
        found.update(
            f"{path.name}: {name}"
            for name in re.findall(r"undefined symbol: (\S+)", done.stdout + done.stderr)
        )
    return found
