"""Starting the application: QApplication, the database, the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError
from mentordesk.db.engine import Database
from mentordesk.db.location import default_db_path
from mentordesk.gui.common import (
    AppContext,
    Settings,
    error_box,
    install_excepthook,
    load_bundled_fonts,
    log,
    setup_logging,
)
from mentordesk.gui.main_window import MainWindow


def open_start_database(path: Path) -> Database | None:
    """Open the file; a file that does not exist yet starts with the sample program.

    None when the file is open in another window and the coordinator declines read-only.
    """
    from mentordesk.gui.files import apply_backup_preferences, open_for_window
    from mentordesk.services.files import BackupService, install_migration_backups

    apply_backup_preferences(QSettings())
    install_migration_backups()
    first_run = not path.exists()
    db = open_for_window(path)
    if db is None:
        return None
    BackupService(db).backup_if_due()
    if first_run and not db.readonly:
        from mentordesk.services.sample import create_sample_program

        create_sample_program(db)
    return db


def choose_path(db_path: Path | None, settings: Settings) -> Path:
    """--db, then $MENTORDESK_DB, then the file used last time, then the default location."""
    if db_path is not None:
        return db_path
    import os

    from mentordesk.db.location import ENV_VAR

    if os.environ.get(ENV_VAR):
        return default_db_path()
    last = settings.last_database()
    if last is not None and last.exists():
        return last
    return default_db_path()


def build_main_window(db_path: Path | None = None, *, load_now: bool = True) -> MainWindow:
    """Everything run_gui does except the event loop (used by tests and the benchmark).

    `load_now=False` leaves the program list and the roster to the first turn of the event
    loop, right after the window is painted (what the application does).
    """
    settings = Settings(QSettings())
    path = choose_path(db_path, settings)
    db = open_start_database(path)
    if db is None:
        raise MentorDeskError(f"{path.name} is open in another window.")
    ctx = AppContext(db)
    window = MainWindow(ctx, load_now=load_now)
    settings.add_recent(path)
    window.restore_geometry()
    return window


def run_gui(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setOrganizationName("MentorDesk")
    QApplication.setApplicationName("MentorDesk")
    QApplication.setApplicationVersion(__version__)
    setup_logging()
    install_excepthook()
    load_bundled_fonts()
    try:
        window = build_main_window(db_path, load_now=False)
    except MentorDeskError as error:
        QMessageBox.critical(None, "MentorDesk", str(error))
        return 1
    except Exception as error:  # e.g. a file that cannot be opened: a dialog, not a traceback
        log.exception("Cannot start")
        error_box(error, traceback.format_exc()).exec()
        return 1
    window.show()
    return app.exec()
