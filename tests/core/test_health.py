"""The at-risk rule with fixed dates: each reason on its own, and none for a healthy pair."""

from __future__ import annotations

import datetime as dt

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import PairStatus, Party
from mentordesk.core.health import CheckinFact, PairFacts, evaluate

D = dt.date
TODAY = D(2026, 11, 22)
START = D(2026, 9, 1)


def facts(**changes: object) -> PairFacts:
    base: dict[str, object] = {
        "pair_id": 1,
        "status": PairStatus.ACTIVE,
        "start_date": START,
        "meetings": ((START, 45), (D(2026, 11, 10), 45)),
        "checkins": (CheckinFact(D(2026, 11, 5), Party.MENTOR, 4),),
        "has_guardian": False,
    }
    base.update(changes)
    return PairFacts(**base)  # type: ignore[arg-type]


def run(f: PairFacts, today: dt.date = TODAY) -> tuple[str, ...]:
    return evaluate(f, cadence_days=14, rules=CheckinRules(), today=today).reasons


def test_healthy_pair_has_no_reasons() -> None:
    """Recent meeting, check-in on time, good rating: not at risk."""
    health = evaluate(facts(), cadence_days=14, rules=CheckinRules(), today=TODAY)
    assert health.reasons == () and not health.at_risk
    assert health.last_meeting == D(2026, 11, 10)
    # The 11-05 contact falls in the window of the day-90 due date (11-30): next is day 120.
    assert health.next_checkin_due == D(2026, 12, 30)


def test_no_meeting_within_one_and_a_half_cadence() -> None:
    """21 days (1.5 × 14) without a meeting is fine, 22 is at risk."""
    assert run(facts(), D(2026, 12, 1)) == ()
    reasons = run(facts(), D(2026, 12, 2))
    assert reasons == ("No meeting for 22 days (allowed: 21 days = 1.5 × every 14 days)",)


def test_never_met_counts_from_start() -> None:
    """A pair that never met is at risk 1.5 cadences after its start date."""
    reasons = run(facts(meetings=(), checkins=()), D(2026, 9, 23))
    assert reasons == (
        "No meeting yet, 22 days since the start (allowed: 21 days = 1.5 × every 14 days)",
    )


def test_weekly_cadence_limit_is_ten_and_a_half_days() -> None:
    """1.5 × 7 = 10.5 days: 10 days without a meeting is fine, 11 is flagged (not 12)."""
    last = D(2026, 11, 10)

    def weekly(today: dt.date) -> tuple[str, ...]:
        f = facts(meetings=((last, 45),), checkins=(CheckinFact(last, Party.MENTOR, 4),))
        return evaluate(f, cadence_days=7, rules=CheckinRules(), today=today).reasons

    assert weekly(last + dt.timedelta(days=10)) == ()
    assert weekly(last + dt.timedelta(days=11)) == (
        "No meeting for 11 days (allowed: 10.5 days = 1.5 × every 7 days)",
    )


def test_same_day_ratings_the_one_entered_last_counts() -> None:
    """Two ratings on one day: the one entered last counts, whatever the values."""
    day = D(2026, 11, 5)
    four_then_two = (CheckinFact(day, Party.MENTOR, 4), CheckinFact(day, Party.MENTEE, 2))
    assert run(facts(checkins=four_then_two)) == ("Latest relationship rating is 2/5",)
    two_then_four = (four_then_two[1], four_then_two[0])
    assert run(facts(checkins=two_then_four)) == ()


def test_records_after_the_day_are_not_read() -> None:
    """As of D the rule ignores check-ins, concerns and meetings dated after D."""
    later = (
        CheckinFact(D(2026, 11, 5), Party.MENTOR, 4),
        CheckinFact(D(2026, 11, 25), Party.MENTEE, 1, True),
    )
    assert run(facts(checkins=later)) == ()


def test_mentor_not_cleared_is_a_reason_for_live_pairs() -> None:
    """A lapsed clearance flags active and paused pairs, never closed ones."""
    lapse = ("The mentor's background check expired on 2026-11-01",)
    assert run(facts(mentor_screening=lapse)) == lapse
    assert run(facts(status=PairStatus.PAUSED, mentor_screening=lapse)) == lapse
    assert run(facts(status=PairStatus.CLOSED, mentor_screening=lapse)) == ()


def test_checkin_overdue() -> None:
    """A missed check-in makes the pair at risk, naming the due date."""
    reasons = run(facts(checkins=()), D(2026, 11, 12))
    assert reasons == ("Check-in overdue since 2026-09-03",)


def test_guardian_checkin_overdue() -> None:
    """For a minor, a missed quarterly guardian contact is a reason of its own."""
    reasons = run(facts(has_guardian=True))
    assert reasons == ()
    reasons = run(facts(has_guardian=True), D(2026, 12, 2))
    assert "Guardian check-in overdue since 2026-12-01" in reasons


def test_low_latest_rating() -> None:
    """Only the latest rating counts: 2 or lower is at risk."""
    low = (
        CheckinFact(D(2026, 10, 1), Party.MENTOR, 5),
        CheckinFact(D(2026, 11, 5), Party.MENTEE, 2),
    )
    assert run(facts(checkins=low)) == ("Latest relationship rating is 2/5",)
    recovered = (low[1], CheckinFact(D(2026, 11, 15), Party.MENTOR, 3))
    assert run(facts(checkins=recovered)) == ()


def test_open_safety_concern() -> None:
    """An unresolved safety concern is at risk; once resolved it no longer is."""
    concern = CheckinFact(D(2026, 11, 5), Party.MENTEE, 4, True, None)
    assert run(facts(checkins=(concern,))) == ("Open safety concern",)
    resolved = CheckinFact(D(2026, 11, 5), Party.MENTEE, 4, True, D(2026, 11, 8))
    assert run(facts(checkins=(resolved,))) == ()


def test_paused_and_closed_pairs() -> None:
    """Paused pairs only flag safety and rating; closed and proposed pairs never."""
    stale = facts(meetings=(), checkins=(CheckinFact(D(2026, 9, 5), Party.MENTOR, 1, True),))
    paused = run(facts(status=PairStatus.PAUSED, meetings=stale.meetings, checkins=stale.checkins))
    assert paused == ("Open safety concern", "Latest relationship rating is 1/5")
    for status in (PairStatus.CLOSED, PairStatus.PROPOSED):
        assert run(facts(status=status, meetings=(), checkins=stale.checkins)) == ()
