"""Health of a whole program's pairs in a handful of queries (no query per pair).

Stable API (used by the pairs view, the CLI and the reports):

    at_risk_pairs(session: Session, program_id: int, today: datetime.date) -> list[PairHealth]
        The program's active/paused pairs that are at risk, ordered by pair id. Each
        `PairHealth` (core.health) carries `.pair_id`, `.status`, `.reasons` (tuple of plain
        sentences), `.last_meeting`, `.next_checkin_due`, `.adherence` (held/expected/minutes)
        and `.checkins` (next due dates and overdue flags).

    program_health(session, program_id, today, *, pair_ids=None) -> dict[int, PairHealth]
        The same evaluation for every pair of the program (or only `pair_ids`).

Both take an open session (inside the caller's transaction or a read session) and run six
queries whatever the number of pairs. SQLite does the per-pair aggregation (meeting count,
minutes, first/last held meeting, latest check-ins, latest rating, open safety concerns), so
only one small row per pair reaches Python; the rule itself lives in `core.health`
(`evaluate_summary`) and `core.cadence`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import MeetingStatus, PairStatus, Party, Role
from mentordesk.core.errors import NotFoundError
from mentordesk.core.health import PairHealth, PairSummary, evaluate_summary
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GuardianRecord,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)

__all__ = ["PairHealth", "at_risk_pairs", "is_minor", "program_health"]

ADULT_AGE = 18
NARROW_LIMIT = 500  # at most this many ids go into an IN (...) list


def is_minor(date_of_birth: dt.date | None, today: dt.date) -> bool:
    if date_of_birth is None:
        return False
    years = today.year - date_of_birth.year
    if (today.month, today.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years < ADULT_AGE


def program_health(
    session: Session,
    program_id: int,
    today: dt.date,
    *,
    pair_ids: Collection[int] | None = None,
) -> dict[int, PairHealth]:
    """pair id → PairHealth for the program's pairs (all, or those in `pair_ids`)."""
    program = session.get(ProgramRecord, program_id)
    if program is None:
        raise NotFoundError(f"No program with id {program_id}")
    rules = CheckinRules.from_json(program.checkin_rules)

    closed_on = (
        sa.select(sa.func.max(ClosureRecord.date))
        .where(ClosureRecord.pair_id == PairRecord.id, ClosureRecord.reopened_on.is_(None))
        .scalar_subquery()
    )
    pair_query = sa.select(
        PairRecord.id, PairRecord.status, PairRecord.start_date, closed_on.label("closed_on")
    ).where(PairRecord.program_id == program_id)
    if pair_ids is not None:
        pair_query = pair_query.where(PairRecord.id.in_(list(pair_ids)))
    pairs = session.execute(pair_query).all()
    if not pairs:
        return {}
    # A short id list narrows every query; a long one (or none) reads the whole program.
    narrow = pair_ids is not None and len(pairs) <= NARROW_LIMIT
    in_scope = sa.and_(
        PairRecord.program_id == program_id,
        PairRecord.id.in_([p.id for p in pairs]) if narrow else sa.true(),
    )
    meetings = _meeting_totals(session, in_scope, today)
    checkins = _checkin_totals(session, in_scope, today)
    ratings = _latest_ratings(session, in_scope)
    has_guardian = _pairs_with_minor_mentee(session, program_id, today)

    cadence = program.cadence_days or 14
    result: dict[int, PairHealth] = {}
    no_meetings = _MeetingTotals(0, 0, None, None)
    no_checkins = _CheckinTotals(None, None, 0)
    for pair in pairs:
        status = PairStatus(pair.status)
        held = meetings.get(pair.id, no_meetings)
        contacts = checkins.get(pair.id, no_checkins)
        facts = PairSummary(
            pair_id=pair.id,
            status=status,
            start_date=pair.start_date,
            held=held.held,
            minutes=held.minutes,
            first_meeting=held.first,
            last_meeting=held.last,
            last_pair_checkin=contacts.last_pair,
            last_guardian_checkin=contacts.last_guardian,
            latest_rating=ratings.get(pair.id),
            open_safety_concerns=contacts.open_concerns,
            has_guardian=pair.id in has_guardian,
            closed_on=pair.closed_on if status is PairStatus.CLOSED else None,
        )
        result[pair.id] = evaluate_summary(facts, cadence_days=cadence, rules=rules, today=today)
    return result


