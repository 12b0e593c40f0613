"""Planning and applying an import: bad rows, duplicates, one transaction, program creation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import Role, ScreeningDecision
from mentordesk.core.errors import ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, MembershipRecord, ParticipantRecord, ProgramRecord
from mentordesk.importing.table import read_csv_bytes
from mentordesk.importing.values import DateOrder
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster import spreadsheet
from mentordesk.services.roster.participant_store import (
    insert_new_participants,
    read_participant,
    write_participant,
)
from mentordesk.services.roster.spreadsheet import SpreadsheetService, locale_date_order

TODAY = dt.date(2026, 11, 22)
MESSY = (
    "Timestamp,Full name,Email Address,Mentor or mentee?,Mentor capacity,Date of birth,Colour\n"
    "21/11/2026 10:00,Ana,ana@example.org,Mentor,2,,blue\n"  # row 2
    "21/11/2026 10:01,,nobody@example.org,Mentee,,,\n"  # row 3: no name
    "21/11/2026 10:02,Bo,bo@example,Mentee,,,\n"  # row 4: bad e-mail
    "21/11/2026 10:03,Cy,cy@example.org,teacher,,,\n"  # row 5: bad role
    "21/11/2026 10:04,Di,di@example.org,Mentor,lots,,\n"  # row 6: bad number
    "21/11/2026 10:05,Ed,ed@example.org,Mentee,,31/02/2010,\n"  # row 7: bad date
    "21/11/2026 10:06,Fe,fe@example.org,Mentee,,01/01/2030,\n"  # row 8: future birth
    "21/11/2026 10:07,Gil,gil@example.org,Mentor,-1,,\n"  # row 9: negative capacity
    "21/11/2026 10:08,Ana Again,ANA@example.org,Mentor,3,,\n"  # row 10: duplicate of 2
    "21/11/2026 10:09,Hu,hu@example.org,I want a mentor,,,\n"  # row 11
)


def _plan(db: Database, text: str = MESSY, program: str = "Spring", **kw: object):  # type: ignore[no-untyped-def]
    table = read_csv_bytes(text.encode(), source="messy.csv")
    return SpreadsheetService(db).plan(table, program, today=TODAY, **kw)  # type: ignore[arg-type]


def _emails(db: Database, program: str = "Spring") -> list[str]:
    with db.read() as session:
        return sorted(
            session.scalars(
                sa.select(ParticipantRecord.email)
                .join(MembershipRecord)
                .join(ProgramRecord)
                .where(ProgramRecord.name == program)
            )
        )


def test_every_bad_row_is_reported_with_row_column_and_reason(db: Database) -> None:
    """Each kind of bad cell is reported against its spreadsheet row and column header."""
    plan = _plan(db)
    assert [str(e) for e in plan.errors] == [
        "row 3, Full name: required",
        "row 4, Email Address: not an email address",
        "row 5, Mentor or mentee?: not a role (mentor, mentee or both)",
        "row 6, Mentor capacity: not a whole number",
        "row 7, Date of birth: not a date",
        "row 8, Date of birth: in the future",
        "row 9, Mentor capacity: must be 0 or more",
    ]
    assert plan.counts(update_duplicates=False) == spreadsheet.ImportCounts(2, 0, 1, 7)
    assert plan.program_id is None and "creates it" in plan.notes[-1]


def test_dry_run_writes_nothing_and_bad_rows_block_the_import(db: Database) -> None:
    """Planning writes nothing; applying with bad rows and no consent writes nothing either."""
    plan = _plan(db)
    with pytest.raises(ValidationError, match="7 rows have problems"):
        SpreadsheetService(db).apply(plan)
    assert ProgramService(db).find("Spring") is None


def test_good_rows_only_creates_the_program_and_audits(db: Database) -> None:
    """With consent the good rows land, in a new program, with an audit entry."""
    counts, changes = SpreadsheetService(db).apply(_plan(db), skip_bad_rows=True)
    assert counts.summary() == "2 added, 0 updated, 1 skipped, 7 rejected"
    assert _emails(db) == ["ana@example.org", "hu@example.org"]
    assert changes.program_id is not None
    with db.read() as session:
        actions = list(session.scalars(sa.select(AuditRecord.action).order_by(AuditRecord.id)))
        ana = session.scalar(
            sa.select(ParticipantRecord).where(ParticipantRecord.email == "ana@example.org")
        )
        assert ana is not None and ana.full_name == "Ana"  # the first row wins when skipping
    assert actions == ["program.create", "participants.import"]


def test_duplicates_in_program_skip_or_update(db: Database) -> None:
    """People already in the program are skipped, or updated keeping what the file lacks."""
    program, _ = ProgramService(db).create("Spring")
    with db.begin() as session:
        pid = write_participant(
            session,
            program.id,
            ParticipantInput(full_name="Ana Old", email="ana@example.org", role=Role.MENTOR,
                             phone="555", screening_decision=ScreeningDecision.CLEARED),
        ).id  # fmt: skip
    plan = _plan(db)
    assert [(d.row, d.describe()) for d in plan.duplicates()] == [
        (2, "already in the program"),
        (10, "already in the program"),
    ]
    service = SpreadsheetService(db)
    counts, _ = service.apply(plan, skip_bad_rows=True)
    assert (counts.added, counts.updated, counts.skipped) == (1, 0, 2)
    with db.read() as session:
        assert read_participant(session, program.id, pid).full_name == "Ana Old"
    counts, _ = service.apply(_plan(db), skip_bad_rows=True, update_duplicates=True)
    assert (counts.added, counts.updated, counts.skipped) == (0, 3, 0)
    with db.read() as session:
        ana = read_participant(session, program.id, pid)
    # The last row wins; the phone and screening the file does not have are kept.
    assert (ana.full_name, ana.capacity, ana.phone) == ("Ana Again", 3, "555")
    assert ana.screening_decision is ScreeningDecision.CLEARED


def test_duplicates_in_file_update_merges_rows(db: Database) -> None:
    """With update, a later row with the same e-mail updates the person the first row adds."""
    counts, _ = SpreadsheetService(db).apply(_plan(db), skip_bad_rows=True, update_duplicates=True)
    assert (counts.added, counts.updated, counts.skipped) == (2, 1, 0)
    assert _emails(db) == ["ana@example.org", "hu@example.org"]


def test_person_in_another_program_is_linked_not_copied(db: Database) -> None:
    """An e-mail known from another program adds that same person to this program."""
    other, _ = ProgramService(db).create("Last year")
    with db.begin() as session:
        pid = write_participant(session, other.id, ParticipantInput("Hu", "hu@example.org")).id
    plan = _plan(db)
    assert plan.elsewhere == {"hu@example.org": pid}
    SpreadsheetService(db).apply(plan, skip_bad_rows=True)
    with db.read() as session:
        assert session.scalar(sa.select(sa.func.count(ParticipantRecord.id))) == 2
    assert _emails(db) == ["ana@example.org", "hu@example.org"]


@pytest.mark.parametrize("failing", ["bulk", "update"])
def test_interrupted_import_leaves_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A writer failing part-way rolls back every row, the program and the audit entry."""
    rows = "".join(f"P{i},p{i}@example.org,mentee\n" for i in range(30))
    text = "Name,Email,Role\n" + rows
    if failing == "bulk":
        monkeypatch.setattr(spreadsheet, "BULK_CHUNK", 10)
        calls = []

        def failing_insert(session, program_id, people):  # type: ignore[no-untyped-def]
            calls.append(len(people))
            if len(calls) == 3:
                raise RuntimeError("disk full")
            return insert_new_participants(session, program_id, people)

        monkeypatch.setattr(spreadsheet, "insert_new_participants", failing_insert)
        plan = _plan(db, text)
    else:
        program, _ = ProgramService(db).create("Spring")
        with db.begin() as session:
            for i in range(30):
                write_participant(
                    session, program.id, ParticipantInput(f"Old{i}", f"p{i}@example.org")
                )
        count = []

        def failing_write(session, program_id, person, participant_id=None):  # type: ignore[no-untyped-def]
            count.append(1)
            if len(count) == 20:
                raise RuntimeError("disk full")
            return write_participant(session, program_id, person, participant_id)

        monkeypatch.setattr(spreadsheet, "write_participant", failing_write)
        plan = _plan(db, text)
    before = _emails(db)
    with pytest.raises(RuntimeError):
        SpreadsheetService(db).apply(plan, update_duplicates=True)
    assert _emails(db) == before
    with db.read() as session:
        names = set(session.scalars(sa.select(ParticipantRecord.full_name)))
        imports = session.scalar(
            sa.select(sa.func.count(AuditRecord.id)).where(
                AuditRecord.action == "participants.import"
            )
        )
    assert not any(n.startswith("P") for n in names)
    assert imports == 0
    if failing == "bulk":
        assert ProgramService(db).find("Spring") is None


