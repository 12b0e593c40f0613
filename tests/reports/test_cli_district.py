"""`mentordesk report --all-programs` and `mentordesk district` on a file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.cli import main
from mentordesk.db.engine import Database
from tests.reports.district_programs import build_district

TODAY = ["--today", "2026-07-15"]


@pytest.fixture
def path(db_location: str) -> str:
    db = Database(db_location)
    build_district(db)
    db.close()
    return db_location


def run(path: str, *args: str) -> int:
    return main(["--db", path, *args])


def test_table_shows_programs_and_total(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Every measure for the district, its previous cycles, and a line per program."""
    assert run(path, "report", "--all-programs", *TODAY) == 0
    out = capsys.readouterr().out
    assert out.startswith("District — 2 programs")
    assert "compared with the previous cycles of 1 of them" in out
    match = next(line for line in out.splitlines() if line.strip().startswith("Match rate"))
    assert "40.0 %" in match and "4 of 10" in match and "25.0 %" in match and "+15.0 pts" in match
    rows = out.split("\nPrograms\n")[1].splitlines()
    assert [r.split()[0] for r in rows[1:]] == ["Big", "Small", "District"]
    assert "40.0 %" in rows[-1]


def test_json_and_xlsx(path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON carries each program, the total with its parts, and the changes; --xlsx writes
    the same tables the reports view exports."""
    target = tmp_path / "district.xlsx"
    assert (
        run(path, "report", "--all-programs", "--format", "json", "--xlsx", str(target), *TODAY)
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [p["program"] for p in data["programs"]] == ["Big", "Small"]
    total = {m["key"]: m for m in data["total"]}
    assert total["match_rate"]["value"] == pytest.approx(40.0)
    assert (total["match_rate"]["numerator"], total["match_rate"]["denominator"]) == (4, 10)
    assert data["changes"]["match_rate"] == pytest.approx(15.0)
    assert load_workbook(target).sheetnames == ["District", "Measures", "Previous cycles"]


def test_csv_one_row_per_program(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """CSV: a header of measures, then each program and the totals."""
    assert (
        run(path, "report", "--all-programs", "--format", "csv", "--include-archived", *TODAY) == 0
    )
    lines = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert lines[0][:4] == ["program", "period start", "period end", "Participants"]
    assert [line[0] for line in lines[1:]] == [
        "Big",
        "Old",
        "Small",
        "District total",
        "District total, previous cycles",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Give either --program NAME or --all-programs"),
        (("--all-programs", "--program", "Big"), "Give either --program NAME or --all-programs"),
        (("--all-programs", "--compare", "Big 2025"), "--compare is for one program"),
        (("--program", "Big", "--include-archived"), "--include-archived goes with"),
    ],
)
def test_bad_combinations(
    path: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    """Wrong option combinations: one sentence, exit 1."""
    assert run(path, "report", *args) == 1
    assert message in capsys.readouterr().err


def test_empty_file_says_so(db_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    """No program at all: a sentence, not an empty table."""
    Database(db_location).close()
    assert run(db_location, "report", "--all-programs") == 1
    assert "no program to report on" in capsys.readouterr().err


@pytest.mark.sqlite_only("district commands on a file")
def test_district_commands_need_a_server(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """On a file, init/grant/list explain that access control needs a district server."""
    for args in (("init",), ("list",), ("grant", "ana", "--program", "Big")):
        assert run(path, "district", *args) == 1
        assert "needs a district server" in capsys.readouterr().err
