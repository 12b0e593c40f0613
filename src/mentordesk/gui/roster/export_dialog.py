"""The export dialog: format, file, and the opt-in for sensitive fields (off, with a warning)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, TaskThread, announce, translate
from mentordesk.gui.files import confirm_replace
from mentordesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import SpreadsheetService

FORMATS = (
    (
        QT_TRANSLATE_NOOP("roster.export_dialog", "Excel workbook (.xlsx)"),
        ".xlsx",
        QT_TRANSLATE_NOOP("roster.export_dialog", "Excel workbook (*.xlsx)"),
    ),
    (
        QT_TRANSLATE_NOOP(
            "roster.export_dialog", "CSV, opens in Excel, LibreOffice, Google Sheets (.csv)"
        ),
        ".csv",
        QT_TRANSLATE_NOOP("roster.export_dialog", "CSV file (*.csv)"),
    ),
)


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.written: tuple[int, Path] | None = None
        self._thread: TaskThread | None = None
        self.program_name = ""
        if ctx.program_id is not None:
            self.program_name = ProgramService(ctx.db).get(ctx.program_id).name
        self.ui.programLabel.setText(
            self.program_name or translate("roster.export_dialog", "No program chosen")
        )
        for label, suffix, _ in FORMATS:
            self.ui.formatCombo.addItem(translate("roster.export_dialog", label), suffix)
        self.export_button: QPushButton = self.ui.buttonBox.addButton(
            translate("roster.export_dialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = documents if documents and Path(documents).is_dir() else str(Path.home())
        safe = re.sub(r'[\\/:*?"<>|]+', "-", self.program_name).strip() or "participants"
        self.ui.pathEdit.setText(str(Path(folder) / f"{safe} roster.xlsx"))
        self.ui.sensitiveCheck.setChecked(False)
        self.ui.sensitiveWarning.setVisible(False)
        if not self.program_name:
            self.export_button.setEnabled(False)
            self.ui.messageLabel.setText(
                translate("roster.export_dialog", "Choose a program in the main window first.")
            )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.formatCombo.currentIndexChanged.connect(self._format_changed)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.sensitiveCheck.toggled.connect(self.ui.sensitiveWarning.setVisible)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)

    def _format_changed(self, index: int) -> None:
        text = self.ui.pathEdit.text().strip()
        if text:
            self.ui.pathEdit.setText(str(Path(text).with_suffix(FORMATS[index][1])))

    def _browse(self) -> None:
        index = self.ui.formatCombo.currentIndex()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("roster.export_dialog", "Export roster"),
            self.ui.pathEdit.text(),
            translate("roster.export_dialog", FORMATS[index][2]),
        )
        if path:
            self.ui.pathEdit.setText(str(Path(path).with_suffix(FORMATS[index][1])))

    def export(self) -> None:
        """Write the file in the background; close when done, say why when not."""
        text = self.ui.pathEdit.text().strip()
        if not text:
            self._message(
                translate("roster.export_dialog", "Choose where to save the file."), error=True
            )
            return
        path = Path(text).expanduser()
        if path.is_file() and not confirm_replace(self, path):
            return
        include = self.ui.sensitiveCheck.isChecked()
        service = SpreadsheetService(self.ctx.db)
        name = self.program_name

        def work(_report: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            return service.export(name, path, include_sensitive=include, replace=True), path

        self._thread = TaskThread(work, self)
        self._thread.succeeded.connect(self._done)
        self._thread.failed.connect(self._failed)
        self._thread.finished.connect(self._thread.deleteLater)
        self.export_button.setEnabled(False)
        self._message(translate("roster.export_dialog", "Writing…"))
        self._thread.start()

    def _done(self, result: tuple[int, Path]) -> None:
        self._thread = None
        self.written = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._thread = None
        self.export_button.setEnabled(True)
        if isinstance(error, MentorDeskError):
            self._message(str(error), error=True)
        elif isinstance(error, OSError):
            self._message(
                translate("roster.export_dialog", "Cannot write the file: {v0}").format(
                    v0=error.strerror or error
                ),
                error=True,
            )
        else:
            self._message(
                translate("roster.export_dialog", "Something went wrong: {error}").format(
                    error=error
                ),
                error=True,
            )

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #b91c1c;" if error else "")
        self.ui.messageLabel.setText(text)
        announce(self, text, assertive=error)  # exported, or why not

    def is_busy(self) -> bool:
        return self._thread is not None


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """File ▸ Export: run the dialog; returns the file written, if any."""
    dialog = ExportDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.written is None:
        return None
    count, path = dialog.written
    QMessageBox.information(
        parent,
        translate("roster.export_dialog", "Export finished"),
        translate("roster.export_dialog", "{count} participants written to {path}.").format(
            count=count, path=path
        ),
    )
    return path
