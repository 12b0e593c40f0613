"""Figures that hold: a program built through the services with known dates (figures_program),
and a table of what each measure must be for the whole cycle, a past month, a past custom
period and year over year — each re-run after later edits with the expected consequence.

Worked out by hand (dates in the current cycle, 2026/27; see figures_program's docstring):

October (10-01 – 10-31, as of 10-31):
- status on 10-31: P1 active, P2 closed (10-25; its reopen on 11-10 is later), P3 active.
- match rate: Dia and Fay in a live pair ÷ 4 mentees = 2 of 4; utilization 2 ÷ capacity 4.
- meetings held: P1 10-01 10-15 10-29, P2 10-05, P3 10-10 = 5 (255 min = 4.25 h); expected
  (every 14 days from the start): P1 10-13 10-27, P2 10-13 (closed 10-25), P3 10-08 10-22 = 5.
- contacts made: P1 10-01 10-30, P3 10-09 = 3. Required check-ins (first meeting + 2, 15, 30,
  60 …): P1 10-03 (10-01 in its window: on time), P2 10-01 and 10-16 (nothing: late), P3 10-12
  (10-09: on time) → 2 of 4.
- ratings 4, 3, 4 → 3.67. Closures: P2 of the 3 pairs that ran → 1 of 3, early 1 of 3.
- at risk on 10-31: P3 only — Cai's background check expired on 10-20.
Later edits change October only where a record dated inside October was added: the late P2
check-in of 10-14 (rating 2) → contacts 4, on time 3 of 4 (it falls in P2's 10-16 window),
ratings 4, 3, 4, 2 → 3.25. The withdrawal, the capacity raise, the reopen and the late
November meeting leave October as it was.

Custom 09-15 – 10-15 (as of 10-15): all three pairs active → 3 of 4 matched, capacity 4;
meetings 7 of 7 expected; contacts P1 09-16 10-01, P2 09-17, P3 10-09 = 4; required P1 09-18
10-03 (both on time), P2 09-18 (on time) 10-01 (late), P3 09-27 (late) 10-12 (on time) → 4 of 6;
at risk: P2 (check-in overdue since 10-01). After the edits the late 10-14 check-in makes 5
contacts and changes P2's reason to its rating of 2 (still 1 pair at risk, still 4 of 6: its
due date 10-16 is after the period).

Whole cycle on 11-01: 2 of 4 matched, 10 meetings, 1 at risk (P3: expired check and 22 days
without a meeting), 1 closure of 3. On 12-01 after the edits: P2 active again → 3 of 3
mentees matched (Gus withdrawn), utilization 3 ÷ capacity 5, 11 meetings, 2 at risk (P2, P3),
and the 10-25 closure still counts: 1 of 3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.measures import ProgramMeasures
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.services.reports import compare_programs, compute_measures, period_for
from tests.reports.figures_program import Figures, build, later_edits

Expected = dict[str, object]


def figure(m: ProgramMeasures, key: str) -> object:
    """A ratio as (numerator, denominator), any other figure as its value (rounded to 2)."""
    measure = m.get(key)
    if measure.denominator is not None and key not in ("rating_avg",):
        return (measure.numerator, measure.denominator)
    return None if measure.value is None else round(measure.value, 2)


def check(m: ProgramMeasures, expected: Expected) -> None:
    got = {key: figure(m, key) for key in expected if key != "at_risk"}
    want = {key: value for key, value in expected.items() if key != "at_risk"}
    assert got == want
    if "at_risk" in expected:
        assert [reasons for _pid, reasons in _risk(m)] == expected["at_risk"]


def _risk(m: ProgramMeasures) -> list[tuple[int, tuple[str, ...]]]:
    return [(a.pair_id, a.reasons) for a in m.at_risk]


CAI = "Mentor Cai Mentor's background check expired on 2026-10-20"

OCTOBER: Expected = {
    "pairs_active": 2, "pairs_closed": 1, "match_rate": (2, 4), "utilization": (2, 4),
    "meetings_held": 5, "meetings_vs_target": (5, 5), "mentoring_hours": 4.25,
    "checkins_done": 3, "checkins_on_time": (2, 4), "checkin_rate": (2, 4),
    "rating_avg": 3.67, "closure_rate": (1, 3), "early_closure_rate": (1, 3),
    "pairs_at_risk": 1, "at_risk": [(CAI,)],
}  # fmt: skip
OCTOBER_AFTER = {
    **OCTOBER, "checkins_done": 4, "checkins_on_time": (3, 4), "checkin_rate": (3, 4),
    "rating_avg": 3.25,
}  # fmt: skip
CUSTOM: Expected = {
    "pairs_active": 3, "pairs_closed": 0, "match_rate": (3, 4), "utilization": (3, 4),
    "meetings_held": 7, "meetings_vs_target": (7, 7), "checkins_done": 4,
    "checkins_on_time": (4, 6), "closure_rate": (0, 3), "rating_avg": 4.0,
    "pairs_at_risk": 1, "at_risk": [("Check-in overdue since 2026-10-01",)],
}  # fmt: skip
CUSTOM_AFTER = {
    **CUSTOM, "checkins_done": 5, "rating_avg": 3.6,
    "at_risk": [("Latest relationship rating is 2/5",)],
}  # fmt: skip
CYCLE_NOV_1: Expected = {
    "pairs_active": 2, "pairs_closed": 1, "match_rate": (2, 4), "utilization": (2, 4),
    "meetings_held": 10, "closure_rate": (1, 3), "pairs_at_risk": 1,
    "at_risk": [(CAI, "No meeting for 22 days (allowed: 21 days = 1.5 × every 14 days)")],
}  # fmt: skip
CYCLE_DEC_1: Expected = {
    "pairs_active": 3, "pairs_closed": 0, "match_rate": (3, 3), "utilization": (3, 5),
    "participants_withdrawn": 1, "meetings_held": 11, "closure_rate": (1, 3),
    "early_closure_rate": (1, 3), "pairs_at_risk": 2,
}  # fmt: skip

NOV_1, DEC_1 = dt.date(2026, 11, 1), dt.date(2026, 12, 1)
OCT = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31), PeriodPreset.MONTH)
CUSTOM_PERIOD = Period(dt.date(2026, 9, 15), dt.date(2026, 10, 15))


@pytest.fixture
def built(db: Database) -> Figures:
    return build(db)


def test_past_month_then_after_later_edits(db: Database, built: Figures) -> None:
    """October as sent in November, and again in December after later edits."""
    check(compute_measures(db, built.program_id, OCT, NOV_1), OCTOBER)
    later_edits(db, built)
    for today in (DEC_1, dt.date(2027, 7, 15)):
        check(compute_measures(db, built.program_id, OCT, today), OCTOBER_AFTER)


def test_past_custom_period_then_after_later_edits(db: Database, built: Figures) -> None:
    """A custom past period reads the program as it was on its last day."""
    check(compute_measures(db, built.program_id, CUSTOM_PERIOD, NOV_1), CUSTOM)
    later_edits(db, built)
    check(compute_measures(db, built.program_id, CUSTOM_PERIOD, DEC_1), CUSTOM_AFTER)


def test_whole_cycle_as_it_runs(db: Database, built: Figures) -> None:
    """The whole cycle is figured as of today; a reopen does not erase the closure event."""
    cycle = period_for(db, built.program_id, PeriodPreset.CYCLE, NOV_1)
    check(compute_measures(db, built.program_id, cycle, NOV_1), CYCLE_NOV_1)
    later_edits(db, built)
    check(compute_measures(db, built.program_id, cycle, DEC_1), CYCLE_DEC_1)


def test_year_over_year(db: Database, built: Figures) -> None:
    """October against the previous cycle's October (built the same way a year earlier): no
    change; after the later edits only the figures with a record dated inside October move."""
    previous = build(db, 2025)
    current, other, rows = compare_programs(db, built.program_id, previous.program_id, OCT, NOV_1)
    assert (other.period.start, other.period.end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    check(other, {**OCTOBER, "at_risk": [(CAI.replace("2026", "2025"),)]})
    assert {r.key: r.change_text() for r in rows if r.change not in (None, 0)} == {}
    later_edits(db, built)
    later_edits(db, previous)  # its own December edits come after its October too
    current, other, rows = compare_programs(db, built.program_id, previous.program_id, OCT, DEC_1)
    check(current, OCTOBER_AFTER)
    changes = {r.key: r.change_text() for r in rows if r.change not in (None, 0)}
    assert changes == {}  # both cycles had the same late entry dated inside October


def test_year_over_year_after_edits_in_one_cycle(db: Database, built: Figures) -> None:
    """Only the current cycle gets the late October check-in: exactly those figures change."""
    previous = build(db, 2025)
    later_edits(db, built)
    _current, _other, rows = compare_programs(db, built.program_id, previous.program_id, OCT, DEC_1)
    changes = {r.key: r.change_text() for r in rows if r.change not in (None, 0)}
    assert changes == {
        "checkins_done": "+1",
        "checkins_on_time": "+1",
        "checkin_rate": "+25.0 pts",
        "rating_avg": "−0.42",
    }


def test_withdrawal_and_capacity_change_keep_their_dates(db: Database, built: Figures) -> None:
    """The December withdrawal and capacity raise show from December on, never before."""
    later_edits(db, built)
    november = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30), PeriodPreset.MONTH)
    m = compute_measures(db, built.program_id, november, DEC_1)
    assert figure(m, "participants_withdrawn") == 0
    assert figure(m, "utilization") == (3, 4)  # P2 reopened 11-10: 3 matched, capacity still 4
    december = Period(dt.date(2026, 12, 1), dt.date(2026, 12, 31), PeriodPreset.MONTH)
    m = compute_measures(db, built.program_id, december, DEC_1)
    assert figure(m, "participants_withdrawn") == 1
    assert figure(m, "utilization") == (3, 5)
