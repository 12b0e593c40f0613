"""Exporting a roster to CSV/XLSX: Excel-friendly CSV, typed XLSX, sensitive fields opt-in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from mentordesk.core.enums import Role
from mentordesk.core.participant import FIELDS, ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.importing.table import read_table
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import read_participant, write_participant
from mentordesk.services.roster.read import read_program_people
from mentordesk.services.roster.spreadsheet import SpreadsheetService

PEOPLE = [
    ParticipantInput(
        full_name="Zoë Ångström", email="zoe@example.org", role=Role.MENTOR, capacity=2,
        skills_offered=("python", "public speaking"), date_of_birth=dt.date(1990, 5, 1),
        gender="female", notes="confidential", application_date=dt.date(2026, 9, 1),
        training_date=dt.date(2026, 9, 20), training_hours=3.5,
    ),
    ParticipantInput(
        full_name="李雪", email="li@example.org", guardian_name="李明", guardian_phone="123",
        consent_date=dt.date(2026, 9, 2), media_release=True, grade="7",
    ),
]  # fmt: skip


@pytest.fixture
def program(db: Database) -> int:
    program, _ = ProgramService(db).create("Spring")
    with db.begin() as session:
        for person in PEOPLE:
            write_participant(session, program.id, person)
    return program.id


def test_bulk_read_equals_read_participant(db: Database, program: int) -> None:
    """The export's bulk reader returns what read_participant returns, person by person."""
    with db.read() as session:
        people = read_program_people(session, program)
        assert sorted(people, key=lambda p: p.email) == sorted(PEOPLE, key=lambda p: p.email)
        from mentordesk.db.models import ParticipantRecord

        ids = [r.id for r in session.query(ParticipantRecord).order_by(ParticipantRecord.full_name)]
        assert people == [read_participant(session, program, i) for i in ids]


def test_csv_has_bom_and_no_sensitive_columns_by_default(
    db: Database, program: int, tmp_path: Path
) -> None:
    """The CSV starts with a BOM (Excel reads it as UTF-8) and leaves sensitive fields out."""
    path = tmp_path / "roster.csv"
    assert SpreadsheetService(db).export("Spring", path) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "李雪" in text and "python; public speaking" in text
    for spec in FIELDS:
        assert (spec.label in text.splitlines()[0]) is not spec.sensitive
    assert "confidential" not in text and "李明" not in text and "1990" not in text


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_with_sensitive_fields_imports_back_unchanged(
    db: Database, program: int, tmp_path: Path, suffix: str
) -> None:
    """An export with sensitive fields imports into a new program as the same people."""
    path = tmp_path / f"roster{suffix}"
    service = SpreadsheetService(db)
    service.export("Spring", path, include_sensitive=True)
    plan = service.plan_file(path, "Copy")
    assert plan.errors == ()
    assert [c.target for c in plan.mapping] == [spec.name for spec in FIELDS]
    service.apply(plan)
    copy = ProgramService(db).by_name("Copy")
    with db.read() as session:
        assert read_program_people(session, copy.id) == read_program_people(session, program)


def test_xlsx_export_types_dates_and_bolds_header(
    db: Database, program: int, tmp_path: Path
) -> None:
    """XLSX cells hold real dates and numbers; the header row is frozen."""
    path = tmp_path / "roster.xlsx"
    SpreadsheetService(db).export("Spring", path, include_sensitive=True)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    table = read_table(path)
    rows = [dict(zip(table.headers, cells, strict=False)) for _, cells in table.rows]
    row = next(r for r in rows if r["Full name"] == "Zoë Ångström")
    assert row["Date of birth"] == dt.date(1990, 5, 1)
    assert row["Mentor capacity"] == 2
