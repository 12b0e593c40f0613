"""From raw aggregates to the list of measures, each with its label, unit and formula."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentordesk.core.cadence import CheckinRules, checkin_offsets
from mentordesk.core.enums import MemberStatus, Role, ScreeningState
from mentordesk.core.measures import AtRiskPair, Measure, Section, Unit

_P, _M, _A, _O = Section.PARTICIPANTS, Section.MATCHING, Section.ACTIVITY, Section.OUTCOMES


@dataclass(frozen=True)
class Figures:
    """What the SQL aggregates returned for one program and period."""

    start: dt.date
    as_of: dt.date
    cadence_days: int
    by_role_status: list[tuple[str, str, int]]
    screening: dict[str, int]
    eligible_mentees: int
    matched_mentees: int
    capacity: int
    status_counts: dict[str, int]
    pairs: dict[str, float | None]
    meetings_held: int
    hours: float
    checkins_done: int
    checkins_required: int
    checkins_done_capped: int
    goals: int
    goals_done: int
    goal_progress: float | None
    ratings: dict[int, int]
    at_risk: list[AtRiskPair] | None
    rules: CheckinRules = field(default_factory=CheckinRules)

    @property
    def rules_month_one(self) -> list[int]:
        """Day offsets of the month-one due dates after the first one (15 and 30 by default)."""
        return [n for n in checkin_offsets(self.rules, 0) if n > self.rules.first_within_days][
            : max(1, self.rules.first_month_count)
        ]


def ratio(num: float, den: float) -> float | None:
    """num ÷ den in percent, or None when there is nothing to divide by."""
    return None if den == 0 else num / den * 100.0


def build_measures(x: Figures) -> list[Measure]:
    """Every measure in display order (keys listed in services.measures)."""
    out: list[Measure] = []

    def add(
        key: str,
        label: str,
        value: float | None,
        unit: Unit,
        formula: str,
        section: Section,
        num: float | None = None,
        den: float | None = None,
        better: bool | None = True,
        detail: str = "{num} of {den}",
        scale: float | None = None,
    ) -> None:
        if scale is None and num is not None and unit is not Unit.COUNT:
            scale = 100.0 if unit is Unit.PERCENT else 1.0
        out.append(
            Measure(key, label, value, unit, formula, section, num, den, better, detail, scale)
        )

    def pc(key: str) -> float:
        return x.pairs[key] or 0.0

    start, as_of = x.start, x.as_of
    joined = f"memberships that joined by {as_of}"
    rows = x.by_role_status
    mentor_roles, mentee_roles = (Role.MENTOR, Role.BOTH), (Role.MENTEE, Role.BOTH)
    add("participants", "Participants", sum(n for *_, n in rows), Unit.COUNT, f"all {joined}", _P)
    mentors = sum(n for r, _s, n in rows if r in mentor_roles)
    mentees = sum(n for r, _s, n in rows if r in mentee_roles)
    add("mentors", "Mentors", mentors, Unit.COUNT, f"role mentor or both; {joined}", _P)
    add("mentees", "Mentees", mentees, Unit.COUNT, f"role mentee or both; {joined}", _P)
    for status in MemberStatus:
        count = sum(n for _r, s, n in rows if s == status.value)
        formula = f"participants whose status is '{status.value}' ({joined})"
        add(f"participants_{status.value}", f"Status: {status.value}", count, Unit.COUNT,
            formula, _P, better=None)  # fmt: skip
    screened = sum(x.screening.values())
    for state, good in (
        (ScreeningState.CLEARED, True),
        (ScreeningState.PENDING, None),
        (ScreeningState.EXPIRED, False),
        (ScreeningState.NOT_CLEARED, None),
    ):
        n = x.screening.get(state.value, 0)
        formula = (
            f"mentors (not withdrawn) whose screening is {state.value} on {as_of}; cleared = "
            "decision cleared and background check not expired, expired = check expired"
        )
        add(f"screening_{state.name.lower()}", f"Mentors {state.value}", n, Unit.COUNT, formula,
            _P, n, screened, good)  # fmt: skip

    matched, eligible = x.matched_mentees, x.eligible_mentees
    add("match_rate", "Match rate", ratio(matched, eligible), Unit.PERCENT,
        f"mentees in an active or paused pair on {as_of} ÷ mentees not withdrawn on {as_of}",
        _M, matched, eligible)  # fmt: skip
    add("utilization", "Mentor utilization", ratio(matched, x.capacity), Unit.PERCENT,
        f"matched mentees ÷ total capacity of mentors not withdrawn, both on {as_of}",
        _M, matched, x.capacity, detail="{num} matched, capacity {den}")  # fmt: skip
    for pair_status, good in (("active", True), ("paused", False), ("closed", None)):
        add(f"pairs_{pair_status}", f"{pair_status.capitalize()} pairs",
            x.status_counts.get(pair_status, 0), Unit.COUNT,
            f"pairs whose status on {as_of} was {pair_status}", _M, better=good)  # fmt: skip
    add("pairs_new", "New pairs", pc("new"), Unit.COUNT,
        f"pairs that started between {start} and {as_of}", _M)  # fmt: skip

    held = x.meetings_held
    expected = pc("expected")
    add("meetings_held", "Meetings held", held, Unit.COUNT,
        f"meetings marked held between {start} and {as_of}", _A)  # fmt: skip
    add("meetings_vs_target", "Meetings vs. target", ratio(held, expected), Unit.PERCENT,
        f"meetings held ÷ expected; one meeting expected every {x.cadence_days} days after a "
        "pair's start (the cadence target) while it ran in the period, pauses included",
        _A, held, expected, detail="{num} held, {den} expected")  # fmt: skip
    add("mentoring_hours", "Mentoring hours", x.hours, Unit.HOURS,
        "sum of the held meetings' durations ÷ 60", _A)  # fmt: skip
    schedule = (
        f"due {x.rules.first_within_days} days after a pair's first held meeting, then on day "
        f"{', '.join(str(n) for n in x.rules_month_one)} of month one, then every "
        f"{x.rules.monthly_days} days; a due date is done on time when a mentor or mentee "
        "contact falls after the previous due date and by this one"
    )
    add("checkins_done", "Contacts made", x.checkins_done, Unit.COUNT,
        f"the coordinator's check-ins (mentor, mentee or guardian) dated {start} – {as_of}",
        _A)  # fmt: skip
    add("checkins_on_time", "Required check-ins done on time", x.checkins_done_capped,
        Unit.COUNT, f"required check-ins that fell while a pair ran, {start} – {as_of}, and were "
        f"done on time ({schedule})", _A, x.checkins_done_capped, x.checkins_required)  # fmt: skip
    add("checkin_rate", "Staff contact rate",
        ratio(x.checkins_done_capped, x.checkins_required), Unit.PERCENT,
        f"required check-ins done on time ÷ required check-ins ({schedule}); extra contacts do "
        "not raise it", _A, x.checkins_done_capped, x.checkins_required)  # fmt: skip
    limit = f"{1.5 * max(1, x.cadence_days):g}"
    risk_rule = (
        f"more than {limit} days (1.5 × the {x.cadence_days}-day cadence) without a held "
        "meeting, a check-in overdue, latest rating ≤ 2, an open safety concern or a mentor "
        "not cleared"
    )
    add("pairs_at_risk", "Pairs at risk", len(x.at_risk or ()), Unit.COUNT,
        f"pairs flagged on {as_of} by the pair health rule, from what had happened by then: "
        f"{risk_rule}", _A, better=False)  # fmt: skip

    add("goal_completion", "Goal completion", ratio(x.goals_done, x.goals), Unit.PERCENT,
        f"goals completed by {as_of} ÷ goals (dropped goals left out)",
        _O, x.goals_done, x.goals)  # fmt: skip
    add("goal_progress", "Average goal progress", x.goal_progress, Unit.PERCENT,
        "mean over goals of the latest progress % (completed = 100 %, none yet = 0 %)",
        _O, (x.goal_progress or 0.0) * x.goals, x.goals, detail="over {den} goals",
        scale=1.0)  # fmt: skip
    n_ratings = sum(x.ratings.values())
    total_rating = sum(r * n for r, n in x.ratings.items())
    add("rating_avg", "Average relationship rating",
        total_rating / n_ratings if n_ratings else None, Unit.RATING,
        "mean 1–5 rating of the check-ins in the period", _O, total_rating, n_ratings)  # fmt: skip
    live = pc("live")
    add("closure_rate", "Closure rate", ratio(pc("closed"), live), Unit.PERCENT,
        "pairs with a closure dated in the period (reopened later or not) ÷ pairs that ran in "
        "the period", _O, pc("closed"), live, None)  # fmt: skip
    add("early_closure_rate", "Early-closure rate", ratio(pc("early"), live), Unit.PERCENT,
        "pairs closed early (dropout) in the period, reopened later or not ÷ pairs that ran "
        "in the period", _O, pc("early"), live, False)  # fmt: skip
    add("retention", "Retention", ratio(pc("reached"), pc("decided")), Unit.PERCENT,
        "pairs that reached their planned end (closed as completed, or still running on that "
        f"date) ÷ pairs started that closed or were due to end by {as_of}",
        _O, pc("reached"), pc("decided"))  # fmt: skip
    started = pc("started")
    add("match_length_avg", "Average match length", x.pairs["length"], Unit.DAYS,
        f"mean days from start to closure (or to {as_of} if still open) of the pairs "
        f"started by {as_of}", _O, (x.pairs["length"] or 0.0) * started, started,
        detail="over {den} pairs")  # fmt: skip
    return out
