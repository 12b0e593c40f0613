"""Opening the database off the UI thread, right after the main window's first paint.

On a plain file at the newest revision the thread first reads the roster straight from it
with `sqlite3` (`peek`), which the window shows — usable, what needs the file waiting for it —
before SQLAlchemy is imported. Then the thread imports the database layer (SQLAlchemy, the ORM
models, the services), opens the file (migrating it, or creating the sample program on a first
run), lists the programs and reads the roster rows of the program to show (or keeps the early
ones while nothing was written since); the UI thread then only builds or enables the roster
view (`MainWindow.attach_database`). It is a plain daemon thread, not a QThread: Ctrl-C or a closed
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
from mentordesk.gui.common import translate

if TYPE_CHECKING:
    from mentordesk.db.engine import Database
    from mentordesk.gui.common import AppContext
    from mentordesk.services.roster import EarlyRoster, RosterRow

POLL_MS = 10
#: How long the opening thread waits, after the early read, for the UI thread to show it
#: before importing SQLAlchemy (both need the one interpreter lock: the rows come first).
SHOW_WAIT_S = 2.0


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
            raise MentorDeskError(
                translate("startup", "{name} was not opened.").format(name=path.name)
            )
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


def open_for_window(
    path: Location, prefer: int | None, db: Database | None = None, early: EarlyRoster | None = None
) -> Opened:
    """Everything slow about showing `path`, none of it touching a widget (`db`: the file
    already opened, e.g. an encrypted one whose passphrase was asked on the UI thread;
    `early`: what `peek` read, whose rows are kept while the file's change counters have not
    moved since — nothing was written in between — instead of reading them again).

    On a file that exists, nothing here imports `sqlalchemy.orm` or the ORM records: the
    programs are read with SQLAlchemy Core (`db/tables.py`) and the roster rows with its SQL
    text (`services/roster/rows.py`), the way they are always read; `warm_up` loads the rest
    once the roster is on screen."""
    from mentordesk.core.program import start_program
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import roster_rows

    first_run = db is None and isinstance(path, Path) and not path.exists()
    if db is None:
        db = open_start_database(path)
    try:
        programs = [(p.id, p.name, p.archived) for p in ProgramService(db).list()]
        program_id = start_program(programs, prefer)
        if program_id is None:
            rows = []
        elif early is not None and early.program_id == program_id and early_is_current(db, early):
            rows = early.rows
        else:
            rows = roster_rows(db, program_id)
        from mentordesk.gui.roster import RosterView  # noqa: F401  its code, loaded here too
    except BaseException:
        db.close()
        raise
    return Opened(db, program_id, rows, first_run)


def early_is_current(db: Database, early: EarlyRoster) -> bool:
    """Whether nothing was written to the file since `early` was read (the change counters,
    which every write transaction bumps) and it is still the same day."""
    from mentordesk.services.common import read_counters

    with db.connect_read() as connection:
        return early.still_current(read_counters(connection))


def warm_up(ctx: AppContext) -> str:
    """What the first edit, removal or undo would otherwise load on the UI thread — the ORM
    records (mapped), the audit log, the roster's write paths — loaded in a background job
    once the roster is on screen; returns the retention notice for the status bar (a read
    through the privacy service, which needs them too)."""
    import sqlalchemy.orm

    import mentordesk.db.models  # noqa: F401
    from mentordesk.gui.privacy import retention_notice
    from mentordesk.gui.roster import open_import_dialog  # noqa: F401
    from mentordesk.services.common import audit  # noqa: F401
    from mentordesk.services.roster import ImportUndoService, LivePair  # noqa: F401

    sqlalchemy.orm.configure_mappers()
    return retention_notice(ctx)


def peek(path: Location, prefer: int | None) -> EarlyRoster | None:
    """The roster read straight from a plain file at the newest revision, before SQLAlchemy is
    imported (`services.roster.peek_roster`); None where only `Database` may read the file."""
    if not isinstance(path, Path):
        return None
    from mentordesk.services.roster import peek_roster

    try:
        return peek_roster(path, prefer)
    except Exception:  # whatever it is, Database will open the file and say so
        return None


class BackgroundOpen(QObject):
    """Runs `open_for_window` in a daemon thread; `opened(Opened)` or `failed(error, details)`
    arrive on the UI thread. Before it, on a file that exists, `peeked(program_id, rows)`
    brings the roster read straight from the file (`peek`), while the file is opened."""

    opened = Signal(object)
    failed = Signal(object, str)
    peeked = Signal(object, object)

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
        self._peeked: EarlyRoster | None = None
        self._shown = threading.Event()
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
        early = None
        if self.db is None:
            early = self._peeked = peek(self.path, self.prefer)
            if early is not None:
                self._shown.wait(SHOW_WAIT_S)
        try:
            opened = open_for_window(self.path, self.prefer, self.db, early)
            self._outcome = (True, opened, "")
        except Exception as error:
            self._outcome = (False, error, traceback.format_exc())

    def _poll(self) -> None:
        peeked, outcome = self._peeked, self._outcome
        if peeked is not None:
            self._peeked = None
            if outcome is None:  # otherwise the file is open already: no need
                self.peeked.emit(peeked.program_id, peeked.rows)
            self._shown.set()
        if outcome is None:
            return
        self._timer.stop()
        ok, value, details = outcome
        if ok:
            self.opened.emit(value)
        else:
            self.failed.emit(value, details)
