"""Keeping windows on the screen: windows and dialogs that fit the screen's available area (a
1366×768 laptop, or 1024×700) whenever they are shown, through the application's style.

The pieces that need no style — fitting one window, labels that never widen a window — are in
`screen.py`, which the main window uses before its first paint (issue 14)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDialog,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProxyStyle,
    QTextEdit,
    QWidget,
)

from mentordesk.gui.common.colors import MUTED, pick, readable_css
from mentordesk.gui.common.screen import ElidedLabel as ElidedLabel  # their old home
from mentordesk.gui.common.screen import available_geometry as available_geometry
from mentordesk.gui.common.screen import fit_to_screen
from mentordesk.gui.common.screen import never_widen as never_widen

_TEXT_BOXES = (QPlainTextEdit, QTextEdit)


class ScreenFit(QObject):
    """Once per application: every dialog and main window is fitted to the screen when it is
    shown, whatever size its form or a saved geometry asks for; and every table, list or text
    box lets Tab move focus on to the next control (arrow keys move between cells) instead of
    trapping it cell by cell or typing a tab character.

    It works through the application's style (`FittingStyle.polish`, once per widget) and a
    filter on each top-level window, not through an application-wide event filter: that one
    entered Python for every event of every widget, each time waiting for the interpreter lock
    while a background read ran (issue 11). It filters no events itself, so an old
    `app.installEventFilter(ScreenFit(app))` costs nothing.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.on_show = _FitOnShow(self)
        base = app.style()
        if not isinstance(base, FittingStyle):
            app.setStyle(FittingStyle(base.name(), self.on_show))


class FittingStyle(QProxyStyle):
    """The application's style, plus what each widget needs when it is polished (see
    `ScreenFit`); a widget's stylesheet set later is polished again, so its colours too."""

    def __init__(self, key: str, on_show: QObject) -> None:
        super().__init__(key)
        self._on_show = on_show

    def polish(self, target: Any) -> Any:  # QWidget, QPalette or QApplication
        if isinstance(target, QWidget):
            result = super().polish(target)
            _polished(target, self._on_show)
            return result
        return super().polish(target)


def _polished(widget: QWidget, on_show: QObject) -> None:
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, _TEXT_BOXES):
        # A notes box takes no tab characters: Tab moves on, as everywhere else.
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QCalendarWidget):
        _readable_calendar(widget)
    elif isinstance(widget, (QDialog, QMainWindow)) and widget.isWindow():
        widget.installEventFilter(on_show)  # a second install of one filter is a no-op
    _readable_colours(widget)


class _FitOnShow(QObject):
    """Installed on each dialog and main window: fits it to the screen when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    """`ScreenFit` for the application, once."""
    fitter = getattr(app, "_mentordesk_screen_fit", None)
    if not isinstance(fitter, ScreenFit):
        fitter = ScreenFit(app)
        app._mentordesk_screen_fit = fitter  # type: ignore[attr-defined]
    return fitter


def _readable_calendar(calendar: QCalendarWidget) -> None:
    """Qt's calendar draws weekends pure red and the neighbouring months' days light grey,
    both below 4.5:1 on white: the palette's text colour and the muted colour instead."""
    weekend = QTextCharFormat()
    weekend.setForeground(calendar.palette().color(QPalette.ColorRole.Text))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)
    view = calendar.findChild(QAbstractItemView)
    for widget in (calendar, view):
        if widget is not None:
            palette = widget.palette()
            palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, pick(MUTED))
            widget.setPalette(palette)


def _readable_colours(widget: QWidget) -> None:
    """A form's or a view's fixed colours ("color: #b00020") become the palette's readable
    variant when the widget is polished or restyled (colors.ALIASES: one place for them)."""
    sheet = widget.styleSheet()
    if sheet and "#" in sheet:
        readable_sheet = readable_css(sheet, widget)
        if readable_sheet != sheet:
            widget.setStyleSheet(readable_sheet)
    if (
        isinstance(widget, QLabel)
        and "#" in widget.text()
        and widget.textFormat() != (Qt.TextFormat.PlainText)
    ):
        text = readable_css(widget.text(), widget)
        if text != widget.text():
            widget.setText(text)
