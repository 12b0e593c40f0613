"""The at-risk rule: which pairs need the coordinator's attention, and why.

A live (active) pair is at risk on day D when any of these holds:

- more than 1.5 × the program's cadence target days have passed without a held meeting
  (counted from the last held meeting, or from the start date when none was held yet): with a
  7-day cadence that is more than 10.5 days, so day 11 is flagged; with 14 days, day 22;
- a support check-in (with the pair, or with the guardian of a minor) is overdue (the schedule
  is `core.cadence.checkin_schedule`);
- the latest relationship-quality rating is 2 or lower — the latest by date, and on one date
  the one entered last;
- a safety concern was raised and not yet marked resolved;
- a mentor of the pair is not cleared on D (`core.screening.clearance_risk_reason`: screening
  pending or not cleared, or the background check expired).

A paused pair is only flagged for an open safety concern, a low rating or a mentor who is not
cleared (its meetings and check-ins are on hold). Closed and proposed pairs are never at risk.

Everything is "as of D": the caller passes only what had happened by D (status, meetings,
check-ins, closures); `summarize` also drops anything dated after D itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.core.cadence import (
    CheckinDue,
    CheckinRules,
    MeetingAdherence,
    adherence_from_totals,
    checkin_due,
)
from mentordesk.core.enums import PairStatus, Party
from mentordesk.core.i18n import nt, t

RISK_FACTOR = 1.5
LOW_RATING = 2


def meeting_gap_limit(cadence_days: int) -> float:
    """Days without a held meeting the rule allows: 1.5 × the cadence (10.5 for 7 days)."""
    return RISK_FACTOR * max(1, cadence_days)


def meeting_gap_too_long(days: int, cadence_days: int) -> bool:
    """More than 1.5 × the cadence days without a meeting (exact: 2·days > 3·cadence)."""
    return 2 * days > 3 * max(1, cadence_days)


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
    #: Why the pair's mentor(s) are not cleared on the day (core.screening.clearance_risk_reason).
    mentor_screening: tuple[str, ...] = ()
    mentor_check_expiry: dt.date | None = None


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
    #: Why the pair's mentor(s) are not cleared on the day (core.screening.clearance_risk_reason).
    mentor_screening: tuple[str, ...] = ()
    #: The earliest background-check expiry among the pair's mentors (for the due list).
    mentor_check_expiry: dt.date | None = None


@dataclass(frozen=True)
class PairHealth:
    pair_id: int
    status: PairStatus
    adherence: MeetingAdherence
    checkins: CheckinDue
    latest_rating: int | None
    open_safety_concerns: int
    reasons: tuple[str, ...]
    mentor_check_expiry: dt.date | None = None

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
    """The rating that counts: the latest date's; on one date, the one entered last.

    `checkins` are in the order they were entered (the service sorts by entry time).
    """
    rated = [(c.date, i, c.rating) for i, c in enumerate(checkins) if c.rating is not None]
    return max(rated)[2] if rated else None


def open_safety_concerns(checkins: tuple[CheckinFact, ...], today: dt.date) -> int:
    return sum(
        1
        for c in checkins
        if c.safety_concern
        and c.date <= today
        and (c.safety_resolved_on is None or c.safety_resolved_on > today)
    )


def summarize(facts: PairFacts, today: dt.date) -> PairSummary:
    """Reduce one pair's full meeting and check-in lists to the aggregates the rule uses."""
    held = [(d, m) for d, m in facts.meetings if d <= today]
    known = tuple(c for c in facts.checkins if c.date <= today)
    pair_dates = [c.date for c in known if c.party is not Party.GUARDIAN]
    guardian_dates = [c.date for c in known if c.party is Party.GUARDIAN]
    return PairSummary(
        pair_id=facts.pair_id,
        status=facts.status,
        start_date=facts.start_date,
        held=len(held),
        minutes=sum(m for _, m in held),
        first_meeting=min((d for d, _ in held), default=None),
        last_meeting=max((d for d, _ in held), default=None),
        last_pair_checkin=max(pair_dates, default=None),
        last_guardian_checkin=max(guardian_dates, default=None),
        latest_rating=latest_rating(known),
        open_safety_concerns=open_safety_concerns(known, today),
        has_guardian=facts.has_guardian,
        closed_on=facts.closed_on if facts.closed_on and facts.closed_on <= today else None,
        mentor_screening=facts.mentor_screening,
        mentor_check_expiry=facts.mentor_check_expiry,
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
        reasons.extend(facts.mentor_screening)
        if concerns:
            reasons.append(nt("Open safety concern", "{n} open safety concerns", concerns))
        if rating is not None and rating <= LOW_RATING:
            reasons.append(t("Latest relationship rating is {rating}/5", rating=rating))
    if live:
        anchor = adherence.last_meeting or facts.start_date
        days = (today - anchor).days if anchor is not None else 0
        if anchor is not None and meeting_gap_too_long(days, cadence_days):
            limit = meeting_gap_limit(cadence_days)
            every = {"days": days, "limit": limit, "cadence": cadence_days}
            reasons.append(
                t(
                    "No meeting for {days} days (allowed: {limit} days = 1.5 × every "
                    "{cadence} days)",
                    **every,
                )
                if adherence.last_meeting
                else t(
                    "No meeting yet, {days} days since the start (allowed: {limit} days = "
                    "1.5 × every {cadence} days)",
                    **every,
                )
            )
        if due.overdue and due.next_due is not None:
            reasons.append(t("Check-in overdue since {date}", date=due.next_due))
        if due.guardian_overdue and due.guardian_next_due is not None:
            reasons.append(t("Guardian check-in overdue since {date}", date=due.guardian_next_due))
    return PairHealth(
        pair_id=facts.pair_id,
        status=facts.status,
        adherence=adherence,
        checkins=due,
        latest_rating=rating,
        open_safety_concerns=concerns,
        reasons=tuple(reasons),
        mentor_check_expiry=facts.mentor_check_expiry,
    )
