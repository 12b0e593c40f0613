"""Roster ▸ person ▸ Export their data… / Erase completely…, and Program ▸ Retention…"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.privacy import EraseDialog, RetentionDialog, erase_person, export_person_data
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.privacy import RetentionService
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService

NAME = "Erin Example"


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> Iterator[RosterView]:
    program, _ = ProgramService(db).create(
        "Old cohort", start_date=dt.date(2018, 9, 1), end_date=dt.date(2019, 6, 30)
    )
    roster = RosterService(db)
    roster.add(program.id, ParticipantInput(full_name=NAME, email="erin@x.org", role=Role.MENTEE))
    roster.add(
        program.id, ParticipantInput(full_name="Kim Keep", email="k@x.org", role=Role.MENTOR)
    )
    ctx = AppContext(db)
    ctx.set_program(program.id)
    widget = RosterView(ctx)
    qtbot.addWidget(widget)
    yield widget


def _pid(view: RosterView, name: str) -> int:
    return next(
        view.proxy.row_at(r).participant_id
        for r in range(view.proxy.rowCount())
        if view.proxy.row_at(r).name == name
    )


def test_person_menu_offers_export_and_erase(view: RosterView) -> None:
    """A person's context menu holds Export their data… and Erase completely…"""
    texts = [a.text() for a in view.person_menu.actions()]
    assert "E&xport their data…" in texts and "E&rase completely…" in texts


def test_export_their_data_writes_json(view: RosterView, tmp_path: Path) -> None:
    """Export their data writes the person's records to the chosen file."""
    target = export_person_data(view, view.ctx, _pid(view, NAME), tmp_path / "erin.json")
    assert target is not None
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == NAME


def test_erase_needs_the_typed_name(view: RosterView, qtbot: QtBot) -> None:
    """Erase stays disabled until the full name is typed; then the person leaves the roster
    and the undo history (which could bring them back) is cleared."""
    view.ctx.undo_stack.push(_Marker())
    seen: list[bool] = []

    def ask(dialog: EraseDialog) -> bool:
        qtbot.addWidget(dialog)
        seen.append(dialog.erase_button.isEnabled())
        qtbot.keyClicks(dialog.name_edit, NAME[:-1])
        seen.append(dialog.erase_button.isEnabled())
        qtbot.keyClicks(dialog.name_edit, NAME[-1])
        seen.append(dialog.erase_button.isEnabled())
        return True

    assert erase_person(view, view.ctx, _pid(view, NAME), ask=ask)
    assert seen == [False, False, True]
    names = [view.proxy.row_at(r).name for r in range(view.proxy.rowCount())]
    assert names == ["Kim Keep"]
    assert view.ctx.undo_stack.count() == 0


def test_retention_dialog_previews_and_erases(view: RosterView, qtbot: QtBot) -> None:
    """Setting a period shows who is due; Erase them now erases them after a confirmation."""
    dialog = RetentionDialog(view.ctx, view.ctx.program_id or 0, view, confirm=lambda n: n == 2)
    qtbot.addWidget(dialog)
    assert dialog.due_list.count() == 0
    dialog.years.setValue(2)
    assert dialog.due_list.count() == 2  # previewed before saving
    assert RetentionService(view.ctx.db).years(view.ctx.program_id or 0) is None
    assert dialog.save()
    assert RetentionService(view.ctx.db).years(view.ctx.program_id or 0) == 2
    assert dialog.erase_due() == 2
    assert view.proxy.rowCount() == 0
    assert dialog.due_label.text() == "Nobody is due today."


class _Marker:
    """A stand-in undo step."""

    def __new__(cls):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("marker")
