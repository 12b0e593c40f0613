"""Outputs never destroy a file; backup, backups and restore from the command line."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.outputs import OutputError, write_output
from mentordesk.db.engine import Database
from mentordesk.services.files import BackupService, Rotation
from mentordesk.services.programs import ProgramService
from mentordesk.services.sample import create_sample_program

pytestmark = pytest.mark.sqlite_only(reason="backups, restore and the file as an output")


def _every_table(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: sorted(connection.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        connection.close()


def test_output_cannot_be_the_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`pdf roster -o <the database>` (even with --force) refuses and the file stays whole."""
    db = Database(db_path)
    ProgramService(db).create("P")
    db.close()
    before = _every_table(db_path)
    for target in (db_path, Path(f"{db_path}-wal")):
        code = main(["--db", str(db_path), "pdf", "roster", "--program", "P", "-o", str(target),
                     "--force"])  # fmt: skip
        assert code == 1
        assert "cannot be overwritten" in capsys.readouterr().err
    assert _every_table(db_path) == before


def test_existing_output_needs_force(db_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """An existing file is replaced only with --force; without it, it is left as it was."""
    db = Database(db_path)
    ProgramService(db).create("P")
    db.close()
    out = tmp_path / "roster.xlsx"
    out.write_bytes(b"earlier work")
    assert main(["--db", str(db_path), "export", "--program", "P", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"earlier work"
    assert main(["--db", str(db_path), "export", "--program", "P", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"PK")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    """A write that fails half-way (a full disk) leaves the earlier file whole, no temp files."""
    out = tmp_path / "report.pdf"
    out.write_bytes(b"earlier report")

    class DiskFull(OSError):
        pass

    from mentordesk.core import outputs

    with (
        pytest.raises(OutputError, match="disk is full"),
        outputs.atomic_output(out, replace=True) as temporary,
    ):
        temporary.write_bytes(b"half a rep")
        raise DiskFull(28, "No space left on device")
    assert out.read_bytes() == b"earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    with pytest.raises(OutputError, match="folder"):
        write_output(tmp_path, b"x", replace=True)


def test_backup_restore_round_trip(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """backup, change, restore: every table's rows are equal to the backed-up ones."""
    db = Database(db_path)
    create_sample_program(db)
    db.close()
    before = _every_table(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    db = Database(db_path)
    ProgramService(db).create("Changed after the backup")
    backups = BackupService(db).list()
    db.close()
    manual = next(b for b in backups if b.reason == "manual")
    assert manual.programs == 1 and manual.people and manual.pairs
    assert main(["--db", str(db_path), "backups"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", str(manual.path)]) == 0
    assert "previous content was kept" in capsys.readouterr().out
    after = _every_table(db_path)
    assert after == before
    db = Database(db_path)
    assert any(b.reason == "before restore" for b in BackupService(db).list())
    db.close()


def test_backup_to_a_chosen_file(db_path: Path, tmp_path: Path) -> None:
    """`backup -o FILE` writes a verified copy there; an existing file is not replaced."""
    Database(db_path).close()
    target = tmp_path / "usb" / "copy.sqlite"
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert Database(target).readonly is False
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 1


def test_restore_refuses_a_foreign_file(db_path: Path, tmp_path: Path) -> None:
    """Restoring from something that is not a MentorDesk file changes nothing."""
    Database(db_path).close()
    before = _every_table(db_path)
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert main(["--db", str(db_path), "restore", str(other)]) == 1
    assert _every_table(db_path) == before


def test_rotation_keeps_daily_weekly_monthly(db: Database, tmp_path: Path) -> None:
    """Rotation keeps the newest of each of the last 7 days, 4 weeks and 12 months."""
    import datetime as dt

    from mentordesk.db import backup as files

    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 12)
    for day in range(400):
        when = start + dt.timedelta(days=day)
        (folder / files.backup_name(db.path, "daily", when)).write_bytes(b"")
    files.rotate(folder, db.path, Rotation())
    kept = files.list_backups(folder, db.path)
    assert 12 <= len(kept) <= 7 + 4 + 12
    assert kept[0].taken.date() == (start + dt.timedelta(days=399)).date()
    assert len({(b.taken.year, b.taken.month) for b in kept}) >= 12


def test_automatic_backup_when_opened_and_before_import(db_path: Path, tmp_path: Path) -> None:
    """Opening from the CLI backs up once a day; an import is preceded by a backup."""
    Database(db_path).close()
    assert main(["--db", str(db_path), "programs"]) == 0
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email,Role\nAna,a@example.org,mentor\n")
    assert main(["--db", str(db_path), "import", str(csv), "--program", "P"]) == 0
    db = Database(db_path)
    reasons = {b.reason for b in BackupService(db).list()}
    db.close()
    assert {"first open", "before import"} <= reasons


def test_cli_writer_waits_then_exits_1_when_the_file_is_open_elsewhere(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CLI write while another process holds the file: exit 1, one sentence; reads work."""
    import subprocess
    import sys

    from mentordesk.db import engine as engine_module

    Database(db_path).close()
    monkeypatch.setattr(engine_module, "LOCK_WAIT_S", 0.3)
    script = (
        "import sys, time\nfrom mentordesk.db.engine import Database\n"
        "db = Database(sys.argv[1], lock_now=True)\nprint('held', flush=True)\ntime.sleep(30)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["--db", str(db_path), "programs"]) == 0
        capsys.readouterr()
        csv = db_path.parent / "people.csv"
        csv.write_text("Name,Email,Role\nAna,a@example.org,mentor\n")
        assert main(["--db", str(db_path), "import", str(csv), "--program", "P"]) == 1
        err = capsys.readouterr().err
        assert "already open in another window" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()
