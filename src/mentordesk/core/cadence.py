"""Cadence rules: when the coordinator's next support check-in is due, and meeting adherence.

Pure functions over dates; `today` is always passed in.

Check-in rule (defaults, each number configurable per program in `programs.checkin_rules`):

- the first check-in with the pair is due `first_within_days` (2) after the first held meeting;
- during the first month (`first_month_days`, 30 days from the first meeting) the pair is
  contacted `first_month_count` (2) times, i.e. the next one is due 30 / 2 = 15 days after the
  previous one;
- after the first month, monthly: `monthly_days` (30) after the previous check-in;
- when the mentee is a minor, the guardian is contacted quarterly: `guardian_days` (91) after the
  last guardian check-in, or after the first meeting when there was none yet.

No meeting yet → no check-in due (the meeting rule flags that pair instead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from mentordesk.core.errors import ValidationError

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class CheckinRules:
    first_within_days: int = 2
    first_month_days: int = 30
    first_month_count: int = 2
    monthly_days: int = 30
    guardian_days: int = 91

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> CheckinRules:
        """Rules from a program's `checkin_rules` JSON; unknown keys ignored, bad values refused."""
        values: dict[str, int] = {}
        for f in fields(cls):
            if data and f.name in data and data[f.name] is not None:
                raw = data[f.name]
                try:
                    number = int(raw)
                except (TypeError, ValueError):
                    raise ValidationError(
                        f"Check-in rule {f.name} must be a whole number of days, not {raw!r}",
                        {f.name: "a whole number"},
                    ) from None
                if number < (0 if f.name == "first_within_days" else 1):
                    raise ValidationError(
                        f"Check-in rule {f.name} must be positive", {f.name: "too small"}
                    )
                values[f.name] = number
        return cls(**values)

    def to_json(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def first_month_interval(self) -> int:
        return max(1, self.first_month_days // max(1, self.first_month_count))


@dataclass(frozen=True)
class CheckinDue:
    """When the next check-in with the pair (and with the guardian, for minors) is due."""

    next_due: dt.date | None
    overdue: bool
    guardian_next_due: dt.date | None = None
    guardian_overdue: bool = False

    @property
    def earliest(self) -> dt.date | None:
        dates = [d for d in (self.next_due, self.guardian_next_due) if d is not None]
        return min(dates) if dates else None

    @property
    def any_overdue(self) -> bool:
        return self.overdue or self.guardian_overdue


def next_pair_checkin(
    first_meeting: dt.date | None, checkin_dates: Iterable[dt.date], rules: CheckinRules
) -> dt.date | None:
    """Due date of the next check-in with the mentor/mentee (guardian contacts not counted)."""
    if first_meeting is None:
        return None
    after = sorted(d for d in checkin_dates if d >= first_meeting)
    if not after:
        return first_meeting + rules.first_within_days * DAY
    last = after[-1]
    month_one_ends = first_meeting + rules.first_month_days * DAY
    interval = rules.first_month_interval if last < month_one_ends else rules.monthly_days
    due = last + interval * DAY
    # The first month's contacts still have to happen inside the first month.
    if last < month_one_ends and due > month_one_ends:
        due = max(last + DAY, month_one_ends)
    return due


def next_guardian_checkin(
    first_meeting: dt.date | None, guardian_dates: Iterable[dt.date], rules: CheckinRules
) -> dt.date | None:
    """Due date of the next quarterly guardian contact (only asked for minors)."""
    dates = sorted(guardian_dates)
    anchor = dates[-1] if dates else first_meeting
    if anchor is None:
        return None
    return anchor + rules.guardian_days * DAY


def checkin_due(
    first_meeting: dt.date | None,
    pair_checkins: Iterable[dt.date],
    guardian_checkins: Iterable[dt.date],
    *,
    has_guardian: bool,
    rules: CheckinRules,
    today: dt.date,
) -> CheckinDue:
    """Next due dates and overdue flags (overdue = the due date has passed before today)."""
    due = next_pair_checkin(first_meeting, pair_checkins, rules)
    g_due = next_guardian_checkin(first_meeting, guardian_checkins, rules) if has_guardian else None
    return CheckinDue(
        next_due=due,
        overdue=due is not None and due < today,
        guardian_next_due=g_due,
        guardian_overdue=g_due is not None and g_due < today,
    )


@dataclass(frozen=True)
class MeetingAdherence:
    """Meetings held against the program's cadence target (one every `cadence_days`)."""

    held: int
    expected: int
    minutes: int
    last_meeting: dt.date | None
    next_due: dt.date | None
    days_since_last: int | None

    @property
    def ratio(self) -> float | None:
        """held ÷ expected (capped at 1.0 for display elsewhere); None before the first is due."""
        return None if self.expected == 0 else self.held / self.expected

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def label(self) -> str:
        if self.expected == 0:
            return f"{self.held} held (none expected yet)"
        if self.held >= self.expected:
            return f"{self.held} held, {self.expected} expected (on target)"
        pct = round(100 * self.held / self.expected)
        return f"{self.held} of {self.expected} expected ({pct} %)"


def meeting_adherence(
    start: dt.date | None,
    held: Iterable[tuple[dt.date, int]],
    cadence_days: int,
    today: dt.date,
    end: dt.date | None = None,
) -> MeetingAdherence:
    """Compare held meetings (date, minutes) with one expected every `cadence_days` since `start`.

    `end` (closure date) stops the clock for closed pairs.
    """
    meetings = [(d, m) for d, m in held if d <= today]
    return adherence_from_totals(
        start,
        held=len(meetings),
        minutes=sum(m for _, m in meetings),
        last_meeting=max((d for d, _ in meetings), default=None),
        cadence_days=cadence_days,
        today=today,
        end=end,
    )


def adherence_from_totals(
    start: dt.date | None,
    *,
    held: int,
    minutes: int,
    last_meeting: dt.date | None,
    cadence_days: int,
    today: dt.date,
    end: dt.date | None = None,
) -> MeetingAdherence:
    """`meeting_adherence` from totals already counted (held meetings on or before `today`)."""
    cadence = max(1, cadence_days)
    stop = min(today, end) if end else today
    expected = 0
    if start is not None and stop >= start:
        expected = (stop - start).days // cadence
    anchor = last_meeting or start
    return MeetingAdherence(
        held=held,
        expected=expected,
        minutes=minutes,
        last_meeting=last_meeting,
        next_due=anchor + cadence * DAY if anchor else None,
        days_since_last=(today - last_meeting).days if last_meeting else None,
    )
