"""Preview, Print and Save as PDF for any view.

A view attaches the three actions with a callable that returns the PDF bytes; the PDF is what
gets previewed, printed and saved, so paper and screen never disagree:

    self.print_actions = PdfActions(self, lambda: service.agreement(pair_id), "agreement.pdf")
    self.print_actions.add_to(toolbar)          # or use .preview / .print / .save (QActions)

Nothing here freezes the window on a big document:

- with `background=True` the PDF is produced in a worker thread (a progress dialog with Cancel
  shows when it takes a while); `quick_source`, when given, produces the first page at once so
  the preview has something to show within a second while the whole document is made;
- the preview renders only the pages in sight, one per turn of the event loop;
- Print to File (a PDF printer) writes the document's own bytes: text, vector, normal size;
- a real printer gets each page rendered by QtPdf at the printer's resolution, page by page in
  a worker thread, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.outputs import OutputError, write_output
from mentordesk.gui.common.files import save_file_name
from mentordesk.gui.common.i18n import translate
from mentordesk.gui.common.screen import available_geometry
from mentordesk.gui.common.tasks import Job

PdfSource = Callable[[], bytes]
# An A4 page is 661 px wide at 80 dpi: the whole width fits the preview without scrolling.
PREVIEW_DPI = 80
# Printers report 300–1200 dpi; above 600 a page image only grows (an A4 page at 600 dpi is
# already 35 million pixels) without a visible difference on paper.
MAX_PRINT_DPI = 600
# Pages kept rendered around the ones in sight; farther ones drop their image (memory).
KEEP_AROUND = 4


class PrintCancelled(Exception):
    """The coordinator pressed Cancel while the pages were being sent."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument reading from memory (the buffer is kept alive by the document)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an image at `dpi` (white background, as on paper)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    image = document.render(page, size)
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        return flat
    return image


def is_pdf_file_printer(printer: QPrinter) -> bool:
    """Print to File as PDF: the document's own bytes are the best possible output."""
    return printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def _page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() is QPrinter.PrintRange.PageRange and first > 0:
        return range(first - 1, min(count, last if last > 0 else count))
    return range(count)