def test_bulk_insert_matches_the_one_writer(db: Database) -> None:
    """New people inserted in bulk read back exactly as if write_participant had written them."""
    program, _ = ProgramService(db).create("P")
    people = [
        ParticipantInput(
            full_name=" Zoë ", email="Zoe@Example.org", role=Role.MENTOR, capacity=2,
            skills_offered=("python",), application_date=TODAY, training_date=TODAY,
            training_hours=2.5, guardian_name="Ana", guardian_email="a@example.org",
            media_release=True, notes="x",
        ),
        ParticipantInput(full_name="Bo", screening_decision=ScreeningDecision.CLEARED),
        ParticipantInput(full_name="Cy"),
    ]  # fmt: skip
    other, _ = ProgramService(db).create("Q")  # an e-mail is unique within one program
    with db.begin() as session:
        one = [write_participant(session, program.id, p).id for p in people]
        bulk = insert_new_participants(session, other.id, people)
    with db.read() as session:
        for a, b in zip(one, bulk, strict=True):
            assert read_participant(session, program.id, a) == read_participant(
                session, other.id, b
            )


def test_missing_name_or_role_column_is_explained(db: Database) -> None:
    """A file without a name column, or without a role column and no default, is refused."""
    with pytest.raises(ValidationError, match="names"):
        _plan(db, "Email,Role\na@example.org,mentor\n")
    with pytest.raises(ValidationError, match="role") as error:
        _plan(db, "Name,Email\nAna,a@example.org\n")
    assert "role" in error.value.fields
    plan = _plan(db, "Name,Email\nAna,a@example.org\n", default_role=Role.MENTOR)
    assert plan.rows[0].person.role is Role.MENTOR and plan.rows[0].person.capacity == 1


