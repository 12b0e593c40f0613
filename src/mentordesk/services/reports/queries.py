"""The SQL aggregates behind the program measures; each takes a session and returns plain numbers.

They read the program's history through the "as of day D" building blocks of history_sql.py
(memberships, pair statuses, closures and spans on a day), so every measure follows the same
conventions, stated in the measures' formulas. Besides those: "closed in the period" counts
closure events dated in the period, whether or not the pair was reopened afterwards; proposed
pairs are drafts and never count as pairs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules, checkins_on_time
from mentordesk.core.enums import (
    ClosureType,
    GoalStatus,
    MeetingStatus,
    MemberStatus,
    PairStatus,
    Party,
    Role,
)
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
    ScreeningRecord,
)
from mentordesk.db.sql import days_between, least
from mentordesk.services.reports.history_sql import (
    due_count,
    livedays_between,
    membership_on,
    pair_spans,
    pair_status_on,
    screening_state_sql,
    sql_date,
)

MENTOR_ROLES = (Role.MENTOR, Role.BOTH)
MENTEE_ROLES = (Role.MENTEE, Role.BOTH)
LIVE = (PairStatus.ACTIVE, PairStatus.PAUSED)


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
    m = membership_on(program_id, as_of)
    rows = session.execute(
        sa.select(m.c.role, m.c.status, sa.func.count())
        .where(sa.or_(m.c.joined_on.is_(None), m.c.joined_on <= sql_date(as_of)))
        .group_by(m.c.role, m.c.status)
        .order_by(m.c.role, m.c.status)
    )
    return [(str(Role(r)), str(MemberStatus(s)), n) for r, s, n in rows]


def screening_counts(session: Session, program_id: int, as_of: dt.date) -> dict[str, int]:
    """Screening state → number of mentors (not withdrawn) in that state on `as_of`."""
    m, s = membership_on(program_id, as_of), ScreeningRecord
    state = screening_state_sql(s.decision, s.background_check_expiry, as_of).label("state")
    rows = session.execute(
        sa.select(state, sa.func.count())
        .select_from(m)
        .outerjoin(s, s.participant_id == m.c.participant_id)
        .where(m.c.role.in_(MENTOR_ROLES), m.c.status != MemberStatus.WITHDRAWN)
        .group_by(state)
    )
    return {str(k): n for k, n in rows}


def matching_figures(
    session: Session, program_id: int, as_of: dt.date, today: dt.date
) -> tuple[int, int, int]:
    """(eligible mentees, matched mentees, total mentor capacity) on `as_of`, withdrawn people
    left out (status and capacity as they were on that day)."""
    m = membership_on(program_id, as_of)
    status = pair_status_on(program_id, as_of, today)
    matched_ids = (
        sa.select(PairMemberRecord.participant_id)
        .join(status, status.c.pair_id == PairMemberRecord.pair_id)
        .where(PairMemberRecord.role == Role.MENTEE, status.c.status.in_(LIVE))
    )
    active_member = sa.and_(
        m.c.status != MemberStatus.WITHDRAWN,
        sa.or_(m.c.joined_on.is_(None), m.c.joined_on <= sql_date(as_of)),
    )
    eligible, matched = session.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(
                sa.func.sum(sa.case((m.c.participant_id.in_(matched_ids), 1), else_=0)), 0
            ),
        ).where(active_member, m.c.role.in_(MENTEE_ROLES))
    ).one()
    capacity = session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(m.c.capacity), 0)).where(
            active_member, m.c.role.in_(MENTOR_ROLES)
        )
    )
    return int(eligible), int(matched), int(capacity or 0)


def pair_counts(
    session: Session, program_id: int, start: dt.date, as_of: dt.date, cadence_days: int
) -> dict[str, float | None]:
    """Pair-level figures for the period [start, as_of] in one pass over the pairs.

    `expected` follows the pair-detail adherence rule (core.cadence.meeting_adherence): one
    meeting due every `cadence_days` after the start, counted while the pair ran in the period.
    """
    spans = pair_spans(program_id, as_of)
    lo, hi, days = livedays_between(spans, start, as_of)
    closed_by = sa.and_(spans.c.closed_on.is_not(None), spans.c.closed_on <= sql_date(as_of))

    def closure_event_in_period(*kinds: ClosureType) -> Any:
        """The pair has a closure dated in [start, as_of], reopened afterwards or not."""
        cl = ClosureRecord
        return (
            sa.select(cl.id)
            .where(
                cl.pair_id == spans.c.pair_id,
                cl.date >= sql_date(start),
                cl.date <= sql_date(as_of),
                cl.type.in_([k.value for k in kinds]),
            )
            .exists()
        )

    closed_in = closure_event_in_period(ClosureType.COMPLETED, ClosureType.EARLY)
    closed_early_in = closure_event_in_period(ClosureType.EARLY)
    reached = sa.or_(
        sa.and_(closed_by, spans.c.closure_type == ClosureType.COMPLETED.value),
        sa.and_(
            spans.c.planned_end <= sql_date(as_of),
            sa.or_(sa.not_(closed_by), spans.c.closed_on >= spans.c.planned_end),
        ),
    )
    decided = sa.or_(closed_by, spans.c.planned_end <= sql_date(as_of))
    length = days_between(
        least(sa.func.coalesce(spans.c.closed_on, sql_date(as_of)), sql_date(as_of)),
        spans.c.start,
    )
    started = spans.c.start <= sql_date(as_of)
    row = session.execute(
        sa.select(
            _count_if(sa.and_(spans.c.start >= sql_date(start), started)).label("new"),
            _count_if(sa.and_(started, days > 0)).label("live"),
            _count_if(closed_in).label("closed"),
            _count_if(closed_early_in).label("early"),
            _count_if(sa.and_(started, decided, reached)).label("reached"),
            _count_if(sa.and_(started, decided)).label("decided"),
            _count_if(started).label("started"),
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
    """(contacts made, required check-ins, required check-ins done on time) for [start, as_of].

    Contacts made = the coordinator's check-ins (mentor, mentee or guardian) dated in the period.
    Required and on time come from the one schedule (`core.cadence.checkins_on_time`): the due
    dates laid out from the pair's first held meeting that fall while the pair ran within the
    period, and those with a mentor or mentee contact in their window. Guardian contacts are
    left out of the required ones (they follow their own quarterly rule).
    """
    spans = pair_spans(program_id, as_of)
    lo, hi, days = livedays_between(spans, start, as_of)
    mt = MeetingRecord
    first_meeting = (
        sa.select(sa.func.min(mt.date))
        .where(
            mt.pair_id == spans.c.pair_id,
            mt.status == MeetingStatus.HELD,
            mt.date <= sql_date(as_of),
        )
        .scalar_subquery()
    )
    running = session.execute(
        sa.select(spans.c.pair_id, lo, hi, first_meeting).where(
            days > 0, spans.c.start <= sql_date(as_of)
        )
    ).all()
    c = CheckInRecord
    in_program = sa.and_(
        PairRecord.id == c.pair_id, PairRecord.program_id == program_id, c.date <= sql_date(as_of)
    )
    dates: dict[int, list[dt.date]] = {}
    for pair_id, day in session.execute(
        sa.select(c.pair_id, c.date).where(in_program, c.party != Party.GUARDIAN)
    ):
        dates.setdefault(pair_id, []).append(day)
    made = session.scalar(
        sa.select(sa.func.count(c.id)).where(in_program, c.date >= sql_date(start))
    )
    required = on_time = 0
    for pair_id, first_day, last_day, first in running:
        count = checkins_on_time(
            _as_date(first), dates.get(pair_id, ()), rules, _as_date(first_day), _as_date(last_day)
        )
        required += count.required
        on_time += count.on_time
    return int(made or 0), required, on_time


def _as_date(value: Any) -> Any:
    """SQLite hands back computed dates (max/min of date text) as strings."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


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
