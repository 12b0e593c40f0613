"""Writing one ParticipantInput to the records (participant, membership, screening, guardian,
training) and reading it back. Shared by the roster service and the spreadsheet import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
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
            raise LookupError(f"No participant with id {participant_id}")
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
        raise LookupError(f"No participant with id {participant_id}")
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
    # The first row's id comes back from the database; that INSERT takes SQLite's single
    # write lock until the transaction ends, and new ids are max(id) + 1, so the next ids
    # are free and nobody else can take them: the rest go in as one executemany with ids.
    participants = _table(ParticipantRecord)
    first_id = session.execute(
        sa.insert(participants).returning(participants.c.id), profiles[0]
    ).scalar_one()
    ids = [first_id + offset for offset in range(len(profiles))]
    for pid, values in zip(ids[1:], profiles[1:], strict=True):
        values["id"] = pid
    _insert_many(session, participants, profiles[1:])
    pairs = list(zip(ids, people, strict=True))
    _insert_many(
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
        _insert_many(session, _table(record_type), rows)
    return ids


def _insert_many(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of rows with the same keys, converted by SQLAlchemy's own column types.

    SQLAlchemy's executemany spends more time per row than SQLite does; this keeps the exact
    conversions (each column type's bind processor: JSON, dates, enums) and hands the driver
    plain tuples.
    """
    if not rows:
        return
    keys = list(rows[0])
    # Column defaults are applied by SQLAlchemy's own INSERTs, so apply them here too.
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in keys or default is None:
            continue
        if not isinstance(default, sa.ColumnDefault) or default.is_clause_element:
            continue
        arg = default.arg
        defaults[column.key] = arg(None) if callable(arg) else arg
    keys += list(defaults)
    rows = [row | defaults for row in rows] if defaults else rows
    dialect = session.get_bind().dialect
    columns = [table.c[key] for key in keys]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    converters = [_remembering(process) for process in processors]
    pairs = list(zip(keys, converters, strict=True))
    params = [tuple(convert(row[key]) for key, convert in pairs) for row in rows]
    session.connection().exec_driver_sql(sql, params)


def _remembering(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """The column's conversion, done once per distinct value (timestamps, roles, tag lists and
    empty lists repeat down a column; JSON-encoding them again each row is most of the cost)."""
    if process is None:
        return lambda value: value
    memory: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), tuple(value) if type(value) is list else value)
        try:
            return memory[key]
        except KeyError:
            memory[key] = converted = process(value)
            return converted
        except TypeError:  # unhashable: convert every time
            return process(value)

    return convert


def _table(record_type: type[Base]) -> sa.Table:
    table = record_type.__table__
    assert isinstance(table, sa.Table)
    return table
