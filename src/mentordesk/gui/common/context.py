"""What every view shares: the open database, the current program, undo, the change channel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the database layer (SQLAlchemy) loads after the window's first paint
    from mentordesk.core.changes import ChangeSet
    from mentordesk.db.engine import Database


class AppContext(QObject):
    """Views hold a reference to this, never to each other.

    - `changed(ChangeSet)`: broadcast after every mutation; each view decides whether to refresh.
    - `programChanged(int | None)`: the coordinator picked another program.
    - `databaseChanged()`: another file was opened; everything reloads.
    - `openPairRequested(int)`: any view asks to show a pair in the pair detail view.
    """

    changed = Signal(object)
    programChanged = Signal(object)
    databaseChanged = Signal()
    openPairRequested = Signal(int)

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        """`db=None`: the application's start, the file is being opened (`set_database`)."""
        super().__init__(parent)
        self._db = db
        self.program_id: int | None = None
        self.undo_stack = QUndoStack(self)
        # Views read big lists off the UI thread when True (the main window sets it); a view
        # built alone in a test reads inline, so the test sees its rows at once.
        self.background_reads = False

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database is still being opened")
        return self._db

    @property
    def has_database(self) -> bool:
        return self._db is not None

    def broadcast(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def set_program(self, program_id: int | None) -> None:
        if program_id != self.program_id:
            self.program_id = program_id
            self.programChanged.emit(program_id)

    def set_database(self, db: Database) -> None:
        old = self._db
        self._db = db
        self.program_id = None
        self.undo_stack.clear()
        self.databaseChanged.emit()
        if old is not None and old is not db:
            old.close()

    def open_pair(self, pair_id: int) -> None:
        self.openPairRequested.emit(pair_id)
