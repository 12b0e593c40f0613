"""Batch printing: all agreements, IDPs or certificates of a program, in the background.

The work runs in a TaskThread: the worker only stores its progress, a UI-thread timer shows it
(PySide6 6.12 crashes when a Python thread emits many queued signals).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.languages import language_choices
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    AppContext,
    TaskThread,
    existing_folder,
    save_file_name,
    translate,
)
from mentordesk.gui.forms.ui_batch_print_dialog import Ui_BatchPrintDialog
from mentordesk.services.documents import BatchKind, BatchResult, DocumentService

KINDS = [
    (
        QT_TRANSLATE_NOOP("documents.batch_print_dialog", "Agreements of every active pair"),
        BatchKind.AGREEMENTS,
    ),
    (
        QT_TRANSLATE_NOOP(
            "documents.batch_print_dialog", "Individual Development Plans of every mentee"
        ),
        BatchKind.IDPS,
    ),
    (
        QT_TRANSLATE_NOOP("documents.batch_print_dialog", "Certificates of completion"),
        BatchKind.CERTIFICATES,
    ),
]
PAPERS = [
    (QT_TRANSLATE_NOOP("documents.batch_print_dialog", "As set for the program"), None),
    ("A4", "a4"),
    (QT_TRANSLATE_NOOP("documents.batch_print_dialog", "US Letter"), "letter"),
]


class BatchPrintDialog(QDialog):
    """Choose what and where, then watch the progress bar; Cancel stops between documents."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        parent: QWidget | None = None,
        kind: BatchKind = BatchKind.AGREEMENTS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BatchPrintDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.program_id = program_id
        self.worker_thread: TaskThread | None = None
        self.batch_result: BatchResult | None = None
        for label, value in KINDS:
            self.ui.kindCombo.addItem(translate("documents.batch_print_dialog", label), value)
        self.ui.kindCombo.setCurrentIndex([k for _, k in KINDS].index(kind))
        for label, paper in PAPERS:
            self.ui.paperCombo.addItem(translate("documents.batch_print_dialog", label), paper)
        # Automatic: each document in its family's language, else the program's.
        self.ui.languageCombo.addItem(
            translate("documents.batch_print_dialog", "Each family's language, else the program's"),
            None,
        )
        for code, name in language_choices():
            self.ui.languageCombo.addItem(name, code)
        self.start_button = self.ui.buttonBox.addButton(
            translate("documents.batch_print_dialog", "&Create PDFs"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.start_button.setDefault(True)
        self.close_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_or_cancel)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.combinedRadio.toggled.connect(lambda _on: self.ui.targetEdit.clear())

    def browse(self) -> None:
        if self.ui.combinedRadio.isChecked():
            path = save_file_name(
                self,
                "pdf",
                translate("documents.batch_print_dialog", "Combined PDF"),
                "documents.pdf",
                translate("documents.batch_print_dialog", "PDF files (*.pdf)"),
            )
        else:
            path = existing_folder(
                self, "pdf-folder", translate("documents.batch_print_dialog", "Folder for the PDFs")
            )
        if path:
            self.ui.targetEdit.setText(path)

    def running(self) -> bool:
        """True from Create PDFs until the worker reports back (finished, cancelled, failed)."""
        return self.worker_thread is not None

    def start(self) -> None:
        text = self.ui.targetEdit.text().strip()
        if not text:
            self.ui.messageLabel.setText(
                translate("documents.batch_print_dialog", "Choose where to save the PDFs first.")
            )
            self.ui.targetEdit.setFocus()
            return
        combined = self.ui.combinedRadio.isChecked()
        target = Path(text).expanduser()
        if combined and target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if combined and target.is_dir():
            self.ui.messageLabel.setText(
                translate(
                    "documents.batch_print_dialog",
                    "That is a folder: give the combined PDF a file name.",
                )
            )
            return
        if not combined and target.exists() and not target.is_dir():
            self.ui.messageLabel.setText(
                translate(
                    "documents.batch_print_dialog",
                    "That is a file: choose a folder for one file per person.",
                )
            )
            return
        kind: BatchKind = self.ui.kindCombo.currentData()
        paper = self.ui.paperCombo.currentData()
        language = self.ui.languageCombo.currentData()
        service = DocumentService(self.ctx.db)
        program_id = self.program_id

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            return service.batch(
                kind,
                program_id,
                target,
                combined=combined,
                paper=paper,
                language=language,
                progress=progress,
                cancelled=cancelled,
            )

        thread = TaskThread(job, self)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_finished)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(thread.deleteLater)
        self.worker_thread = thread
        self._set_running(True)
        self.ui.messageLabel.setText(
            translate("documents.batch_print_dialog", "Creating the PDFs…")
        )
        thread.start()

    def close_or_cancel(self) -> None:
        if self.worker_thread is not None:
            self.worker_thread.cancel()
            self.ui.messageLabel.setText(
                translate("documents.batch_print_dialog", "Cancelling after the current document…")
            )
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        for widget in (
            self.ui.kindCombo,
            self.ui.paperCombo,
            self.ui.languageCombo,
            self.ui.targetEdit,
            self.ui.browseButton,
            self.ui.folderRadio,
            self.ui.combinedRadio,
        ):
            widget.setEnabled(not running)
        self.close_button.setText(
            translate("documents.batch_print_dialog", "&Cancel")
            if running
            else translate("documents.batch_print_dialog", "&Close")
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _on_finished(self, result: BatchResult) -> None:
        self.worker_thread = None
        self.batch_result = result
        self._set_running(False)
        if result.cancelled:
            self.ui.messageLabel.setText(
                translate(
                    "documents.batch_print_dialog", "Cancelled: {v0} of {total} files were written."
                ).format(v0=len(result.files), total=result.total)
            )
        elif result.total == 0:
            self.ui.messageLabel.setText(
                translate(
                    "documents.batch_print_dialog", "There is nothing of this kind to print yet."
                )
            )
        else:
            where = result.files[0] if len(result.files) == 1 else result.files[0].parent
            self.ui.messageLabel.setText(
                translate(
                    "documents.batch_print_dialog", "Done: {total} documents saved in {where}."
                ).format(total=result.total, where=where)
            )

    def _on_failed(self, error: BaseException) -> None:
        self.worker_thread = None
        self._set_running(False)
        if isinstance(error, MentorDeskError):
            self.ui.messageLabel.setText(str(error))
        elif isinstance(error, OSError):
            self.ui.messageLabel.setText(
                translate("documents.batch_print_dialog", "Could not write the files: {v0}").format(
                    v0=error.strerror or error
                )
            )
        else:
            self.ui.messageLabel.setText(
                translate("documents.batch_print_dialog", "Something went wrong: {error}").format(
                    error=error
                )
            )

    def wait(self, msecs: int = 30000) -> None:
        """Block until the worker thread ends (used when closing and by tests)."""
        if self.worker_thread is not None:
            self.worker_thread.wait(msecs)

    def reject(self) -> None:
        if self.worker_thread is not None:
            self.worker_thread.cancel()
            self.wait()
        super().reject()
