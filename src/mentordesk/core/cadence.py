"""Cadence rules: when the coordinator's support check-ins are due, and meeting adherence.

Pure functions over dates; `today` is always passed in.

Check-in schedule (defaults, each number configurable per program in `programs.checkin_rules`).
It is one fixed list of due dates counted in days from the pair's first held meeting, used by
the at-risk flag, the due list, the calendar and the measures alike (`checkin_schedule`):

- `first_within_days` (2) after the first meeting;
- then `first_month_count` (2) contacts in the first month (`first_month_days`, 30 days): every
  30 // 2 = 15 days, the last one on day 30;
- then monthly: every `monthly_days` (30) after the first month (day 60, 90, …).

With the defaults: day 2, 15, 30, 60, 90, … A due date is *done on time* when a check-in with
the mentor or the mentee falls in its window: after the previous due date, up to and including
this one (the first window starts on the day of the first meeting). The *next* check-in due is
the due date after the window of the latest check-in, so a late contact counts for the window
it falls in and the schedule does not slide.

When the mentee is a minor, the guardian is contacted quarterly: `guardian_days` (91) after the
last guardian check-in, or after the first meeting when there was none yet.

No meeting yet → no check-in due (the meeting rule flags that pair instead).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import nt, t

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
                        t(
                            "Check-in rule {name} must be a whole number of days, not {raw}",
                            name=f.name,
                            raw=repr(raw),
                        ),
                        {f.name: t("a whole number")},
                    ) from None
                if number < (0 if f.name == "first_within_days" else 1):
                    raise ValidationError(
                        t("Check-in rule {name} must be positive", name=f.name),
                        {f.name: t("too small")},
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


def checkin_offsets(rules: CheckinRules, until_day: int) -> list[int]:
    """The schedule as day offsets from the first meeting, up to `until_day` and one beyond."""
    offsets = {rules.first_within_days}
    interval = rules.first_month_interval
    offsets.update(i * interval for i in range(1, max(1, rules.first_month_count)))
    offsets.add(rules.first_month_days)
    day = rules.first_month_days
    while day <= until_day:
        day += rules.monthly_days
        offsets.add(day)
    return sorted(offsets)


def checkin_schedule(first_meeting: dt.date, rules: CheckinRules, until: dt.date) -> list[dt.date]:
    """Every due date of the pair's check-ins up to `until`, plus the first one after it."""
    offsets = checkin_offsets(rules, max(0, (until - first_meeting).days))
    dates = [first_meeting + n * DAY for n in offsets]
    kept = [d for d in dates if d <= until]
    later = [d for d in dates if d > until]
    return kept + later[:1]


def next_pair_checkin(
    first_meeting: dt.date | None, checkin_dates: Iterable[dt.date], rules: CheckinRules
) -> dt.date | None:
    """Due date of the next check-in with the mentor/mentee (guardian contacts not counted):
    the scheduled date after the window of the latest check-in on or after the first meeting."""
    if first_meeting is None:
        return None
    last = max((d for d in checkin_dates if d >= first_meeting), default=None)
    if last is None:
        return first_meeting + rules.first_within_days * DAY
    # `last` falls in the window of the first due date on or after it: that one is done.
    covered = _offset_from(rules, (last - first_meeting).days, inclusive=True)
    return first_meeting + _offset_from(rules, covered, inclusive=False) * DAY


@lru_cache(maxsize=64)
def _month_one(rules: CheckinRules) -> tuple[int, ...]:
    return tuple(checkin_offsets(rules, 0))  # month one only: nothing monthly by day 0


def _offset_from(rules: CheckinRules, day: int, *, inclusive: bool) -> int:
    """The schedule's first offset ≥ `day` (inclusive) or > `day`, without listing it all
    (the same offsets as `checkin_offsets`: month one, then first_month_days + k·monthly)."""
    after = day if inclusive else day + 1
    month = rules.first_month_days
    k = max(1, -(-(after - month) // rules.monthly_days))  # ceil, at least one month on
    candidates = [n for n in _month_one(rules) if n >= after]
    candidates.append(month + k * rules.monthly_days)
    return min(candidates)


@dataclass(frozen=True)
class CheckinCount:
    """Required check-ins of one pair over a stretch of days, and how many were done on time."""

    required: int
    on_time: int


def checkins_on_time(
    first_meeting: dt.date | None,
    checkin_dates: Iterable[dt.date],
    rules: CheckinRules,
    start: dt.date,
    end: dt.date,
) -> CheckinCount:
    """Due dates of the schedule within [start, end], and those with a check-in in their window."""
    if first_meeting is None or end < start:
        return CheckinCount(0, 0)
    done = sorted(d for d in checkin_dates if first_meeting <= d <= end)
    required = on_time = 0
    previous = first_meeting - DAY
    for due in checkin_schedule(first_meeting, rules, end):
        if due > end:
            break
        if due >= start:
            required += 1
            i = bisect_right(done, previous)
            if i < len(done) and done[i] <= due:
                on_time += 1
        previous = due
    return CheckinCount(required, on_time)


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
            return nt("{n} held (none expected yet)", "{n} held (none expected yet)", self.held)
        if self.held >= self.expected:
            return nt(
                "{n} held, {expected} expected (on target)",
                "{n} held, {expected} expected (on target)",
                self.held,
                expected=self.expected,
            )
        pct = round(100 * self.held / self.expected)
        return nt(
            "{n} of {expected} expected ({percent} %)",
            "{n} of {expected} expected ({percent} %)",
            self.held,
            expected=self.expected,
            percent=pct,
        )


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
