"""`mentordesk demo` and `mentordesk participants`: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.services.pairs import PairService, create_pair
from tests.services.pairs_setup import make_cohort


def test_demo_then_participants(db_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    """demo creates a program; participants lists it as text and as JSON."""
    assert main(["demo", "--db", str(db_location), "--participants", "25", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "25 participants" in out
    assert main(["--db", str(db_location), "programs"]) == 0
    name = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    assert main(["--db", str(db_location), "participants", "--program", name]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 25 and all(len(line.split("\t")) == 7 for line in lines)
    assert main(["--db", str(db_location), "participants", "--program", name, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 25 and {"id", "full_name", "email", "role"} <= set(records[0])
    assert "notes" not in records[0]


def test_unknown_program_exits_1(db_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown program name is bad input: exit 1 with a message, no traceback."""
    assert main(["--db", str(db_location), "participants", "--program", "Nope"]) == 1
    err = capsys.readouterr().err
    assert "No program named 'Nope'" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [["demo", "--participants", "0"], ["demo", "--participants", "many"], ["participants"]],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Out-of-range or missing arguments are usage errors (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_global_db_option_before_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`mentordesk --db X demo` writes to X, like `mentordesk demo --db X`."""
    path = tmp_path / "global.sqlite"
    assert main(["--db", str(path), "demo", "--participants", "3"]) == 0
    assert str(path) in capsys.readouterr().out and path.exists()


def test_remove_participant_in_live_pair_refused_then_confirmed(
    db: Database, db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """remove-participant names the live pairs and exits 1; --close-pairs REASON removes."""
    cohort = make_cohort(db)
    with db.begin() as s:
        create_pair(s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]])
    argv = ["--db", str(db_location), "remove-participant", "--program", "Spring Cohort"]
    assert main([*argv, "amelia@example.org"]) == 1
    err = capsys.readouterr().err
    assert "Amelia Okafor & Eva Novak (active)" in err and "Traceback" not in err
    assert main([*argv, "Nobody"]) == 1
    assert main([*argv, "amelia@example.org", "--close-pairs", "left the company"]) == 0
    assert "Removed Amelia Okafor" in capsys.readouterr().out
    assert PairService(db).list_pairs(cohort.program_id) == []
