"""Opening the database off the UI thread, right after the main window's first paint.

The thread imports the database layer (SQLAlchemy, the ORM models, the services), opens the
file (migrating it, or creating the sample program on a first run), lists the programs and
reads the roster rows of the program to show; the UI thread then only builds the roster view
(`MainWindow.attach_database`). It is a plain daemon thread, not a QThread: Ctrl-C or a closed
window may end the application while it still runs, and Qt aborts the whole process when a
running QThread is destroyed. Its result crosses over by a value the UI thread polls (the
thread emits no signal, see `gui/common/tasks.py` for why).
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from mentordesk.db.location import Location
from mentordesk.gui.main_window import program_order

if TYPE_CHECKING:
    from mentordesk.db.engine import Database
    from mentordesk.services.roster import RosterRow

POLL_MS = 10


def open_start_database(path: Location, *, interactive: bool = False) -> Database:
    """Open the file (backed up when the last backup is over a day old); a file that does
    not exist yet starts with the sample program.

    `interactive` (UI thread only): a file open in another window offers read-only, a damaged
    one the newest good backup, an encrypted one asks for its passphrase. Off the UI thread
    nothing may open a dialog: those cases raise, and `run_gui` asks on the UI thread.
    """
    from PySide6.QtCore import QSettings

    from mentordesk.core.errors import MentorDeskError
    from mentordesk.db.engine import Database
    from mentordesk.gui.files import apply_backup_preferences
    from mentordesk.services.files import backup_if_due, install_migration_backups

    # Here, not before the window paints: the backup layer imports SQLAlchemy (QSettings is
    # reentrant, so reading the choice from the opening thread is fine).
    apply_backup_preferences(QSettings())
    install_migration_backups()
    first_run = isinstance(path, Path) and not path.exists()
    if interactive:
        from mentordesk.gui.files import open_for_window

        opened = open_for_window(path)
        if opened is None:
            raise MentorDeskError(f"{path.name} was not opened.")
        db = opened
    elif isinstance(path, Path):
        db = Database(path, lock_now=True)
    else:  # a server: libpq's passfile or the keyring (a prompt needs the UI thread)
        from mentordesk.db.credentials import remembered_password

        db = Database(path, password=remembered_password(path))
    try:
        if not db.readonly:
            backup_if_due(db)
        if first_run and not db.readonly:
            from mentordesk.services.sample import create_sample_program

            create_sample_program(db)
    except BaseException:
        db.close()
        raise
    return db


@dataclass
class Opened:
    """What the UI thread needs to show the file: the program to select and its roster."""

    db: Database
    program_id: int | None
    rows: list[RosterRow] = field(default_factory=list)
    first_run: bool = False  # the file did not exist: the sample program was just made


def open_for_window(path: Location, prefer: int | None, db: Database | None = None) -> Opened:
    """Everything slow about showing `path`, none of it touching a widget (`db`: the file
    already opened, e.g. an encrypted one whose passphrase was asked on the UI thread)."""
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import RosterService

    first_run = db is None and isinstance(path, Path) and not path.exists()
    if db is None:
        db = open_start_database(path)
    try:
        ids = [p.id for p in sorted(ProgramService(db).list(), key=program_order)]
        program_id = prefer if prefer in ids else (ids[0] if ids else None)
        rows = RosterService(db).rows(program_id) if program_id is not None else []
        import mentordesk.gui.roster  # noqa: F401  the roster view's code, loaded here too
    except BaseException:
        db.close()
        raise
    return Opened(db, program_id, rows, first_run)


class BackgroundOpen(QObject):
    """Runs `open_for_window` in a daemon thread; `opened(Opened)` or `failed(error, details)`
    arrive on the UI thread."""

    opened = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self,
        path: Location,
        prefer: int | None,
        parent: QObject | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.path, self.prefer, self.db = path, prefer, db
        self._outcome: tuple[bool, object, str] | None = None
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the thread (it needs no QApplication yet)."""
        self._thread.start()

    def watch(self) -> None:
        """Deliver the outcome from the UI thread's event loop (the QApplication exists)."""
        self._timer.start()

    def _run(self) -> None:
        try:
            self._outcome = (True, open_for_window(self.path, self.prefer, self.db), "")
        except Exception as error:
            self._outcome = (False, error, traceback.format_exc())

    def _poll(self) -> None:
        outcome = self._outcome
        if outcome is None:
            return
        self._timer.stop()
        ok, value, details = outcome
        if ok:
            self.opened.emit(value)
        else:
            self.failed.emit(value, details)
