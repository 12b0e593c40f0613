"""Check-in cadence and meeting adherence, with fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.core.cadence import (
    CheckinRules,
    checkin_due,
    checkin_schedule,
    checkins_on_time,
    meeting_adherence,
    next_guardian_checkin,
    next_pair_checkin,
)
from mentordesk.core.errors import ValidationError

D = dt.date
RULES = CheckinRules()
FIRST = D(2026, 9, 1)


def test_no_meeting_no_checkin_due() -> None:
    """Before the first meeting nothing is due (the meeting rule covers that pair)."""
    assert next_pair_checkin(None, [], RULES) is None


def test_first_checkin_within_two_days() -> None:
    """The first check-in is due two days after the first meeting."""
    assert next_pair_checkin(FIRST, [], RULES) == D(2026, 9, 3)


def test_checkins_before_first_meeting_do_not_count() -> None:
    """A contact before the pair met does not satisfy the first-meeting check-in."""
    assert next_pair_checkin(FIRST, [D(2026, 8, 20)], RULES) == D(2026, 9, 3)


def test_twice_in_first_month_then_monthly() -> None:
    """One fixed schedule from the first meeting: day 2, 15, 30, then every 30 days."""
    assert next_pair_checkin(FIRST, [D(2026, 9, 2)], RULES) == D(2026, 9, 16)
    assert next_pair_checkin(FIRST, [D(2026, 9, 2), D(2026, 9, 16)], RULES) == D(2026, 10, 1)
    done = [D(2026, 9, 2), D(2026, 9, 16), D(2026, 10, 1)]
    assert next_pair_checkin(FIRST, done, RULES) == D(2026, 10, 31)
    assert checkin_schedule(FIRST, RULES, D(2026, 11, 30)) == [
        D(2026, 9, 3), D(2026, 9, 16), D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 30),
        D(2026, 12, 30),
    ]  # fmt: skip


def test_late_checkin_counts_for_its_window() -> None:
    """A late contact covers the due date whose window it falls in; the schedule never slides."""
    # 09-25 falls after day 15 (09-16) and by day 30 (10-01): the next due is day 60.
    assert next_pair_checkin(FIRST, [D(2026, 9, 25)], RULES) == D(2026, 10, 31)
    assert next_pair_checkin(FIRST, [D(2026, 10, 2)], RULES) == D(2026, 11, 30)


def test_checkins_on_time_counts_windows() -> None:
    """Required = due dates in the stretch; on time = a contact in that due date's window."""
    done = [D(2026, 9, 2), D(2026, 9, 20), D(2026, 9, 21)]
    # Due 09-03 (done 09-02), 09-16 (nothing in 09-04..09-16), 10-01 (09-20), 10-31 (none).
    count = checkins_on_time(FIRST, done, RULES, D(2026, 9, 1), D(2026, 10, 31))
    assert (count.required, count.on_time) == (4, 2)
    october = checkins_on_time(FIRST, done, RULES, D(2026, 10, 1), D(2026, 10, 31))
    assert (october.required, october.on_time) == (2, 1)
    assert checkins_on_time(None, done, RULES, FIRST, D(2026, 10, 31)).required == 0


def test_guardian_quarterly() -> None:
    """Guardian contact is due 91 days after the last one, or after the first meeting."""
    assert next_guardian_checkin(FIRST, [], RULES) == D(2026, 12, 1)
    assert next_guardian_checkin(FIRST, [D(2026, 10, 1)], RULES) == D(2026, 12, 31)


def test_overdue_flags() -> None:
    """Overdue means the due date is before today; the guardian only counts for minors."""
    due = checkin_due(FIRST, [], [], has_guardian=True, rules=RULES, today=D(2026, 9, 3))
    assert (due.next_due, due.overdue) == (D(2026, 9, 3), False)
    due = checkin_due(FIRST, [], [], has_guardian=True, rules=RULES, today=D(2026, 12, 2))
    assert due.overdue and due.guardian_overdue and due.any_overdue
    assert due.earliest == D(2026, 9, 3)
    adult = checkin_due(FIRST, [], [], has_guardian=False, rules=RULES, today=D(2026, 12, 2))
    assert adult.guardian_next_due is None and not adult.guardian_overdue


def test_rules_from_program_json() -> None:
    """Programs override any rule by name; bad values are refused with a message."""
    rules = CheckinRules.from_json({"first_within_days": 7, "monthly_days": 21, "other": 1})
    assert rules.first_within_days == 7 and rules.monthly_days == 21
    assert next_pair_checkin(FIRST, [], rules) == D(2026, 9, 8)
    assert CheckinRules.from_json(None) == RULES
    assert CheckinRules.from_json(rules.to_json()) == rules
    with pytest.raises(ValidationError, match="whole number"):
        CheckinRules.from_json({"monthly_days": "often"})
    with pytest.raises(ValidationError, match="positive"):
        CheckinRules.from_json({"guardian_days": 0})


def test_meeting_adherence() -> None:
    """Held vs expected meetings since the start, hours, and when the next one is due."""
    held = [(D(2026, 9, 1), 45), (D(2026, 9, 15), 60), (D(2026, 10, 20), 30)]
    a = meeting_adherence(D(2026, 9, 1), held, 14, D(2026, 11, 1))
    assert (a.held, a.expected, a.minutes) == (3, 4, 135)
    assert a.ratio == 0.75 and a.hours == 2.25
    assert a.last_meeting == D(2026, 10, 20) and a.next_due == D(2026, 11, 3)
    assert a.days_since_last == 12
    assert a.label == "3 of 4 expected (75 %)"
    busy = meeting_adherence(D(2026, 9, 1), [*held, (D(2026, 10, 27), 45)], 14, D(2026, 11, 1))
    assert busy.label == "4 held, 4 expected (on target)"


def test_meeting_adherence_edges() -> None:
    """Future meetings are not counted, the clock stops at closure, no start means none due."""
    a = meeting_adherence(D(2026, 9, 1), [(D(2026, 12, 1), 45)], 14, D(2026, 9, 10))
    assert a.held == 0 and a.expected == 0 and a.ratio is None
    assert a.next_due == D(2026, 9, 15)
    closed = meeting_adherence(D(2026, 9, 1), [], 14, D(2027, 1, 1), end=D(2026, 9, 29))
    assert closed.expected == 2
    assert meeting_adherence(None, [], 14, D(2026, 9, 1)).next_due is None


@settings(max_examples=200, deadline=None)
@given(
    rules=st.builds(
        CheckinRules,
        first_within_days=st.integers(0, 40),
        first_month_days=st.integers(1, 60),
        first_month_count=st.integers(1, 4),
        monthly_days=st.integers(1, 45),
    ),
    days=st.lists(st.integers(-5, 400), max_size=4),
)
def test_next_checkin_is_the_schedule_after_the_latest_window(
    rules: CheckinRules, days: list[int]
) -> None:
    """The quick next-due arithmetic is exactly the listed schedule's next date."""
    done = [FIRST + dt.timedelta(days=n) for n in days]
    last = max((d for d in done if d >= FIRST), default=None)
    if last is None:
        expected = FIRST + dt.timedelta(days=rules.first_within_days)
    else:
        covered = next(d for d in checkin_schedule(FIRST, rules, last) if d >= last)
        expected = next(d for d in checkin_schedule(FIRST, rules, covered) if d > covered)
    assert next_pair_checkin(FIRST, done, rules) == expected
