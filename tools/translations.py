"""The GUI's catalogs: extract, compile, check (`make translations`, `make check-translations`).

    python tools/translations.py            # update every .ts from the sources, compile the .qm
    python tools/translations.py --check    # fail if a .ts misses a source string, keeps
                                            # one the sources dropped, or a .qm is stale

Sources: every `translate(...)`/`QT_TRANSLATE_NOOP(...)` in src/mentordesk/gui/ and every
Designer form in ui/. Catalogs: resources/translations/mentordesk_<lang>.ts (Qt Linguist
edits them), compiled to mentordesk_<lang>.qm beside them (committed, so a checkout, a wheel and
the bundle find them without Qt's tools). Locations are left out of the .ts so moving code does
not churn the catalogs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "ar")
#: English is the source language: its catalog holds only the plural forms ("%n pair(s)").
PLURAL_ONLY = ("en",)
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    gui = ROOT / "src" / "mentordesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def lupdate(targets: list[Path], *, plural_only: bool = False) -> None:
    command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en"] + (["-pluralonly"] if plural_only else [])
    command += [*sources(), "-ts", *map(str, targets)]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every live message in a .ts file (not obsolete)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or "", message.get("numerus") == "yes"))
    return found


def extracted() -> set[tuple[str, str, bool]]:
    """What the sources ask to translate today."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "mentordesk_es.ts"
        lupdate([target])
        return messages(target)


def ts_path(language: str) -> Path:
    return FOLDER / f"mentordesk_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"mentordesk_{language}.qm"


def check() -> list[str]:
    problems = []
    wanted = extracted()
    for language in (*LANGUAGES, *PLURAL_ONLY):
        have = messages(ts_path(language))
        needed = {m for m in wanted if m[2]} if language in PLURAL_ONLY else wanted
        for context, source, _plural in sorted(needed - have):
            problems.append(f"{ts_path(language).name}: not extracted yet: {context}: {source!r}")
        for context, source, _plural in sorted(have - needed):
            name = ts_path(language).name
            problems.append(f"{name}: no longer in the sources: {context}: {source!r}")
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "fresh.qm"
            lrelease(ts_path(language), fresh)
            if (
                not qm_path(language).exists()
                or fresh.read_bytes() != qm_path(language).read_bytes()
            ):
                problems.append(f"{qm_path(language).name} is older than its .ts")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for problem in problems[:40]:
            print(problem, file=sys.stderr)
        if problems:
            print("run `make translations`, then translate what is new", file=sys.stderr)
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language) for language in LANGUAGES])
    lupdate([ts_path(language) for language in PLURAL_ONLY], plural_only=True)
    for language in (*LANGUAGES, *PLURAL_ONLY):
        lrelease(ts_path(language), qm_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
