"""The program's history as of a day, as SQL building blocks for the measures' aggregates.

Each block is a subquery or an expression (no session, nothing executed), and together they
are the one place where "as of day D" is defined:
- "As of day D" reads only what had happened by D, so a period's figures do not change once the
  period is over (unless a record dated inside it is itself corrected).
- A pair's status on day D is the `to_status` of its latest `pair_events` row on or before D
  (no row yet: it was not a pair then).
- A membership's status and capacity on day D are today's, rolled back through the changes
  dated after D (`membership_changes`: the `old_*` values of the first change after D).
- A pair's closure on day D is its latest closure dated on or before D that had not been
  reopened by D; a pair's span runs from its start to that closure (or D).
- Dates are stored as ISO text, so SQLite's scalar min()/max() compare them correctly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import PairStatus, ScreeningDecision, ScreeningState
from mentordesk.db.models import (
    ClosureRecord,
    MembershipChangeRecord,
    MembershipRecord,
    PairEventRecord,
    PairRecord,
)
from mentordesk.db.sql import days_between, first_in_group, greatest, least


def sql_date(day: dt.date) -> Any:
    return sa.literal(day, sa.Date)


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


def membership_on(program_id: int, day: dt.date) -> Any:
    """Subquery (participant_id, role, status, capacity, joined_on): memberships on `day`.

    Today's values, rolled back to the `old_*` values of each membership's first change dated
    after `day` (one pass over the changes, joined once).
    """
    m, ch = MembershipRecord, MembershipChangeRecord
    ranked = (
        sa.select(
            ch.membership_id,
            ch.old_status,
            ch.old_capacity,
            sa.func.row_number()
            .over(partition_by=ch.membership_id, order_by=(ch.date, ch.id))
            .label("rank"),
        )
        .where(ch.date > sql_date(day))
        .subquery()
    )
    first_after = (
        sa.select(ranked.c.membership_id, ranked.c.old_status, ranked.c.old_capacity)
        .where(ranked.c.rank == 1)
        .subquery()
    )
    return (
        sa.select(
            m.participant_id,
            m.role,
            sa.func.coalesce(first_after.c.old_status, m.status).label("status"),
            sa.func.coalesce(first_after.c.old_capacity, m.capacity).label("capacity"),
            m.joined_on,
        )
        .outerjoin(first_after, first_after.c.membership_id == m.id)
        .where(m.program_id == program_id)
        .subquery()
    )


def pair_status_on(program_id: int, day: dt.date, today: dt.date | None = None) -> Any:
    """Subquery (pair_id, status): each pair of the program that existed on `day`, its status.

    `today` is kept for callers; the status always comes from the history.
    """
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


def closure_in_effect(as_of: dt.date) -> sa.ColumnElement[bool]:
    """A closure row dated by `as_of` that had not been reopened by then."""
    cl = ClosureRecord
    return sa.and_(
        cl.date <= sql_date(as_of),
        sa.or_(cl.reopened_on.is_(None), cl.reopened_on > sql_date(as_of)),
    )


def pair_spans(program_id: int, as_of: dt.date) -> Any:
    """Subquery (pair_id, start, planned_end, closed_on, closure_type) of the program's pairs,
    with the closure in effect on `as_of`."""
    cl = ClosureRecord
    closure = first_in_group(  # the latest closure in effect, per pair
        sa.select(cl.pair_id, cl.date.label("closed_on"), cl.type.label("closure_type")).where(
            closure_in_effect(as_of)
        ),
        cl.pair_id,
        cl.date.desc(),
        cl.id.desc(),
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
    lo = greatest(spans.c.start, sql_date(start))
    hi = least(sa.func.coalesce(spans.c.closed_on, sql_date(as_of)), sql_date(as_of))
    return lo, hi, sa.cast(days_between(hi, lo), sa.Integer) + 1


def due_count(anchor: Any, lo: Any, hi: Any, step: int) -> Any:
    """How many of anchor + k·step (k ≥ 1) fall within [lo, hi], as integer SQL arithmetic."""
    a = sa.cast(days_between(lo, anchor), sa.Integer)
    b = sa.cast(days_between(hi, anchor), sa.Integer)
    # SQLite's integer division truncates toward zero; k ≥ 1 keeps that harmless here.
    k_min = greatest(1, (a + (step - 1)) // step)
    return greatest(0, b // step - k_min + 1)
