"""Reading a whole program's people at once (exports, `participants --json`), in a handful of
queries: the set-based counterpart of `participant_store.read_participant`."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.models import (
    GuardianRecord,
    MembershipRecord,
    ParticipantRecord,
    ScreeningRecord,
    TrainingRecord,
)
from mentordesk.services.roster.participant_store import (
    PROFILE_FIELDS,
    SCREENING_FIELDS,
    TAG_FIELDS,
)


def read_program_people(session: Session, program_id: int) -> list[ParticipantInput]:
    """Every member of the program as `read_participant` would return them, sorted by name."""
    return [person for _id, person in read_program_members(session, program_id)]


def read_program_members(session: Session, program_id: int) -> list[tuple[int, ParticipantInput]]:
    """(participant id, input) for every member of the program, sorted by name."""
    # Plain columns, not ORM objects: ten times quicker for a whole program.
    profile_columns = [getattr(ParticipantRecord, name) for name in (*PROFILE_FIELDS, *TAG_FIELDS)]
    rows = session.execute(
        sa.select(
            ParticipantRecord.id,
            ParticipantRecord.email,
            MembershipRecord.role,
            MembershipRecord.status,
            MembershipRecord.capacity,
            MembershipRecord.ranked_choices,
            *profile_columns,
        )
        .join(MembershipRecord, MembershipRecord.participant_id == ParticipantRecord.id)
        .where(MembershipRecord.program_id == program_id)
        .order_by(ParticipantRecord.full_name, ParticipantRecord.id)
    ).all()
    member_ids = sa.select(MembershipRecord.participant_id).where(
        MembershipRecord.program_id == program_id
    )
    screenings = {
        s.participant_id: s
        for s in session.scalars(
            sa.select(ScreeningRecord).where(ScreeningRecord.participant_id.in_(member_ids))
        )
    }
    guardians: dict[int, GuardianRecord] = {}
    for g in session.scalars(
        sa.select(GuardianRecord)
        .where(GuardianRecord.participant_id.in_(member_ids))
        .order_by(GuardianRecord.id)
    ):
        guardians.setdefault(g.participant_id, g)
    trainings: dict[int, TrainingRecord] = {}
    for t in session.scalars(
        sa.select(TrainingRecord).where(TrainingRecord.participant_id.in_(member_ids))
    ):
        known = trainings.get(t.participant_id)
        if known is None or t.date > known.date:
            trainings[t.participant_id] = t
    people = []
    for row in rows:
        pid = row.id
        values: dict[str, Any] = {name: row._mapping[name] for name in PROFILE_FIELDS}
        values.update({name: tuple(row._mapping[name] or ()) for name in TAG_FIELDS})
        values["email"] = row.email or ""
        values.update(
            role=Role(row.role),
            status=MemberStatus(row.status),
            capacity=row.capacity,
            ranked_choices=tuple(row.ranked_choices or ()),
        )
        screening = screenings.get(pid)
        if screening is not None:
            values.update({name: getattr(screening, name) for name in SCREENING_FIELDS})
            values["screening_decision"] = ScreeningDecision(screening.decision)
        guardian = guardians.get(pid)
        if guardian is not None:
            values.update(
                guardian_name=guardian.name,
                guardian_relationship=guardian.relationship_to_minor,
                guardian_email=guardian.email,
                guardian_phone=guardian.phone,
                consent_date=guardian.consent_date,
                consent_signer=guardian.consent_signer,
                media_release=guardian.media_release,
            )
        training = trainings.get(pid)
        if training is not None:
            values.update(training_date=training.date, training_hours=training.hours)
        people.append((pid, ParticipantInput(**values)))
    return people
