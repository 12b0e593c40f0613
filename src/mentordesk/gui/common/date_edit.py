"""One date field for the whole application (participant, program and pair dialogs).

It shows dates the way the system locale writes them (22/11/2010 in en_GB, 11/22/2010 in
en_US, always with a four-digit year), or as YYYY-MM-DD when the coordinator chose ISO in
Preferences; it accepts a typed date in the locale's order and, always, YYYY-MM-DD; a calendar
pops up from its button. Empty means "no date". A text it cannot read is reported (`error()`),
never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mentordesk.gui.common.i18n import translate

#: "locale" (the system's order) or "iso" (YYYY-MM-DD); set from Preferences.
DATE_STYLES = ("locale", "iso")
_style = "locale"
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def set_date_style(style: str) -> None:
    """Choose how dates are shown everywhere (parsing accepts both styles anyway)."""
    global _style
    _style = style if style in DATE_STYLES else "locale"


def date_style() -> str:
    return _style


def _four_digit_year(fmt: str) -> str:
    return re.sub(r"y+", "yyyy", fmt)


def display_format(locale: QLocale | None = None) -> str:
    """The Qt date format dates are shown in: the locale's short date with a 4-digit year."""
    locale = locale or QLocale()
    if _style == "iso" or locale.language() is QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's short date ("dd MM yyyy") helps nobody
    return _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))


def date_pattern(locale: QLocale | None = None) -> str:
    """What an empty date field shows: the order of day, month and year in the GUI's
    letters ("D/M/YYYY", "J/M/AAAA", "D/M/AAAA")."""
    parts = {
        "D": translate("common.date_edit", "D", "the letter for the day in a date pattern"),
        "M": translate("common.date_edit", "M", "the letter for the month in a date pattern"),
        "YYYY": translate("common.date_edit", "YYYY", "the year's four digits in a date pattern"),
    }
    pattern = display_format(locale).upper()
    return re.sub(r"YYYY|D|M", lambda m: parts[m.group(0)], pattern)


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A date as the date fields show it ('' for None)."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(QDate(value), display_format(locale))


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date typed: YYYY-MM-DD always, or the locale's order (day and month with one or
    two digits, a four-digit year). None for an empty text; ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(
                translate("common.date_edit", "{text} is not a date").format(text=text)
            ) from None
    locale = locale or QLocale()
    short = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    loose = short.replace("dd", "d").replace("MM", "M")
    for fmt in (short, loose):
        value = locale.toDate(text, fmt)
        if value.isValid():
            return dt.date(value.year(), value.month(), value.day())
    example = format_date(dt.date(2010, 11, 22), locale)
    hint = (
        translate("common.date_edit", "e.g. 2010-11-22")
        if example == "2010-11-22"
        else translate("common.date_edit", "e.g. {example} or 2010-11-22").format(example=example)
    )
    raise ValueError(translate("common.date_edit", "not a date ({hint})").format(hint=hint))


class DateEdit(QWidget):
    """A line edit for a date, with a calendar button. `date()` is a datetime.date or None."""

    textChanged = Signal(str)
    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(date_pattern())
        self.line.setMaximumWidth(130)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        # A drawn arrow, not an emoji: many systems' fonts lack the calendar glyph.
        self.button.setText("▾")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.button.setToolTip(translate("common.date_edit", "Pick the date on a calendar"))
        self.button.setAccessibleName(translate("common.date_edit", "Calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The calendar is made when first opened: a form with a dozen dates (the pair's
        # agreement and IDP tabs) would otherwise build a dozen calendars as it opens.
        self._calendar: QCalendarWidget | None = None
        menu = QMenu(self.button)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_text)
        self.line.editingFinished.connect(self._tidy)

    @property
    def calendar(self) -> QCalendarWidget:
        """The pop-up calendar (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setGridVisible(False)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(calendar)
            self._menu.addAction(action)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._name_from_label()

    def _name_from_label(self) -> None:
        """Screen readers ask the line edit inside for its name, but the form's label (or
        setAccessibleName) names this composite: pass the name on."""
        if self.line.accessibleName():
            return
        name = self.accessibleName() or self._buddy_text()
        if name:
            self.line.setAccessibleName(name)

    def _buddy_text(self) -> str:
        """The text of the label whose buddy this is: looked for among the parent's labels
        first (a form's label is a sibling), the whole window only then. A scan of the whole
        window for each date field cost the first opened pair 20 ms of the UI thread."""
        parent = self.parentWidget()
        for scope in (parent, self.window()) if parent is not None else (self.window(),):
            for found in scope.findChildren(QLabel):
                if found.buddy() is self:
                    return found.text().replace("&", "").strip().rstrip(":")
        return ""

    # -- value ---------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date shown, or None when empty or unreadable (see `error`)."""
        try:
            return parse_date(self.line.text())
        except ValueError:
            return None

    def setDate(self, value: dt.date | QDate | None) -> None:
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None  # type: ignore[assignment]
        self.line.setText(format_date(value))  # type: ignore[arg-type]

    def clear(self) -> None:
        self.line.clear()

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def error(self) -> str:
        """'' when the text is empty or a date, else the one-sentence problem."""
        try:
            parse_date(self.line.text())
        except ValueError as problem:
            return str(problem)
        return ""

    def setReadOnly(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # -- behaviour -----------------------------------------------------------------------
    def _on_text(self, text: str) -> None:
        self.textChanged.emit(text)
        self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        """After typing, show the date the standard way (22/11/2010, not 22/11/10 or 2010-…)."""
        value = self.date()
        if value is not None and format_date(value) != self.line.text():
            self.setDate(value)

    def _prepare_calendar(self) -> None:
        current = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(current))
        self.calendar.setCurrentPage(current.year, current.month)

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self._menu.close()
        self.line.setFocus()
