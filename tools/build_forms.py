"""Compile ui/*.ui into src/mentordesk/gui/forms/ui_*.py; `--check` fails when one is stale.

Run through `make forms`. The compiled forms are committed so that the application does not
need pyside6-uic at run time; CI runs the check so they never drift from the .ui sources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "mentordesk" / "gui" / "forms"


def compile_form(source: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run(
        [str(uic), "--no-autoconnection", str(source)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    expected = set()
    for source in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{source.stem}.py"
        expected.add(target.name)
        code = compile_form(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target)
            if not check:
                target.write_text(code, encoding="utf-8")
    orphans = [p for p in FORMS_DIR.glob("ui_*.py") if p.name not in expected]
    if check and (stale or orphans):
        for path in stale:
            print(f"stale compiled form: {path.relative_to(ROOT)} (run `make forms`)")
        for path in orphans:
            print(f"compiled form without a .ui source: {path.relative_to(ROOT)}")
        return 1
    if not check:
        for path in orphans:
            path.unlink()
        print(f"{len(stale)} form(s) rebuilt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