class _MeetingTotals(NamedTuple):
    held: int
    minutes: int
    first: dt.date | None
    last: dt.date | None


class _CheckinTotals(NamedTuple):
    last_pair: dt.date | None
    last_guardian: dt.date | None
    open_concerns: int


def _meeting_totals(
    session: Session, in_scope: sa.ColumnElement[bool], today: dt.date
) -> dict[int, _MeetingTotals]:
    """Per pair: held meetings up to today (count, minutes, last) and the first held ever."""
    m = MeetingRecord
    past = m.date <= today
    query = (
        sa.select(
            m.pair_id,
            sa.func.sum(sa.case((past, 1), else_=0)),
            sa.func.sum(sa.case((past, sa.func.coalesce(m.duration_minutes, 0)), else_=0)),
            sa.func.min(m.date),
            sa.func.max(sa.case((past, m.date))),
        )
        .join(PairRecord, PairRecord.id == m.pair_id)
        .where(in_scope, m.status == MeetingStatus.HELD)
        .group_by(m.pair_id)
    )
    return {
        pair_id: _MeetingTotals(int(held or 0), int(minutes or 0), first, last)
        for pair_id, held, minutes, first, last in session.execute(query)
    }


def _checkin_totals(
    session: Session, in_scope: sa.ColumnElement[bool], today: dt.date
) -> dict[int, _CheckinTotals]:
    """Per pair: latest check-in with the pair, latest with a guardian, open safety concerns."""
    c = CheckInRecord
    guardian = c.party == Party.GUARDIAN
    open_concern = sa.and_(
        c.safety_concern.is_(True),
        sa.or_(c.safety_resolved_on.is_(None), c.safety_resolved_on > today),
    )
    query = (
        sa.select(
            c.pair_id,
            sa.func.max(sa.case((sa.not_(guardian), c.date))),
            sa.func.max(sa.case((guardian, c.date))),
            sa.func.sum(sa.case((open_concern, 1), else_=0)),
        )
        .join(PairRecord, PairRecord.id == c.pair_id)
        .where(in_scope)
        .group_by(c.pair_id)
    )
    return {
        pair_id: _CheckinTotals(last_pair, last_guardian, int(concerns or 0))
        for pair_id, last_pair, last_guardian, concerns in session.execute(query)
    }


def _latest_ratings(session: Session, in_scope: sa.ColumnElement[bool]) -> dict[int, int]:
    """Per pair: the rating of the latest rated check-in (the first recorded on a tie)."""
    c = CheckInRecord
    order = sa.func.row_number().over(partition_by=c.pair_id, order_by=(c.date.desc(), c.id))
    rated = (
        sa.select(c.pair_id, c.rating, order.label("rank"))
        .join(PairRecord, PairRecord.id == c.pair_id)
        .where(in_scope, c.rating.is_not(None))
        .subquery()
    )
    query = sa.select(rated.c.pair_id, rated.c.rating).where(rated.c.rank == 1)
    return {pair_id: rating for pair_id, rating in session.execute(query)}


def at_risk_pairs(session: Session, program_id: int, today: dt.date) -> list[PairHealth]:
    """The program's live pairs that are at risk on `today`, with their reasons."""
    health = program_health(session, program_id, today)
    return [h for _, h in sorted(health.items()) if h.at_risk]


def _pairs_with_minor_mentee(session: Session, program_id: int, today: dt.date) -> set[int]:
    """Pairs whose mentee is a minor (by date of birth) or has a guardian on file."""
    guardian_exists = (
        sa.select(GuardianRecord.id)
        .where(GuardianRecord.participant_id == ParticipantRecord.id)
        .exists()
    )
    rows = session.execute(
        sa.select(PairMemberRecord.pair_id, ParticipantRecord.date_of_birth, guardian_exists)
        .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
        .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
        .where(PairRecord.program_id == program_id, PairMemberRecord.role == Role.MENTEE)
    )
    return {pair_id for pair_id, dob, guarded in rows if guarded or is_minor(dob, today)}
