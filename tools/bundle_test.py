"""Build the Linux bundle and prove it works the way a coordinator meets it (`make bundle-test`).

Builds dist/mentordesk-VERSION with PyInstaller (unless --no-build), packs the tar.gz, installs
it with its own install.sh into a throw-away HOME, then runs the installed `mentordesk`:
`--version`, `demo` (a first run: the new-file template is copied, no migration runs), `match`
and `rotation` (OR-Tools without SciPy or pandas), `protect` (SQLCipher on the libcrypto it
shares with psycopg), `pdf agreement` in English and Arabic (fonts, shaping, CLDR dates), the
reduced ICU data (collation of Spanish, French and Arabic names, long dates in the four
languages, right-to-left text) and the GUI starting offscreen in English and Arabic and quitting
by itself. Prints the bundle's size per top-level folder and start times beside the development
install (`make run`'s virtual environment). Exits 1 on the first failure.

`python tools/bundle_test.py --icu LIBDIR` runs only the ICU check on a folder holding
libicudata/libicuuc/libicui18n (the bundle's PySide6/Qt/lib).
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 200


def version() -> str:
    namespace: dict[str, str] = {}
    text = (ROOT / "src" / "mentordesk" / "__init__.py").read_text(encoding="utf-8")
    exec(compile(text, "__init__", "exec"), namespace)
    return namespace["__version__"]


def folder_size_mb(path: Path) -> float:
    return (
        sum(f.lstat().st_size for f in path.rglob("*") if not f.is_symlink() and f.is_file())
        / 1_048_576
    )


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or "Traceback" in done.stderr:
        print(f"FAILED: {' '.join(cmd)} (exit {done.returncode})\n{done.stdout}\n{done.stderr}")
        sys.exit(1)
    return elapsed, done.stdout


def sizes(bundle: Path) -> None:
    """The bundle's size per top-level item of _internal (MB), largest first."""
    internal = bundle / "_internal"
    items = sorted(
        ((folder_size_mb(p) if p.is_dir() else p.lstat().st_size / 1_048_576), p.name)
        for p in internal.iterdir()
    )
    big = [f"{name} {mb:.1f}" for mb, name in reversed(items) if mb >= 1]
    rest = sum(mb for mb, _ in items if mb < 1)
    print(f"  per folder (MB): {', '.join(big)}, {len(items) - len(big)} smaller {rest:.1f}")


#: ICU as Qt uses it (QCollator, QLocale's case mapping, time zone names), checked on the
#: bundle's own libraries: (locale, names in a shuffled order, the order ICU must give).
#: Spanish sorts Ñ as its own letter after N; Arabic puts Arabic script before Latin; French
#: sorts accented letters with their base letter (root's rules), not after Z as code points do.
COLLATION = (
    ("es", ["Ñandú", "Oscar", "Nuñez"], ["Nuñez", "Ñandú", "Oscar"]),
    ("fr", ["Fanny", "Élodie", "Eddy", "Zoé"], ["Eddy", "Élodie", "Fanny", "Zoé"]),
    ("ar", ["Zoe", "يوسف", "أحمد", "بلال"], ["أحمد", "بلال", "يوسف", "Zoe"]),
)
#: 2 December 2026, 12:00 UTC: the long date in each language names the month in it.
LONG_DATES = (("en", "December"), ("es", "diciembre"), ("fr", "décembre"), ("ar", "ديسمبر"))


