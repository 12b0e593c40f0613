"""Start-up without PySide6 reading every later module's source (gui/feature_scan.py)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import inspect, sys
from mentordesk.gui.feature_scan import skip_feature_scan
replaced = skip_feature_scan()
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(obj) or real(obj)
import mentordesk.core.screening, json.tool  # noqa
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("still works")
print(replaced, len(read), label.text(), flush=True)
"""


def test_modules_imported_after_pyside_are_not_read() -> None:
    """After `skip_feature_scan`, importing modules reads none of their source (it did for
    each one before), and Qt still works as usual (no feature is selected anywhere)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.split() == ["True", "0", "still", "works"], done.stderr
