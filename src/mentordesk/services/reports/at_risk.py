"""Pairs at risk for the reports: the pair health rule (services.pair_health) plus names.

The rule itself lives in core.health / services.pair_health; it is never written twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import Role
from mentordesk.core.measures import AtRiskPair
from mentordesk.db.models import PairMemberRecord, ParticipantRecord
from mentordesk.services.pairs import at_risk_pairs


def pair_names(session: Session, pair_ids: Collection[int]) -> dict[int, str]:
    """pair id → 'Mentor A, Mentor B → Mentee C' (mentors first)."""
    if not pair_ids:
        return {}
    rows = session.execute(
        sa.select(PairMemberRecord.pair_id, PairMemberRecord.role, ParticipantRecord.full_name)
        .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
        .where(PairMemberRecord.pair_id.in_(list(pair_ids)))
        .order_by(PairMemberRecord.pair_id, ParticipantRecord.full_name)
    )
    mentors: dict[int, list[str]] = {}
    mentees: dict[int, list[str]] = {}
    for pair_id, role, name in rows:
        (mentors if Role(role) is Role.MENTOR else mentees).setdefault(pair_id, []).append(name)
    return {
        pid: f"{', '.join(mentors.get(pid, []))} → {', '.join(mentees.get(pid, []))}"
        for pid in pair_ids
    }


def pairs_at_risk(session: Session, program_id: int, as_of: dt.date) -> list[AtRiskPair]:
    """The program's pairs at risk on `as_of` (with today's statuses), with their reasons."""
    health = at_risk_pairs(session, program_id, as_of)
    names = pair_names(session, [h.pair_id for h in health])
    return [AtRiskPair(h.pair_id, names.get(h.pair_id, ""), h.reasons) for h in health]