def icu_check(lib: Path) -> str | None:
    """None when the ICU libraries in `lib` sort, format dates and find text direction as the
    languages MentorDesk ships need; else what went wrong."""
    import ctypes
    import functools

    (uc_path,) = lib.glob("libicuuc.so.*")
    ver = uc_path.name.split(".so.")[1]
    ctypes.CDLL(str(lib / f"libicudata.so.{ver}"), mode=ctypes.RTLD_GLOBAL)
    uc = ctypes.CDLL(str(uc_path), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(lib / f"libicui18n.so.{ver}"))

    def fn(library: ctypes.CDLL, name: str, restype: object, *argtypes: object) -> Any:
        function = getattr(library, f"{name}_{ver}")
        function.restype, function.argtypes = restype, list(argtypes)
        return function

    def utf16(text: str) -> tuple[ctypes.Array[ctypes.c_char], int]:
        data = text.encode("utf-16-le")
        return ctypes.create_string_buffer(data, len(data) + 2), len(data) // 2

    status = ctypes.c_int(0)
    p, i32, err = ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int)
    ucol_open = fn(i18n, "ucol_open", p, ctypes.c_char_p, err)
    strcoll = fn(i18n, "ucol_strcoll", ctypes.c_int, p, ctypes.c_char_p, i32, ctypes.c_char_p, i32)
    for locale, names, expected in COLLATION:
        collator = ucol_open(locale.encode(), ctypes.byref(status))
        if status.value > 0 or not collator:
            return f"no {locale} collator (ICU error {status.value})"

        def compare(a: str, b: str, collator: int = collator) -> int:
            return int(strcoll(collator, *utf16(a), *utf16(b)))

        got = sorted(names, key=functools.cmp_to_key(compare))
        if got != expected:
            return f"{locale} names sorted as {got}, expected {expected}"
    udat_open = fn(
        i18n,
        "udat_open",
        p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        i32,
        p,
        i32,
        err,
    )
    udat_format = fn(i18n, "udat_format", i32, p, ctypes.c_double, ctypes.c_char_p, i32, p, err)
    zone, zone_length = utf16("UTC")
    for locale, month in LONG_DATES:
        formatter = udat_open(
            -1, 1, locale.encode(), zone, zone_length, None, -1, ctypes.byref(status)
        )  # no time, UDAT_LONG date
        out = ctypes.create_string_buffer(512)
        length = udat_format(formatter, 1796212800000.0, out, 256, None, ctypes.byref(status))
        text = out.raw[: 2 * max(length, 0)].decode("utf-16-le")
        if status.value > 0 or month not in text:
            return f"the {locale} long date is {text!r} (ICU error {status.value})"
    direction = fn(uc, "ubidi_getBaseDirection", ctypes.c_int, ctypes.c_char_p, i32)
    if direction(*utf16("مرشد Mentor")) != 1:  # UBIDI_RTL
        return "Arabic text is not found to run right to left"
    return None


