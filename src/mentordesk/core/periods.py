"""Reporting periods: this month, this term, the whole cycle, custom dates.

A period is a closed date range [start, end]. Terms are calendar quarters (Jan–Mar, Apr–Jun,
Jul–Sep, Oct–Dec): schools name their terms differently, quarters are what boards report on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import day, language, month_name, short_day, t


class PeriodPreset(StrEnum):
    MONTH = "this month"
    TERM = "this term"
    CYCLE = "whole cycle"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Dates from `start` to `end`, both included."""

    start: dt.date
    end: dt.date
    preset: PeriodPreset = PeriodPreset.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                t(
                    "The period ends ({end}) before it starts ({start})",
                    end=self.end,
                    start=self.start,
                ),
                {"to": t("before the start date")},
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """'March 2026', '1–15 March 2026', 'Q1 2026', 'Q1 2026 to 15 Feb', or the dates; in
        the language of the moment (month names from CLDR), English as it always read."""
        english = language() == "en"
        if self.preset is PeriodPreset.MONTH:
            month = f"{self.start:%B %Y}" if english else month_name(self.start)
            if self.end != month_bounds(self.start)[1]:  # a month to date
                return f"{self.start.day}–{self.end.day} {month}"
            return month
        if self.preset is PeriodPreset.TERM:
            number, year = (self.start.month - 1) // 3 + 1, str(self.start.year)
            quarter = t("Q{number} {year}", number=number, year=year)
            if self.end != quarter_bounds(self.start)[1]:
                until = f"{self.end.day} {self.end:%b}" if english else short_day(self.end)
                return t("{quarter} to {day}", quarter=quarter, day=until)
            return quarter
        return f"{day(self.start)} – {day(self.end)}"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    next_first = (first + dt.timedelta(days=32)).replace(day=1)
    return first, next_first - dt.timedelta(days=1)


def quarter_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first_month = (day.month - 1) // 3 * 3 + 1
    first = dt.date(day.year, first_month, 1)
    _, last = month_bounds(dt.date(day.year, first_month + 2, 1))
    return first, last


def make_period(
    preset: PeriodPreset,
    today: dt.date,
    *,
    cycle_start: dt.date | None = None,
    cycle_end: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Period:
    """The period a preset means on `today` for a program running cycle_start–cycle_end.

    A program without dates has a "whole cycle" of the 12 months ending today.
    """
    if preset is PeriodPreset.MONTH:
        return Period(*month_bounds(today), preset)
    if preset is PeriodPreset.TERM:
        return Period(*quarter_bounds(today), preset)
    if preset is PeriodPreset.CYCLE:
        cycle_to = cycle_end or today
        cycle_from = cycle_start or min(cycle_to, today) - dt.timedelta(days=364)
        return Period(min(cycle_from, cycle_to), cycle_to, preset)
    if start is None or end is None:
        raise ValidationError(
            t("A custom period needs a start and an end date"),
            {"from": "required" if start is None else "", "to": "required" if end is None else ""},
        )
    return Period(start, end, PeriodPreset.CUSTOM)


def previous_period(period: Period) -> Period:
    """The period just before: the previous month, the previous quarter, or as many days before."""
    if period.preset is PeriodPreset.MONTH:
        return Period(*month_bounds(period.start - dt.timedelta(days=1)), PeriodPreset.MONTH)
    if period.preset is PeriodPreset.TERM:
        return Period(*quarter_bounds(period.start - dt.timedelta(days=1)), PeriodPreset.TERM)
    end = period.start - dt.timedelta(days=1)
    return Period(end - dt.timedelta(days=period.days - 1), end, PeriodPreset.CUSTOM)


def same_point(other: Period, current: Period, as_of: dt.date) -> Period:
    """`other` cut at the point `current` has reached on `as_of` (comparisons "to date").

    When `current` is over (as_of ≥ its end), `other` is returned whole.
    """
    if as_of >= current.end:
        return other
    cut = other.start + (max(as_of, current.start) - current.start)
    return Period(other.start, max(other.start, min(other.end, cut)), other.preset)


def shift_period(period: Period, days: int) -> Period:
    """The same period moved by `days` (to line up two program cycles)."""
    delta = dt.timedelta(days=days)
    return Period(period.start + delta, period.end + delta, period.preset)


def month_ends(period: Period) -> list[dt.date]:
    """The last day of each month the period touches, the last one clipped to the period end."""
    ends: list[dt.date] = []
    cursor = period.start
    while cursor <= period.end:
        _, last = month_bounds(cursor)
        ends.append(min(last, period.end))
        cursor = last + dt.timedelta(days=1)
    return ends


def parse_date(text: str, field: str = "date") -> dt.date:
    """An ISO date (YYYY-MM-DD) or a ValidationError naming the field."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            t("{text} is not a date (use YYYY-MM-DD)", text=repr(text)), {field: t("not a date")}
        ) from None
