"""Edits are never lost without a word: the agreement and IDP forms and the participant,
program, closure and meeting dialogs ask Save / Discard / Cancel (a real QMessageBox)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import PairStatus
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.pairs.dialogs import CloseDialog, MeetingDialog
from mentordesk.gui.pairs.view import PairsView
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from mentordesk.services.pairs import MeetingData, PairService, create_pair
from tests.services.pairs_setup import Cohort, make_cohort

TODAY = dt.date(2026, 11, 22)
B = QMessageBox.StandardButton


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press `button` in the unsaved-changes box when it opens."""

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsavedChangesBox":
            QTimer.singleShot(20, run)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, run)


@pytest.fixture
def pairs(qtbot: QtBot, db: Database) -> Iterator[tuple[PairsView, Cohort, int, int]]:
    c = make_cohort(db)
    with db.begin() as s:
        first = create_pair(s, c.program_id, [c.mentors[0]], [c.mentees[0]]).id
        second = create_pair(s, c.program_id, [c.mentors[2]], [c.mentees[2]]).id
    ctx = AppContext(db)
    ctx.set_program(c.program_id)
    view = PairsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    yield view, c, first, second


def test_leaving_pair_with_typed_usual_time_asks_and_saves(
    pairs: tuple[PairsView, Cohort, int, int], qtbot: QtBot, db: Database
) -> None:
    """Type "Tuesdays 4 pm", go back: asked; Save keeps it in the database."""
    view, _c, first, _second = pairs
    view.open_pair(first)
    view.agreement_tab.ui.usualTimeEdit.clear()
    qtbot.keyClicks(view.agreement_tab.ui.usualTimeEdit, "Tuesdays 4 pm")
    seen: list[str] = []
    answer(B.Save, seen)
    assert view.show_list() is True
    assert seen == ["Save your changes to the agreement?"]
    assert PairService(db, TODAY).agreement(first).usual_time == "Tuesdays 4 pm"


def test_cancel_stays_on_the_pair_with_the_text(
    pairs: tuple[PairsView, Cohort, int, int], qtbot: QtBot
) -> None:
    """Opening another pair with unsaved text: Cancel keeps this pair and what was typed."""
    view, _c, first, second = pairs
    view.open_pair(first)
    qtbot.keyClicks(view.agreement_tab.ui.placeEdit, " library")
    answer(B.Cancel, [])
    view.open_pair(second)
    assert view.pair_id == first
    assert view.agreement_tab.ui.placeEdit.text().endswith(" library")


def test_discard_drops_the_text(
    pairs: tuple[PairsView, Cohort, int, int], qtbot: QtBot, db: Database
) -> None:
    """Discard: the other pair opens and nothing is saved."""
    view, _c, first, second = pairs
    view.open_pair(first)
    qtbot.keyClicks(view.agreement_tab.ui.placeEdit, "Room 12")
    answer(B.Discard, [])
    view.open_pair(second)
    assert view.pair_id == second
    assert "Room 12" not in PairService(db, TODAY).agreement(first).place


def test_refresh_from_another_tab_keeps_typed_text(
    pairs: tuple[PairsView, Cohort, int, int], qtbot: QtBot
) -> None:
    """Pausing the pair (a refresh of the detail) does not wipe what is being typed."""
    view, _c, first, _second = pairs
    view.open_pair(first)
    qtbot.keyClicks(view.agreement_tab.ui.usualTimeEdit, "Fridays")
    _event, changes = view.service().pause(first, "exams")
    view.ctx.broadcast(changes)
    assert view.detail is not None and view.detail.status is PairStatus.PAUSED
    assert view.agreement_tab.ui.usualTimeEdit.text().endswith("Fridays")
    assert view.agreement_tab.is_dirty()


def test_unchanged_forms_leave_without_asking(pairs: tuple[PairsView, Cohort, int, int]) -> None:
    """Nothing typed: no question at all."""
    view, _c, first, second = pairs
    view.open_pair(first)
    assert not view.agreement_tab.is_dirty() and not view.idp_tab.is_dirty()
    view.open_pair(second)
    assert view.pair_id == second


