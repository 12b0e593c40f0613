"""Writing one ParticipantInput to the records (participant, membership, screening, guardian,
training) and reading it back. Shared by the roster service and the spreadsheet import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.i18n import t
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.models import (
    GuardianRecord,
    MembershipChangeRecord,
    MembershipRecord,
    ParticipantRecord,
    ScreeningRecord,
    TrainingRecord,
)
from mentordesk.db.models.base import Base, utcnow
from mentordesk.db.sql import insert_rows, reserve_ids

PROFILE_FIELDS = (
    "full_name", "preferred_name", "phone", "date_of_birth", "grade", "org_unit", "seniority",
    "location", "time_zone", "preferred_format", "document_language", "gender", "pronouns",
    "identity_preferences", "notes",
)  # fmt: skip
TAG_FIELDS = ("skills_offered", "skills_sought", "interests", "goals", "languages", "availability")
SCREENING_FIELDS = (
    "application_date", "interview_date", "interview_outcome", "background_check_type",
    "background_check_date", "background_check_result", "background_check_expiry",
)  # fmt: skip


def write_participant(
    session: Session,
    program_id: int,
    person: ParticipantInput,
    participant_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> ParticipantRecord:
    """Create (participant_id None) or overwrite one person and their membership in the program.

    Screening, guardian and training rows are created only when the input has something for
    them; the caller owns the transaction. A change of membership status or capacity is also
    written to the membership's history, dated `today` (the reports read past figures from it).
    """
    if participant_id is None:
        record = ParticipantRecord(full_name=person.full_name.strip())
        session.add(record)
    else:
        found = session.get(ParticipantRecord, participant_id)
        if found is None:
            raise LookupError(
                t("No participant with id {participant_id}", participant_id=participant_id)
            )
        record = found
    for name in PROFILE_FIELDS:
        value = getattr(person, name)
        setattr(record, name, value.strip() if isinstance(value, str) else value)
    record.email = person.email.strip().lower() or None
    for name in TAG_FIELDS:
        setattr(record, name, list(getattr(person, name)))
    session.flush()

    membership = session.scalar(
        sa.select(MembershipRecord).where(
            MembershipRecord.program_id == program_id,
            MembershipRecord.participant_id == record.id,
        )
    )
    if membership is None:
        membership = MembershipRecord(program_id=program_id, participant_id=record.id)
        session.add(membership)
    elif (membership.status, membership.capacity) != (person.status, person.capacity):
        session.add(
            MembershipChangeRecord(
                membership_id=membership.id,
                date=today or dt.date.today(),
                old_status=membership.status,
                new_status=person.status,
                old_capacity=membership.capacity,
                new_capacity=person.capacity,
            )
        )
    membership.role = person.role
    membership.status = person.status
    membership.capacity = person.capacity
    membership.ranked_choices = list(person.ranked_choices)

    has_screening = any(getattr(person, n) for n in SCREENING_FIELDS) or (
        person.screening_decision is not ScreeningDecision.PENDING
    )
    screening = session.scalar(
        sa.select(ScreeningRecord).where(ScreeningRecord.participant_id == record.id)
    )
    if screening is None and has_screening:
        screening = ScreeningRecord(participant_id=record.id)
        session.add(screening)
    if screening is not None:
        for name in SCREENING_FIELDS:
            setattr(screening, name, getattr(person, name))
        screening.decision = person.screening_decision

    guardian = session.scalar(
        sa.select(GuardianRecord)
        .where(GuardianRecord.participant_id == record.id)
        .order_by(GuardianRecord.id)
    )
    if guardian is None and person.guardian_name.strip():
        guardian = GuardianRecord(participant_id=record.id, name="")
        session.add(guardian)
    if guardian is not None:
        guardian.name = person.guardian_name.strip()
        guardian.relationship_to_minor = person.guardian_relationship
        guardian.email = person.guardian_email.strip()
        guardian.phone = person.guardian_phone
        guardian.consent_date = person.consent_date
        guardian.consent_signer = person.consent_signer
        guardian.media_release = person.media_release

    training = session.scalar(
        sa.select(TrainingRecord)
        .where(TrainingRecord.participant_id == record.id)
        .order_by(TrainingRecord.date.desc())
    )
    if person.training_date is not None:
        if training is None:
            training = TrainingRecord(participant_id=record.id, date=person.training_date)
            session.add(training)
        training.date = person.training_date
        training.hours = person.training_hours or 0.0
    session.flush()
    return record


def read_participant(session: Session, program_id: int, participant_id: int) -> ParticipantInput:
    """The input a dialog needs to edit this person in this program (inverse of write)."""
    record = session.get(ParticipantRecord, participant_id)
    if record is None:
        raise LookupError(
            t("No participant with id {participant_id}", participant_id=participant_id)
        )
    membership = session.scalar(
        sa.select(MembershipRecord).where(
            MembershipRecord.program_id == program_id,
            MembershipRecord.participant_id == participant_id,
        )
    )
    screening = record.screening
    guardian = record.guardians[0] if record.guardians else None
    training = max(record.trainings, key=lambda t: t.date) if record.trainings else None
    values: dict[str, object] = {name: getattr(record, name) for name in PROFILE_FIELDS}
    values.update({name: tuple(getattr(record, name) or ()) for name in TAG_FIELDS})
    values["email"] = record.email or ""
    if membership is not None:
        values.update(
            role=Role(membership.role),
            status=MemberStatus(membership.status),
            capacity=membership.capacity,
            ranked_choices=tuple(membership.ranked_choices or ()),
        )
    if screening is not None:
        values.update({name: getattr(screening, name) for name in SCREENING_FIELDS})
        values["screening_decision"] = ScreeningDecision(screening.decision)
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
    if training is not None:
        values.update(training_date=training.date, training_hours=training.hours)
    return ParticipantInput(**values)  # type: ignore[arg-type]


def insert_new_participants(
    session: Session, program_id: int, people: Sequence[ParticipantInput]
) -> list[int]:
    """Create many new people in the program at once; their ids in the order given.

    The bulk twin of `write_participant(session, program_id, person)` for new people: the same
    rows (checked by a test reading both back), in a few multi-row INSERTs instead of a dozen
    statements per person, so a 10,000-row import stays quick. The caller owns the transaction.
    """
    if not people:
        return []
    now = utcnow()  # one import, one moment; also spares a default call per row and table
    stamp = {"created_at": now, "updated_at": now}
    profiles = []
    for person in people:
        values: dict[str, object] = dict(stamp)
        for name in PROFILE_FIELDS:
            value = getattr(person, name)
            values[name] = value.strip() if isinstance(value, str) else value
        values["email"] = person.email.strip().lower() or None
        values.update({name: list(getattr(person, name)) for name in TAG_FIELDS})
        profiles.append(values)
    # Core inserts on the tables: the ORM's bulk path costs more than the rows themselves.
    # Ids reserved first (db.sql.reserve_ids) so that memberships, screenings … name
    # their person without a round trip per row.
    participants = _table(ParticipantRecord)
    ids = reserve_ids(session, participants, len(profiles))
    for pid, values in zip(ids, profiles, strict=True):
        values["id"] = pid
    insert_rows(session, participants, profiles)
    pairs = list(zip(ids, people, strict=True))
    insert_rows(
        session,
        _table(MembershipRecord),
        [
            {
                **stamp,
                "program_id": program_id,
                "participant_id": pid,
                "role": person.role,
                "status": person.status,
                "capacity": person.capacity,
                "ranked_choices": list(person.ranked_choices),
            }
            for pid, person in pairs
        ],
    )
    screenings = [
        {**stamp, "participant_id": pid, "decision": person.screening_decision}
        | {name: getattr(person, name) for name in SCREENING_FIELDS}
        for pid, person in pairs
        if any(getattr(person, n) for n in SCREENING_FIELDS)
        or person.screening_decision is not ScreeningDecision.PENDING
    ]
    guardians = [
        {
            **stamp,
            "participant_id": pid,
            "name": person.guardian_name.strip(),
            "relationship_to_minor": person.guardian_relationship,
            "email": person.guardian_email.strip(),
            "phone": person.guardian_phone,
            "consent_date": person.consent_date,
            "consent_signer": person.consent_signer,
            "media_release": person.media_release,
        }
        for pid, person in pairs
        if person.guardian_name.strip()
    ]
    trainings = [
        {"participant_id": pid, "date": person.training_date, "hours": person.training_hours or 0.0}
        for pid, person in pairs
        if person.training_date is not None
    ]
    for record_type, rows in (
        (ScreeningRecord, screenings),
        (GuardianRecord, guardians),
        (TrainingRecord, trainings),
    ):
        insert_rows(session, _table(record_type), rows)
    return ids


def _table(record_type: type[Base]) -> sa.Table:
    table = record_type.__table__
    assert isinstance(table, sa.Table)
    return table
