"""The SQL aggregates behind the program measures; each takes a session and returns plain numbers.

Conventions shared by every query (and stated in the measures' formulas):
- A pair's status on a past day is the `to_status` of its latest `pair_events` row on or before
  that day; on or after today it is `pairs.status`.
- A pair ends on the date of its closure (closures reopened later do not count).
- Proposed pairs are drafts and never count as pairs.
- Dates are stored as ISO text, so SQLite's scalar min()/max() compare them correctly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import (
    ClosureType,
    GoalStatus,
    MeetingStatus,
    MemberStatus,
    PairStatus,
    Party,
    Role,
    ScreeningDecision,
    ScreeningState,
)
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ScreeningRecord,
)

MENTOR_ROLES = (Role.MENTOR, Role.BOTH)
MENTEE_ROLES = (Role.MENTEE, Role.BOTH)
LIVE = (PairStatus.ACTIVE, PairStatus.PAUSED)


def sql_date(day: dt.date) -> Any:
    return sa.literal(day, sa.Date)


def days_between(later: Any, earlier: Any) -> Any:
    return sa.func.julianday(later) - sa.func.julianday(earlier)


def screening_state_sql(decision: Any, expiry: Any, today: dt.date) -> Any:
    """core.screening.screening_state as a SQL CASE (tests check that the two agree)."""
    return sa.case(
        (
            sa.or_(decision.is_(None), decision == ScreeningDecision.PENDING.value),
            sa.literal(ScreeningState.PENDING.value),
        ),
        (
            decision == ScreeningDecision.NOT_CLEARED.value,
            sa.literal(ScreeningState.NOT_CLEARED.value),
        ),
        (
            sa.and_(expiry.is_not(None), expiry < sql_date(today)),
            sa.literal(ScreeningState.EXPIRED.value),
        ),
        else_=sa.literal(ScreeningState.CLEARED.value),
    )


def pair_status_on(program_id: int, day: dt.date, today: dt.date) -> Any:
    """Subquery (pair_id, status): each pair of the program and its status on `day`."""
    if day >= today:
        return (
            sa.select(PairRecord.id.label("pair_id"), PairRecord.status.label("status"))
            .where(PairRecord.program_id == program_id)
            .subquery()
        )
    ranked = (
        sa.select(
            PairEventRecord.pair_id,
            PairEventRecord.to_status.label("status"),
            sa.func.row_number()
            .over(
                partition_by=PairEventRecord.pair_id,
                order_by=(PairEventRecord.date.desc(), PairEventRecord.id.desc()),
            )
            .label("rank"),
        )
        .join(PairRecord, PairRecord.id == PairEventRecord.pair_id)
        .where(PairRecord.program_id == program_id, PairEventRecord.date <= sql_date(day))
        .subquery()
    )
    return sa.select(ranked.c.pair_id, ranked.c.status).where(ranked.c.rank == 1).subquery()


def pair_status_counts(
    session: Session, program_id: int, day: dt.date, today: dt.date
) -> dict[str, int]:
    status = pair_status_on(program_id, day, today)
    rows = session.execute(sa.select(status.c.status, sa.func.count()).group_by(status.c.status))
    return {str(PairStatus(s)): n for s, n in rows}


def participants_by_role_status(
    session: Session, program_id: int, as_of: dt.date
) -> list[tuple[str, str, int]]:
    """(role, status, count) of the program's memberships that had joined by `as_of`."""
    m = MembershipRecord
    rows = session.execute(
        sa.select(m.role, m.status, sa.func.count())
        .where(
            m.program_id == program_id,
            sa.or_(m.joined_on.is_(None), m.joined_on <= sql_date(as_of)),
        )
        .group_by(m.role, m.status)
        .order_by(m.role, m.status)
    )
    return [(str(Role(r)), str(MemberStatus(s)), n) for r, s, n in rows]


def screening_counts(session: Session, program_id: int, as_of: dt.date) -> dict[str, int]:
    """Screening state → number of mentors (not withdrawn) in that state on `as_of`."""
    m, s = MembershipRecord, ScreeningRecord
    state = screening_state_sql(s.decision, s.background_check_expiry, as_of).label("state")
    rows = session.execute(
        sa.select(state, sa.func.count())
        .select_from(m)
        .outerjoin(s, s.participant_id == m.participant_id)
        .where(
            m.program_id == program_id,
            m.role.in_(MENTOR_ROLES),
            m.status != MemberStatus.WITHDRAWN,
        )
        .group_by(state)
    )
    return {str(k): n for k, n in rows}


