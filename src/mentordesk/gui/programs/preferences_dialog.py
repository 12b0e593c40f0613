"""Edit ▸ Preferences…: the application-wide choices (kept in QSettings, not in a program):
backup folder, how dates are shown, default paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.paper import set_preferred_paper
from mentordesk.gui.common import (
    LANGUAGES,
    Settings,
    date_style,
    format_date,
    language_of,
    may_close,
    set_date_style,
    translate,
)

_EXAMPLE = dt.date(2010, 11, 22)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("programs.preferences_dialog", "Preferences"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "programs.preferences_dialog",
                "These choices are for this computer and every data file. Paper, logo and the "
                "coordinator's name for one program are in Program ▸ Settings.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("backupFolderEdit")
        self.backup_edit.setPlaceholderText(
            translate("programs.preferences_dialog", "the user data folder (one folder per file)")
        )
        self.backup_edit.setAccessibleName(
            translate("programs.preferences_dialog", "Backup folder")
        )
        browse = QPushButton(translate("programs.preferences_dialog", "Choose…"), self)
        browse.setObjectName("backupFolderButton")
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_edit, 1)
        row.addWidget(browse)
        form.addRow(translate("programs.preferences_dialog", "Backup folder"), row)
        self.backup_error = QLabel(self)
        self.backup_error.setStyleSheet("color: #c62828;")
        form.addRow("", self.backup_error)
        self.date_combo = QComboBox(self)
        self.date_combo.setObjectName("dateStyleCombo")
        self.date_combo.setAccessibleName(translate("programs.preferences_dialog", "Date format"))
        locale_example = _locale_example()
        self.date_combo.addItem(
            translate(
                "programs.preferences_dialog", "As the system writes them ({locale_example})"
            ).format(locale_example=locale_example),
            "locale",
        )
        self.date_combo.addItem(
            translate("programs.preferences_dialog", "Year first, ISO (2010-11-22)"), "iso"
        )
        form.addRow(translate("programs.preferences_dialog", "Dates"), self.date_combo)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("defaultPaperCombo")
        self.paper_combo.setAccessibleName(
            translate("programs.preferences_dialog", "Default paper")
        )
        self.paper_combo.addItem(
            translate("programs.preferences_dialog", "As the system's locale"), ""
        )
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem(translate("programs.preferences_dialog", "US Letter"), "Letter")
        form.addRow(translate("programs.preferences_dialog", "Default paper"), self.paper_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(translate("programs.preferences_dialog", "Language"))
        self.language_combo.addItem(
            translate("programs.preferences_dialog", "As the system ({language})").format(
                language=LANGUAGES[language_of(QLocale.system())]
            ),
            "",
        )
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        form.addRow(translate("programs.preferences_dialog", "Language"), self.language_combo)
        self.language_note = QLabel(
            translate(
                "programs.preferences_dialog",
                "A new language applies when MentorDesk starts again.",
            ),
            self,
        )
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        folder = settings.backup_folder()
        self.backup_edit.setText(str(folder) if folder else "")
        self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(settings.date_style())))
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language()))
        )
        self.paper_combo.setCurrentIndex(
            max(0, self.paper_combo.findData(settings.default_paper()))
        )
        self.backup_edit.textChanged.connect(self._check)
        self._initial = self._snapshot()
        self._check()
        self.resize(520, self.sizeHint().height())

    def _snapshot(self) -> tuple[str, str, str, str]:
        return (
            str(self.language_combo.currentData()),
            self.backup_edit.text(),
            str(self.date_combo.currentData()),
            str(self.paper_combo.currentData()),
        )

    def _problem(self) -> str:
        text = self.backup_edit.text().strip()
        if text and not Path(text).expanduser().is_dir():
            return translate("programs.preferences_dialog", "no such folder")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.backup_error.setText(problem)
        self.backup_error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _choose_folder(self) -> None:
        start = self.backup_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, translate("programs.preferences_dialog", "Backup folder"), start
        )
        if folder:
            self.backup_edit.setText(folder)

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def accept(self) -> None:
        if self._problem():
            return
        text = self.backup_edit.text().strip()
        self.settings.set_backup_folder(Path(text).expanduser() if text else None)
        from mentordesk.gui.files import apply_backup_preferences

        apply_backup_preferences(self.settings.qsettings)  # backups go there from now on
        style = str(self.date_combo.currentData())
        self.settings.set_date_style(style)
        set_date_style(style)  # dates opened from now on follow it
        self.settings.set_default_paper(str(self.paper_combo.currentData() or ""))
        set_preferred_paper(self.settings.default_paper())  # documents made from now on
        self.settings.set_language(str(self.language_combo.currentData() or ""))
        self.settings.qsettings.sync()
        super().accept()

    def reject(self) -> None:
        if may_close(
            self,
            self.is_dirty(),
            translate("programs.preferences_dialog", "the preferences"),
            self.accept,
        ):
            super().reject()


def _locale_example() -> str:
    previous = date_style()
    set_date_style("locale")
    try:
        return format_date(_EXAMPLE, QLocale())
    finally:
        set_date_style(previous)
