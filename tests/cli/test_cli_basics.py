"""The command line's global behaviour: version, usage errors, programs listing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.services.programs.catalog import ProgramService


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt command exits 2 with a usage message, not a traceback."""
    with pytest.raises(SystemExit) as exit_info:
        main(["progams"])
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_programs_lists_names_first(db_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`mentordesk programs` prints one line per program, its name first."""
    db = Database(db_location)
    ProgramService(db).create("Spring 2027", organization="Hillside School")
    ProgramService(db).create("Autumn 2026")
    db.close()
    assert main(["--db", str(db_location), "programs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["Autumn 2026", "Spring 2027"]


def test_db_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """MENTORDESK_DB selects the file when --db is not given."""
    path = tmp_path / "env.sqlite"
    db = Database(path)
    ProgramService(db).create("From env")
    db.close()
    monkeypatch.setenv("MENTORDESK_DB", str(path))
    assert main(["programs"]) == 0
    assert capsys.readouterr().out.startswith("From env")
