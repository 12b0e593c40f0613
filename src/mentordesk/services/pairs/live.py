"""Who is matched: the live-pair counts (Core queries over `db/tables.py`, no ORM), shared by
the roster, matching, the sample and the pair lifecycle."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from mentordesk.core.enums import PairStatus, Role
from mentordesk.db.tables import pair_members, pairs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Pairs that hold a mentor's capacity and count as "matched".
LIVE_STATUSES = (PairStatus.ACTIVE, PairStatus.PAUSED)
_LIVE = [status.value for status in LIVE_STATUSES]


def live_pair_counts(
    session: Session | sa.Connection, program_id: int, role: Role | None = None
) -> dict[int, int]:
    """participant id → number of active or paused pairs they are in (optionally as `role`)."""
    query = (
        sa.select(pair_members.c.participant_id, sa.func.count())
        .join(pairs, pairs.c.id == pair_members.c.pair_id)
        .where(pairs.c.program_id == program_id, pairs.c.status.in_(_LIVE))
        .group_by(pair_members.c.participant_id)
    )
    if role is not None:
        query = query.where(pair_members.c.role == role.value)
    return {pid: count for pid, count in session.execute(query).all()}


def live_mentee_counts(session: Session | sa.Connection, program_id: int) -> dict[int, int]:
    """mentor's participant id → how many distinct mentees they hold in active or paused pairs.

    Capacity is counted in people (`core/capacity.py`): a circle of four uses four places.
    """
    mentor = pair_members.alias("mentor")
    mentee = pair_members.alias("mentee")
    query = (
        sa.select(mentor.c.participant_id, sa.func.count(sa.distinct(mentee.c.participant_id)))
        .join(pairs, pairs.c.id == mentor.c.pair_id)
        .join(
            mentee,
            sa.and_(mentee.c.pair_id == mentor.c.pair_id, mentee.c.role == Role.MENTEE.value),
        )
        .where(
            pairs.c.program_id == program_id,
            pairs.c.status.in_(_LIVE),
            mentor.c.role == Role.MENTOR.value,
        )
        .group_by(mentor.c.participant_id)
    )
    return {pid: count for pid, count in session.execute(query).all()}
