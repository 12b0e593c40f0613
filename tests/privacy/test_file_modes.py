"""Nothing readable by others: folders the user had keep their mode; every file we write is
0600 and every folder we create 0700."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.core.private_files import make_private_dirs, write_private_bytes
from mentordesk.db.engine import Database
from tests.privacy.conftest import SAMPLE_PROGRAM

pytestmark = pytest.mark.sqlite_only(reason="permissions of the file and folders")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """A typical desktop umask (022): files would be 0644 unless created private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_shared_folder_keeps_its_mode(tmp_path: Path) -> None:
    """Opening a file in a shared 0775 folder leaves the folder 0775 (the file is 0600)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    path = shared / "p.sqlite"
    assert main(["--db", str(path), "programs"]) == 0
    assert mode(shared) == 0o775
    assert mode(path) == 0o600


def test_home_folder_is_never_touched(tmp_path: Path) -> None:
    """`--db ~/x.sqlite` does not chmod the home folder."""
    home = Path(os.environ["HOME"])
    home.chmod(0o755)
    assert main(["--db", str(home / "x.sqlite"), "programs"]) == 0
    assert mode(home) == 0o755


def test_created_folders_are_private(tmp_path: Path) -> None:
    """Folders MentorDesk creates for a new file are 0700; the existing parent is untouched."""
    tmp_path.chmod(0o755)
    path = tmp_path / "a" / "b" / "p.sqlite"
    Database(path).close()
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path) == 0o755


def test_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    """The database and its WAL/SHM companions are 0600 while open."""
    path = tmp_path / "p.sqlite"
    db = Database(path)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
        connection.commit()
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert companion.exists()
            assert mode(companion) == 0o600, companion
    db.close()


def test_every_cli_output_is_private(sample_path: Path, tmp_path: Path) -> None:
    """Exports (sensitive ones too), PDFs, calendar files and report workbooks are 0600."""
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    db = ["--db", str(sample_path)]
    program = ["--program", SAMPLE_PROGRAM]
    commands = [
        ["export", str(out / "r.csv"), *program, "--include-sensitive"],
        ["export", str(out / "r.xlsx"), *program, "--include-sensitive"],
        ["export", str(out / "plain.csv"), *program],
        ["pdf", "roster", *program, "-o", str(out / "roster.pdf"), "--include-sensitive"],
        ["calendar", *program, "-o", str(out / "due.ics")],
        ["report", *program, "--xlsx", str(out / "report.xlsx")],
        ["pdf", "certificates", *program, "-o", str(out / "certs")],
    ]
    for command in commands:
        assert main([*db, *command]) == 0, command
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) >= 7
    assert {p: mode(p) for p in written} == {p: 0o600 for p in written}
    assert mode(out / "certs") == 0o700
    assert mode(out) == 0o755
    assert not [p for p in out.rglob("*.part")]


def test_overwriting_a_readable_file_makes_it_private(tmp_path: Path) -> None:
    """An output written over an older 0644 file ends up 0600."""
    target = tmp_path / "old.csv"
    target.write_text("old")
    target.chmod(0o644)
    write_private_bytes(target, b"new")
    assert mode(target) == 0o600
    assert target.read_bytes() == b"new"


def test_make_private_dirs_reports_what_it_created(tmp_path: Path) -> None:
    """Only missing folders are created (0700) and reported."""
    assert make_private_dirs(tmp_path) == []
    assert make_private_dirs(tmp_path / "x" / "y") == [tmp_path / "x", tmp_path / "x" / "y"]


def test_backup_folders_are_private_all_the_way_down(tmp_path: Path) -> None:
    """The backup folder and every parent created for the first backup are 0700; folders
    that existed before keep their mode."""
    from mentordesk.db.engine import Database
    from mentordesk.db.location import default_backup_dir
    from mentordesk.services.files import BackupService

    path = tmp_path / "data" / "file.sqlite"
    target = default_backup_dir(path)
    existed = {p: stat.S_IMODE(p.stat().st_mode) for p in target.parents if p.exists()}
    db = Database(path)
    backup = BackupService(db).backup("manual")
    db.close()
    created = [p for p in [backup.parent, *backup.parent.parents] if p not in existed]
    assert created and all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in created), created
    assert all(stat.S_IMODE(p.stat().st_mode) == mode for p, mode in existed.items())
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
