"""The at-risk rule: which pairs need the coordinator's attention, and why.

A live (active) pair is at risk when any of these holds:

- no held meeting within 1.5 × the program's cadence target (counted from the last held
  meeting, or from the start date when none was held yet);
- a support check-in (with the pair, or with the guardian of a minor) is overdue;
- the latest relationship-quality rating is 2 or lower;
- a safety concern was raised and not yet marked resolved.

A paused pair is only flagged for an open safety concern or a low rating (its meetings and
check-ins are on hold). Closed and proposed pairs are never at risk.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from mentordesk.core.cadence import (
    CheckinDue,
    CheckinRules,
    MeetingAdherence,
    adherence_from_totals,
    checkin_due,
)
from mentordesk.core.enums import PairStatus, Party

RISK_FACTOR = 1.5
LOW_RATING = 2


@dataclass(frozen=True)
class CheckinFact:
    date: dt.date
    party: Party
    rating: int | None = None
    safety_concern: bool = False
    safety_resolved_on: dt.date | None = None


@dataclass(frozen=True)
class PairFacts:
    """What the rule needs to know about one pair (gathered by the service in a few queries)."""

    pair_id: int
    status: PairStatus
    start_date: dt.date | None
    meetings: tuple[tuple[dt.date, int], ...]  # held meetings: (date, minutes)
    checkins: tuple[CheckinFact, ...]
    has_guardian: bool = False
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class PairSummary:
    """The per-pair aggregates the rule actually uses (the service computes them in SQL).

    `held`, `minutes` and `last_meeting` count held meetings on or before `today`;
    `first_meeting` is the earliest held meeting of any date (it anchors the check-in rule).
    """

    pair_id: int
    status: PairStatus
    start_date: dt.date | None
    held: int = 0
    minutes: int = 0
    first_meeting: dt.date | None = None
    last_meeting: dt.date | None = None
    last_pair_checkin: dt.date | None = None  # latest with the mentor or the mentee
    last_guardian_checkin: dt.date | None = None
    latest_rating: int | None = None
    open_safety_concerns: int = 0
    has_guardian: bool = False
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class PairHealth:
    pair_id: int
    status: PairStatus
    adherence: MeetingAdherence
    checkins: CheckinDue
    latest_rating: int | None
    open_safety_concerns: int
    reasons: tuple[str, ...]

    @property
    def at_risk(self) -> bool:
        return bool(self.reasons)

    @property
    def last_meeting(self) -> dt.date | None:
        return self.adherence.last_meeting

    @property
    def next_checkin_due(self) -> dt.date | None:
        return self.checkins.earliest


def latest_rating(checkins: tuple[CheckinFact, ...]) -> int | None:
    rated = [c for c in checkins if c.rating is not None]
    if not rated:
        return None
    return max(rated, key=lambda c: c.date).rating


def open_safety_concerns(checkins: tuple[CheckinFact, ...], today: dt.date) -> int:
    return sum(
        1
        for c in checkins
        if c.safety_concern and (c.safety_resolved_on is None or c.safety_resolved_on > today)
    )


def summarize(facts: PairFacts, today: dt.date) -> PairSummary:
    """Reduce one pair's full meeting and check-in lists to the aggregates the rule uses."""
    held = [(d, m) for d, m in facts.meetings if d <= today]
    pair_dates = [c.date for c in facts.checkins if c.party is not Party.GUARDIAN]
    guardian_dates = [c.date for c in facts.checkins if c.party is Party.GUARDIAN]
    return PairSummary(
        pair_id=facts.pair_id,
        status=facts.status,
        start_date=facts.start_date,
        held=len(held),
        minutes=sum(m for _, m in held),
        first_meeting=min((d for d, _ in facts.meetings), default=None),
        last_meeting=max((d for d, _ in held), default=None),
        last_pair_checkin=max(pair_dates, default=None),
        last_guardian_checkin=max(guardian_dates, default=None),
        latest_rating=latest_rating(facts.checkins),
        open_safety_concerns=open_safety_concerns(facts.checkins, today),
        has_guardian=facts.has_guardian,
        closed_on=facts.closed_on,
    )


def evaluate(
    facts: PairFacts, *, cadence_days: int, rules: CheckinRules, today: dt.date
) -> PairHealth:
    """Compute adherence, check-in dues and the at-risk reasons of one pair on `today`."""
    return evaluate_summary(
        summarize(facts, today), cadence_days=cadence_days, rules=rules, today=today
    )


def evaluate_summary(
    facts: PairSummary, *, cadence_days: int, rules: CheckinRules, today: dt.date
) -> PairHealth:
    """The rule over one pair's aggregates (see `PairSummary`)."""
    adherence = adherence_from_totals(
        facts.start_date,
        held=facts.held,
        minutes=facts.minutes,
        last_meeting=facts.last_meeting,
        cadence_days=cadence_days,
        today=today,
        end=facts.closed_on,
    )
    live = facts.status is PairStatus.ACTIVE
    if live:
        due = checkin_due(
            facts.first_meeting,
            [facts.last_pair_checkin] if facts.last_pair_checkin else [],
            [facts.last_guardian_checkin] if facts.last_guardian_checkin else [],
            has_guardian=facts.has_guardian,
            rules=rules,
            today=today,
        )
    else:
        due = CheckinDue(next_due=None, overdue=False)
    rating = facts.latest_rating
    concerns = facts.open_safety_concerns

    reasons: list[str] = []
    if facts.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
        if concerns:
            reasons.append(
                "Open safety concern" if concerns == 1 else f"{concerns} open safety concerns"
            )
        if rating is not None and rating <= LOW_RATING:
            reasons.append(f"Latest relationship rating is {rating}/5")
    if live:
        limit = math.ceil(RISK_FACTOR * max(1, cadence_days))
        anchor = adherence.last_meeting or facts.start_date
        if anchor is not None and (today - anchor).days > limit:
            days = (today - anchor).days
            reasons.append(
                f"No meeting for {days} days (target: every {cadence_days} days)"
                if adherence.last_meeting
                else f"No meeting yet, {days} days since the start "
                f"(target: every {cadence_days} days)"
            )
        if due.overdue and due.next_due is not None:
            reasons.append(f"Check-in overdue since {due.next_due.isoformat()}")
        if due.guardian_overdue and due.guardian_next_due is not None:
            reasons.append(f"Guardian check-in overdue since {due.guardian_next_due.isoformat()}")
    return PairHealth(
        pair_id=facts.pair_id,
        status=facts.status,
        adherence=adherence,
        checkins=due,
        latest_rating=rating,
        open_safety_concerns=concerns,
        reasons=tuple(reasons),
    )
