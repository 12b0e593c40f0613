"""Screenshots of every view on a fresh sample database, for looking at what we build.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR

Writes roster.png, matching.png, pairs.png, pair-detail.png, reports.png into OUT_DIR.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mentordesk.gui.app import build_main_window
from mentordesk.gui.common.fonts import load_bundled_fonts


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    load_bundled_fonts()
    window = build_main_window(Path(tempfile.mkdtemp()) / "shots.sqlite")
    window.resize(1280, 800)
    window.show()

    def shot(name: str, settle: float = 0.5) -> None:
        # Some views compute in a worker thread: let the event loop deliver the result.
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(out / f"{name}.png"))

    for index, name in enumerate(("roster", "matching", "pairs", "reports")):
        window.show_view(index)
        shot(name, settle=3.0 if name == "reports" else 0.5)
    model = window.pairs_view.pairs_model
    if model.rowCount() > 0:
        pair = model.row_at(model.index(0, 0))
        window.ctx.open_pair(pair.id)
        shot("pair-detail")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