def test_idp_typed_text_asked_on_leaving(
    pairs: tuple[PairsView, Cohort, int, int], db: Database
) -> None:
    """The IDP form asks too; Save writes the strengths."""
    view, _c, first, _second = pairs
    view.open_pair(first)
    view.idp_tab.ui.strengthsEdit.setPlainText("Curious, asks good questions")
    seen: list[str] = []
    answer(B.Save, seen)
    assert view.show_list()
    assert seen == ["Save your changes to the IDP?"]
    idps = PairService(db, TODAY).detail(first).idps
    assert idps[0].strengths == "Curious, asks good questions"


def test_participant_dialog_cancel_asks(qtbot: QtBot) -> None:
    """Typing a name then Cancel asks; Cancel in the question keeps the dialog open."""
    saved: list[ParticipantInput] = []
    dialog = ParticipantDialog(submit=saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_text("full_name", "Zoë Wright")
    seen: list[str] = []
    answer(B.Cancel, seen)
    dialog.reject()
    assert dialog.isVisible() and seen == ["Save your changes to Zoë Wright?"]
    answer(B.Save, [])
    dialog.reject()
    assert [p.full_name for p in saved] == ["Zoë Wright"] and not dialog.isVisible()


def test_untouched_dialogs_close_without_asking(qtbot: QtBot) -> None:
    """Nothing typed: Cancel closes at once."""
    for dialog in (ParticipantDialog(), ProgramDialog(ProgramDialog.CREATE)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.reject()
        assert not dialog.isVisible()


def test_program_dialog_discard_closes(qtbot: QtBot) -> None:
    """Program dialog: typed objectives, Discard closes without saving."""
    saved: list[dict[str, Any]] = []
    dialog = ProgramDialog(ProgramDialog.CREATE, submit=saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Autumn")
    answer(B.Discard, [])
    dialog.reject()
    assert not dialog.isVisible() and saved == []


@pytest.mark.parametrize("kind", ["closure", "meeting"])
def test_pair_dialogs_ask_before_losing_text(qtbot: QtBot, kind: str) -> None:
    """Closure and meeting dialogs: typed feedback / notes, Escape asks; Cancel stays open."""
    if kind == "closure":
        dialog: Any = CloseDialog(TODAY)
        edit = dialog.ui.mentorFeedbackEdit
    else:
        dialog = MeetingDialog(MeetingData(date=TODAY, duration_minutes=45))
        edit = dialog.ui.notesEdit
    qtbot.addWidget(dialog)
    dialog.show()
    edit.setPlainText("Went well")
    seen: list[str] = []
    answer(B.Cancel, seen)
    dialog.reject()
    assert dialog.isVisible() and seen
    answer(B.Discard, [])
    dialog.reject()
    assert not dialog.isVisible()


def test_refresh_keeps_typed_idp_text(pairs: tuple[PairsView, Cohort, int, int]) -> None:
    """Typing the IDP's strengths, then a refresh of the pair: the text stays."""
    view, _c, first, _second = pairs
    view.open_pair(first)
    view.idp_tab.ui.strengthsEdit.setPlainText("Patient")
    _event, changes = view.service().pause(first, "exams")
    view.ctx.broadcast(changes)
    assert view.idp_tab.ui.strengthsEdit.toPlainText() == "Patient"
    assert view.idp_tab.is_dirty()


def test_window_close_and_file_switch_ask_first(
    qtbot: QtBot, db: Database, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the window or opening another file with a typed agreement asks; Cancel stays."""
    from PySide6.QtCore import QSettings

    from mentordesk.gui.main_window import VIEW_PAIRS, MainWindow

    c = make_cohort(db)
    with db.begin() as s:
        pair_id = create_pair(s, c.program_id, [c.mentors[0]], [c.mentees[0]]).id
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.ctx.set_program(c.program_id)
    pairs_view = window.view(VIEW_PAIRS)
    assert isinstance(pairs_view, PairsView)
    pairs_view.open_pair(pair_id)
    pairs_view.agreement_tab.ui.placeEdit.setText("Library, room 4")
    seen: list[str] = []
    answer(B.Cancel, seen)
    assert not window.close()
    answer(B.Cancel, seen)
    window.open_database(tmp_path / "other.sqlite")
    assert window.ctx.db is db and len(seen) == 2
    answer(B.Save, seen)
    assert window.close()
    assert PairService(db, TODAY).agreement(pair_id).place == "Library, room 4"
