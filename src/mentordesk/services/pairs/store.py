"""Creating pairs and reading who is matched: shared by matching (approve) and pair detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.errors import RuleError
from mentordesk.core.i18n import t
from mentordesk.db.models import PairEventRecord, PairMemberRecord, PairRecord
from mentordesk.db.models.base import utcnow
from mentordesk.services.pairs.live import LIVE_STATUSES, live_mentee_counts, live_pair_counts

# The counts of who is matched live in `live.py` (no ORM: the roster reads them at start).
__all__ = ["LIVE_STATUSES", "create_pair", "live_mentee_counts", "live_pair_counts"]


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
        raise RuleError(t("A pair needs at least one mentor and one mentee"))
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
