"""Screenshots of every view on a fresh sample database, for looking at what we build.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR [WIDTHxHEIGHT]

Writes roster.png, matching.png, matching-selected.png, pairs.png, pair-detail.png, reports.png
and preview.png into OUT_DIR, on a screen of WIDTHxHEIGHT (default 1366x768; try 1024x700):
the window fills the screen's available area, as on a laptop.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mentordesk.gui.app import build_main_window
from mentordesk.gui.common import process_events
from mentordesk.gui.common.fonts import load_bundled_fonts


def _screen(size: str) -> None:
    """Give the offscreen platform one screen of `size` (it has 800×800 otherwise)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    width, height = (int(v) for v in size.lower().split("x"))
    config = Path(tempfile.mkdtemp()) / "screen.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(out: Path, size: str = "1366x768") -> int:
    out.mkdir(parents=True, exist_ok=True)
    _screen(size)
    app = QApplication(sys.argv)  # noqa: F841 - must exist
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    load_bundled_fonts()
    window = build_main_window(Path(tempfile.mkdtemp()) / "shots.sqlite")
    window.show()
    room = window.screen().availableGeometry()
    window.resize(room.width(), room.height())

    def shot(name: str, settle: float = 0.5) -> None:
        # Some views compute in a worker thread: let the event loop deliver the result.
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            process_events()
            time.sleep(0.02)
        window.grab().save(str(out / f"{name}.png"))

    def settle(ready: Callable[[], bool], limit: float = 30.0) -> None:
        deadline = time.monotonic() + limit
        while not ready() and time.monotonic() < deadline:
            process_events()
            time.sleep(0.02)

    for index, name in enumerate(("roster", "matching", "pairs", "reports")):
        window.show_view(index)
        settle(lambda i=index: window.is_view_ready(i))
        shot(name, settle=3.0 if name == "reports" else 0.5)
    matching = window.matching_view
    window.show_view(1)
    matching.ui.runButton.click()
    settle(lambda: matching.worker is None and bool(matching.drafts.rows))
    matching.ui.draftTable.selectRow(0)
    settle(lambda: matching.candidates.rowCount() > 0)
    shot("matching-selected")
    window.show_view(2)
    model = window.pairs_view.pairs_model
    if model.rowCount() > 0:
        pair = model.row_at(model.index(0, 0))
        window.ctx.open_pair(pair.id)
        shot("pair-detail")
    window.show_view(0)
    dialog = window.roster_view.roster_print.show_preview()
    if dialog is not None:
        settle(lambda: dialog.complete)
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            process_events()
        dialog.grab().save(str(out / "preview.png"))
    print(f"window {window.width()}×{window.height()} on a {size} screen")
    return 0


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"),
            sys.argv[2] if len(sys.argv) > 2 else "1366x768",
        )
    )
