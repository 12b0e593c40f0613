"""`mentordesk pairs | due | calendar | close`: output and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from mentordesk.cli import main
from mentordesk.core.enums import Role
from mentordesk.db.engine import Database
from mentordesk.services.pairs.store import create_pair, live_pair_counts
from mentordesk.services.sample.pairs import populate_pairs
from tests.services.pairs_setup import make_big_cohort

TODAY = "2026-11-22"
PROGRAM = "Riverside Mentoring 2026/27"


@pytest.fixture
def sample(db_location: str) -> str:
    db = Database(db_location)
    cohort = make_big_cohort(db)
    with db.begin() as s:
        populate_pairs(s, cohort.program_id, seed=1, today=dt.date(2026, 11, 22))
    db.close()
    return db_location


def test_pairs_lists_and_filters_at_risk(sample: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`pairs` prints every pair; --at-risk only risky ones with their reasons; --json parses."""
    assert main(["--db", str(sample), "pairs", "--program", PROGRAM, "--today", TODAY]) == 0
    every = capsys.readouterr().out.splitlines()
    assert (
        main(["--db", str(sample), "pairs", "--program", PROGRAM, "--today", TODAY, "--at-risk"])
        == 0
    )
    risky = capsys.readouterr().out.splitlines()
    assert 0 < len(risky) < len(every)
    assert all("AT RISK: " in line for line in risky)
    assert (
        main(
            [
                "--db",
                str(sample),
                "pairs",
                "--program",
                PROGRAM,
                "--today",
                TODAY,
                "--at-risk",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(risky) and all(row["reasons"] for row in data)
    assert {"id", "status", "last_meeting", "next_checkin_due"} <= set(data[0])


def test_due_and_calendar(sample: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`due` lists dated items; `calendar` writes an .ics that parses back."""
    assert (
        main(["--db", str(sample), "due", "--program", PROGRAM, "--days", "14", "--today", TODAY])
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines and any("OVERDUE\tcheck-in" in line for line in lines)
    out = tmp_path / "due.ics"
    assert (
        main(
            [
                "--db",
                str(sample),
                "calendar",
                "--program",
                PROGRAM,
                "-o",
                str(out),
                "--today",
                TODAY,
            ]
        )
        == 0
    )
    assert re.search(r"wrote \d+ events? to ", capsys.readouterr().out)
    assert list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))


def test_close_frees_capacity_and_errors(
    db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`close` closes a pair (exit 0); closing again or an unknown pair exits 1 with a message."""
    db = Database(db_location)
    c = make_big_cohort(db, mentors=1, mentees=1)
    with db.begin() as s:
        pair_id = create_pair(s, c.program_id, c.mentors, c.mentees).id
    db.close()
    args = ["--db", str(db_location), "close", str(pair_id), "--type", "early", "--reason", "moved"]
    assert main(args) == 0
    assert "closed (early: moved)" in capsys.readouterr().out
    db = Database(db_location)
    with db.read() as s:
        assert live_pair_counts(s, c.program_id, Role.MENTOR) == {}
    db.close()
    assert main(args) == 1
    assert "The pair is already closed" in capsys.readouterr().err
    assert main(["--db", str(db_location), "close", "999", "--type", "early", "--reason", "x"]) == 1
    assert "No pair with id 999" in capsys.readouterr().err


def test_usage_errors(sample: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad --type or --days is a usage error (2); an unknown program is exit 1."""
    with pytest.raises(SystemExit) as info:
        main(["--db", str(sample), "close", "1", "--type", "maybe", "--reason", "x"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--db", str(sample), "due", "--program", PROGRAM, "--days", "-3"])
    assert info.value.code == 2
    assert main(["--db", str(sample), "pairs", "--program", "Nope"]) == 1
    assert "No program named 'Nope'" in capsys.readouterr().err


def test_close_in_the_future_is_refused(
    db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`close --date` after today exits 1 with one sentence; the pair stays active."""
    db = Database(db_location)
    c = make_big_cohort(db, mentors=1, mentees=1)
    with db.begin() as s:
        pair_id = create_pair(s, c.program_id, c.mentors, c.mentees).id
    db.close()
    future = (dt.date.today() + dt.timedelta(days=90)).isoformat()
    args = ["close", str(pair_id), "--type", "early", "--reason", "moved", "--date", future]
    assert main(["--db", str(db_location), *args]) == 1
    err = capsys.readouterr().err
    assert "cannot be dated in the future" in err and "Traceback" not in err
    db = Database(db_location)
    with db.read() as s:
        assert live_pair_counts(s, c.program_id, Role.MENTOR) == {c.mentors[0]: 1}
    db.close()
