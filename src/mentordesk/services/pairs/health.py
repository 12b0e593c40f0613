"""Health of a whole program's pairs in a handful of queries (no query per pair).

Stable API (used by the pairs view, the CLI and the reports):

    at_risk_pairs(session: Session, program_id: int, today: datetime.date) -> list[PairHealth]
        The program's active/paused pairs that are at risk, ordered by pair id. Each
        `PairHealth` (core.health) carries `.pair_id`, `.status`, `.reasons` (tuple of plain
        sentences), `.last_meeting`, `.next_checkin_due`, `.adherence` (held/expected/minutes)
        and `.checkins` (next due dates and overdue flags).

    program_health(session, program_id, today, *, pair_ids=None) -> dict[int, PairHealth]
        The same evaluation for every pair of the program (or only `pair_ids`).

Both take an open session (inside the caller's transaction or a read session) and run three
queries whatever the number of pairs. SQLite does the per-pair aggregation (meeting count,
minutes, first/last held meeting, latest check-ins, latest rating, open safety concerns,
closure date) with subqueries correlated to each pair, answered from the
(pair_id, status, date, minutes) and (pair_id, date) indexes, so only one small row per pair
reaches Python; the rule itself lives in `core.health` (`evaluate_summary`) and `core.cadence`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import MeetingStatus, PairStatus, Party, Role
from mentordesk.core.errors import NotFoundError
from mentordesk.core.health import PairHealth, PairSummary, evaluate_summary
from mentordesk.core.participant import is_minor
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

__all__ = ["PairHealth", "at_risk_pairs", "program_health"]


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

    pair_query = sa.select(PairRecord.id, *_pair_aggregates(today)).where(
        PairRecord.program_id == program_id
    )
    if pair_ids is not None:
        pair_query = pair_query.where(PairRecord.id.in_(list(pair_ids)))
    has_guardian = _pairs_with_minor_mentee(session, program_id, today)
    cadence = program.cadence_days or 14
    result: dict[int, PairHealth] = {}
    for row in session.execute(pair_query):
        status = PairStatus(row.status)
        facts = PairSummary(
            pair_id=row.id,
            status=status,
            start_date=row.start_date,
            held=row.held or 0,
            minutes=row.minutes or 0,
            first_meeting=row.first_meeting,
            last_meeting=row.last_meeting,
            last_pair_checkin=row.last_pair_checkin,
            last_guardian_checkin=row.last_guardian_checkin,
            latest_rating=row.latest_rating,
            open_safety_concerns=row.open_safety_concerns or 0,
            has_guardian=row.id in has_guardian,
            closed_on=row.closed_on if status is PairStatus.CLOSED else None,
        )
        result[row.id] = evaluate_summary(facts, cadence_days=cadence, rules=rules, today=today)
    return result


def at_risk_pairs(session: Session, program_id: int, today: dt.date) -> list[PairHealth]:
    """The program's live pairs that are at risk on `today`, with their reasons."""
    health = program_health(session, program_id, today)
    return [h for _, h in sorted(health.items()) if h.at_risk]


def _pair_aggregates(today: dt.date) -> list[sa.Label[Any]]:
    """Columns of `PairSummary`, each a subquery correlated to the pair (index range scans)."""
    m, c = MeetingRecord, CheckInRecord
    held = sa.and_(m.pair_id == PairRecord.id, m.status == MeetingStatus.HELD)
    past = sa.and_(held, m.date <= today)
    of_pair = c.pair_id == PairRecord.id
    guardian = c.party == Party.GUARDIAN
    open_concern = sa.and_(
        of_pair,
        c.safety_concern.is_(True),
        sa.or_(c.safety_resolved_on.is_(None), c.safety_resolved_on > today),
    )
    closure = sa.and_(ClosureRecord.pair_id == PairRecord.id, ClosureRecord.reopened_on.is_(None))

    def one(column: Any, where: sa.ColumnElement[bool], name: str) -> sa.Label[Any]:
        return sa.select(column).where(where).scalar_subquery().label(name)

    rating = (
        sa.select(c.rating)
        .where(of_pair, c.rating.is_not(None))
        .order_by(c.date.desc(), c.id)  # the latest; the first recorded on a tie
        .limit(1)
        .scalar_subquery()
        .label("latest_rating")
    )
    return [
        PairRecord.status.label("status"),
        PairRecord.start_date.label("start_date"),
        one(sa.func.count(m.id), past, "held"),
        one(sa.func.sum(m.duration_minutes), past, "minutes"),
        one(sa.func.min(m.date), held, "first_meeting"),
        one(sa.func.max(m.date), past, "last_meeting"),
        one(sa.func.max(c.date), sa.and_(of_pair, sa.not_(guardian)), "last_pair_checkin"),
        one(sa.func.max(c.date), sa.and_(of_pair, guardian), "last_guardian_checkin"),
        rating,
        one(sa.func.count(c.id), open_concern, "open_safety_concerns"),
        one(sa.func.max(ClosureRecord.date), closure, "closed_on"),
    ]


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
