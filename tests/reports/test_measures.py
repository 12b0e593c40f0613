"""Every measure against the hand-built program (figures worked out by hand in program_fixture)."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.measures import ProgramMeasures, compare
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.services.reports.measures import (
    compare_programs,
    compute_measures,
    compute_previous,
    period_for,
)
from tests.reports.program_fixture import TODAY, add_people, build_cycle, d, make_program

MARCH = Period(d(3, 1), d(3, 31), PeriodPreset.MONTH)
CYCLE = Period(d(1, 1), d(6, 30), PeriodPreset.CYCLE)


@pytest.fixture
def march(db: Database) -> ProgramMeasures:
    built = build_cycle(db)
    return compute_measures(db, built.program_id, MARCH, TODAY)


def values(m: ProgramMeasures, *keys: str) -> list[float | None]:
    return [m.value(k) for k in keys]


def test_participants_by_role_and_status(march: ProgramMeasures) -> None:
    """10 memberships: 5 mentors, 5 mentees; 5 active, 1 trained, 2 applied, 2 withdrawn."""
    assert values(march, "participants", "mentors", "mentees") == [10, 5, 5]
    assert values(
        march,
        "participants_active",
        "participants_trained",
        "participants_applied",
        "participants_withdrawn",
        "participants_screened",
    ) == [5, 1, 2, 2, 0]
    assert ("mentor", "withdrawn", 1) in march.participants_by_role_status


def test_screening_states_on_period_end(march: ProgramMeasures) -> None:
    """Mentors not withdrawn: Maya cleared, Noah expired (02-01), Olga pending, Quinn not."""
    assert values(
        march,
        "screening_cleared",
        "screening_expired",
        "screening_pending",
        "screening_not_cleared",
    ) == [1, 1, 1, 1]
    assert march.get("screening_cleared").denominator == 4


def test_match_rate_and_utilization(march: ProgramMeasures) -> None:
    """On 03-31 Ava (paused P1) and Ben (P2) are matched: 2 of 4 mentees, 2 of capacity 5."""
    match = march.get("match_rate")
    assert (match.numerator, match.denominator, match.value) == (2, 4, 50.0)
    util = march.get("utilization")
    assert (util.numerator, util.denominator, util.value) == (2, 5, 40.0)


def test_pairs_by_status_on_period_end_from_history(march: ProgramMeasures) -> None:
    """On 03-31 P2 active, P1 paused (03-25), P3 and P5 closed; the proposed P4 is not a pair."""
    assert values(march, "pairs_active", "pairs_paused", "pairs_closed", "pairs_new") == [
        1,
        1,
        2,
        1,
    ]


def test_meetings_hours_and_target(march: ProgramMeasures) -> None:
    """4 held in March (195 min); expected P1 03-07 03-21, P2 03-24, P3 03-01 03-15 = 5."""
    assert march.value("meetings_held") == 4
    assert march.value("mentoring_hours") == pytest.approx(3.25)
    target = march.get("meetings_vs_target")
    assert (target.numerator, target.denominator) == (4, 5)
    assert target.value == pytest.approx(80.0)


def test_checkins_done_vs_required(march: ProgramMeasures) -> None:
    """Contacts made are counted apart from required check-ins done on time (one schedule:
    first meeting + 2, 15, 30, then every 30 days).

    March contacts: P1 03-06 ×2 and 03-20, P2 03-15 (guardian), P3 03-10 → 5.
    Required in March: P1 (first met 01-15) 03-16; P2 (first met 03-12) 03-14, 03-27; P3 (first
    met 02-05, closed 03-20) 03-07 → 4. On time: P1's 03-16 (03-06 in its window 02-15..03-16);
    P2 had only a guardian call; P3's 03-10 came after 03-07 → 1 of 4.
    """
    made = march.get("checkins_done")
    assert (made.value, made.label, made.detail()) == (5, "Contacts made", "")
    on_time = march.get("checkins_on_time")
    assert (on_time.numerator, on_time.denominator, on_time.detail()) == (1, 4, "1 of 4")
    rate = march.get("checkin_rate")
    assert (rate.numerator, rate.denominator) == (1, 4)
    assert rate.value == pytest.approx(25.0)
    assert "15, 30 of month one" in rate.formula


def test_goals(march: ProgramMeasures) -> None:
    """G1 done by 03-31, G2 at 50 %, G3 not yet done (04-20), G4 dropped, G5 on a draft pair."""
    completion = march.get("goal_completion")
    assert (completion.numerator, completion.denominator) == (1, 3)
    assert march.value("goal_progress") == pytest.approx(50.0)


def test_rating(march: ProgramMeasures) -> None:
    """March ratings 4, 5, 3, 4 (the guardian contact has none) → 4.0; distribution 3:1 4:2 5:1."""
    assert march.value("rating_avg") == pytest.approx(4.0)
    assert march.charts.ratings == {1: 0, 2: 0, 3: 1, 4: 2, 5: 1}


def test_closures_retention_and_length(march: ProgramMeasures) -> None:
    """3 pairs ran in March, P3 closed (completed); P3 and P5 decided, P3 reached its end."""
    closure = march.get("closure_rate")
    assert (closure.numerator, closure.denominator) == (1, 3)
    assert march.value("early_closure_rate") == 0.0
    retention = march.get("retention")
    assert (retention.numerator, retention.denominator, retention.value) == (1, 2, 50.0)
    # P1 80 days, P2 21, P3 47, P5 41
    assert march.value("match_length_avg") == pytest.approx(189 / 4)


def test_march_charts(march: ProgramMeasures) -> None:
    """One month of meetings, one status snapshot, one closure reason."""
    (month,) = march.charts.meetings_per_month
    assert (month.month, month.count, month.hours) == ("2026-03", 4, 3.25)
    (snapshot,) = march.charts.pairs_by_status
    assert snapshot.counts == {"active": 1, "paused": 1, "closed": 2, "proposed": 1}
    (reason,) = march.charts.closures_by_reason
    assert (reason.reason, reason.completed, reason.early) == ("completed", 1, 0)


def test_at_risk_on_march_31_reads_march_statuses(db: Database) -> None:
    """As of 03-31 P2 was still active (it closed 05-15) and its first check-in, due 03-14 (two
    days after its first meeting), was never done (a guardian call does not count): at risk.
    P1 (contact 03-20, due 04-04) is fine. The same answer on any later day."""
    built = build_cycle(db)
    for today in (d(3, 31), d(7, 15)):
        m = compute_measures(db, built.program_id, MARCH, today)
        assert [(a.pair_id, a.reasons) for a in m.at_risk] == [
            (built.pairs["P2"], ("Check-in overdue since 2026-03-14",))
        ]


def test_whole_cycle(db: Database) -> None:
    """The whole cycle, as of 06-30: worked out pair by pair in the comments."""
    built = build_cycle(db)
    m = compute_measures(db, built.program_id, CYCLE, TODAY)
    assert m.as_of == d(6, 30)
    assert values(m, "pairs_active", "pairs_paused", "pairs_closed", "pairs_new") == [1, 0, 3, 4]
    assert values(m, "match_rate", "utilization") == [25.0, 20.0]
    # held: P1 4, P2 1, P3 3, P5 1; expected: P1 171//14 = 12, P2 66//14 = 4, P3 3, P5 2
    assert values(m, "meetings_held", "mentoring_hours") == [9, 7.25]
    assert m.get("meetings_vs_target").denominator == 21
    # required: P1 01-17 01-30 02-14 03-16 04-15 05-15 06-14, P2 03-14 03-27 04-11 05-11,
    # P3 02-07 02-20 03-07, P5 01-22 02-04 = 16; on time: P1 03-16 (03-06) and 04-15 (03-20),
    # P5 02-04 (02-01) = 3; P3's 03-10 was late for 03-07
    rate = m.get("checkin_rate")
    assert (rate.numerator, rate.denominator) == (3, 16)
    assert m.value("checkins_done") == 6
    assert m.value("rating_avg") == pytest.approx(17 / 5)
    assert m.get("goal_completion").numerator == 2
    assert m.value("goal_progress") == pytest.approx((100 + 80 + 100) / 3)
    assert values(m, "closure_rate", "early_closure_rate", "retention") == [75.0, 50.0, 50.0]
    assert m.value("match_length_avg") == pytest.approx((171 + 66 + 47 + 41) / 4)
    assert [(x.month, x.count) for x in m.charts.meetings_per_month] == [
        ("2026-01", 2), ("2026-02", 2), ("2026-03", 4),
        ("2026-04", 1), ("2026-05", 0), ("2026-06", 0),
    ]  # fmt: skip
    assert [s.counts for s in m.charts.pairs_by_status] == [
        {"active": 2},
        {"active": 2, "closed": 1},
        {"active": 1, "paused": 1, "closed": 2, "proposed": 1},
        {"active": 2, "closed": 2, "proposed": 1},
        {"active": 1, "closed": 3, "proposed": 1},
        {"active": 1, "closed": 3, "proposed": 1},
    ]
    assert [(r.reason, r.completed, r.early) for r in m.charts.closures_by_reason] == [
        ("moved away", 0, 2),
        ("completed", 1, 0),
    ]


def test_empty_program(db: Database) -> None:
    """A program with nobody in it: counts are 0, ratios are undefined (None), charts empty."""
    program_id = make_program(db, "Empty")
    m = compute_measures(db, program_id, CYCLE, TODAY)
    assert m.value("participants") == 0
    assert m.value("pairs_active") == 0
    for key in ("match_rate", "utilization", "meetings_vs_target", "checkin_rate", "retention",
                "closure_rate", "goal_completion", "rating_avg", "match_length_avg"):  # fmt: skip
        assert m.value(key) is None, key
    assert m.get("match_rate").display() == "—"
    assert [x.count for x in m.charts.meetings_per_month] == [0] * 6
    assert m.charts.closures_by_reason == ()


def test_program_without_closures(db: Database) -> None:
    """One running pair, no closure: closure rates 0 %, retention undefined until its end."""
    from mentordesk.services.pairs.store import create_pair

    program_id = make_program(db, "Open")
    people = add_people(db, program_id)
    with db.begin() as s:
        create_pair(s, program_id, [people["Maya"]], [people["Ava"]], start_date=d(2, 1),
                    planned_end_date=d(6, 30))  # fmt: skip
    m = compute_measures(db, program_id, MARCH, TODAY)
    assert values(m, "closure_rate", "early_closure_rate") == [0.0, 0.0]
    assert m.value("retention") is None
    assert m.charts.closures_by_reason == ()
    assert m.value("match_length_avg") == 58  # 02-01 → 03-31


def test_previous_period_and_change(db: Database) -> None:
    """March against February: February had P3 as its new pair, and the change is +0 new pairs."""
    built = build_cycle(db)
    march = compute_measures(db, built.program_id, MARCH, TODAY)
    february = compute_previous(db, march, TODAY)
    assert february is not None
    assert (february.period.start, february.period.end) == (d(2, 1), d(2, 28))
    assert february.value("pairs_new") == 1
    rows = {row.key: row for row in compare(march, february)}
    assert rows["pairs_new"].change_text() == "±0"
    # February held 2 meetings (P3 02-05, 02-20): +2 in March
    assert rows["meetings_held"].change_text() == "+2"
    assert rows["meetings_held"].improved is True


def test_no_baseline_before_the_program_began(db: Database) -> None:
    """January (the first month) and a whole first cycle have nothing to be compared with."""
    built = build_cycle(db)
    january = Period(d(1, 1), d(1, 31), PeriodPreset.MONTH)
    first_month = compute_measures(db, built.program_id, january, TODAY)
    assert compute_previous(db, first_month, TODAY) is None
    cycle = compute_measures(
        db, built.program_id, period_for(db, built.program_id, PeriodPreset.CYCLE, TODAY), TODAY
    )
    assert compute_previous(db, cycle, TODAY) is None
    assert all(row.baseline is None for row in compare(cycle, None))


def test_year_over_year(db: Database) -> None:
    """Another program's same stretch: March 2026 lines up with March 2025 of last cycle."""
    built = build_cycle(db)
    last = make_program(db, "Cycle 2025", year=2025)
    _, other, rows = compare_programs(db, built.program_id, last, MARCH, TODAY)
    assert (other.period.start, other.period.end) == (d(3, 1, 2025), d(3, 31, 2025))
    assert other.program_name == "Cycle 2025"
    by_key = {r.key: r for r in rows}
    assert by_key["meetings_held"].baseline == 0
    assert by_key["meetings_held"].current == 4
    assert by_key["match_rate"].change is None  # last cycle had no mentees
    _, cycle_other, _ = compare_programs(db, built.program_id, last, CYCLE, TODAY)
    assert (cycle_other.period.start, cycle_other.period.end) == (d(1, 1, 2025), d(6, 30, 2025))