def test_role_column_wins_over_default_role(db: Database) -> None:
    """A role in the file beats the default role; empty role cells take the default."""
    plan = _plan(db, "Name,Role\nAna,Mentee\nBo,\n", default_role=Role.MENTOR)
    assert [r.person.role for r in plan.rows] == [Role.MENTEE, Role.MENTOR]


def test_ambiguous_dates_follow_the_file_then_the_locale(db: Database) -> None:
    """03/04 reads by the file's unambiguous dates, else by the locale, and the plan says so."""
    text = "Name,Role,Application date\nAna,mentor,03/04/2026\nBo,mentor,{}\n"
    plan = _plan(db, text.format("25/04/2026"), locale_name="en_US.UTF-8")
    assert plan.rows[0].person.application_date == dt.date(2026, 4, 3)
    assert plan.notes[0].startswith(
        "Dates like 03/04/2026 were read as day/month/year (from the file"
    )
    plan = _plan(db, text.format("04/05/2026"), locale_name="en_US.UTF-8")
    assert plan.notes[0].startswith("Dates like 03/04/2026 were read as month/day/year")
    assert plan.date_order is DateOrder.MONTH_FIRST
    assert plan.rows[0].person.application_date == dt.date(2026, 3, 4)
    assert "en_US" in plan.notes[0]
    assert locale_date_order("en_GB.UTF-8")[0] is DateOrder.DAY_FIRST
    assert locale_date_order("C")[0] is DateOrder.DAY_FIRST


def test_first_and_last_names_are_joined(db: Database) -> None:
    """First and last name columns become one full name; a missing name is blamed on them."""
    plan = _plan(db, "First name,Last name,Role\nIvan,Petrov,mentee\n,,mentee\n")
    assert plan.rows[0].person.full_name == "Ivan Petrov"
    assert [str(e) for e in plan.errors] == ["row 3, First name: required"]


def test_xlsx_import_end_to_end(db: Database, tmp_path: Path) -> None:
    """A workbook with typed dates and numbers imports those values."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Role", "Mentor capacity", "Training date", "Training hours"])
    sheet.append(["Ana", "Mentor", 3, dt.datetime(2026, 10, 1), 2.5])
    path = tmp_path / "people.xlsx"
    workbook.save(path)
    plan = SpreadsheetService(db).plan_file(path, "Spring")
    person = plan.rows[0].person
    assert (person.capacity, person.training_date, person.training_hours) == (
        3, dt.date(2026, 10, 1), 2.5,
    )  # fmt: skip
    assert dataclasses.replace(person, full_name="x").role is Role.MENTOR


def test_microsoft_forms_export(db: Database) -> None:
    """A Microsoft Forms export: account columns ignored, the form's questions imported."""
    text = (
        "ID,Start time,Completion time,Email,Name,Full name,Your e-mail,Role,Interests\n"
        "1,11/20/26 10:01:02,11/20/26 10:05:09,anonymous,anonymous,Mia Chen,mia@example.org,"
        'Mentee,"Chess;Robotics;"\n'
    )
    plan = _plan(db, text)
    targets = {c.header: c.target for c in plan.mapping}
    assert targets["Completion time"] == "application_date" and targets["Name"] is None
    # "Email" holds the account ("anonymous"); the question column is the one to use.
    plan = _plan(
        db,
        text,
        mapping=tuple(
            dataclasses.replace(
                c, target={"Email": None, "Your e-mail": "email"}.get(c.header, c.target)
            )
            for c in plan.mapping
        ),
    )
    person = plan.rows[0].person
    assert (person.full_name, person.email) == ("Mia Chen", "mia@example.org")
    assert person.application_date == dt.date(2026, 11, 20)
    assert person.interests == ("Chess", "Robotics")


def test_screening_done_in_the_future_is_a_bad_row(db: Database) -> None:
    """An imported background check or training dated after today is reported on its row."""
    text = (
        "Full name,Email,Role,Background check date,Training date,Screening decision\n"
        "Ana,ana@example.org,Mentor,2026-11-01,2026-11-02,cleared\n"
        "Bo,bo@example.org,Mentor,2026-12-24,,cleared\n"
        "Cy,cy@example.org,Mentor,,2027-01-05,cleared\n"
    )
    plan = _plan(db, text)
    assert [str(e) for e in plan.errors] == [
        "row 3, Background check date: in the future",
        "row 4, Training date: in the future",
    ]
