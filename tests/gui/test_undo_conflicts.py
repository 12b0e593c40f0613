"""Undo and redo of an edit go through the same version check as the edit dialog: they never
overwrite someone else's later save unseen (both engines)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common import AppContext, ConflictDialog, saved_by
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.roster.people import RosterService
from mentordesk.services.sample.program import create_sample_program


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """Coordinator B's own connection to the same database."""
    second = Database(getattr(db, "location", db.path))
    yield second
    second.close()


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> RosterView:
    program = create_sample_program(db, participants=8, seed=5)
    ctx = AppContext(db)
    ctx.set_program(program.id)
    widget = RosterView(ctx)
    qtbot.addWidget(widget)
    return widget


class _Answer:
    """Clicks a button of the conflict dialog when it shows (modal); remembers what it saw."""

    def __init__(self, button: str) -> None:
        self.seen: list[tuple[set[str], str]] = []
        self.button = button
        QTimer.singleShot(0, self._click)

    def _click(self) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog), dialog
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        self.seen.append(({d.field for d in dialog.differences}, text))
        getattr(dialog, self.button).click()


def _phones(view: RosterView, other: Database) -> tuple[int, str]:
    """A sets phone "111" in the roster (undoable); B then saves "222" from elsewhere."""
    program = view.ctx.program_id or 0
    pid = view.proxy.row_at(0).participant_id
    service = RosterService(view.ctx.db)
    person, version = service.get_versioned(program, pid)
    view.edit_participant(pid, dataclasses.replace(person, phone="111"), version)
    theirs, their_version = RosterService(other).get_versioned(program, pid)
    RosterService(other).update(
        program, pid, dataclasses.replace(theirs, phone="222"), their_version
    )
    return pid, person.phone


def test_undo_after_someone_else_saved_is_refused(view: RosterView, other: Database) -> None:
    """A edits, B edits, A undoes: the dialog names B's save; keeping theirs writes nothing."""
    pid, _ = _phones(view, other)
    _, b_version = RosterService(other).get_versioned(view.ctx.program_id or 0, pid)
    answer = _Answer("reload_button")
    view.ctx.undo_stack.undo()
    assert answer.seen, "no conflict dialog"
    fields, text = answer.seen[0]
    assert "phone" in fields
    assert saved_by(b_version) in text  # who and when, as the GUI words them
    assert RosterService(other).get(view.ctx.program_id or 0, pid).phone == "222"
    assert view.ctx.undo_stack.count() == 0  # the step is dropped: redo cannot overwrite either


def test_undo_keep_mine_overwrites_knowingly(view: RosterView, other: Database) -> None:
    """Keep mine: the undo saves A's earlier value over B's."""
    pid, original = _phones(view, other)
    _Answer("keep_button")
    view.ctx.undo_stack.undo()
    assert RosterService(other).get(view.ctx.program_id or 0, pid).phone == original


def test_redo_after_someone_else_saved_is_refused(view: RosterView, other: Database) -> None:
    """A edits and undoes, B edits, A redoes: refused, B's value kept."""
    program = view.ctx.program_id or 0
    pid, _ = _phones(view, other)
    _Answer("keep_button")
    view.ctx.undo_stack.undo()  # A's value is back (over B's, knowingly)
    theirs, version = RosterService(other).get_versioned(program, pid)
    RosterService(other).update(program, pid, dataclasses.replace(theirs, phone="333"), version)
    answer = _Answer("reload_button")
    view.ctx.undo_stack.redo()
    assert answer.seen
    assert RosterService(other).get(program, pid).phone == "333"


def test_undo_redo_without_other_saves_ask_nothing(view: RosterView, qtbot: QtBot) -> None:
    """Alone, undo and redo just work (each one's version carries on to the next)."""
    program = view.ctx.program_id or 0
    pid = view.proxy.row_at(0).participant_id
    service = RosterService(view.ctx.db)
    person, version = service.get_versioned(program, pid)
    view.edit_participant(pid, dataclasses.replace(person, phone="555"), version)
    for _ in range(2):
        view.ctx.undo_stack.undo()
        assert service.get(program, pid).phone == person.phone
        view.ctx.undo_stack.redo()
        assert service.get(program, pid).phone == "555"
    assert QApplication.activeModalWidget() is None
