"""The participant dialog: messages next to the fields, OK only when the input is valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.gui.roster.participant_dialog import ParticipantDialog

TODAY = dt.date(2026, 11, 22)


def _dialog(qtbot: QtBot, **kw: object) -> ParticipantDialog:
    dialog = ParticipantDialog(today=TODAY, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _ok_enabled(dialog: ParticipantDialog) -> bool:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_missing_name_blocks_ok(qtbot: QtBot) -> None:
    """An empty dialog says the name is required beside the field and OK is disabled."""
    dialog = _dialog(qtbot)
    assert dialog.error_labels["full_name"].text() == "required"
    assert not _ok_enabled(dialog)
    qtbot.keyClicks(dialog.editors["full_name"], "Zoe Adams")  # keyClicks is ASCII-only
    assert dialog.error_labels["full_name"].isHidden()
    assert _ok_enabled(dialog)


def test_bad_email_and_negative_capacity(qtbot: QtBot) -> None:
    """Typing a bad e-mail and a negative capacity shows both messages next to the fields."""
    dialog = _dialog(qtbot, person=ParticipantInput(full_name="A"))
    qtbot.keyClicks(dialog.editors["email"], "not-an-email")
    dialog.set_text("capacity", "")
    qtbot.keyClicks(dialog.editors["capacity"], "-3")
    assert dialog.error_labels["email"].text() == "not an email address"
    assert dialog.error_labels["capacity"].text() == "must be 0 or more"
    assert not _ok_enabled(dialog)
    assert "Email" in dialog.ui.summaryLabel.text()


def test_dates_out_of_order_and_unreadable(qtbot: QtBot) -> None:
    """An interview before the application, and text that is not a date, are both shown."""
    dialog = _dialog(qtbot, person=ParticipantInput(full_name="A", role=Role.MENTOR))
    dialog.set_text("application_date", "2026-10-01")
    dialog.set_text("interview_date", "2026-09-01")
    dialog.set_text("training_date", "next week")
    assert dialog.error_labels["interview_date"].text() == "before the application date"
    assert dialog.error_labels["training_date"].text().startswith("not a date (e.g. ")
    assert dialog.ui.tabs.tabText(2).endswith("⚠")
    dialog.accept()
    assert dialog.result() == 0  # refused: still open


def test_valid_input_round_trips(qtbot: QtBot) -> None:
    """What the dialog loads, it returns unchanged (tags, dates, numbers)."""
    person = ParticipantInput(
        full_name="Иван Петров", email="ivan@example.ru", role=Role.MENTOR, capacity=2,
        skills_offered=("python", "chess"), background_check_date=dt.date(2025, 1, 2),
        training_hours=3.5, media_release=True, notes="line one\nline two",
    )  # fmt: skip
    dialog = _dialog(qtbot, person=person)
    assert dialog.errors == {}
    assert dialog.value() == person


def test_service_refusal_is_shown_in_the_dialog(qtbot: QtBot) -> None:
    """When saving is refused (an e-mail already used), the dialog stays open with the reason."""

    def refuse(_person: ParticipantInput) -> None:
        raise ValidationError("taken", {"email": "already used by Zoë"})

    dialog = _dialog(qtbot, person=ParticipantInput(full_name="A", email="a@b.org"), submit=refuse)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_labels["email"].text() == "already used by Zoë"
    qtbot.keyClicks(dialog.editors["email"], "x")
    assert dialog.error_labels["email"].isHidden()
