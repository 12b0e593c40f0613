"""`mentordesk match`, `exclude`, `pin`, `rotation`: output, JSON and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from mentordesk.cli import main
from mentordesk.core.enums import ProgramFormat
from mentordesk.db.engine import Database
from tests.matching.factory import realistic_program

PROGRAM = "Spring mentoring 2026"


@pytest.fixture
def program_file(db_location: str) -> str:
    db = Database(db_location)
    realistic_program(db, mentees=14, mentors=4)
    realistic_program(
        db, mentees=8, mentors=4, name="Flash night", seed=3, program_format=ProgramFormat.FLASH
    )
    db.close()
    return db_location


def run(path: str, *args: str) -> int:
    return main(["--db", str(path), *args])


def test_match_prints_pairs_unmatched_and_summary(
    program_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The proposal: one line per pair with score and reasons, then a summary line."""
    assert run(program_file, "match", "--program", PROGRAM) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "→" in lines[0] and " — " in lines[0]
    assert lines[-1].startswith(tuple("0123456789")) and "total score" in lines[-1]
    assert any("unmatched:" in line for line in lines)


def test_match_json_and_approve(program_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives pairs, unmatched and totals; --approve creates the pairs."""
    assert (
        run(
            program_file,
            "match",
            "--program",
            PROGRAM,
            "--objective",
            "coverage",
            "--json",
            "--approve",
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["objective"] == "coverage"
    assert data["matched"] == len(data["pairs"]) == len(data["approved_pair_ids"]) > 0
    assert all(p["reasons"] for p in data["pairs"])
    assert {u["reason"] for u in data["unmatched"]} <= {
        "no eligible mentor",
        "all capacity taken",
        "below the minimum score",
    }
    # Approved mentees are not matched again.
    assert run(program_file, "match", "--program", PROGRAM, "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert not {p["mentee_id"] for p in again["pairs"]} & {p["mentee_id"] for p in data["pairs"]}


def test_bad_input_exits_1_with_a_message(
    program_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown program, bad min score, unknown person: exit 1, one line, no traceback."""
    assert run(program_file, "match", "--program", "Nope") == 1
    assert "No program named 'Nope'" in capsys.readouterr().err
    assert run(program_file, "match", "--program", PROGRAM, "--min-score", "120") == 1
    assert run(program_file, "pin", "--program", PROGRAM, "Nobody", "Else") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No one called 'Nobody'" in err


def test_bad_objective_is_a_usage_error(program_file: str) -> None:
    """An unknown objective exits 2 (argparse)."""
    with pytest.raises(SystemExit) as info:
        run(program_file, "match", "--program", PROGRAM, "--objective", "best")
    assert info.value.code == 2


def test_exclude_and_pin(program_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    """exclude A B then pin MENTOR MENTEE; an excluded pin is refused with exit 1."""
    assert run(program_file, "match", "--program", PROGRAM, "--json") == 0
    pair = json.loads(capsys.readouterr().out)["pairs"][0]
    mentor, mentee = str(pair["mentor_id"]), str(pair["mentee_id"])
    assert (
        run(
            program_file, "exclude", "--program", PROGRAM, mentor, mentee, "--reason", "same family"
        )
        == 0
    )
    assert "will not be paired (same family)" in capsys.readouterr().out
    assert run(program_file, "pin", "--program", PROGRAM, mentor, mentee) == 1
    assert "same family" in capsys.readouterr().err
    assert run(program_file, "match", "--program", PROGRAM, "--json") == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    other = next(p for p in pairs if str(p["mentee_id"]) != mentee)
    args = ("pin", "--program", PROGRAM, str(other["mentor_id"]), str(other["mentee_id"]))
    assert run(program_file, *args, "--json") == 0
    pinned = json.loads(capsys.readouterr().out)
    assert pinned["mentee"] == other["mentee"] and pinned["reasons"]


def test_rotation_csv(
    program_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """rotation --csv writes round, table, mentor, mentee, score with no repeated pair."""
    target = tmp_path / "rotation.csv"
    assert (
        run(
            program_file,
            "rotation",
            "--program",
            "Flash night",
            "--rounds",
            "3",
            "--csv",
            str(target),
        )
        == 0
    )
    assert "wrote" in capsys.readouterr().out
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    seated = [(r["mentor"], r["mentee"]) for r in rows if r["score"] != "break"]
    assert seated and len(seated) == len(set(seated))
    assert {r["round"] for r in rows} == {"1", "2", "3"}
    assert run(program_file, "rotation", "--program", "Flash night", "--rounds", "0") == 1


def test_rotation_pdf(program_file: str, tmp_path: Path) -> None:
    """rotation --pdf writes a one-grid, landscape PDF with every round; a bad folder exits 1."""
    from pypdf import PdfReader

    target = tmp_path / "rotation.pdf"
    args = ("rotation", "--program", "Flash night", "--rounds", "3", "--paper", "letter")
    assert run(program_file, *args, "--pdf", str(target)) == 0
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert all(f"Round {r}" in text for r in (1, 2, 3))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    assert run(program_file, *args, "--pdf", str(tmp_path / "missing" / "r.pdf")) == 1


def _counts(location: Path | str) -> tuple[int, int]:
    import sqlalchemy as sa

    from mentordesk.db.engine import Database

    database = Database(location)
    try:
        with database.read() as session:
            drafts = session.scalar(sa.text("SELECT count(*) FROM match_drafts"))
            pairs = session.scalar(sa.text("SELECT count(*) FROM pairs"))
    finally:
        database.close()
    return int(drafts or 0), int(pairs or 0)


def test_match_approve_is_all_or_nothing(
    program_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failure while the pairs are created (a crash, as far as the file can tell) leaves the
    program as it was: no drafts saved and left unapproved, no pair."""
    import mentordesk.services.matching.approval as approval

    before = _counts(program_file)
    original = approval.create_pair
    created: list[object] = []

    def create_then_crash(*args: Any, **kwargs: Any) -> Any:
        if created:
            raise RuntimeError("simulated crash in the middle of approving")
        created.append(original(*args, **kwargs))
        return created[-1]

    monkeypatch.setattr(approval, "create_pair", create_then_crash)
    assert run(program_file, "match", "--program", PROGRAM, "--approve") != 0
    assert "internal error" in capsys.readouterr().err
    assert created, "the approval started: one pair was created before the crash"
    assert _counts(program_file) == before
    monkeypatch.undo()
    assert run(program_file, "match", "--program", PROGRAM, "--approve") == 0
    drafts, pairs = _counts(program_file)
    assert pairs > before[1] and drafts == before[0]


def test_match_runs_without_the_orm_and_writes_its_drafts(program_file: str) -> None:
    """`mentordesk match`, a whole process through the real entry point, reads and writes
    with SQLAlchemy Core only: neither the ORM, nor the records, nor Alembic is imported (they
    were most of the command's second), and the drafts, the audit entry and the matching
    counter are written as before."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from mentordesk.entry import main\n"
        "code = main()\n"
        "heavy = ('sqlalchemy.orm', 'mentordesk.db.models', 'alembic', 'scipy')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    db = Database(program_file)
    try:
        from mentordesk.db.models import read_counters

        with db.read() as session:
            before = read_counters(session)
    finally:
        db.close()
    done = subprocess.run(
        [sys.executable, "-c", script, "--db", str(program_file), "match", "--program", PROGRAM],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr
    assert "total score" in done.stdout
    drafts, _pairs = _counts(program_file)
    db = Database(program_file)
    try:
        import sqlalchemy as sa

        from mentordesk.core.changes import Topic

        with db.read() as session:
            after = read_counters(session)
            runs = session.execute(
                sa.text("SELECT count(*) FROM audit_log WHERE action = 'match.run'")
            ).scalar()
    finally:
        db.close()
    assert drafts > 0 and runs == 1
    assert {t for t in Topic if after[t] != before[t]} == {Topic.MATCHING}
