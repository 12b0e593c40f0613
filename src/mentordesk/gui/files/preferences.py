"""File ▸ Backup Settings…: where backups go and how many are kept (remembered in QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mentordesk.gui.common import translate
from mentordesk.services.files import BackupPreferences, Rotation, configure_backups

KEYS = ("backup/folder", "backup/daily", "backup/weekly", "backup/monthly")


def load_backup_preferences(settings: QSettings) -> BackupPreferences:
    """The remembered choice (defaults for anything missing or unreadable)."""
    folder = settings.value(KEYS[0]) or ""
    default = Rotation()

    def number(key: str, fallback: int) -> int:
        try:
            return max(0, int(str(settings.value(key, fallback))))
        except ValueError:
            return fallback

    rotation = Rotation(
        daily=max(1, number(KEYS[1], default.daily)),
        weekly=number(KEYS[2], default.weekly),
        monthly=number(KEYS[3], default.monthly),
    )
    return BackupPreferences(Path(str(folder)) if folder else None, rotation)


def apply_backup_preferences(settings: QSettings) -> BackupPreferences:
    preferences = load_backup_preferences(settings)
    configure_backups(preferences)
    return preferences


class BackupSettingsDialog(QDialog):
    """Folder (empty: the user data folder) and the 7 daily / 4 weekly / 12 monthly rotation."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("files.preferences", "Backup settings"))
        current = load_backup_preferences(settings)
        form = QFormLayout(self)
        self.folder_edit = QLineEdit(str(current.folder or ""), self)
        self.folder_edit.setPlaceholderText(
            translate("files.preferences", "the MentorDesk data folder")
        )
        self.folder_edit.setAccessibleName(translate("files.preferences", "Backup folder"))
        self.folder_edit.setMinimumWidth(320)
        browse = QPushButton(translate("files.preferences", "Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit)
        row.addWidget(browse)
        form.addRow(translate("files.preferences", "Back up to:"), row)
        self.daily = self._spin(current.rotation.daily, 1, 60)
        self.weekly = self._spin(current.rotation.weekly, 0, 52)
        self.monthly = self._spin(current.rotation.monthly, 0, 120)
        form.addRow(translate("files.preferences", "Daily backups kept:"), self.daily)
        form.addRow(translate("files.preferences", "Weekly backups kept:"), self.weekly)
        form.addRow(translate("files.preferences", "Monthly backups kept:"), self.monthly)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("files.preferences", "Backup folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        text = self.folder_edit.text().strip()
        self.settings.setValue(KEYS[0], text)
        self.settings.setValue(KEYS[1], self.daily.value())
        self.settings.setValue(KEYS[2], self.weekly.value())
        self.settings.setValue(KEYS[3], self.monthly.value())
        apply_backup_preferences(self.settings)
        super().accept()
