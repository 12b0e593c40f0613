"""The roster view: add, edit, remove with undo/redo, filtering and the count label."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.roster.model import COL_NAME
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.roster.people import RosterService
from mentordesk.services.sample.program import create_sample_program


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> Iterator[RosterView]:
    program = create_sample_program(db, participants=30, seed=4)
    ctx = AppContext(db)
    ctx.set_program(program.id)
    widget = RosterView(ctx)
    qtbot.addWidget(widget)
    yield widget


def _names(view: RosterView) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def test_shows_program_and_counts(view: RosterView, qtbot: QtBot) -> None:
    """All participants are listed; typing filters after the debounce and updates the count."""
    assert view.proxy.rowCount() == 30
    assert view.ui.countLabel.text() == "30 participants"
    email = view.proxy.row_at(5).email  # ASCII: qtbot.keyClicks cannot type other scripts
    qtbot.keyClicks(view.ui.filterEdit, email)
    qtbot.waitUntil(lambda: view.proxy.rowCount() < 30)
    assert [view.proxy.row_at(r).email for r in range(view.proxy.rowCount())] == [email]
    assert view.ui.countLabel.text().endswith("of 30 shown")
    view.ui.roleCombo.setCurrentIndex(1)  # mentors
    assert all(view.proxy.row_at(r).role is not Role.MENTEE for r in range(view.proxy.rowCount()))


def test_add_edit_remove_with_undo_redo(view: RosterView) -> None:
    """Each roster change is one undo step; undo and redo go through the service."""
    ctx, stack = view.ctx, view.ctx.undo_stack
    service = RosterService(ctx.db)
    pid = view.add_participant(ParticipantInput(full_name="Αλέξης Νέος", email="a@example.gr"))
    assert "Αλέξης Νέος" in _names(view) and view.selected_ids() == [pid]
    person = service.get(ctx.program_id or 0, pid)
    view.edit_participant(pid, dataclasses.replace(person, org_unit="Legal"))
    assert service.get(ctx.program_id or 0, pid).org_unit == "Legal"
    view.confirm_remove = lambda rows: True  # type: ignore[method-assign]
    view.select_ids([pid])
    view.remove_selected()
    assert "Αλέξης Νέος" not in _names(view)
    assert stack.count() == 3

    stack.undo()  # remove
    assert "Αλέξης Νέος" in _names(view)
    stack.undo()  # edit
    assert service.get(ctx.program_id or 0, pid).org_unit == ""
    stack.undo()  # add
    assert "Αλέξης Νέος" not in _names(view) and view.proxy.rowCount() == 30
    stack.redo()
    stack.redo()
    assert service.get(ctx.program_id or 0, pid).org_unit == "Legal"  # same id came back
    stack.redo()
    assert view.proxy.rowCount() == 30


def test_remove_asks_first(view: RosterView) -> None:
    """Declining the question removes nothing and adds no undo step."""
    first = view.proxy.row_at(0)
    view.select_ids([first.participant_id])
    view.confirm_remove = lambda rows: False  # type: ignore[method-assign]
    view.ask_end_pairs = lambda rows, live: ""  # type: ignore[method-assign]
    view.remove_selected()
    assert view.proxy.rowCount() == 30 and view.ctx.undo_stack.count() == 0


def test_delete_in_filter_box_removes_nobody(view: RosterView, qtbot: QtBot) -> None:
    """Delete typed in the filter box edits the text; it does not remove the selected row."""
    asked: list[object] = []
    view.confirm_remove = lambda rows: asked.append(rows) or True  # type: ignore[method-assign]
    view.show()
    view.select_ids([view.proxy.row_at(0).participant_id])
    view.ui.filterEdit.setFocus()
    qtbot.keyClick(view.ui.filterEdit, "x")
    qtbot.keyClick(view.ui.filterEdit, Qt.Key.Key_Delete)
    assert asked == [] and view.model.rowCount() == 30
