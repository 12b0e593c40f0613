"""The main window's File menu: open, new and recent files, a server, backups and restore,
transfer, the passphrase and retention, spreadsheet import/export and cohort printing.

A mixin of `MainWindow` (gui/main_window.py), which owns the state it uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from mentordesk.core.errors import MentorDeskError
from mentordesk.db.location import Location, ServerLocation, describe
from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, Settings, translate

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint
    from mentordesk.db.engine import Database
    from mentordesk.gui.forms.ui_main_window import Ui_MainWindow

    _Window = QMainWindow
else:
    _Window = object

DB_FILTER = QT_TRANSLATE_NOOP(
    "main_window", "MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)"
)


class FileActions(_Window):
    """The File menu of `MainWindow`."""

    if TYPE_CHECKING:  # MainWindow's state and what its other parts do
        ctx: AppContext
        ui: Ui_MainWindow
        settings: Settings
        location: Location

        def reload_programs(self, prefer: int | None = None) -> None: ...
        def _update_title(self) -> None: ...
        def confirm_leave(self) -> bool: ...

    def _add_privacy_actions(self) -> None:
        self.protect_action = QAction(translate("main_window", "Protect with &passphrase…"), self)
        self.protect_action.triggered.connect(self.protect_with_passphrase)
        self.ui.menuFile.insertAction(self.ui.actionImport, self.protect_action)
        self.ui.menuFile.insertSeparator(self.ui.actionImport)
        self.retention_action = QAction(translate("main_window", "&Retention…"), self)
        self.retention_action.triggered.connect(self.open_retention_dialog)
        self.ui.menuProgram.addSeparator()
        self.ui.menuProgram.addAction(self.retention_action)

    def open_retention_dialog(self) -> QDialog | None:
        if self.ctx.program_id is None:
            return None
        from mentordesk.gui.privacy import RetentionDialog

        dialog = RetentionDialog(self.ctx, self.ctx.program_id, self)
        dialog.open()
        return dialog

    def protect_with_passphrase(self) -> None:
        from mentordesk.gui.privacy import protect_with_dialog

        if protect_with_dialog(self, self.ctx) is not None:
            self.reload_programs(prefer=self.ctx.program_id)
            self._update_title()

    def _add_server_action(self) -> None:
        """File ▸ Connect to Server…, after Open."""
        self.connect_action = QAction(translate("main_window", "Connect to &Server…"), self)
        self.connect_action.setToolTip(
            translate("main_window", "Open a district's MentorDesk database on a PostgreSQL server")
        )
        self.ui.menuFile.insertAction(self.ui.menuRecent.menuAction(), self.connect_action)
        self.connect_action.triggered.connect(self.connect_to_server_with_dialog)

    def connect_to_server_with_dialog(self) -> QDialog:
        """The Connect to server dialog (window-modal); OK opens the server in this window."""
        from mentordesk.gui.files import connect_with_dialog

        current = self.location if isinstance(self.location, ServerLocation) else None
        return connect_with_dialog(self, self.open_server, current)

    def open_server(self, location: ServerLocation, remember: bool = False) -> None:
        """Open a server's database here, like a file (a password asked when needed)."""
        if not self.confirm_leave():
            return
        from mentordesk.gui.files import open_server

        try:
            db = open_server(location, self, remember=remember)
        except MentorDeskError as error:
            QMessageBox.warning(self, translate("main_window", "Connect to server"), str(error))
            return
        if db is not None:
            self._show_database(db)

    def _add_backup_actions(self) -> None:
        """File ▸ Back up now… and File ▸ Restore…, before Quit."""
        menu = self.ui.menuFile
        self.backup_action = QAction(translate("main_window", "&Back Up Now…"), self)
        self.restore_action = QAction(translate("main_window", "&Restore from Backup…"), self)
        self.backup_settings_action = QAction(translate("main_window", "Backup &Settings…"), self)
        # File ▸ Transfer programs…: copy programs to a file or a server (gui/files/transfer.py).
        self.transfer_action = QAction(translate("main_window", "&Transfer Programs…"), self)
        self.transfer_action.triggered.connect(self.transfer_with_dialog)
        menu.insertActions(
            self.ui.actionQuit,
            [
                self.backup_action,
                self.restore_action,
                self.backup_settings_action,
                self.transfer_action,
            ],
        )
        menu.insertSeparator(self.ui.actionQuit)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore_with_dialog)
        self.backup_settings_action.triggered.connect(self.backup_settings_with_dialog)

    def transfer_with_dialog(self) -> QDialog | None:
        if not self.ctx.has_database:
            return None
        from mentordesk.gui.files import TransferDialog

        dialog = TransferDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_settings_with_dialog(self) -> QDialog:
        from mentordesk.gui.files import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.settings.qsettings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def back_up_now(self) -> Path | None:
        from mentordesk.services.files import BackupService

        path = BackupService(self.ctx.db).backup("manual")
        self.statusBar().showMessage(
            translate("main_window", "Backed up to {path}").format(path=path), 8000
        )
        return path

    def restore_with_dialog(self) -> QDialog | None:
        """The restore dialog (window-modal); restoring reopens the file."""
        from mentordesk.gui.files import RestoreDialog
        from mentordesk.services.files import BackupService

        dialog = RestoreDialog(BackupService(self.ctx.db), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(dialog.chosen()))
        dialog.open()
        return dialog

    def _restore(self, backup: Path | None) -> None:
        from mentordesk.services.files import BackupService

        if backup is None:
            return
        kept = BackupService(self.ctx.db).restore(backup)
        path = self.ctx.db.file_path("Restore")
        self.ctx.undo_stack.clear()
        self.open_database(path, reopen=True)
        note = (
            translate("main_window", " The previous content was kept as {name}.").format(
                name=kept.name
            )
            if kept
            else ""
        )
        QMessageBox.information(
            self,
            translate("main_window", "Restored"),
            translate("main_window", "{name} was restored.{note}").format(
                name=path.name, note=note
            ),
        )

    def open_database(self, path: Location, *, reopen: bool = False) -> None:
        """Switch to another file (created, empty, if it does not exist). Another window's
        file offers read-only, a damaged one the newest good backup, an encrypted one asks
        for its passphrase (and stays closed when that is cancelled or wrong)."""
        if not reopen and not self.confirm_leave():
            return
        from mentordesk.gui.files import open_for_window

        if reopen:
            self.ctx.db.close()  # the restored file is opened afresh (and locked again)
        db = open_for_window(path, self)
        if db is None:
            return
        self._show_database(db)

    def _show_database(self, db: Database) -> None:
        self.ctx.set_database(db)
        self.location = db.location
        self.settings.add_recent(db.location)
        self._rebuild_recent_menu()
        self.reload_programs(prefer=self.settings.last_program(db.location))
        self._update_title()

    def new_database_with_dialog(self) -> None:
        from mentordesk.gui.common import save_file_name

        name = save_file_name(
            self,
            "database",
            translate("main_window", "New MentorDesk file"),
            "mentoring.sqlite",
            translate("main_window", DB_FILTER),
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self,
                    translate("main_window", "New file"),
                    translate(
                        "main_window", "{path} already exists. Use File ▸ Open to open it."
                    ).format(path=path),
                )
                return
            self.open_database(path)

    def open_database_with_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Open MentorDesk file"),
            self._file_folder(),
            translate("main_window", DB_FILTER),
        )
        if name:
            self.open_database(Path(name))

    def _file_folder(self) -> str:
        """Where File ▸ Open starts: the open file's folder (none for a server)."""
        return str(self.location.parent) if isinstance(self.location, Path) else ""

    def _rebuild_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = [p for p in self.settings.recent() if p != self.location]
        for path in recent:
            action = menu.addAction(describe(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: Location) -> None:
        if isinstance(path, Path) and not path.exists():
            QMessageBox.warning(
                self,
                translate("main_window", "Open recent"),
                translate("main_window", "{path} no longer exists.").format(path=path),
            )
            self.settings.remove_recent(path)
            self._rebuild_recent_menu()
            return
        self.open_database(path)

    def open_import_dialog(self) -> None:
        from mentordesk.gui.roster import open_import_dialog

        open_import_dialog(self.ctx, self)

    def open_export_dialog(self) -> None:
        from mentordesk.gui.roster import open_export_dialog

        open_export_dialog(self.ctx, self)

    def open_batch_print_dialog(self) -> QDialog | None:
        """File ▸ Print Whole Cohort…: agreements, IDPs or certificates in the background
        (window-modal, not blocking; deleted when closed)."""
        from mentordesk.gui.documents import BatchPrintDialog

        if self.ctx.program_id is None:
            return None
        dialog = BatchPrintDialog(self.ctx, self.ctx.program_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
