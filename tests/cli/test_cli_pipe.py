"""Output piped into a reader that stops early (`mentordesk report … | head`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mentordesk.db.engine import Database
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.sample.program import create_sample_program


def test_closed_pipe_exits_quietly(db_location: str) -> None:
    """A reader that closes the pipe early gets no 'internal error' and no traceback."""
    db = Database(db_location)
    create_sample_program(db)
    name = ProgramService(db).list()[0].name
    db.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "mentordesk", "--db", str(db_location), "report", "--program", name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # `| head -0`: the reader is gone before the first line
    error = process.stderr.read().decode()
    code = process.wait(timeout=60)
    assert "internal error" not in error and "Traceback" not in error
    assert "BrokenPipe" not in error and "Exception ignored" not in error
    assert code == 141


def test_broken_pipe_in_process_is_not_internal_error(
    db_location: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A BrokenPipeError from a handler ends the command quietly (exit 141, nothing on stderr)."""
    from mentordesk.cli import main, programs

    def broken(_args: object, _ctx: object) -> int:
        raise BrokenPipeError

    monkeypatch.setattr(programs, "run_programs", broken)
    assert main(["--db", str(db_location), "programs"]) == 141
    assert capsys.readouterr().err == ""