def matching_figures(
    session: Session, program_id: int, as_of: dt.date, today: dt.date
) -> tuple[int, int, int]:
    """(eligible mentees, matched mentees, total mentor capacity), withdrawn people left out."""
    m = MembershipRecord
    status = pair_status_on(program_id, as_of, today)
    matched_ids = (
        sa.select(PairMemberRecord.participant_id)
        .join(status, status.c.pair_id == PairMemberRecord.pair_id)
        .where(PairMemberRecord.role == Role.MENTEE, status.c.status.in_(LIVE))
    )
    active_member = sa.and_(m.program_id == program_id, m.status != MemberStatus.WITHDRAWN)
    eligible, matched = session.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(
                sa.func.sum(sa.case((m.participant_id.in_(matched_ids), 1), else_=0)), 0
            ),
        ).where(active_member, m.role.in_(MENTEE_ROLES))
    ).one()
    capacity = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(m.capacity), 0)).where(
            active_member, m.role.in_(MENTOR_ROLES)
        )
    )
    return int(eligible), int(matched), int(capacity or 0)


def pair_spans(program_id: int) -> Any:
    """Subquery (pair_id, start, planned_end, closed_on, closure_type) of the program's pairs."""
    closure = (
        sa.select(
            ClosureRecord.pair_id,
            sa.func.max(ClosureRecord.date).label("closed_on"),
            # A pair with a completed and an early closure row (reopened in between) counts by
            # its last one; SQLite returns the bare column from the row holding max(date).
            ClosureRecord.type.label("closure_type"),
        )
        .where(ClosureRecord.reopened_on.is_(None))
        .group_by(ClosureRecord.pair_id)
        .subquery()
    )
    return (
        sa.select(
            PairRecord.id.label("pair_id"),
            PairRecord.start_date.label("start"),
            PairRecord.planned_end_date.label("planned_end"),
            closure.c.closed_on,
            closure.c.closure_type,
        )
        .outerjoin(closure, closure.c.pair_id == PairRecord.id)
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status != PairStatus.PROPOSED,
            PairRecord.start_date.is_not(None),
        )
        .subquery()
    )


def livedays_between(spans: Any, start: dt.date, as_of: dt.date) -> tuple[Any, Any, Any]:
    """(first day, last day, days) each pair ran within [start, as_of]; days ≤ 0 = not at all."""
    lo = sa.func.max(spans.c.start, sql_date(start))
    hi = sa.func.min(sa.func.coalesce(spans.c.closed_on, sql_date(as_of)), sql_date(as_of))
    return lo, hi, sa.cast(days_between(hi, lo), sa.Integer) + 1


