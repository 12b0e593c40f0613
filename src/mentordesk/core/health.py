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

from mentordesk.core.cadence import CheckinDue, CheckinRules, MeetingAdherence, checkin_due
from mentordesk.core.cadence import meeting_adherence as _adherence
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


def evaluate(
    facts: PairFacts, *, cadence_days: int, rules: CheckinRules, today: dt.date
) -> PairHealth:
    """Compute adherence, check-in dues and the at-risk reasons of one pair on `today`."""
    adherence = _adherence(
        facts.start_date, facts.meetings, cadence_days, today, end=facts.closed_on
    )
    live = facts.status is PairStatus.ACTIVE
    first_meeting = min((d for d, _ in facts.meetings), default=None)
    if live:
        due = checkin_due(
            first_meeting,
            [c.date for c in facts.checkins if c.party is not Party.GUARDIAN],
            [c.date for c in facts.checkins if c.party is Party.GUARDIAN],
            has_guardian=facts.has_guardian,
            rules=rules,
            today=today,
        )
    else:
        due = CheckinDue(next_due=None, overdue=False)
    rating = latest_rating(facts.checkins)
    concerns = open_safety_concerns(facts.checkins, today)

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
            since = "last meeting" if adherence.last_meeting else "start, no meeting yet"
            reasons.append(
                f"No meeting for {(today - anchor).days} days ({since}; "
                f"target every {cadence_days} days)"
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
