"""One date editor everywhere: it follows the locale, accepts typed dates (22/11/2010 in en_GB,
2010-11-22 always), refuses what it cannot read with a message, and has a calendar popup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.gui.common import DateEdit, format_date, parse_date, set_date_style
from mentordesk.gui.pairs.dialogs import CloseDialog, MeetingDialog
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from mentordesk.services.pairs import MeetingData

NOV22 = dt.date(2010, 11, 22)


@pytest.fixture
def en_gb() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)
    set_date_style("locale")


@pytest.mark.parametrize(
    ("locale", "text", "shown"),
    [
        ("en_GB", "22/11/2010", "22/11/2010"),
        ("en_GB", "2010-11-22", "22/11/2010"),
        ("en_US", "11/22/2010", "11/22/2010"),
        ("de_DE", "22.11.2010", "22.11.2010"),
        ("de_DE", "2010-11-22", "22.11.2010"),
    ],
)
def test_parse_and_format_follow_the_locale(locale: str, text: str, shown: str) -> None:
    """Typed in the locale's order or ISO → the same date, shown the locale's way."""
    assert parse_date(text, QLocale(locale)) == NOV22
    assert format_date(NOV22, QLocale(locale)) == shown


@pytest.mark.parametrize("text", ["31/02/2010", "next week", "2010-13-01", "22/11/10x"])
def test_unreadable_dates_are_refused_not_guessed(text: str) -> None:
    """Impossible or unreadable text is a ValueError with an example of what works."""
    with pytest.raises(ValueError, match=r"not a date|is not a date"):
        parse_date(text, QLocale("en_GB"))


@pytest.mark.parametrize("text", ["31/02/2010", "2010-02-31"])
def test_unreadable_dates_are_refused_in_the_users_language(qapp: object, text: str) -> None:
    """The refusal is worded in the window's language (it was English in every language)."""
    from mentordesk.gui.common import install_language

    install_language("es", QLocale("es_ES"))
    try:
        with pytest.raises(ValueError, match="no es una fecha"):
            parse_date(text, QLocale("es_ES"))
    finally:
        install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_widget_typing_calendar_and_tidy(qtbot: QtBot, en_gb: None) -> None:
    """Typing 1/2/2010 reads 1 February; leaving the field shows 01/02/2010; the calendar
    button picks a date."""
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit.line, "1/2/2010")
    assert edit.date() == dt.date(2010, 2, 1) and edit.error() == ""
    edit.line.editingFinished.emit()
    assert edit.text() == "01/02/2010"
    assert edit.button.menu() is not None
    edit.calendar.clicked.emit(QDate(2026, 11, 22))
    assert edit.date() == dt.date(2026, 11, 22) and edit.text() == "22/11/2026"
    edit.clear()
    assert edit.date() is None and edit.error() == ""
    set_date_style("iso")
    edit.setDate(NOV22)
    assert edit.text() == "2010-11-22"


def test_participant_dialog_accepts_british_date(qtbot: QtBot, en_gb: None) -> None:
    """The participant dialog takes 22/11/2010 for a date of birth (it refused it before)."""
    saved: list[ParticipantInput] = []
    dialog = ParticipantDialog(
        ParticipantInput(full_name="Mia", role=Role.MENTEE), submit=saved.append
    )
    qtbot.addWidget(dialog)
    dialog.set_text("date_of_birth", "22/11/2010")
    assert "date_of_birth" not in dialog.errors
    dialog.set_text("guardian_name", "Ann")
    dialog.accept()
    assert saved and saved[0].date_of_birth == NOV22
    assert isinstance(dialog.editors["date_of_birth"], DateEdit)


def test_program_dialog_accepts_both_forms(qtbot: QtBot, en_gb: None) -> None:
    """Program dates: 01/09/2026 and 2027-06-30 both read; nonsense is named beside the field."""
    dialog = ProgramDialog(ProgramDialog.CREATE)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Autumn")
    dialog.ui.startDateEdit.setText("01/09/2026")
    dialog.ui.endDateEdit.setText("2027-06-30")
    assert dialog.errors == {}
    values = dialog.values()
    assert (values["start_date"], values["end_date"]) == (dt.date(2026, 9, 1), dt.date(2027, 6, 30))
    dialog.ui.endDateEdit.setText("soon")
    assert dialog.ui.endDateError.text().startswith("not a date (e.g. 22/11/2010")


def test_pair_dialogs_use_the_same_editor(qtbot: QtBot, en_gb: None) -> None:
    """Meeting and closure dialogs: the same editor; an empty required date is refused."""
    meeting = MeetingDialog(MeetingData(date=NOV22, duration_minutes=45))
    qtbot.addWidget(meeting)
    assert isinstance(meeting.ui.dateEdit, DateEdit) and meeting.ui.dateEdit.text() == "22/11/2010"
    meeting.ui.dateEdit.setText("23/11/2010")
    assert meeting.value().date == dt.date(2010, 11, 23)
    close = CloseDialog(NOV22)
    qtbot.addWidget(close)
    close.ui.dateEdit.clear()
    close.ui.reasonCombo.setCurrentText("moved away")
    close.accept()
    assert "date" in close.ui.errorLabel.text().lower()
