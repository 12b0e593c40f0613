"""Reporting periods: presets, the previous period, month ends, date parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.core.periods import (
    Period,
    PeriodPreset,
    make_period,
    month_ends,
    parse_date,
    previous_period,
    same_point,
)

D = dt.date


def test_month_and_term_presets() -> None:
    """This month is the calendar month; this term is the calendar quarter."""
    today = D(2026, 2, 14)
    month = make_period(PeriodPreset.MONTH, today)
    assert (month.start, month.end, month.label) == (D(2026, 2, 1), D(2026, 2, 28), "February 2026")
    term = make_period(PeriodPreset.TERM, today)
    assert (term.start, term.end, term.label) == (D(2026, 1, 1), D(2026, 3, 31), "Q1 2026")


def test_cycle_without_dates_is_last_twelve_months() -> None:
    """A program without dates reports on the year up to today."""
    cycle = make_period(PeriodPreset.CYCLE, D(2026, 6, 30))
    assert (cycle.start, cycle.end) == (D(2025, 7, 1), D(2026, 6, 30))


def test_previous_periods() -> None:
    """Previous month, previous quarter (across a year), and as many days before a custom range."""
    jan = Period(D(2026, 1, 1), D(2026, 1, 31), PeriodPreset.MONTH)
    assert previous_period(jan) == Period(D(2025, 12, 1), D(2025, 12, 31), PeriodPreset.MONTH)
    q1 = Period(D(2026, 1, 1), D(2026, 3, 31), PeriodPreset.TERM)
    assert previous_period(q1) == Period(D(2025, 10, 1), D(2025, 12, 31), PeriodPreset.TERM)
    week = Period(D(2026, 3, 9), D(2026, 3, 15))
    assert previous_period(week) == Period(D(2026, 3, 2), D(2026, 3, 8))


def test_month_ends_clip_to_period() -> None:
    """Chart points fall on each month end, the last one on the period end."""
    ends = month_ends(Period(D(2026, 1, 15), D(2026, 3, 10)))
    assert ends == [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 10)]


def test_bad_periods_are_refused() -> None:
    """An end before the start, a custom period without dates or a bad date: a clear message."""
    with pytest.raises(ValidationError, match="before it starts"):
        Period(D(2026, 2, 1), D(2026, 1, 1))
    with pytest.raises(ValidationError, match="needs a start and an end"):
        make_period(PeriodPreset.CUSTOM, D(2026, 1, 1), start=D(2026, 1, 1))
    with pytest.raises(ValidationError, match="not a date"):
        parse_date("31/12/2026", "from")


def test_same_point_cuts_the_baseline_while_the_period_runs() -> None:
    """On 20 March, March is compared with 1–20 February; a finished period with all of it."""
    march = Period(D(2026, 3, 1), D(2026, 3, 31), PeriodPreset.MONTH)
    february = previous_period(march)
    cut = same_point(february, march, D(2026, 3, 20))
    assert (cut.start, cut.end, cut.label) == (D(2026, 2, 1), D(2026, 2, 20), "1–20 February 2026")
    assert same_point(february, march, D(2026, 4, 2)) == february
    q1 = Period(D(2026, 1, 1), D(2026, 3, 31), PeriodPreset.TERM)
    assert same_point(previous_period(q1), q1, D(2026, 2, 14)).label == "Q4 2025 to 14 Nov"
