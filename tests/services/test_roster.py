"""The roster service: rows, add/update/remove with validation, exact restore, sample data."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision, ScreeningState
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, Base, PairRecord
from mentordesk.services.pairs.store import create_pair
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.people import RosterService
from mentordesk.services.roster.records import participant_inputs, to_json_record
from mentordesk.services.sample.program import create_sample_program

TODAY = dt.date(2026, 11, 22)

MENTOR = ParticipantInput(
    full_name="Αλέξης Παπαδόπουλος",
    email="alexis@example.gr",
    role=Role.MENTOR,
    status=MemberStatus.ACTIVE,
    capacity=2,
    org_unit="Engineering",
    background_check_date=dt.date(2024, 1, 1),
    background_check_expiry=TODAY + dt.timedelta(days=10),
    screening_decision=ScreeningDecision.CLEARED,
    guardian_name="",
)
MENTEE = ParticipantInput(
    full_name="李雪",
    email="li.xue@example.cn",
    date_of_birth=dt.date(2011, 3, 4),
    guardian_name="李伟",
    consent_date=dt.date(2026, 10, 1),
)


def _service(db: Database) -> tuple[RosterService, int]:
    program, _ = ProgramService(db).create("Spring")
    return RosterService(db, today=TODAY), program.id


def test_rows_show_screening_capacity_matched_and_minor(db: Database) -> None:
    """A row carries the derived screening state, expiry flag, matched count and minor flag."""
    service, pid = _service(db)
    mentor_id, _ = service.add(pid, MENTOR)
    mentee_id, _ = service.add(pid, MENTEE)
    with db.begin() as session:
        create_pair(session, pid, [mentor_id], [mentee_id], start_date=TODAY)
    rows = {r.participant_id: r for r in service.rows(pid)}
    mentor, mentee = rows[mentor_id], rows[mentee_id]
    assert (mentor.screening, mentor.expiring_soon, mentor.capacity, mentor.matched) == (
        ScreeningState.CLEARED, True, 2, 1,
    )  # fmt: skip
    assert mentee.screening is None and mentee.minor and mentee.matched == 1
    assert not mentor.minor


def test_add_refuses_invalid_input_with_fields(db: Database) -> None:
    """Bad input raises ValidationError naming each field, and writes nothing."""
    service, pid = _service(db)
    bad = dataclasses.replace(MENTOR, full_name=" ", email="nope", capacity=-1)
    with pytest.raises(ValidationError) as info:
        service.add(pid, bad)
    assert set(info.value.fields) == {"full_name", "email", "capacity"}
    assert service.rows(pid) == []


def test_duplicate_email_in_program_is_refused(db: Database) -> None:
    """Two people in one program cannot share an e-mail address."""
    service, pid = _service(db)
    service.add(pid, MENTOR)
    with pytest.raises(ValidationError) as info:
        service.add(pid, dataclasses.replace(MENTEE, email="ALEXIS@example.gr"))
    assert "email" in info.value.fields


def test_update_changes_fields_and_audits(db: Database) -> None:
    """An edit is stored and written to the audit log with the changed field names."""
    service, pid = _service(db)
    person_id, _ = service.add(pid, MENTOR)
    service.update(pid, person_id, dataclasses.replace(MENTOR, capacity=3, org_unit="Legal"))
    assert service.get(pid, person_id).capacity == 3
    with db.read() as session:
        entry = session.scalars(
            sa.select(AuditRecord).where(AuditRecord.action == "participant.update")
        ).one()
    assert entry.details["fields"] == ["capacity", "org_unit"]


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            t.name: sorted(tuple(r) for r in session.execute(sa.select(t)))
            for t in Base.metadata.sorted_tables
            if t.name not in ("audit_log", "change_counters")
        }


def test_remove_then_restore_is_exact(db: Database) -> None:
    """Undoing a removal brings back the same rows: person, screening, guardian, pairs."""
    service, pid = _service(db)
    mentor_id, _ = service.add(pid, MENTOR)
    mentee_id, _ = service.add(pid, MENTEE)
    with db.begin() as session:
        create_pair(session, pid, [mentor_id], [mentee_id], start_date=TODAY)
    before = _dump(db)
    removed, changes = service.remove(pid, mentee_id, close_reason="entered twice")
    assert mentee_id in changes.ids
    assert [r.participant_id for r in service.rows(pid)] == [mentor_id]
    service.restore(removed)
    assert _dump(db) == before


def test_remove_keeps_person_who_is_in_another_program(db: Database) -> None:
    """Removing from one program leaves the person and their other membership alone."""
    service, pid = _service(db)
    other, _ = ProgramService(db).create("Autumn")
    person_id, _ = service.add(pid, MENTOR)
    with db.begin() as session:
        from mentordesk.services.roster.participant_store import write_participant

        write_participant(session, other.id, MENTOR, person_id)
    before = _dump(db)
    removed, _ = service.remove(pid, person_id)
    assert [r.participant_id for r in service.rows(other.id)] == [person_id]
    assert service.get(other.id, person_id).screening_decision is ScreeningDecision.CLEARED
    service.restore(removed)
    assert _dump(db) == before


def test_unknown_participant_is_not_found(db: Database) -> None:
    """Editing or removing someone not in the program is a NotFoundError."""
    service, pid = _service(db)
    with pytest.raises(NotFoundError):
        service.remove(pid, 999)
    with pytest.raises(NotFoundError):
        service.get(pid, 999)


def test_sample_is_deterministic_and_varied(db: Database) -> None:
    """Same seed, same people; the sample has every screening state, minors and guardians."""
    first = create_sample_program(db, participants=60, seed=3, today=TODAY)
    second = create_sample_program(db, participants=60, seed=3, today=TODAY)
    assert first.name != second.name
    service = RosterService(db, today=TODAY)
    a, b = service.rows(first.id), service.rows(second.id)
    assert [(r.name, r.role, r.screening) for r in a] == [(r.name, r.role, r.screening) for r in b]
    states = {r.screening for r in a}
    assert {ScreeningState.CLEARED, ScreeningState.PENDING} <= states
    assert any(r.minor for r in a)
    big = create_sample_program(db, participants=600, seed=3, today=TODAY)
    big_states = {r.screening for r in service.rows(big.id)}
    assert ScreeningState.EXPIRED in big_states and any(
        r.expiring_soon for r in service.rows(big.id)
    )
    scripts = "".join(r.name for r in a)
    assert any("\u0400" <= ch <= "\u04ff" for ch in scripts)  # Cyrillic
    assert any("\u4e00" <= ch <= "\u9fff" for ch in scripts)  # CJK
    minors = [p for _, p in participant_inputs(db, first.id) if p.guardian_name]
    assert minors and all(p.role is Role.MENTEE for p in minors)


def test_sample_people_pass_validation(db: Database) -> None:
    """Every sample participant could have been typed into the dialog (dates in order …)."""
    from mentordesk.core.participant import validate

    program = create_sample_program(db, participants=300, seed=9, today=TODAY)
    problems = {p.full_name: validate(p, TODAY) for _, p in participant_inputs(db, program.id)}
    assert {name: errors for name, errors in problems.items() if errors} == {}


def test_sample_rows_read_back_through_the_orm(db: Database) -> None:
    """Bulk-inserted rows load as ORM records (dates, JSON lists, booleans intact)."""
    program = create_sample_program(db, participants=40, seed=5, today=TODAY)
    records = [to_json_record(i, p) for i, p in participant_inputs(db, program.id)]
    assert len(records) == 40
    assert all(isinstance(r["interests"], list) and r["interests"] for r in records)
    assert "gender" not in records[0] and "notes" not in records[0]
    with db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(PairRecord)) is not None


def test_remove_many_is_one_action_and_restores_links(db: Database) -> None:
    """Removing two linked people (a pair and an exclusion) and undoing restores both exactly."""
    from mentordesk.db.models import ExclusionRecord

    service, pid = _service(db)
    mentor_id, _ = service.add(pid, MENTOR)
    mentee_id, _ = service.add(pid, MENTEE)
    with db.begin() as session:
        create_pair(session, pid, [mentor_id], [mentee_id], start_date=TODAY)
        session.add(
            ExclusionRecord(program_id=pid, participant_a_id=mentor_id, participant_b_id=mentee_id)
        )
    before = _dump(db)
    removed, changes = service.remove_many(pid, [mentor_id, mentee_id], "test data")
    assert changes.ids == {mentor_id, mentee_id} and service.rows(pid) == []
    service.restore_many(removed)
    assert _dump(db) == before
    with pytest.raises(NotFoundError):  # all or nothing: one unknown id removes nobody
        service.remove_many(pid, [mentor_id, 999], "test data")
    assert len(service.rows(pid)) == 2
