"""Every field of every participant in a program, read in a handful of set-based queries.

Used by `mentordesk participants --json`; the same shape as ParticipantInput, so the field
list in core.participant.FIELDS stays the one description of a participant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.participant import FIELDS, ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    GuardianRecord,
    MembershipRecord,
    ParticipantRecord,
    ScreeningRecord,
    TrainingRecord,
)
from mentordesk.services.participant_store import _PROFILE, _SCREENING, _TAGS


def participant_inputs(db: Database, program_id: int) -> list[tuple[int, ParticipantInput]]:
    """(participant id, input) for everyone in the program, ordered by name."""
    p, m = ParticipantRecord, MembershipRecord
    members = sa.select(m.participant_id).where(m.program_id == program_id)
    with db.read() as session:
        people = session.execute(
            sa.select(p, m.role, m.status, m.capacity, m.ranked_choices)
            .join(m, m.participant_id == p.id)
            .where(m.program_id == program_id)
            .order_by(p.full_name, p.id)
        ).all()
        screenings = {
            s.participant_id: s
            for s in session.scalars(
                sa.select(ScreeningRecord).where(ScreeningRecord.participant_id.in_(members))
            )
        }
        guardians: dict[int, GuardianRecord] = {}
        for g in session.scalars(
            sa.select(GuardianRecord)
            .where(GuardianRecord.participant_id.in_(members))
            .order_by(GuardianRecord.id.desc())
        ):
            guardians[g.participant_id] = g  # the lowest id wins, as in read_participant
        trainings: dict[int, TrainingRecord] = {}
        for t in session.scalars(
            sa.select(TrainingRecord)
            .where(TrainingRecord.participant_id.in_(members))
            .order_by(TrainingRecord.date)
        ):
            trainings[t.participant_id] = t  # the latest date wins
        result = []
        for record, role, status, capacity, ranked in people:
            values: dict[str, Any] = {name: getattr(record, name) for name in _PROFILE}
            values.update({name: tuple(getattr(record, name) or ()) for name in _TAGS})
            values.update(
                email=record.email or "",
                role=Role(role),
                status=MemberStatus(status),
                capacity=capacity,
                ranked_choices=tuple(ranked or ()),
            )
            if (s := screenings.get(record.id)) is not None:
                values.update({name: getattr(s, name) for name in _SCREENING})
                values["screening_decision"] = ScreeningDecision(s.decision)
            if (guardian := guardians.get(record.id)) is not None:
                g = guardian
                values.update(
                    guardian_name=g.name, guardian_relationship=g.relationship_to_minor,
                    guardian_email=g.email, guardian_phone=g.phone, consent_date=g.consent_date,
                    consent_signer=g.consent_signer, media_release=g.media_release,
                )  # fmt: skip
            if (training := trainings.get(record.id)) is not None:
                values.update(training_date=training.date, training_hours=training.hours)
            result.append((record.id, ParticipantInput(**values)))
    return result


def to_json_record(
    participant_id: int, person: ParticipantInput, *, include_sensitive: bool = False
) -> dict[str, Any]:
    """A JSON-ready object: dates as ISO strings, tags as lists, enums as their values."""
    record: dict[str, Any] = {"id": participant_id}
    for spec in FIELDS:
        if spec.sensitive and not include_sensitive:
            continue
        value = getattr(person, spec.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, (Role, MemberStatus, ScreeningDecision)):
            value = value.value
        record[spec.name] = value
    return record
