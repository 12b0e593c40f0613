"""From raw aggregates to the list of measures, each with its label, unit and formula."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mentordesk.core.cadence import CheckinRules, checkin_offsets
from mentordesk.core.enums import MemberStatus, Role, ScreeningState
from mentordesk.core.i18n import N_
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


def _english(value: Any) -> str:
    """A formula argument as the reports view and exports print it (ISO dates)."""
    if isinstance(value, tuple):
        return ", ".join(_english(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def build_measures(x: Figures) -> list[Measure]:
    """Every measure in display order (keys listed in services.measures).

    Each formula is a template with named arguments (dates, numbers, status words), so the
    printed summary can translate it and write the dates in the document's language; the
    `formula` the view and exports show is the template filled in English."""
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
        detail: str = N_("{num} of {den}"),
        scale: float | None = None,
        **args: Any,
    ) -> None:
        if scale is None and num is not None and unit is not Unit.COUNT:
            scale = 100.0 if unit is Unit.PERCENT else 1.0
        english = formula.format(**{k: _english(v) for k, v in args.items()}) if args else formula
        out.append(
            Measure(key, label, value, unit, english, section, num, den, better, detail,
                    formula, tuple(args.items()), scale)
        )  # fmt: skip

    def pc(key: str) -> float:
        return x.pairs[key] or 0.0

    start, as_of = x.start, x.as_of
    rows = x.by_role_status
    mentor_roles, mentee_roles = (Role.MENTOR, Role.BOTH), (Role.MENTEE, Role.BOTH)
    add("participants", "Participants", sum(n for *_, n in rows), Unit.COUNT,
        "all memberships that joined by {as_of}", _P, as_of=as_of)  # fmt: skip
    mentors = sum(n for r, _s, n in rows if r in mentor_roles)
    mentees = sum(n for r, _s, n in rows if r in mentee_roles)
    add("mentors", "Mentors", mentors, Unit.COUNT,
        "role mentor or both; memberships that joined by {as_of}", _P, as_of=as_of)  # fmt: skip
    add("mentees", "Mentees", mentees, Unit.COUNT,
        "role mentee or both; memberships that joined by {as_of}", _P, as_of=as_of)  # fmt: skip
    for status in MemberStatus:
        count = sum(n for _r, s, n in rows if s == status.value)
        add(f"participants_{status.value}", f"Status: {status.value}", count, Unit.COUNT,
            "participants whose status is '{status}' (memberships that joined by {as_of})",
            _P, better=None, status=status.value, as_of=as_of)  # fmt: skip
    screened = sum(x.screening.values())
    for state, good in (
        (ScreeningState.CLEARED, True),
        (ScreeningState.PENDING, None),
        (ScreeningState.EXPIRED, False),
        (ScreeningState.NOT_CLEARED, None),
    ):
        n = x.screening.get(state.value, 0)
        add(f"screening_{state.name.lower()}", f"Mentors {state.value}", n, Unit.COUNT,
            "mentors (not withdrawn) whose screening is {state} on {as_of}; cleared = "
            "decision cleared and background check not expired, expired = check expired",
            _P, n, screened, good, state=state.value, as_of=as_of)  # fmt: skip

    matched, eligible = x.matched_mentees, x.eligible_mentees
    add("match_rate", "Match rate", ratio(matched, eligible), Unit.PERCENT,
        "mentees in an active or paused pair on {as_of} ÷ mentees not withdrawn on {as_of}",
        _M, matched, eligible, as_of=as_of)  # fmt: skip
    add("utilization", "Mentor utilization", ratio(matched, x.capacity), Unit.PERCENT,
        "matched mentees ÷ total capacity of mentors not withdrawn, both on {as_of}",
        _M, matched, x.capacity, detail=N_("{num} matched, capacity {den}"),
        as_of=as_of)  # fmt: skip
    for pair_status, good in (("active", True), ("paused", False), ("closed", None)):
        add(f"pairs_{pair_status}", f"{pair_status.capitalize()} pairs",
            x.status_counts.get(pair_status, 0), Unit.COUNT,
            "pairs whose status on {as_of} was {status}", _M, better=good, as_of=as_of,
            status=pair_status)  # fmt: skip
    add("pairs_new", "New pairs", pc("new"), Unit.COUNT,
        "pairs that started between {start} and {as_of}", _M, start=start, as_of=as_of)  # fmt: skip

    held = x.meetings_held
    expected = pc("expected")
    add("meetings_held", "Meetings held", held, Unit.COUNT,
        "meetings marked held between {start} and {as_of}", _A, start=start,
        as_of=as_of)  # fmt: skip
    add("meetings_vs_target", "Meetings vs. target", ratio(held, expected), Unit.PERCENT,
        "meetings held ÷ expected; one meeting expected every {cadence} days after a "
        "pair's start (the cadence target) while it ran in the period, pauses included",
        _A, held, expected, detail=N_("{num} held, {den} expected"),
        cadence=x.cadence_days)  # fmt: skip
    add("mentoring_hours", "Mentoring hours", x.hours, Unit.HOURS,
        "sum of the held meetings' durations ÷ 60", _A)  # fmt: skip
    schedule: dict[str, Any] = {
        "first": x.rules.first_within_days,
        "days": tuple(x.rules_month_one),
        "monthly": x.rules.monthly_days,
    }
    add("checkins_done", "Contacts made", x.checkins_done, Unit.COUNT,
        "the coordinator's check-ins (mentor, mentee or guardian) dated {start} – {as_of}",
        _A, start=start, as_of=as_of)  # fmt: skip
    add("checkins_on_time", "Required check-ins done on time", x.checkins_done_capped,
        Unit.COUNT, "required check-ins that fell while a pair ran, {start} – {as_of}, and were "
        "done on time (due {first} days after a pair's first held meeting, then on day {days} "
        "of month one, then every {monthly} days; a due date is done on time when a mentor or "
        "mentee contact falls after the previous due date and by this one)",
        _A, x.checkins_done_capped, x.checkins_required, start=start, as_of=as_of,
        **schedule)  # fmt: skip
    add("checkin_rate", "Staff contact rate",
        ratio(x.checkins_done_capped, x.checkins_required), Unit.PERCENT,
        "required check-ins done on time ÷ required check-ins (due {first} days after a pair's "
        "first held meeting, then on day {days} of month one, then every {monthly} days; a due "
        "date is done on time when a mentor or mentee contact falls after the previous due "
        "date and by this one); extra contacts do not raise it",
        _A, x.checkins_done_capped, x.checkins_required, **schedule)  # fmt: skip
    add("pairs_at_risk", "Pairs at risk", len(x.at_risk or ()), Unit.COUNT,
        "pairs flagged on {as_of} by the pair health rule, from what had happened by then: "
        "more than {limit} days (1.5 × the {cadence}-day cadence) without a held meeting, a "
        "check-in overdue, latest rating ≤ 2, an open safety concern or a mentor not cleared",
        _A, better=False, as_of=as_of, limit=1.5 * max(1, x.cadence_days),
        cadence=x.cadence_days)  # fmt: skip

    add("goal_completion", "Goal completion", ratio(x.goals_done, x.goals), Unit.PERCENT,
        "goals completed by {as_of} ÷ goals (dropped goals left out)",
        _O, x.goals_done, x.goals, as_of=as_of)  # fmt: skip
    add("goal_progress", "Average goal progress", x.goal_progress, Unit.PERCENT,
        "mean over goals of the latest progress % (completed = 100 %, none yet = 0 %)",
        _O, (x.goal_progress or 0.0) * x.goals, x.goals, detail=N_("over {den} goals"),
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
        "date) ÷ pairs started that closed or were due to end by {as_of}",
        _O, pc("reached"), pc("decided"), as_of=as_of)  # fmt: skip
    started = pc("started")
    add("match_length_avg", "Average match length", x.pairs["length"], Unit.DAYS,
        "mean days from start to closure (or to {as_of} if still open) of the pairs "
        "started by {as_of}", _O, (x.pairs["length"] or 0.0) * started, started,
        detail=N_("over {den} pairs"), as_of=as_of)  # fmt: skip
    return out
