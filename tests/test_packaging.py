"""The installed wheel carries ui/, resources/ and the migrations, and finds them itself."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
from mentordesk.core.resources import resource_path, ui_path
from mentordesk.db.engine import MIGRATIONS_DIR
for path in (resource_path("fonts", "DejaVuSans.ttf"), resource_path("templates",
             "participants.csv"), ui_path("main_window.ui"), MIGRATIONS_DIR / "env.py"):
    assert path.is_file(), path
    assert str(path).startswith(sys.argv[1]), path
print("ok")
"""


@pytest.mark.skipif(importlib.util.find_spec("uv") is None, reason="uv builds the wheel")
def test_wheel_finds_its_own_files(tmp_path: Path) -> None:
    """Unpacked from the wheel, the package resolves fonts, templates, forms and migrations
    inside itself, not in the source checkout."""
    subprocess.run(
        [sys.executable, "-m", "uv", "build", "--wheel", "-q", "-o", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mentordesk-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(site)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
