"""Architecture: Qt stays in gui, and layers import only downwards (import-linter contracts)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "mentordesk"


def test_no_qt_below_gui() -> None:
    """No module outside mentordesk/gui imports PySide6 or shiboken6."""
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    leaks = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "gui" not in path.relative_to(SRC).parts[:1] and pattern.search(path.read_text("utf-8"))
    ]
    assert leaks == []


def test_import_linter_contracts_hold() -> None:
    """lint-imports (contracts in pyproject.toml) passes: layers flow one way."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is not installed in this environment"
    result = subprocess.run([exe], capture_output=True, text=True, cwd=SRC.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr
