"""Creating pairs and reading who is matched: shared by matching (approve) and pair detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.errors import RuleError
from mentordesk.db.models import PairEventRecord, PairMemberRecord, PairRecord
from mentordesk.db.models.base import utcnow

#: Pairs that hold a mentor's capacity and count as "matched".
LIVE_STATUSES = (PairStatus.ACTIVE, PairStatus.PAUSED)


def create_pair(
    session: Session,
    program_id: int,
    mentor_ids: Iterable[int],
    mentee_ids: Iterable[int],
    *,
    status: PairStatus = PairStatus.ACTIVE,
    start_date: dt.date | None = None,
    planned_end_date: dt.date | None = None,
    score: float | None = None,
    explanation: list[Any] | None = None,
    rationale: str = "",
    approved_by: str = "",
) -> PairRecord:
    """Add a pair (or group) with its members and its first status event; the caller commits.

    A pair always has at least one mentor and one mentee (RuleError otherwise); removing a
    person takes along any pair that would lose its last one (`services.roster`).
    """
    mentor_ids, mentee_ids = list(mentor_ids), list(mentee_ids)
    if not mentor_ids or not mentee_ids:
        raise RuleError("A pair needs at least one mentor and one mentee")
    start = start_date or dt.date.today()
    pair = PairRecord(
        program_id=program_id,
        status=status,
        start_date=start,
        planned_end_date=planned_end_date,
        score=score,
        explanation=explanation or [],
        rationale=rationale,
        approved_by=approved_by,
        approved_at=utcnow() if status is not PairStatus.PROPOSED else None,
    )
    pair.members = [PairMemberRecord(participant_id=i, role=Role.MENTOR) for i in mentor_ids] + [
        PairMemberRecord(participant_id=i, role=Role.MENTEE) for i in mentee_ids
    ]
    session.add(pair)
    session.flush()
    session.add(PairEventRecord(pair_id=pair.id, date=start, from_status=None, to_status=status))
    return pair


def live_pair_counts(session: Session, program_id: int, role: Role | None = None) -> dict[int, int]:
    """participant id → number of active or paused pairs they are in (optionally as `role`)."""
    query = (
        sa.select(PairMemberRecord.participant_id, sa.func.count())
        .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
        .where(PairRecord.program_id == program_id, PairRecord.status.in_(LIVE_STATUSES))
        .group_by(PairMemberRecord.participant_id)
    )
    if role is not None:
        query = query.where(PairMemberRecord.role == role)
    return {pid: count for pid, count in session.execute(query).all()}


def live_mentee_counts(session: Session, program_id: int) -> dict[int, int]:
    """mentor's participant id → how many distinct mentees they hold in active or paused pairs.

    Capacity is counted in people (`core/capacity.py`): a circle of four uses four places.
    """
    mentor = aliased(PairMemberRecord)
    mentee = aliased(PairMemberRecord)
    query = (
        sa.select(mentor.participant_id, sa.func.count(sa.distinct(mentee.participant_id)))
        .join(PairRecord, PairRecord.id == mentor.pair_id)
        .join(mentee, sa.and_(mentee.pair_id == mentor.pair_id, mentee.role == Role.MENTEE))
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status.in_(LIVE_STATUSES),
            mentor.role == Role.MENTOR,
        )
        .group_by(mentor.participant_id)
    )
    return {pid: count for pid, count in session.execute(query).all()}
