"""The print preview: a dialog showing a PDF's pages one under the other, as they will print.

It opens at once, before the document exists; `set_document` gives it a quick first page and
later the whole PDF. Pages are placeholders of the right size until they come into sight, then
rendered one per turn of the event loop (so scrolling never stalls), and pages far from sight
drop their image again to keep memory flat. Print and Save buttons call back into the
`PdfActions` that opened it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.common.i18n import translate
from mentordesk.gui.common.pdf_pages import load_pdf, render_page
from mentordesk.gui.common.screen import available_geometry

if TYPE_CHECKING:
    from mentordesk.gui.common.printing import PdfActions

# An A4 page is 661 px wide at 80 dpi: the whole width fits the preview without scrolling.
PREVIEW_DPI = 80
# Pages kept rendered around the ones in sight; farther ones drop their image (memory).
KEEP_AROUND = 4


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