def test_period_for_presets(db: Database) -> None:
    """Presets resolve against the program's cycle and today's date."""
    program_id = make_program(db)
    today = dt.date(2026, 5, 20)
    month = period_for(db, program_id, PeriodPreset.MONTH, today)
    assert (month.start, month.end) == (d(5, 1), d(5, 31))
    term = period_for(db, program_id, PeriodPreset.TERM, today)
    assert (term.start, term.end) == (d(4, 1), d(6, 30))
    cycle = period_for(db, program_id, PeriodPreset.CYCLE, today)
    assert (cycle.start, cycle.end) == (d(1, 1), d(6, 30))
    custom = period_for(db, program_id, PeriodPreset.CUSTOM, today, d(2, 3), d(2, 9))
    assert custom.days == 7


def test_every_measure_has_a_formula(march: ProgramMeasures) -> None:
    """Each measure states its formula (shown on hover and in exports) and has a unique key."""
    keys = [m.key for m in march.measures]
    assert len(keys) == len(set(keys))
    assert all(m.formula and m.label for m in march.measures)


def test_at_risk_pairs_come_from_the_pair_health_rule(db: Database) -> None:
    """On 06-30 P1 has not met since 04-02 (89 days > 1.5 × 14): at risk, with the reasons."""
    built = build_cycle(db)
    m = compute_measures(db, built.program_id, CYCLE, d(6, 30))
    assert m.value("pairs_at_risk") == 1
    (pair,) = m.at_risk
    assert (pair.pair_id, pair.names) == (built.pairs["P1"], "Maya Mentor → Ava Mentee")
    assert any("No meeting for 89 days" in reason for reason in pair.reasons)


def test_year_over_year_to_date_while_the_cycle_runs(db: Database) -> None:
    """On 03-31 of this cycle, last cycle is compared up to its own 03-31 (same point)."""
    built = build_cycle(db)
    last = make_program(db, "Cycle 2025", year=2025)
    with db.begin() as s:
        from mentordesk.db.models import ProgramRecord

        s.get_one(ProgramRecord, built.program_id).previous_program_id = last
    _, other, _ = compare_programs(db, built.program_id, last, CYCLE, d(3, 31))
    assert (other.period.start, other.period.end) == (d(1, 1, 2025), d(3, 31, 2025))
    current = compute_measures(db, built.program_id, CYCLE, d(3, 31))
    baseline = compute_previous(db, current, d(3, 31))
    assert baseline is not None
    assert baseline.program_name == "Cycle 2025"
    assert baseline.period.end == d(3, 31, 2025)