def main(argv: list[str]) -> int:
    if argv[:1] == ["--icu"]:
        problem = icu_check(Path(argv[1]))
        print(problem or "ICU ok")
        return 1 if problem else 0
    bundle = ROOT / "dist" / f"mentordesk-{version()}"
    if "--no-build" not in argv or not bundle.is_dir():
        sys.path.insert(0, str(ROOT / "packaging"))
        from buildenv import create  # the build environment: NumPy without OpenBLAS

        subprocess.run(
            [
                str(create(sys.executable)),
                "-m",
                "PyInstaller",
                str(ROOT / "packaging" / "mentordesk.spec"),
                "--noconfirm",
                "--distpath",
                str(ROOT / "dist"),
                "--workpath",
                str(ROOT / "build" / "pyinstaller"),
                "--log-level",
                "ERROR",
            ],
            check=True,
        )
    tarball = (
        subprocess.run(
            ["sh", str(ROOT / "packaging" / "linux" / "make-tarball.sh"), str(bundle)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    size = folder_size_mb(bundle)
    print(
        f"bundle: {size:.0f} MB unpacked (budget {SIZE_BUDGET_MB} MB), "
        f"{Path(tarball).stat().st_size / 1_048_576:.0f} MB as {Path(tarball).name}"
    )
    sizes(bundle)

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="data")
        unpacked = Path(tmp) / Path(tarball).name.removesuffix(".tar.gz")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MENTORDESK"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        run(["sh", str(unpacked / "install.sh")], env)
        exe = home / ".local" / "bin" / "mentordesk"
        for needed in (
            exe,
            home / ".local/share/applications/org.mentordesk.MentorDesk.desktop",
            home / ".local/share/mime/packages/org.mentordesk.MentorDesk.xml",
            home / ".local/share/icons/hicolor/256x256/apps/org.mentordesk.MentorDesk.png",
            home / ".local/share/metainfo/org.mentordesk.MentorDesk.metainfo.xml",
        ):
            if not needed.exists():
                print(f"FAILED: the installer did not create {needed}")
                return 1
        db = Path(tmp) / "bundle test.sqlite"
        t_version, out = run([str(exe), "--version"], env)
        print(f"--version: {out.strip()} in {t_version:.2f} s")
        # A first run copies the new-file template: with Alembic's env.py (and its compiled
        # form, which Alembic would load instead) hidden, running the migrations would fail,
        # so this demo succeeds only if the template was used.
        installed = home / ".local" / "opt"
        (template,) = installed.rglob("mentordesk/db/migrations/new-file.sqlite")
        hidden = [template.with_name("env.py"), *template.parent.glob("__pycache__/env.*")]
        for path in hidden:
            path.rename(path.with_name(path.name + ".hidden"))
        try:
            t_demo, out = run([str(exe), "--db", str(db), "demo", "--participants", "40"], env)
        finally:
            for path in hidden:
                path.with_name(path.name + ".hidden").rename(path)
        program = out.split("'")[1]  # Created 'NAME' with …
        print("first run: the new file is a copy of the bundled template (no migration ran)")
        (lib,) = installed.rglob("PySide6/Qt/lib")
        done = subprocess.run(
            [sys.executable, __file__, "--icu", str(lib)], capture_output=True, text=True
        )
        if done.returncode != 0:
            print(f"FAILED: the bundle's ICU: {done.stdout}{done.stderr}")
            return 1
        print("ICU: es/fr/ar collation, long dates in en/es/fr/ar, Arabic right to left")
        # Printing: Qt's CUPS plugin is bundled, the CUPS client library is the system's.
        (cups_plugin,) = installed.rglob("printsupport/libcupsprintersupport.so")
        if list(installed.rglob("libcups.so*")):
            print("FAILED: the bundle carries libcups (it should be the system's)")
            return 1
        if ctypes.util.find_library("cups"):
            listed = subprocess.run(["ldd", str(cups_plugin)], capture_output=True, text=True)
            if "not found" in listed.stdout:
                print(f"FAILED: the CUPS print plugin misses libraries:\n{listed.stdout}")
                return 1
            print("printing: the CUPS plugin finds the system's libcups")
        # The desktop's base libraries (fontconfig, FreeType, GLib, libX11…) are the system's:
        # Qt's X11 and Wayland plugins and QtGui must still find every library they name.
        internal = exe.resolve().parent / "_internal"
        ldd_env = dict(env, LD_LIBRARY_PATH=str(internal))
        qt = internal / "PySide6" / "Qt"
        for path in (
            qt / "plugins" / "platforms" / "libqxcb.so",
            qt / "plugins" / "platforms" / "libqwayland.so",
            qt / "lib" / "libQt6Gui.so.6",
            qt / "lib" / "libQt6DBus.so.6",
        ):
            listed = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, env=ldd_env
            ).stdout
            if "not found" in listed:
                print(f"FAILED: {path.name} misses libraries:\n{listed}")
                return 1
        print("X11, Wayland and QtGui find every library (the system's base libraries)")
        # NumPy without OpenBLAS (packaging/buildenv.py); the Linux keyring without
        # SecretStorage's cryptography, through MentorDesk's own backend (its entry point).
        for left_out in ("*openblas*", "libgfortran*", "cryptography", "secretstorage"):
            if found := list(installed.rglob(left_out)):
                print(f"FAILED: the bundle carries {found[0].name} (it should be left out)")
                return 1
        (entry_points,) = installed.rglob("mentordesk-*.dist-info/entry_points.txt")
        if "mentordesk.core.secret_service" not in entry_points.read_text(encoding="utf-8"):
            print("FAILED: keyring would not find MentorDesk's Secret Service backend")
            return 1
        print("NumPy without OpenBLAS; the keyring's Secret Service backend is registered")
        # The matcher's solvers inside the bundle: OR-Tools' min-cost flow and CP-SAT (pandas
        # and SciPy are left out, see packaging/datafiles.py).
        t_match, out = run([str(exe), "--db", str(db), "match", "--program", program], env)
        if "matched" not in out:
            print(f"FAILED: match printed no summary:\n{out}")
            return 1
        run([str(exe), "--db", str(db), "rotation", "--program", program, "--rounds", "3"], env)
        print(f"match {t_match:.2f} s, rotation ok")
        pdf = Path(tmp) / "agreement.pdf"
        t_pdf, _ = run(
            [str(exe), "--db", str(db), "pdf", "agreement", "--pair", "1", "-o", str(pdf)], env
        )
        if shutil.which("pdffonts"):
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
            if "DejaVu" not in fonts:
                print(f"FAILED: the agreement has none of the bundled fonts:\n{fonts}")
                return 1
        print(f"demo {t_demo:.2f} s, pdf agreement {t_pdf:.2f} s (fonts embedded)")
        pdf_ar = Path(tmp) / "agreement-ar.pdf"
        run(
            [
                str(exe),
                "--db",
                str(db),
                "pdf",
                "agreement",
                "--pair",
                "1",
                "--language",
                "ar",
                "-o",
                str(pdf_ar),
            ],
            env,
        )
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(pdf_ar), "-"], capture_output=True, text=True
            ).stdout
            if not any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text):
                print(f"FAILED: the Arabic agreement has no Arabic text:\n{text[:500]}")
                return 1
        print("pdf agreement in Arabic: Arabic text inside")
        # SQLCipher inside the bundle (its libcrypto is psycopg's, see packaging/shrink.py).
        secret = Path(tmp) / "protected.sqlite"
        shutil.copyfile(db, secret)
        cipher_env = dict(env, MENTORDESK_NEW_PASSPHRASE="bundle test passphrase")
        run([str(exe), "--db", str(secret), "protect"], cipher_env)
        if secret.read_bytes()[:16] == b"SQLite format 3\x00":
            print("FAILED: protect left the file readable without the passphrase")
            return 1
        cipher_env = dict(env, MENTORDESK_PASSPHRASE="bundle test passphrase")
        _, out = run([str(exe), "--db", str(secret), "programs"], cipher_env)
        if program not in out:
            print(f"FAILED: the protected file does not list {program!r}:\n{out}")
            return 1
        print("protect: encrypted with SQLCipher and read back with the passphrase")
        gui_env = dict(env, MENTORDESK_QUIT_AFTER_MS="1500")
        t_gui, _ = run([str(exe), "--db", str(Path(tmp) / "gui.sqlite")], gui_env, timeout=90)
        print(f"GUI: first run with the sample program, shown and quit by itself in {t_gui:.2f} s")
        catalogs = {p.name for p in unpacked.rglob("*.qm")}
        for needed_qm in (
            "mentordesk_es.qm",
            "mentordesk_fr.qm",
            "mentordesk_ar.qm",
            "qtbase_ar.qm",
        ):
            if needed_qm not in catalogs:
                print(f"FAILED: the bundle lacks the translation {needed_qm}")
                return 1
        t_ar, _ = run(
            [str(exe), "--db", str(Path(tmp) / "gui.sqlite")],
            dict(gui_env, MENTORDESK_LANGUAGE="ar"),
            timeout=90,
        )
        print(f"GUI in Arabic (catalogs found in the bundle): shown and quit in {t_ar:.2f} s")

        venv = ROOT / ".venv" / "bin" / "mentordesk"
        if venv.exists():
            dev_env = dict(gui_env)
            t_dev_version, _ = run([str(venv), "--version"], dev_env)
            t_dev_gui, _ = run([str(venv), "--db", str(Path(tmp) / "dev.sqlite")], dev_env, 90)
            print(
                f"make run's install: --version {t_dev_version:.2f} s, GUI {t_dev_gui:.2f} s "
                "(bytecode not written, as in the bundle test)"
            )
    if size > SIZE_BUDGET_MB:
        print(
            f"NOTE: {size:.0f} MB is over the {SIZE_BUDGET_MB} MB budget (see README, Installing)"
        )
    print("bundle test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
