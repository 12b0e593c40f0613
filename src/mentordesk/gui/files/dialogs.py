"""File ▸ Back up now…, File ▸ Restore…, and opening a file that another window holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.engine import Database
from mentordesk.db.errors import DamagedFileError, FileInUseError, PasswordRequiredError
from mentordesk.db.location import Location, ServerLocation
from mentordesk.services.files import BackupInfo, BackupService

PathRole = 0x0100  # Qt.UserRole


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before an output replaces an existing file."""
    answer = QMessageBox.question(
        parent,
        "Replace file?",
        f"{path.name} already exists in {path.parent}. Replace it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def can_ask_about(error: BaseException) -> bool:
    """Whether `open_for_window` can settle this opening error with the coordinator."""
    from mentordesk.db.cipher import PassphraseError

    return isinstance(
        error, DamagedFileError | FileInUseError | PassphraseError | PasswordRequiredError
    )


def open_for_window(path: Location, parent: QWidget | None = None) -> Database | None:
    """Open `path` holding its writer lock; if another window holds it, offer read-only; a
    damaged file: offer the newest good backup; an encrypted one: ask for its passphrase; a
    server that needs a password: ask for it (gui/files/server.py).

    None when the coordinator declines (read-only, the passphrase, the password).
    """
    from mentordesk.db.cipher import is_encrypted

    if isinstance(path, ServerLocation):
        from mentordesk.gui.files.server import open_server

        return open_server(path, parent)

    if is_encrypted(Path(path)):
        from mentordesk.gui.privacy import open_database

        return open_database(path, parent, make=lambda p: _open_locked(path, parent, p))
    return _open_locked(path, parent, None)


def _open_locked(path: Path, parent: QWidget | None, passphrase: str | None) -> Database | None:
    try:
        return Database(path, lock_now=True, passphrase=passphrase)
    except DamagedFileError as error:
        return _offer_recovery(path, error, parent)
    except FileInUseError:
        answer = QMessageBox.question(
            parent,
            "Already open",
            f"{path.name} is already open in another window. Open it read-only here "
            "(you can look, print and export, but not change anything)?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        return Database(path, readonly=True, passphrase=passphrase)


def _offer_recovery(path: Path, error: DamagedFileError, parent: QWidget | None) -> Database:
    """A damaged file: offer the newest good backup (the damaged file is kept aside)."""
    from mentordesk.services.files import recover_damaged

    answer = QMessageBox.question(
        parent,
        "Damaged file",
        f"{error}\n\nPut the newest good backup in its place? The damaged file is kept beside it.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        raise error
    if recover_damaged(path) is None:
        raise DamagedFileError(f"{path.name} is damaged and there is no good backup of it")
    return Database(path, lock_now=True)


class RestoreDialog(QDialog):
    """The backups of the open file with what each holds; OK restores the chosen one."""

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle("Restore from a backup")
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Choose a backup to bring back. The file as it is now is kept as a backup "
                "first, so a restore can itself be undone by restoring that one.",
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName("Backups")
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update_ok)
        self.backups: list[BackupInfo] = service.list()
        for backup in self.backups:
            item = QListWidgetItem(backup.describe(), self.list)
            item.setData(PathRole, str(backup.path))
        if not self.backups:
            self.list.addItem("No backups yet: File ▸ Back up now… makes one.")
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        row = self.list.currentRow()
        ok = bool(self.backups) and 0 <= row < len(self.backups) and self.backups[row].readable
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> Path | None:
        row = self.list.currentRow()
        return self.backups[row].path if 0 <= row < len(self.backups) else None
