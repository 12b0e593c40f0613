"""Help ▸ User guide and About, and the first-run welcome with its new-program wizard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWizard
from pytestqt.qtbot import QtBot

from mentordesk import __version__
from mentordesk.core.enums import ProgramFormat
from mentordesk.core.resources import docs_path
from mentordesk.db.engine import Database
from mentordesk.db.location import describe
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.help.about import AboutDialog, library_licences
from mentordesk.gui.help.guide import GuideWindow, shipped_guides
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.welcome.first_run import IMPORT, NEW_PROGRAM, WelcomeDialog, show_welcome
from mentordesk.gui.welcome.wizard import NewProgramWizard
from mentordesk.services.programs.catalog import ProgramService


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    ProgramService(db).create("Autumn 2026")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    return win


def test_user_guide_opens_from_the_help_menu_and_finds_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    """F1 / Help ▸ User guide shows the shipped guides; searching narrows the list."""
    guides = shipped_guides()
    titles = [g.title for g in guides]
    assert len(guides) >= 5 and all(titles)
    # developers' notes (docs/dev/: start-up, responsiveness, each guide's notes) stay out
    assert not {"perf", "responsive"} & {g.path.stem for g in guides}
    assert all("dev" not in g.path.relative_to(docs_path()).parts for g in guides)
    window.action_user_guide.trigger()
    guide = next(w for w in window.findChildren(GuideWindow))
    qtbot.waitExposed(guide)
    assert guide.list.count() == len(guides)
    assert guide.browser.toPlainText().strip()  # the first guide is rendered
    guide.search.setText("stable matching")  # the matching guide explains it
    visible = [
        guide.list.item(i).text()
        for i in range(guide.list.count())
        if not guide.list.item(i).isHidden()
    ]
    expected = [g.title for g in guides if "stable matching" in g.path.read_text().lower()]
    assert visible == expected and 0 < len(expected) < len(guides)
    guide.search.setText("no guide says xyzzy")
    assert all(guide.list.item(i).isHidden() for i in range(guide.list.count()))
    guide.close()


def test_guide_follows_links_between_guides(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "roster.md").write_text("# The roster\n\nSee [pairs](pairs.md).\n")
    (tmp_path / "pairs.md").write_text("# Pairs\n\nMeetings and check-ins.\n")
    guide = GuideWindow(folder=tmp_path)
    qtbot.addWidget(guide)
    assert [guide.list.item(i).text() for i in range(2)] == ["The roster", "Pairs"]
    guide.browser.anchorClicked.emit(guide.browser.source().resolved("pairs.md"))
    assert guide.list.currentItem().text() == "Pairs"
    assert "check-ins" in guide.browser.toPlainText()


def test_about_names_version_file_and_licences(qtbot: QtBot, db: Database) -> None:
    dialog = AboutDialog(db.location)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert __version__ in text and describe(db.location) in text
    assert "SQLAlchemy" in text and "Noto" in text and "DejaVu" in text
    assert all(licence for _name, _version, licence in library_licences())


def _fill_wizard(wizard: NewProgramWizard, name: str) -> None:
    wizard.name.setText(name)
    wizard.format.setCurrentIndex(wizard.format.findData(ProgramFormat.GROUP))
    wizard.start.setDate(dt.date(2027, 9, 1))
    wizard.end.setDate(dt.date(2028, 6, 30))
    wizard.organization.setText("Lycée Jean-Moulin")
    wizard.coordinator.setText("Amina Diallo")
    wizard.contact.setText("amina@example.org")
    wizard.cadence.setValue(14)


def test_wizard_creates_the_program_with_its_settings(qtbot: QtBot, db: Database) -> None:
    ctx = AppContext(db)
    wizard = NewProgramWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is needed
    _fill_wizard(wizard, "Circles 2027–28")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    program = ProgramService(db).by_name("Circles 2027–28")
    assert program.format is ProgramFormat.GROUP
    assert (program.start_date, program.end_date) == (dt.date(2027, 9, 1), dt.date(2028, 6, 30))
    assert program.organization == "Lycée Jean-Moulin" and program.cadence_days == 14
    assert program.document_settings == {
        "coordinator": "Amina Diallo",
        "coordinator_contact": "amina@example.org",
    }


def test_wizard_refuses_bad_input_and_keeps_it(qtbot: QtBot, db: Database) -> None:
    """A duplicate name or an end before the start: a message, the wizard stays, nothing saved."""
    ProgramService(db).create("Taken")
    wizard = NewProgramWizard(AppContext(db))
    qtbot.addWidget(wizard)
    _fill_wizard(wizard, "Taken")
    wizard.accept()
    assert wizard.created is None and "already exists" in wizard.message.text()
    wizard.name.setText("Fresh")
    wizard.end.setDate(dt.date(2027, 1, 1))
    wizard.accept()
    assert wizard.created is None and "before the start" in wizard.message.text()
    assert [p.name for p in ProgramService(db).list()] == ["Taken"]
    assert wizard.name.text() == "Fresh"  # what was typed is still there


def test_welcome_says_the_sample_is_fictional_and_leads_to_the_wizard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = WelcomeDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "fictional" in intro and "sample program" in intro
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.explore)))
    assert "sample" in labels.lower()

    picked: list[int] = []
    imported: list[bool] = []

    def run_wizard(self: NewProgramWizard) -> int:
        _fill_wizard(self, "Our own program")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(NewProgramWizard, "exec", run_wizard)
    welcome = show_welcome(
        window.ctx, window, pick_program=picked.append, open_import=lambda: imported.append(True)
    )
    qtbot.mouseClick(welcome.import_list, Qt.MouseButton.LeftButton)
    assert welcome.choice == IMPORT
    program = ProgramService(window.ctx.db).by_name("Our own program")
    assert picked == [program.id] and imported == [True]

    welcome = show_welcome(window.ctx, window, pick_program=picked.append, open_import=lambda: None)
    qtbot.mouseClick(welcome.explore, Qt.MouseButton.LeftButton)
    assert welcome.choice != NEW_PROGRAM and len(picked) == 1  # exploring creates nothing


def test_opening_tells_a_first_run_apart(tmp_path: Path) -> None:
    """The welcome is shown after a first run (the sample was just made), not on later opens."""
    from mentordesk.gui.startup import open_for_window

    path = tmp_path / "new.sqlite"
    first = open_for_window(path, None)
    assert first.first_run and first.program_id is not None and first.rows
    first.db.close()
    again = open_for_window(path, None)
    assert not again.first_run
    again.db.close()
