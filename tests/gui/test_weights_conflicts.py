"""Matching weights are program settings: a save, an undo or a redo never overwrites another
coordinator's later save of them unseen (both engines)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.concurrency import ConcurrentEditError
from mentordesk.db.engine import Database
from mentordesk.gui.common import saved_by
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.matching.view import MatchingView
from mentordesk.services.matching import MatchingService
from mentordesk.services.programs import ProgramService
from tests.matching.factory import realistic_program


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """Coordinator B's own connection to the same database."""
    second = Database(getattr(db, "location", db.path))
    yield second
    second.close()


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> MatchingView:
    pid = realistic_program(db, mentees=8, mentors=5)
    ctx = AppContext(db)
    ctx.set_program(pid)
    widget = MatchingView(ctx)
    qtbot.addWidget(widget)
    return widget


def _language(db: Database, pid: int) -> float:
    return float(MatchingService(db).overview(pid).weights["language"])


def test_a_stale_save_is_refused_and_writes_nothing(db: Database, other: Database) -> None:
    """The service refuses a save and an undo's restore over a newer save of the program."""
    pid = realistic_program(db, mentees=4, mentors=3)
    read_at = ProgramService(db).get(pid).version
    MatchingService(other).save_settings(pid, {"language": 7.0}, {}, expected=read_at)
    with pytest.raises(ConcurrentEditError) as refused:
        MatchingService(db).save_settings(pid, {"language": 1.0}, {}, expected=read_at)
    assert read_at is not None and refused.value.current.stamp != read_at.stamp
    assert _language(db, pid) == 7.0
    # The same check guards the undo's restore.
    with pytest.raises(ConcurrentEditError):
        MatchingService(db).restore_settings(pid, {}, {}, expected=read_at)
    assert _language(db, pid) == 7.0


def test_the_dialog_refuses_a_stale_save_then_keeps_mine_knowingly(
    qtbot: QtBot, view: MatchingView, other: Database
) -> None:
    """B saves while A's weights dialog is open: A's OK is refused naming B, nothing
    written; a second OK saves A's weights over B's, knowingly."""
    pid = view.ctx.program_id or 0
    dialog = view.weights_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    MatchingService(other).save_settings(pid, {"language": 7.0}, {})
    dialog.ui.languageSpin.setValue(9.0)
    assert not view.save_weights(dialog)  # refused: the dialog stays open
    current = ProgramService(other).get(pid).version
    assert current is not None
    assert saved_by(current) in dialog.ui.errorLabel.text()
    assert _language(other, pid) == 7.0
    assert view.save_weights(dialog)  # OK again: mine, over theirs, knowingly
    assert _language(other, pid) == 9.0


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_undo_after_someone_else_saved_asks_first(
    qtbot: QtBot,
    view: MatchingView,
    other: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    """A saves, B saves, A undoes: A is asked first; No keeps B's and drops the step."""
    pid = view.ctx.program_id or 0
    dialog = view.weights_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    before = _language(other, pid)
    dialog.ui.languageSpin.setValue(9.0)
    assert view.save_weights(dialog)
    MatchingService(other).save_settings(pid, {"language": 4.0}, {})
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    view.ctx.undo_stack.undo()
    assert len(asked) == 1 and "saved by" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert _language(other, pid) == 4.0  # theirs stay
        assert view.ctx.undo_stack.count() == 0  # the step is dropped
    else:
        assert _language(other, pid) == before  # the step's weights back, knowingly


def test_undo_and_redo_of_my_own_save_ask_nothing(
    qtbot: QtBot, view: MatchingView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nobody else saved: undo and redo go through without a question."""
    pid = view.ctx.program_id or 0
    dialog = view.weights_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    before = _language(view.ctx.db, pid)
    dialog.ui.languageSpin.setValue(9.0)
    assert view.save_weights(dialog)

    def question(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError("asked although nobody else saved")

    monkeypatch.setattr(QMessageBox, "question", question)
    view.ctx.undo_stack.undo()
    assert _language(view.ctx.db, pid) == before
    view.ctx.undo_stack.redo()
    assert _language(view.ctx.db, pid) == 9.0
