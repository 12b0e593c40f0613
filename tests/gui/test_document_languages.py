"""Issue 13: the language of a single printed document is chosen in its Print menu (pair
detail, roster, summary, rotation); a person's own language is set in the participant dialog,
the program's in Program ▸ Settings."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import PairMemberRecord, ParticipantRecord
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.language_menu import LanguageMenu
from mentordesk.gui.pairs.view import PairsView
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.gui.reports.view import ReportsView
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from mentordesk.gui.roster.view import RosterView
from tests.documents import pdfcheck
from tests.documents.sample import Sample, build


@pytest.fixture
def sample(db: Database) -> Sample:
    return build(db)


@pytest.fixture
def ctx(db: Database, sample: Sample) -> AppContext:
    context = AppContext(db)
    context.set_program(sample.program_id)
    return context


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    return shown


def _lang(data: bytes) -> str:
    from pypdf import PdfReader

    return str(PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"])


def _mentee_speaks(db: Database, pair_id: int, code: str) -> None:
    with db.begin() as session:
        mentee = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair_id, PairMemberRecord.role == "mentee"
            )
        )
        session.get(ParticipantRecord, mentee).document_language = code


def _language_menu(menu: QMenu) -> LanguageMenu:
    found = [a.menu() for a in menu.actions() if isinstance(a.menu(), LanguageMenu)]
    assert len(found) == 1
    language = found[0]
    assert isinstance(language, LanguageMenu)
    return language


def test_pair_print_menu_offers_a_language(
    qtbot: QtBot, ctx: AppContext, db: Database, sample: Sample, tmp_path: Path
) -> None:
    """Automatic names the family's language and prints in it; a language chosen in the menu
    wins for every document of the menu."""
    pair = sample.pair_ids[2]
    _mentee_speaks(db, pair, "es")
    view = PairsView(ctx)
    qtbot.addWidget(view)
    view.open_pair(pair)
    button_menu = view.ui.printButton.menu()
    assert button_menu is not None
    language = _language_menu(button_menu)
    language.aboutToShow.emit()
    assert language.automatic.text() == "Automatic: Español (the family's language)"
    names = [a.text() for a in language.actions() if not a.isSeparator()]
    assert names[1:] == ["English", "العربية", "Español", "Français"]
    menus = view.print_menu
    target = tmp_path / "agreement.pdf"
    menus.agreement.ask_save_path = lambda _suggested: str(target)
    menus.agreement.save.trigger()
    assert "Acuerdo de mentoría" in pdfcheck.text(target.read_bytes())
    language.choose("fr")
    menus.agreement.save.trigger()
    assert "Accord de mentorat" in pdfcheck.text(target.read_bytes())
    menus.sheet.ask_save_path = lambda _suggested: str(target)
    menus.sheet.save.trigger()
    assert "Mentoring agreement" not in pdfcheck.text(target.read_bytes())
    language.choose("en")
    menus.idps[0].ask_save_path = lambda _suggested: str(target)
    menus.idps[0].save.trigger()
    assert "Individual Development Plan" in pdfcheck.text(target.read_bytes())


def test_roster_and_summary_print_in_the_chosen_language(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The roster's and the summary's Print menus have the same Language choice (Automatic:
    the program's language)."""
    roster = RosterView(ctx)
    qtbot.addWidget(roster)
    menu = roster.ui.printButton.menu()
    assert menu is not None
    language = _language_menu(menu)
    language.aboutToShow.emit()
    assert language.automatic.text() == "Automatic: English (the program's language)"
    language.choose("ar")
    target = tmp_path / "roster.pdf"
    roster.roster_print.ask_save_path = lambda _suggested: str(target)
    roster.roster_print.save.trigger()
    roster.roster_print.wait()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    assert _lang(target.read_bytes()) == "ar"

    reports = ReportsView(ctx)
    qtbot.addWidget(reports)
    reports.summary_language.choose("fr")
    summary = tmp_path / "summary.pdf"
    reports.summary_actions.ask_save_path = lambda _suggested: str(summary)
    reports.summary_actions.save.trigger()
    text = " ".join(pdfcheck.text(summary.read_bytes()).split())
    assert "Mesures" in text and "rencontres marquées comme tenues entre le" in text, text
    assert "meetings marked held" not in text and "2026-" not in text


def test_participant_dialog_sets_the_document_language(qtbot: QtBot) -> None:
    """The participant dialog lists the languages with a catalog, "Program default" first."""
    dialog = ParticipantDialog(ParticipantInput(full_name="Ana", document_language="es"))
    qtbot.addWidget(dialog)
    combo = dialog.editors["document_language"]
    assert combo.currentData() == "es"  # type: ignore[attr-defined]
    labels = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert labels == ["Program default", "English", "العربية", "Español", "Français"]
    combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    assert dialog.value().document_language == ""
    combo.setCurrentIndex(labels.index("العربية"))  # type: ignore[attr-defined]
    assert dialog.value().document_language == "ar"


def test_program_settings_offer_every_document_language(qtbot: QtBot) -> None:
    """Program ▸ Settings lists every language with a catalog, not only English."""
    dialog = ProgramDialog(mode=ProgramDialog.SETTINGS)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == ["en", "ar", "es", "fr"]
    combo.setCurrentIndex(codes.index("fr"))
    assert dialog.documents().language == "fr"


def test_unprintable_name_is_said_before_the_printer_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database, sample: Sample, _no_message_boxes: list[str]
) -> None:
    """Print… with a name no font can print: the message names the person and the
    character, and no printer dialog opens."""
    pair = sample.pair_ids[2]
    with db.begin() as session:
        mentee = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair, PairMemberRecord.role == "mentee"
            )
        )
        record = session.get(ParticipantRecord, mentee)
        record.full_name, record.preferred_name = "Emma \U0001f984 Stone", ""
    view = PairsView(ctx)
    qtbot.addWidget(view)
    view.open_pair(pair)
    asked: list[object] = []
    view.print_menu.agreement.ask_printer = lambda printer: asked.append(printer) or False
    view.print_menu.agreement.print.trigger()
    assert asked == []
    assert len(_no_message_boxes) == 1
    assert "Emma \U0001f984 Stone" in _no_message_boxes[0] and "U+1F984" in _no_message_boxes[0]
