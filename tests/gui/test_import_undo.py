"""File ▸ Import is one step on the undo stack: undo and redo through the roster view."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.core.errors import RuleError
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.roster import commands as roster_commands
from mentordesk.gui.roster.import_dialog import ImportDialog
from mentordesk.gui.roster.model import COL_NAME
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.roster.import_undo import ImportUndoService
from mentordesk.services.roster.people import RosterService
from tests.services.import_undo_setup import FILE, Setup, populate, snapshot


def _names(view: RosterView) -> list[str]:
    return sorted(view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount()))


def _start(qtbot: QtBot, db: Database) -> tuple[Setup, AppContext, RosterView]:
    setup = populate(db)
    ctx = AppContext(db)
    ctx.set_program(setup.spring)
    view = RosterView(ctx)
    qtbot.addWidget(view)
    return setup, ctx, view


def _import(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text(FILE, encoding="utf-8")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy(), timeout=10000)
    dialog.ui.updateDuplicatesRadio.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()


def test_import_undo_redo_through_the_stack(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """Import → one undo step; undo → roster and people as before; redo → as after."""
    setup, ctx, view = _start(qtbot, db)
    pre, pre_names = snapshot(db, setup.spring), _names(view)
    _import(qtbot, ctx, tmp_path)
    stack = ctx.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Import 4 participants from responses.csv"
    post, post_names = snapshot(db, setup.spring), _names(view)
    assert post_names == ["Ana Lima", "Kim Park", "Yu Yang", "Zed Zhou"]
    stack.undo()
    assert _names(view) == pre_names == ["Ana Old"]
    assert snapshot(db, setup.spring) == pre
    stack.redo()
    assert _names(view) == post_names
    assert snapshot(db, setup.spring) == post


def test_undo_after_editing_an_imported_person(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """An edit of an imported person is undone first, then the import; redo brings both back."""
    setup, ctx, view = _start(qtbot, db)
    pre = snapshot(db, setup.spring)
    _import(qtbot, ctx, tmp_path)
    person = RosterService(db).get(setup.spring, setup.ana)
    view.edit_participant(setup.ana, dataclasses.replace(person, org_unit="Legal"))
    edited = snapshot(db, setup.spring)
    stack = ctx.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert snapshot(db, setup.spring) == pre
    stack.redo()
    stack.redo()
    assert snapshot(db, setup.spring) == edited
    assert RosterService(db).get(setup.spring, setup.ana).org_unit == "Legal"


def test_a_refused_undo_says_why_and_leaves_the_stack(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the service refuses, a message is shown and the command leaves the stack."""
    _setup, ctx, view = _start(qtbot, db)
    _import(qtbot, ctx, tmp_path)
    shown: list[str] = []

    def refuse(self: ImportUndoService, imported: object) -> None:
        raise RuleError("The database is read-only")

    monkeypatch.setattr(ImportUndoService, "undo", refuse)
    monkeypatch.setattr(
        roster_commands.QMessageBox, "warning", lambda _p, title, text: shown.append(title + text)
    )
    ctx.undo_stack.undo()
    assert shown == ["Cannot undo the importThe database is read-only"]
    assert ctx.undo_stack.count() == 0
    assert len(_names(view)) == 4