def print_pdf_to(
    printer: QPrinter,
    data: bytes,
    report: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Send the PDF's pages to `printer`; returns the number of pages sent.

    A PDF file printer gets the bytes as they are (unless a page range was chosen); a real
    printer gets one image per page at its own resolution (at most MAX_PRINT_DPI), rendered
    page by page so memory stays at one page. Safe in a worker thread (QPainter on a QPrinter
    and QtPdf rendering both are). `cancelled()` is checked between pages.
    """
    document = load_pdf(data)
    count = document.pageCount()
    if count <= 0:
        return 0
    pages = _page_range(printer, count)
    if is_pdf_file_printer(printer) and len(pages) == count:
        path = Path(printer.outputFileName())
        try:
            path.write_bytes(data)
        except OSError as error:
            raise MentorDeskError(
                translate("common.printing", "Could not write {path}: {v1}").format(
                    path=path, v1=error.strerror or error
                )
            ) from error
        return count
    painter = QPainter()
    if not painter.begin(printer):
        raise MentorDeskError(translate("common.printing", "The printer could not be opened."))
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for number, page in enumerate(pages):
            if cancelled is not None and cancelled():
                printer.abort()
                raise PrintCancelled()
            if number:
                printer.newPage()
            image = render_page(document, page, dpi)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
            sent += 1
            if report is not None:
                report(sent, len(pages))
    finally:
        painter.end()
    return sent


def fit_size(widget: QWidget, wanted: QSize, margin: int = 40) -> QSize:
    """`wanted`, shrunk to fit the available screen (room left for the window frame)."""
    room = available_geometry(widget.parentWidget() or widget)
    return QSize(
        min(wanted.width(), room.width() - margin), min(wanted.height(), room.height() - margin)
    )


class PdfPreviewDialog(QDialog):
    """The pages one under the other, as they will print, with Print and Save buttons.

    Opens at once; `set_document` gives it the PDF (maybe a quick first page, then the whole
    document). Pages are placeholders of the right size until they come into sight.
    """

    def __init__(
        self,
        data: bytes | None,
        title: str,
        parent: QWidget | None = None,
        actions: PdfActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("common.printing", "Preview — {title}").format(title=title))
        self.resize(fit_size(self, QSize(760, 900)))
        self.setMinimumWidth(min(720, fit_size(self, QSize(720, 0)).width()))
        self.data: bytes | None = None
        self.complete = False
        self.document: QPdfDocument | None = None
        self.page_labels: list[QLabel] = []
        self.dpi: float = PREVIEW_DPI
        self._rendered: set[int] = set()
        self._pages = QWidget()
        self._column = QVBoxLayout(self._pages)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self._pages)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule())
        self.status = QLabel(translate("common.printing", "Preparing the document…"))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the document is ready
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.save_button = None
        if actions is not None:
            self.print_button = buttons.addButton(
                translate("common.printing", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_button = buttons.addButton(
                translate("common.printing", "&Save as PDF…"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.print_button.clicked.connect(
                lambda: self.data is not None and actions.print_data(self.data)
            )
            self.save_button.clicked.connect(
                lambda: self.data is not None and actions.save_data(self.data)
            )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll_area)
        layout.addWidget(buttons)
        if data is not None:
            self.set_document(data)
        else:
            self._enable_output(False)

    def _enable_output(self, enabled: bool) -> None:
        for button in (self.print_button, self.save_button):
            if button is not None:
                button.setEnabled(enabled)

    def set_document(self, data: bytes, *, partial: bool = False) -> None:
        """Show `data`: the whole document, or (partial) its first page while the rest is made."""
        old = self.document
        self.document = load_pdf(data, self)
        if old is not None:
            old.deleteLater()
        self.data = None if partial else data
        self.complete = not partial
        self._enable_output(not partial)
        self._rendered.clear()
        count = self.document.pageCount()
        # Landscape pages (the roster) are scaled down to the dialog's width: no sideways scroll.
        widest = max((self.document.pagePointSize(p).width() for p in range(count)), default=1)
        room = max(300, self.width() - 70)  # the dialog is sized before the pages come
        self.dpi = min(PREVIEW_DPI, room * 72 / max(widest, 1.0))
        for label in self.page_labels[count:]:
            label.deleteLater()
        del self.page_labels[count:]
        for page in range(count):
            if page >= len(self.page_labels):
                label = QLabel()
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setFrameShape(QLabel.Shape.Box)
                label.setAccessibleName(
                    translate("common.printing", "Page {v0}").format(v0=page + 1)
                )
                self._column.addWidget(label)
                self.page_labels.append(label)
            label = self.page_labels[page]
            points = self.document.pagePointSize(page)
            label.setFixedSize(
                round(points.width() / 72 * self.dpi) + 2,
                round(points.height() / 72 * self.dpi) + 2,
            )
            label.setText(translate("common.printing", "Page {v0}").format(v0=page + 1))
        if partial:
            self.status.setText(
                translate("common.printing", "First page shown; preparing the whole document…")
            )
        else:
            self.status.setText(translate("common.printing", "%n page(s).", None, count))
            self.progress.hide()
        if count:
            self._render(0)  # page 1 at once: the coordinator sees the document immediately
        self._schedule()

    def show_failure(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(message)

    def page_ready(self, page: int) -> bool:
        """Whether page `page` (0-based) is drawn."""
        return page in self._rendered

    def _visible_pages(self) -> list[int]:
        if not self.page_labels:
            return []
        top = self.scroll_area.verticalScrollBar().value()
        bottom = top + self.scroll_area.viewport().height()
        return [
            page
            for page, label in enumerate(self.page_labels)
            if label.y() + label.height() >= top and label.y() <= bottom
        ] or [0]

    def _schedule(self) -> None:
        self._render_timer.start()

    def _render_next(self) -> None:
        """Render one page in sight (or next to it) per turn, so scrolling never stalls."""
        if self.document is None:
            return
        visible = self._visible_pages()
        near = {p for v in visible for p in (v - 1, v, v + 1) if 0 <= p < len(self.page_labels)}
        for page in sorted(near - self._rendered):
            self._render(page)
            self._render_timer.start()
            return
        keep = {p for v in visible for p in range(v - KEEP_AROUND, v + KEEP_AROUND + 1)}
        for page in list(self._rendered - keep):
            self._rendered.discard(page)
            self.page_labels[page].setPixmap(QPixmap())
            self.page_labels[page].setText(
                translate("common.printing", "Page {v0}").format(v0=page + 1)
            )

    def _render(self, page: int) -> None:
        assert self.document is not None
        image = render_page(self.document, page, self.dpi)
        self.page_labels[page].setPixmap(QPixmap.fromImage(image))
        self._rendered.add(page)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._schedule()


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
