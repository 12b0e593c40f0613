"""Keeping one window on the screen, and labels that never widen a window: what the main
window needs before its first paint, without the application-wide style of `fit.py` (whose
QProxyStyle alone costs ~10 ms to load, issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Room left for the window frame and title bar, which the available geometry does not include.
FRAME = 40


def available_geometry(widget: QWidget | None) -> QRect:
    """The part of the widget's screen (or the primary screen) that windows may use."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_to_screen(window: QWidget) -> None:
    """Shrink a top-level window to the available screen area and move it inside."""
    room = available_geometry(window.parentWidget() or window).adjusted(0, 0, -FRAME, -FRAME)
    width = min(window.width(), room.width())
    height = min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - window.width())
    y = min(max(window.y(), room.top()), room.bottom() - window.height())
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class ElidedLabel(QLabel):
    """One line of text that never asks for more width: shortened with "…" in the middle
    (a file path keeps its name), the whole text in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
        # Isolated left to right: a path stays "/home/…/file.sqlite" in a mirrored window.
        painter.drawText(self.contentsRect(), int(self.alignment()), f"\u2066{shown}\u2069")


def never_widen(label: QLabel) -> None:
    """A status or message label: wraps its text in the width it is given, never widens."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(0)
