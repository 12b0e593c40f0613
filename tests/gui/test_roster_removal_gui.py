"""Removing someone in a live pair from the roster: the real dialog names the pair, Remove
stays disabled until a reason is typed, cancel keeps everything, undo/redo keep the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.roster.removal_dialog import EndPairsDialog
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.pairs import PairService, create_pair
from mentordesk.services.roster import RosterService
from tests.services.pairs_setup import Cohort, make_cohort


@pytest.fixture
def cohort(db: Database) -> Cohort:
    c = make_cohort(db)
    with db.begin() as s:
        create_pair(s, c.program_id, [c.mentors[0]], [c.mentees[0]])
    return c


@pytest.fixture
def view(qtbot: QtBot, db: Database, cohort: Cohort) -> Iterator[RosterView]:
    ctx = AppContext(db)
    ctx.set_program(cohort.program_id)
    widget = RosterView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _when_dialog(qtbot: QtBot, act: object, seen: list[str]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EndPairsDialog):
            QTimer.singleShot(20, run)
            return
        seen.append(dialog.message.text())
        seen.append(str(dialog.remove_button.isEnabled()))
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def test_remove_mentor_in_live_pair_names_it_and_needs_reason(
    view: RosterView, cohort: Cohort, qtbot: QtBot, db: Database
) -> None:
    """The dialog lists the pair; typing a reason enables Remove; the pair ends with them."""
    view.select_ids([cohort.mentors[0]])
    seen: list[str] = []

    def act(dialog: EndPairsDialog) -> None:
        qtbot.keyClicks(dialog.reason, "left the company")
        seen.append(str(dialog.remove_button.isEnabled()))
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, act, seen)
    view.remove_selected()
    assert "Amelia Okafor &amp; Eva Novak (active)" in seen[0] or "Eva Novak (active)" in seen[0]
    assert seen[1:] == ["False", "True"]
    assert cohort.mentors[0] not in view.selected_ids()
    assert PairService(db).list_pairs(cohort.program_id) == []
    view.ctx.undo_stack.undo()
    assert len(PairService(db).list_pairs(cohort.program_id)) == 1
    view.ctx.undo_stack.redo()  # redo keeps the reason: not refused
    assert PairService(db).list_pairs(cohort.program_id) == []


def test_cancel_removes_nothing(view: RosterView, cohort: Cohort, qtbot: QtBot) -> None:
    """Cancel: the person and the pair stay, nothing goes on the undo stack."""
    view.select_ids([cohort.mentees[0]])
    _when_dialog(qtbot, lambda d: d.reject(), [])
    view.remove_selected()
    ids = [r.participant_id for r in RosterService(view.ctx.db).rows(cohort.program_id)]
    assert cohort.mentees[0] in ids and view.ctx.undo_stack.count() == 0


def test_undo_add_of_someone_now_paired_is_refused_not_crashing(
    view: RosterView, cohort: Cohort, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    """Undoing "Add X" after X was paired shows the refusal and keeps the pair."""
    from mentordesk.core.participant import ParticipantInput

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    pid = view.add_participant(ParticipantInput(full_name="Nia Late", email="nia@example.org"))
    with db.begin() as s:
        create_pair(s, cohort.program_id, [cohort.mentors[2]], [pid])
    view.ctx.undo_stack.undo()
    assert shown and "Nia Late" in shown[0]
    assert len(PairService(db).list_pairs(cohort.program_id)) == 2
