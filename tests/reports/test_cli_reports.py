"""`mentordesk report` and `mentordesk rollover`: formats, figures and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.services.programs.catalog import ProgramService
from tests.reports.program_fixture import build_cycle, make_program

MARCH = ["--from", "2026-03-01", "--to", "2026-03-31", "--today", "2026-07-15"]


@pytest.fixture
def path(db_location: str) -> str:
    db = Database(db_location)
    build_cycle(db)
    make_program(db, "Cycle 2025", year=2025)
    db.close()
    return db_location


def run(path: str, *args: str) -> int:
    return main(["--db", str(path), *args])


def test_table_format(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The table lists every section with figures and their 'x of y' detail."""
    assert run(path, "report", "--program", "Cycle 2026", *MARCH) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cycle 2026 — 2026-03-01 – 2026-03-31")
    assert "Matching" in out and "Outcomes" in out
    assert "50.0 %" in out and "2 of 4" in out  # match rate
    assert "4.00 / 5" in out and "4 ratings" in out


def test_json_format(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON carries every measure with its formula, the chart series and the at-risk list."""
    assert run(path, "report", "--program", "Cycle 2026", *MARCH, "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    by_key = {m["key"]: m for m in data["measures"]}
    assert by_key["retention"]["value"] == 50.0
    assert by_key["meetings_vs_target"]["denominator"] == 5
    assert "cadence" in by_key["meetings_vs_target"]["formula"]
    assert data["charts"]["meetings_per_month"] == [{"month": "2026-03", "held": 4, "hours": 3.25}]
    assert [a["reasons"] for a in data["at_risk"]] == [["Check-in overdue since 2026-03-14"]]


def test_csv_with_comparison(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """CSV has one row per measure; --compare adds the other program's value and the change."""
    args = ["report", "--program", "Cycle 2026", "--compare", "Cycle 2025"]
    assert run(path, *args, "--format", "csv", "--today", "2026-07-15") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    held = next(r for r in rows if r["key"] == "meetings_held")
    assert held["value"] == "9"
    assert held["change"] == "+9"
    assert "Cycle 2025" in " ".join(rows[0].keys())


def test_xlsx_export(path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--xlsx writes the measures and the underlying tables, one sheet each."""
    target = tmp_path / "report.xlsx"
    assert run(path, "report", "--program", "Cycle 2026", *MARCH, "--xlsx", str(target)) == 0
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Measures", "Pairs"]
    pairs = list(book["Pairs"].iter_rows(values_only=True))
    assert pairs[0][1] == "mentor → mentee"
    assert any(row[1] == "Maya Mentor → Ava Mentee" for row in pairs[1:])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--program", "Nope"], "No program named 'Nope'"),
        (["--program", "Cycle 2026", "--from", "2026-03-01"], "both --from and --to"),
        (["--program", "Cycle 2026", "--from", "2026-3-x", "--to", "2026-03-31"], "not a date"),
        (["--program", "Cycle 2026", "--from", "2026-04-01", "--to", "2026-03-31"], "before"),
        (["--program", "Cycle 2026", "--compare", "Nope"], "No program named 'Nope'"),
    ],
)
def test_bad_input_exits_1(
    path: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """Bad names and dates give one clear line on stderr and exit 1, never a traceback."""
    assert run(path, "report", *args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_bad_format_is_usage_error(path: str) -> None:
    """An unknown --format is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        run(path, "report", "--program", "Cycle 2026", "--format", "pdf")
    assert info.value.code == 2


def test_rollover_command(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Rollover leaves out withdrawn people by default and can archive the old program."""
    assert (
        run(path, "rollover", "--program", "Cycle 2026", "--to", "Cycle 2027", "--archive-old") == 0
    )
    assert "8 participants continue, 2 left out" in capsys.readouterr().out
    db = Database(path)
    programs = ProgramService(db)
    new, old = programs.by_name("Cycle 2027"), programs.by_name("Cycle 2026")
    assert new.previous_program_id == old.id and old.archived
    db.close()
    assert run(path, "rollover", "--program", "Cycle 2026", "--to", "Cycle 2027") == 1
    assert "already exists" in capsys.readouterr().err


def test_rollover_excluding_statuses(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--exclude-status replaces the default; several may be given."""
    args = ["--exclude-status", "applied", "--exclude-status", "withdrawn"]
    assert run(path, "rollover", "--program", "Cycle 2026", "--to", "Next", *args) == 0
    assert "6 participants continue, 4 left out" in capsys.readouterr().out
