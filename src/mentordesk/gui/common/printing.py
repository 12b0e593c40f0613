"""Preview, Print and Save as PDF for any view.

A view attaches the three actions with a callable that returns the PDF bytes; the PDF is what
gets previewed, printed and saved, so paper and screen never disagree:

    self.print_actions = PdfActions(self, lambda: service.agreement(pair_id), "agreement.pdf")
    self.print_actions.add_to(toolbar)          # or use .preview / .print / .save (QActions)

Printing rasterises each PDF page with QtPdf at the printer's resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.outputs import OutputError, write_output

PdfSource = Callable[[], bytes]
# An A4 page is 661 px wide at 80 dpi: the whole width fits the preview without scrolling.
PREVIEW_DPI = 80


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


def print_pdf_to(printer: QPrinter, data: bytes) -> int:
    """Send every page of the PDF to `printer`; returns the number of pages printed."""
    document = load_pdf(data)
    count = document.pageCount()
    if count <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise MentorDeskError("The printer could not be opened.")
    try:
        dpi = min(printer.resolution(), 300)
        for page in range(count):
            if page:
                printer.newPage()
            image = render_page(document, page, dpi)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.x(),
                target.y(),
                image.scaled(
                    scaled,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
    finally:
        painter.end()
    return count


class PdfPreviewDialog(QDialog):
    """The pages one under the other, as they will print, with Print and Save buttons."""

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        actions: PdfActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Preview — {title}")
        self.resize(760, 900)
        self.setMinimumWidth(720)
        self.document = load_pdf(data, self)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for page in range(self.document.pageCount()):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(self.document, page, PREVIEW_DPI)))
            label.setAccessibleName(f"Page {page + 1}")
            label.setFrameShape(QLabel.Shape.Box)
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if actions is not None:
            print_button = buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.ActionRole)
            save_button = buttons.addButton("&Save as PDF…", QDialogButtonBox.ButtonRole.ActionRole)
            print_button.clicked.connect(lambda: actions.print_data(data))
            save_button.clicked.connect(lambda: actions.save_data(data))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)


class PdfActions(QObject):
    """Preview / Print… / Save as PDF… actions bound to a PDF source; attach them anywhere."""

    def __init__(
        self,
        parent: QWidget,
        source: PdfSource,
        filename: str | Callable[[], str],
        title: str = "Document",
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.source = source
        self.filename = filename
        self.title = title
        self.preview = QAction("Pre&view", self)
        self.print = QAction("&Print…", self)
        self.print.setShortcut(QKeySequence.StandardKey.Print)
        self.save = QAction("Save as &PDF…", self)
        self.preview.triggered.connect(self.show_preview)
        self.print.triggered.connect(self.print_document)
        self.save.triggered.connect(self.save_document)
        # Tests and dialogs replace these to avoid native dialogs.
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.ask_printer: Callable[[QPrinter], bool] = self._ask_printer

    def actions(self) -> list[QAction]:
        return [self.preview, self.print, self.save]

    def add_to(self, widget: QWidget) -> None:
        """Add the three actions to a toolbar, a menu or any widget."""
        for action in self.actions():
            widget.addAction(action)

    def setEnabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)

    def _data(self) -> bytes | None:
        try:
            return self.source()
        except MentorDeskError as error:
            QMessageBox.warning(self.widget, self.title, str(error))
            return None

    def _suggested(self) -> str:
        return self.filename() if callable(self.filename) else self.filename

    def show_preview(self) -> PdfPreviewDialog | None:
        data = self._data()
        if data is None:
            return None
        dialog = PdfPreviewDialog(data, self.title, self.widget, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_document(self) -> bool:
        data = self._data()
        return data is not None and self.print_data(data)

    def print_data(self, data: bytes) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        if not self.ask_printer(printer):
            return False
        try:
            print_pdf_to(printer, data)
        except MentorDeskError as error:
            QMessageBox.warning(self.widget, self.title, str(error))
            return False
        return True

    def save_document(self) -> Path | None:
        data = self._data()
        return None if data is None else self.save_data(data)

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
        except OutputError as error:
            QMessageBox.warning(self.widget, self.title, str(error))
            return None
        return path

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, "Save as PDF", suggested, "PDF files (*.pdf)"
        )
        return path

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.widget)
        return dialog.exec() == QDialog.DialogCode.Accepted
