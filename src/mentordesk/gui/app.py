"""Starting the application: QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from mentordesk import __version__
from mentordesk.db.engine import Database
from mentordesk.db.location import default_db_path
from mentordesk.gui.context import AppContext
from mentordesk.gui.main_window import MainWindow


def run_gui(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setOrganizationName("MentorDesk")
    QApplication.setApplicationName("MentorDesk")
    QApplication.setApplicationVersion(__version__)
    path = db_path or default_db_path()
    db = Database(path)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.restore_geometry(QSettings())
    window.show()
    return app.exec()