def due_count(anchor: Any, lo: Any, hi: Any, step: int) -> Any:
    """How many of anchor + k·step (k ≥ 1) fall within [lo, hi], as integer SQL arithmetic."""
    a = sa.cast(days_between(lo, anchor), sa.Integer)
    b = sa.cast(days_between(hi, anchor), sa.Integer)
    # SQLite's integer division truncates toward zero; k ≥ 1 keeps that harmless here.
    k_min = sa.func.max(1, (a + (step - 1)) // step)
    return sa.func.max(0, b // step - k_min + 1)


def pair_counts(
    session: Session, program_id: int, start: dt.date, as_of: dt.date, cadence_days: int
) -> dict[str, float | None]:
    """Pair-level figures for the period [start, as_of] in one pass over the pairs.

    `expected` follows the pair-detail adherence rule (core.cadence.meeting_adherence): one
    meeting due every `cadence_days` after the start, counted while the pair ran in the period.
    """
    spans = pair_spans(program_id)
    lo, hi, days = livedays_between(spans, start, as_of)
    closed_by = sa.and_(spans.c.closed_on.is_not(None), spans.c.closed_on <= sql_date(as_of))
    closed_in = sa.and_(closed_by, spans.c.closed_on >= sql_date(start))
    reached = sa.or_(
        sa.and_(closed_by, spans.c.closure_type == ClosureType.COMPLETED.value),
        sa.and_(
            spans.c.planned_end <= sql_date(as_of),
            sa.or_(sa.not_(closed_by), spans.c.closed_on >= spans.c.planned_end),
        ),
    )
    decided = sa.or_(closed_by, spans.c.planned_end <= sql_date(as_of))
    length = days_between(
        sa.func.min(sa.func.coalesce(spans.c.closed_on, sql_date(as_of)), sql_date(as_of)),
        spans.c.start,
    )
    started = spans.c.start <= sql_date(as_of)
    early = spans.c.closure_type == ClosureType.EARLY.value
    row = session.execute(
        sa.select(
            _count_if(sa.and_(spans.c.start >= sql_date(start), started)).label("new"),
            _count_if(sa.and_(started, days > 0)).label("live"),
            _count_if(closed_in).label("closed"),
            _count_if(sa.and_(closed_in, early)).label("early"),
            _count_if(sa.and_(started, decided, reached)).label("reached"),
            _count_if(sa.and_(started, decided)).label("decided"),
            sa.func.avg(sa.case((started, length))).label("length"),
            sa.func.coalesce(
                sa.func.sum(
                    sa.case((days > 0, due_count(spans.c.start, lo, hi, cadence_days)), else_=0)
                ),
                0,
            ).label("expected"),
        )
    ).one()
    return {k: (float(v) if v is not None else None) for k, v in row._mapping.items()}


def _count_if(condition: Any) -> Any:
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def checkin_figures(
    session: Session, program_id: int, start: dt.date, as_of: dt.date, rules: CheckinRules
) -> tuple[int, int, int]:
    """(check-ins done, required, done up to what was required) for [start, as_of].

    Done = days with a mentor or mentee contact, per pair. Required = the due dates of the
    check-in rule (core.cadence) laid out from the pair's first held meeting — day
    `first_within_days`, then every `first_month_interval` days in month one, then every
    `monthly_days` after month one — that fall while the pair ran within the period. Guardian
    contacts are left out of both.
    """
    spans = pair_spans(program_id)
    lo, hi, days = livedays_between(spans, start, as_of)
    mt = MeetingRecord
    first_meeting = (
        sa.select(mt.pair_id, sa.func.min(mt.date).label("first"))
        .join(PairRecord, PairRecord.id == mt.pair_id)
        .where(PairRecord.program_id == program_id, mt.status == MeetingStatus.HELD)
        .group_by(mt.pair_id)
        .subquery()
    )
    first = first_meeting.c.first

    def due_on(offset: int) -> Any:
        day = sa.func.date(first, f"+{offset} days")
        return sa.case((sa.and_(day >= lo, day <= hi), 1), else_=0)

    month_one = [due_on(rules.first_within_days)] + [
        due_on(i * rules.first_month_interval) for i in range(1, rules.first_month_count)
    ]
    month_one_end = sa.func.date(first, f"+{rules.first_month_days} days")
    required_expr = sum(month_one[1:], month_one[0]) + due_count(
        month_one_end, lo, hi, rules.monthly_days
    )
    required = (
        sa.select(spans.c.pair_id, required_expr.label("required"))
        .join(first_meeting, first_meeting.c.pair_id == spans.c.pair_id)
        .where(days > 0)
        .subquery()
    )
    c = CheckInRecord
    done = (
        sa.select(c.pair_id, sa.func.count(sa.distinct(c.date)).label("done"))
        .join(PairRecord, PairRecord.id == c.pair_id)
        .where(
            PairRecord.program_id == program_id,
            c.party != Party.GUARDIAN,
            c.date >= sql_date(start),
            c.date <= sql_date(as_of),
        )
        .group_by(c.pair_id)
        .subquery()
    )
    done_n = sa.func.coalesce(done.c.done, 0)
    total_required, capped = session.execute(
        sa.select(
            sa.func.coalesce(sa.func.sum(required.c.required), 0),
            sa.func.coalesce(sa.func.sum(sa.func.min(done_n, required.c.required)), 0),
        ).select_from(required.outerjoin(done, done.c.pair_id == required.c.pair_id))
    ).one()
    total_done = session.scalar(sa.select(sa.func.coalesce(sa.func.sum(done.c.done), 0)))
    return int(total_done or 0), int(total_required), int(capped)


def goal_figures(
    session: Session, program_id: int, as_of: dt.date
) -> tuple[int, int, float | None]:
    """(goals, completed, average latest progress in %) of real pairs' goals, dropped ones left out.

    A completed goal counts as 100 %; an open one by its latest progress entry on or before
    `as_of` (0 % without one).
    """
    g, gp = GoalRecord, GoalProgressRecord
    latest = (
        sa.select(gp.percent)
        .where(gp.goal_id == g.id, gp.date <= sql_date(as_of))
        .order_by(gp.date.desc(), gp.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    completed = sa.and_(
        g.status == GoalStatus.COMPLETED,
        sa.or_(g.completed_on.is_(None), g.completed_on <= sql_date(as_of)),
    )
    total, done, progress = session.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((completed, 1), else_=0)), 0),
            sa.func.avg(sa.case((completed, 100), else_=sa.func.coalesce(latest, 0))),
        )
        .join(PairRecord, PairRecord.id == g.pair_id)
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status != PairStatus.PROPOSED,
            g.status != GoalStatus.DROPPED,
        )
    ).one()
    return int(total), int(done), (float(progress) if progress is not None else None)
