"""The SQL aggregates behind the chart series: status history points, months, reasons, ratings."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import ClosureType, MeetingStatus, PairStatus
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    MeetingRecord,
    PairEventRecord,
    PairRecord,
)
from mentordesk.db.sql import year_month
from mentordesk.services.reports.history_sql import sql_date


def status_counts_on_days(
    session: Session, program_id: int, days: list[dt.date], today: dt.date
) -> dict[dt.date, dict[str, int]]:
    """Pairs by status on each of `days` (chart points) in one query over the status history.

    Each event holds from its date until the pair's next event; a day counts the events whose
    interval contains it: the same history as `history_sql.pair_status_on` (`today` is unused).
    """
    past = list(days)
    result: dict[dt.date, dict[str, int]] = {day: {} for day in days}
    if past:
        e = PairEventRecord
        intervals = (
            sa.select(
                e.to_status.label("status"),
                e.date.label("since"),
                sa.func.lead(e.date)
                .over(partition_by=e.pair_id, order_by=(e.date, e.id))
                .label("until"),
            )
            .join(PairRecord, PairRecord.id == e.pair_id)
            .where(PairRecord.program_id == program_id)
            .subquery()
        )
        # SQLite cannot name the columns of a VALUES list: a UNION ALL of one-row selects.
        points = sa.union_all(*(sa.select(sql_date(d).label("day")) for d in past)).subquery(
            "points"
        )
        rows = session.execute(
            sa.select(points.c.day, intervals.c.status, sa.func.count())
            .join(
                intervals,
                sa.and_(
                    intervals.c.since <= points.c.day,
                    sa.or_(intervals.c.until.is_(None), intervals.c.until > points.c.day),
                ),
            )
            .group_by(points.c.day, intervals.c.status)
        )
        for day, status, n in rows:
            result[day][str(PairStatus(status))] = n
    return result


def rating_counts(
    session: Session, program_id: int, start: dt.date, end: dt.date
) -> dict[int, int]:
    """Relationship rating (1–5) → number of check-ins with it in [start, end]."""
    c = CheckInRecord
    rows = session.execute(
        sa.select(c.rating, sa.func.count())
        .join(PairRecord, PairRecord.id == c.pair_id)
        .where(
            PairRecord.program_id == program_id,
            c.rating.is_not(None),
            c.date >= sql_date(start),
            c.date <= sql_date(end),
        )
        .group_by(c.rating)
    )
    return {int(r or 0): n for r, n in rows}


def meetings_by_month(
    session: Session, program_id: int, start: dt.date, end: dt.date
) -> dict[str, tuple[int, float]]:
    """'YYYY-MM' → (meetings held, hours)."""
    mt = MeetingRecord
    month = year_month(mt.date)
    rows = session.execute(
        sa.select(month, sa.func.count(), sa.func.coalesce(sa.func.sum(mt.duration_minutes), 0))
        .join(PairRecord, PairRecord.id == mt.pair_id)
        .where(
            PairRecord.program_id == program_id,
            mt.status == MeetingStatus.HELD,
            mt.date >= sql_date(start),
            mt.date <= sql_date(end),
        )
        .group_by(month)
    )
    return {str(k): (int(n), float(minutes) / 60.0) for k, n, minutes in rows}


def closures_by_reason(
    session: Session, program_id: int, start: dt.date, end: dt.date
) -> list[tuple[str, str, int]]:
    """(reason code, closure type, count) of closures dated in [start, end] (a closure counts in
    the period it happened, even when the pair was reopened later)."""
    cl = ClosureRecord
    rows = session.execute(
        sa.select(cl.reason_code, cl.type, sa.func.count())
        .join(PairRecord, PairRecord.id == cl.pair_id)
        .where(
            PairRecord.program_id == program_id,
            cl.date >= sql_date(start),
            cl.date <= sql_date(end),
        )
        .group_by(cl.reason_code, cl.type)
        .order_by(cl.reason_code)
    )
    return [(str(r or ""), str(ClosureType(t)), n) for r, t, n in rows]
