"""Edit ▸ Preferences…: backup folder, date format and default paper, kept in QSettings and
applied to the date fields; a missing folder is refused beside the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common import DateEdit, Settings, date_style, set_date_style
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.programs import PreferencesDialog
from mentordesk.services.programs import ProgramService


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_menu_opens_preferences_and_saves(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """Edit ▸ Preferences… opens the dialog; the choices are kept and dates follow them."""
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ProgramService(db).create("Spring")
    window = MainWindow(AppContext(db), settings=qsettings)
    qtbot.addWidget(window)
    assert window.preferences_action in window.ui.menuEdit.actions()
    backups = tmp_path / "backups"
    backups.mkdir()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.backup_edit.setText(str(backups))
        dialog.date_combo.setCurrentIndex(dialog.date_combo.findData("iso"))
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    window.preferences_action.trigger()
    try:
        stored = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        assert (stored.backup_folder(), stored.date_style(), stored.default_paper()) == (
            backups,
            "iso",
            "Letter",
        )
        assert date_style() == "iso"
        # One backup folder: the one File ▸ Backup Settings shows, and the one backups use.
        from mentordesk.gui.files import load_backup_preferences
        from mentordesk.services.files import BackupService, backup_preferences

        assert load_backup_preferences(stored.qsettings).folder == backups
        assert backup_preferences().folder == backups
        a_file = Database(tmp_path / "backed-up.sqlite")  # backups are a file's
        assert BackupService(a_file).folder.parent == backups
        a_file.close()
        # Documents of a program without its own paper setting now print on Letter.
        from mentordesk.core.paper import preferred_paper
        from mentordesk.services.documents.produce import page_setup

        assert preferred_paper() == "Letter"
        assert page_setup(ProgramService(db).by_name("Spring")).paper == "Letter"
        edit = DateEdit()
        qtbot.addWidget(edit)
        edit.setDate(dt.date(2010, 11, 22))
        assert edit.text() == "2010-11-22"
    finally:
        set_date_style("locale")
        from mentordesk.services.files import BackupPreferences, configure_backups

        configure_backups(BackupPreferences())  # no other test inherits the folder
        from mentordesk.core.paper import set_preferred_paper

        set_preferred_paper("")


def test_missing_backup_folder_disables_ok(qtbot: QtBot, tmp_path: Path) -> None:
    """A folder that does not exist is named beside the field and OK stays disabled."""
    dialog = PreferencesDialog(_settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.backup_edit.setText(str(tmp_path / "nope"))
    assert dialog.backup_error.text() == "no such folder"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.backup_edit.setText("")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_defaults_and_bad_stored_values(tmp_path: Path) -> None:
    """Nothing stored (or nonsense stored): locale dates, locale paper, no backup folder."""
    settings = _settings(tmp_path)
    assert (settings.backup_folder(), settings.date_style(), settings.default_paper()) == (
        None,
        "locale",
        "",
    )
    settings.qsettings.setValue("preferences/date_style", "roman")
    settings.qsettings.setValue("preferences/default_paper", "A3")
    assert (settings.date_style(), settings.default_paper()) == ("locale", "")
