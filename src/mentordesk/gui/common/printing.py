"""Preview, Print and Save as PDF for any view.

A view attaches the three actions with a callable that returns the PDF bytes; the PDF is what
gets previewed, printed and saved, so paper and screen never disagree:

    self.print_actions = PdfActions(self, lambda: service.agreement(pair_id), "agreement.pdf")
    self.print_actions.add_to(toolbar)          # or use .preview / .print / .save (QActions)

Nothing here freezes the window on a big document: with `background=True` the PDF is produced
in a worker thread (a progress dialog with Cancel shows when it takes a while), and
`quick_source`, when given, produces the first page at once so the preview (`pdf_preview`) has
something to show within a second; printing sends the pages from a worker thread with progress
and Cancel (`pdf_pages.print_pdf_to`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.outputs import OutputError, write_output
from mentordesk.gui.common.files import save_file_name
from mentordesk.gui.common.i18n import translate
from mentordesk.gui.common.pdf_pages import PrintCancelled, is_pdf_file_printer, print_pdf_to
from mentordesk.gui.common.pdf_preview import PdfPreviewDialog
from mentordesk.gui.common.tasks import Job

PdfSource = Callable[[], bytes]


class PdfActions(QObject):
    """Preview / Print… / Save as PDF… actions bound to a PDF source; attach them anywhere.

    `background=True` (the application's views) makes the PDF in a worker thread; `quick_source`
    gives the preview a first page at once for documents that take long to make.
    """

    def __init__(
        self,
        parent: QWidget,
        source: PdfSource,
        filename: str | Callable[[], str],
        title: str | None = None,
        *,
        background: bool = False,
        quick_source: PdfSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.source = source
        self.quick_source = quick_source
        self.background = background
        self.filename = filename
        self.title = title or translate("common.printing", "Document")  # at call time
        self.preview = QAction(translate("common.printing", "Pre&view"), self)
        self.print = QAction(translate("common.printing", "&Print…"), self)
        self.print.setShortcut(QKeySequence.StandardKey.Print)
        self.save = QAction(translate("common.printing", "Save as &PDF…"), self)
        self.preview.triggered.connect(self.show_preview)
        self.print.triggered.connect(self.print_document)
        self.save.triggered.connect(self.save_document)
        # Tests and dialogs replace these to avoid native dialogs.
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.ask_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.job: Job | None = None  # making the PDF
        self.print_job: Job | None = None  # sending pages to a printer
        self.progress_dialog: QProgressDialog | None = None
        self._printer: QPrinter | None = None

    def actions(self) -> list[QAction]:
        return [self.preview, self.print, self.save]

    def add_to(self, widget: QWidget) -> None:
        """Add the three actions to a toolbar, a menu or any widget."""
        for action in self.actions():
            widget.addAction(action)

    def setEnabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)

    def busy(self) -> bool:
        return self.job is not None or self.print_job is not None

    def wait(self) -> None:
        """Block until the background work has ended (tests)."""
        for thread in (self.job, self.print_job):
            if thread is not None:
                thread.wait()

    def _warn(self, error: BaseException) -> None:
        if not isinstance(error, MentorDeskError):
            raise error
        QMessageBox.warning(self.widget, self.title, str(error))

    def _data(self) -> bytes | None:
        try:
            return self.source()
        except MentorDeskError as error:
            self._warn(error)
            return None

    def _make(
        self,
        source: PdfSource,
        done: Callable[[bytes], None],
        failed: Callable[[BaseException], None],
        *,
        progress: bool,
    ) -> None:
        """Run `source` in a worker thread; `done(data)` on the UI thread."""
        thread = Job(lambda _report, _cancelled: source())
        self.job = thread
        dialog: QProgressDialog | None = None
        if progress:
            dialog = QProgressDialog(
                translate("common.printing", "Preparing {v0}…").format(v0=self.title.lower()),
                translate("common.printing", "Cancel"),
                0,
                0,
                self.widget,
            )
            dialog.setWindowTitle(self.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(thread.cancel)
            self.progress_dialog = dialog

        def finish(ok: bool, value: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.job = None
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
                self.progress_dialog = None
            if thread.is_cancelled():
                return
            (done if ok else failed)(value)

        thread.succeeded.connect(lambda value: finish(True, value))
        thread.failed.connect(lambda error: finish(False, error))
        thread.start()

    def _suggested(self) -> str:
        return self.filename() if callable(self.filename) else self.filename

    def show_preview(self) -> PdfPreviewDialog | None:
        """Open the preview at once; the pages arrive as they are made."""
        if not self.background:
            data = self._data()
            if data is None:
                return None
            dialog = PdfPreviewDialog(data, self.title, self.widget, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            return dialog
        if self.job is not None:
            return None
        dialog = PdfPreviewDialog(None, self.title, self.widget, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

        def failed(error: BaseException) -> None:
            if isinstance(error, MentorDeskError):
                dialog.show_failure(str(error))
            else:
                dialog.show_failure(translate("common.printing", "The document could not be made."))
                raise error

        def whole() -> None:
            self._make(self.source, lambda data: _if_open(dialog, data, False), failed,
                       progress=False)  # fmt: skip

        def first(data: bytes) -> None:
            _if_open(dialog, data, True)
            whole()

        if self.quick_source is not None:
            self._make(self.quick_source, first, lambda _e: whole(), progress=False)
        else:
            whole()
        dialog.finished.connect(lambda _r: self.job is not None and self.job.cancel())
        return dialog

    def _then(self, use: Callable[[bytes], Any]) -> Any:
        """Call `use(data)`: at once, or once the worker has made the PDF (returns None then)."""
        if not self.background:
            data = self._data()
            return None if data is None else use(data)
        if self.job is None:
            self._make(self.source, use, self._warn, progress=True)
        return None

    def print_document(self) -> bool:
        return bool(self._then(self.print_data))

    def print_data(self, data: bytes) -> bool:
        """Ask for a printer, then send the pages in the background with progress and Cancel."""
        if self.print_job is not None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        if not self.ask_printer(printer):
            return False
        if (
            is_pdf_file_printer(printer)
            and printer.printRange() is not QPrinter.PrintRange.PageRange
        ):
            try:  # the document's own bytes: instant, text and vectors kept
                print_pdf_to(printer, data)
            except MentorDeskError as error:
                self._warn(error)
                return False
            return True
        dialog = QProgressDialog(
            translate("common.printing", "Printing {v0}…").format(v0=self.title.lower()),
            translate("common.printing", "Cancel"),
            0,
            0,
            self.widget,
        )
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        thread = Job(lambda report, cancelled: print_pdf_to(printer, data, report, cancelled))
        self.print_job = thread
        self.progress_dialog = dialog

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        thread.progressed.connect(progressed)
        dialog.canceled.connect(thread.cancel)

        def finish(error: BaseException | None) -> None:
            self.print_job = None
            self.progress_dialog = None
            dialog.reset()
            dialog.deleteLater()
            self._printer = None
            if error is not None and not isinstance(error, PrintCancelled):
                self._warn(error)

        thread.succeeded.connect(lambda _count: finish(None))
        thread.failed.connect(finish)
        self._printer = printer  # alive until the thread is done
        thread.start()
        return True

    def save_document(self) -> Path | None:
        result = self._then(self.save_data)
        return result if isinstance(result, Path) else None

    def save_data(self, data: bytes) -> Path | None:
        chosen = self.ask_save_path(self._suggested())
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        try:
            # The save dialog asked before replacing; still never over the database itself.
            write_output(path, data, replace=True)
        except (OutputError, OSError) as error:
            QMessageBox.warning(self.widget, self.title, _why(path, error))
            return None
        return path

    def _ask_save_path(self, suggested: str) -> str:
        return save_file_name(
            self.widget,
            "pdf",
            translate("common.printing", "Save as PDF"),
            suggested,
            translate("common.printing", "PDF files (*.pdf)"),
        )

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.widget)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _if_open(dialog: PdfPreviewDialog, data: bytes, partial: bool) -> None:
    """Give the preview its document unless the coordinator closed it meanwhile."""
    if shiboken6.isValid(dialog) and dialog.isVisible():
        if partial and dialog.complete:
            return
        dialog.set_document(data, partial=partial)


def _why(path: object, error: Exception) -> str:
    if isinstance(error, OSError):
        return translate("common.printing", "Could not save {path}: {v1}").format(
            path=path, v1=error.strerror or error
        )
    return str(error)
