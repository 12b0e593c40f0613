"""A PDF's pages as images and on paper: loading a PDF from memory, rendering one page, sending
the pages to a printer.

Qt-only helpers with no widgets, safe in a worker thread: `print_pdf_to` gives a Print to File
printer the document's own bytes (text and vectors kept) and a real printer one image per page
at its resolution (at most MAX_PRINT_DPI), page by page so memory stays at one page, checking
for Cancel between pages. The preview (`pdf_preview`) and the actions (`printing`) build on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common.i18n import translate

# Printers report 300–1200 dpi; above 600 a page image only grows (an A4 page at 600 dpi is
# already 35 million pixels) without a visible difference on paper.
MAX_PRINT_DPI = 600


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
