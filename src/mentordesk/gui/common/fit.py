"""Keeping windows on the screen: labels that never widen a window, windows and dialogs that
fit the screen's available area (a 1366×768 laptop, or 1024×700)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QMainWindow, QSizePolicy, QWidget

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


class ScreenFit(QObject):
    """Event filter on the application: every dialog and main window is fitted to the screen
    when it is shown, whatever size its form or a saved geometry asks for; and every table or
    list lets Tab move focus on to the next control (arrow keys move between cells) instead
    of trapping it cell by cell."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif (
            event.type() == QEvent.Type.Show
            and isinstance(watched, (QDialog, QMainWindow))
            and watched.isWindow()
        ):
            fit_to_screen(watched)
        return False


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
