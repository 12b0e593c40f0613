"""`mentordesk transfer --to`: programs copied between files, counts printed, bad input said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.people import RosterService
from mentordesk.services.sample.program import create_sample_program


def _source(path: Path) -> str:
    db = Database(path)
    program = create_sample_program(db, participants=12, today=dt.date(2026, 11, 22))
    db.close()
    return program.name


def test_transfer_copies_a_program_prints_counts_and_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--to copies the chosen program and prints rows per table; a re-run copies nothing."""
    source, target = tmp_path / "laptop.sqlite", tmp_path / "district.sqlite"
    name = _source(source)
    argv = ["--db", str(source), "transfer", "--to", str(target), "--program", name]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"Copied: {name}" in out and "participants" in out and "meetings" in out
    copied = Database(target)
    program = ProgramService(copied).by_name(name)
    assert len(RosterService(copied).rows(program.id)) == 12
    copied.close()
    assert main(argv) == 0
    again = capsys.readouterr().out
    assert "Copied: nothing" in again and name in again


def test_transfer_back_with_from_exports_to_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--from and --to both given: the --db file is not involved at all."""
    source, offline = tmp_path / "server-stand-in.sqlite", tmp_path / "offline.sqlite"
    name = _source(source)
    argv = ["--db", str(tmp_path / "unused.sqlite"), "transfer", "--from", str(source)]
    assert main([*argv, "--to", str(offline), "--program", name]) == 0
    assert not (tmp_path / "unused.sqlite").exists()
    copied = Database(offline)
    assert [p.name for p in ProgramService(copied).list()] == [name]
    copied.close()


def test_transfer_refuses_an_unknown_program_and_a_missing_destination(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One sentence and exit 1, no traceback, nothing written."""
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    _source(source)
    assert main(["--db", str(source), "transfer", "--to", str(target), "--program", "Nope"]) == 1
    err = capsys.readouterr().err
    assert "No program named 'Nope'" in err and "Traceback" not in err
    assert main(["--db", str(source), "transfer"]) == 1
    assert "--to" in capsys.readouterr().err
