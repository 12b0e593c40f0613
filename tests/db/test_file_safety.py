"""The file survives interrupted creation, odd paths, foreign and read-only files, two writers."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import Role
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db import engine as engine_module
from mentordesk.db import sqlite_file
from mentordesk.db.engine import Database
from mentordesk.db.errors import (
    DamagedFileError,
    FileBusyError,
    FileInUseError,
    NewerFileError,
    NotMentorDeskFileError,
    ReadOnlyFileError,
)
from mentordesk.db.location import default_db_path
from mentordesk.importing.table import read_csv_bytes
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService, SpreadsheetService


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()


# -- 1. creation is atomic; a half-created file is recovered --------------------------------
@pytest.mark.sqlite_only(reason="the database file itself")
def test_half_created_file_is_rebuilt(tmp_path: Path) -> None:
    """A file an older version left half-created (tables, no revision, no rows) opens."""
    path = tmp_path / "new.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE participants (id INTEGER PRIMARY KEY)")
    connection.execute("CREATE TABLE programs (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    db = Database(path)
    ProgramService(db).create("P")
    db.close()
    assert "alembic_version" in _tables(path)


@pytest.mark.sqlite_only(reason="the database file itself")
def test_zero_byte_file_left_by_a_crash_is_built(tmp_path: Path) -> None:
    """An empty file (a first open killed before the schema) becomes a MentorDesk file."""
    path = tmp_path / "new.sqlite"
    path.touch()
    Database(path).close()
    assert "programs" in _tables(path)


@pytest.mark.sqlite_only(reason="the database file itself")
def test_interrupted_creation_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Creation fails half-way (disk full, crash): no broken file at the path, next open works."""
    path = tmp_path / "new.sqlite"
    real = sqlite_file.migrate

    def failing(engine: sa.Engine) -> None:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE participants (id INTEGER)")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_file, "migrate", failing)  # new files are built there
    with pytest.raises(OSError):
        Database(path)
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["new.sqlite.lock"] or not any(
        p.name.endswith((".new", "-wal")) for p in tmp_path.iterdir()
    )
    monkeypatch.setattr(sqlite_file, "migrate", real)
    Database(path).close()
    assert "programs" in _tables(path)


@pytest.mark.sqlite_only(reason="the database file itself")
def test_schema_creation_is_one_transaction(tmp_path: Path) -> None:
    """DDL runs inside the transaction: a failing migration leaves no table behind."""
    path = tmp_path / "t.sqlite"
    engine = engine_module.make_engine(path)
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE participants (id INTEGER)")
        raise RuntimeError("killed")
    engine.dispose()
    assert "participants" not in _tables(path)


# -- 5. odd paths ---------------------------------------------------------------------------
@pytest.mark.sqlite_only(reason="the database file itself")
@pytest.mark.parametrize("name", ["what?.sqlite", "50%.sqlite", "a#b&c=d.sqlite"])
def test_odd_file_names_open_the_named_file(tmp_path: Path, name: str) -> None:
    """`?`, `%` and `#` are part of the name, not a URL query: that very file is created, 0600."""
    path = tmp_path / name
    Database(path).close()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [name]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.sqlite_only(reason="the database file itself")
def test_accented_home_folder_gets_a_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user whose home folder has an accent (hömé) gets a working default database."""
    home = tmp_path / "hömé"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "données"))
    path = default_db_path()
    db = Database(path)
    ProgramService(db).create("Ünïcode")
    db.close()
    assert path.is_file()


# -- 9. foreign, read-only, newer, damaged --------------------------------------------------
@pytest.mark.sqlite_only(reason="the database file itself")
def test_other_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    """Another program's SQLite file gets one sentence; not a byte or a mode bit changes."""
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.commit()
    connection.close()
    path.chmod(0o644)
    before, mode = path.read_bytes(), stat.S_IMODE(path.stat().st_mode)
    with pytest.raises(NotMentorDeskFileError, match="not a MentorDesk file"):
        Database(path)
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


@pytest.mark.sqlite_only(reason="the database file itself")
def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    """A file that is not SQLite at all (a CSV given as --db) is refused, unchanged."""
    path = tmp_path / "people.csv"
    path.write_text("name,email\nAna,a@example.org\n")
    with pytest.raises(NotMentorDeskFileError):
        Database(path)
    assert path.read_text() == "name,email\nAna,a@example.org\n"


@pytest.mark.sqlite_only(reason="the database file itself")
def test_read_only_file_is_opened_read_only_never_chmodded(db_path: Path) -> None:
    """A 0444 file opens read-only: reading works, writing is one sentence, mode stays 0444."""
    db = Database(db_path)
    ProgramService(db).create("P")
    db.close()
    db_path.chmod(0o444)
    db = Database(db_path)
    assert db.readonly
    assert [p.name for p in ProgramService(db).list()] == ["P"]
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        ProgramService(db).create("Q")
    db.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o444


@pytest.mark.sqlite_only(reason="the database file itself")
def test_read_only_folder_is_never_chmodded(tmp_path: Path) -> None:
    """A file in a 0555 folder opens read-only and the folder stays 0555."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "m.sqlite"
    db = Database(path)
    ProgramService(db).create("P")
    db.close()
    folder.chmod(0o555)
    try:
        db = Database(path)
        assert db.readonly
        assert [p.name for p in ProgramService(db).list()] == ["P"]
        db.close()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o555
        with pytest.raises(ReadOnlyFileError):
            Database(folder / "new.sqlite")
    finally:
        folder.chmod(0o700)


@pytest.mark.sqlite_only(reason="the database file itself")
def test_newer_schema_is_refused_naming_both_versions(db_path: Path) -> None:
    """A file from a newer MentorDesk is refused with both schema versions named, untouched."""
    Database(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'zz99'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerFileError) as error:
        Database(db_path)
    from mentordesk.db.engine import _script_heads

    assert "zz99" in str(error.value)
    assert all(head in str(error.value) for head in _script_heads())
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="the database file itself")
def test_damaged_file_is_refused(db_path: Path) -> None:
    """A damaged file is one sentence pointing at the backups; nothing is written to it."""
    db = Database(db_path)
    for index in range(200):
        ProgramService(db).create(f"Program {index}")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000  # a page of the programs table
    db_path.write_bytes(bytes(data))
    with pytest.raises((DamagedFileError, MentorDeskError), match=r"damaged|restore"):
        db = Database(db_path)
        ProgramService(db).list()


# -- 2 writers: lock, busy timeout, BEGIN IMMEDIATE, the e-mail constraint ------------------
def _hold_lock(path: Path) -> subprocess.Popen[str]:
    script = (
        "import sys, time\n"
        "from mentordesk.db.engine import Database\n"
        "db = Database(sys.argv[1], lock_now=True)\n"
        "print('held', flush=True)\n"
        "time.sleep(30)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


@pytest.mark.sqlite_only(reason="the database file itself")
def test_second_writer_is_told_the_file_is_open_elsewhere(db_path: Path) -> None:
    """While another process holds the file, a writer waits briefly, then gets one sentence;
    reading still works; when that process dies, its lock goes with it."""
    Database(db_path).close()
    holder = _hold_lock(db_path)
    try:
        db = Database(db_path, lock_wait=0.2)
        assert ProgramService(db).list() == []
        with pytest.raises(FileInUseError, match="already open in another window"):
            ProgramService(db).create("P")
        db.close()
    finally:
        holder.kill()
        holder.wait()
    db = Database(db_path, lock_wait=0.2)  # the crashed holder's lock is released by the OS
    ProgramService(db).create("P")
    db.close()


@pytest.mark.sqlite_only(reason="the database file itself")
def test_locked_database_is_one_sentence_without_sql(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that finds the file busy past the timeout says so in one sentence, no SQL."""
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_S", 0.2)
    db = Database(db_path)
    program, _ = ProgramService(db).create("P")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        db.engine.dispose()
        with pytest.raises(FileBusyError) as error:
            RosterService(db).add(program.id, ParticipantInput(full_name="Zoë", role=Role.MENTOR))
        message = str(error.value)
        assert "INSERT" not in message and "Zoë" not in message and "\n" not in message
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()


@pytest.mark.sqlite_only(reason="the database file itself")
def test_two_imports_at_once_add_everyone_once(db_path: Path) -> None:
    """Two imports of the same file at the same moment: every e-mail ends up in the program once."""
    Database(db_path).close()
    rows = "".join(f"Person {i},p{i}@example.org,mentee\n" for i in range(300))
    table = read_csv_bytes(("Name,Email,Role\n" + rows).encode(), source="people.csv")
    barrier = threading.Barrier(2)
    failures: list[BaseException] = []

    def run() -> None:
        db = Database(db_path)
        try:
            service = SpreadsheetService(db)
            plan = service.plan(table, "P")
            barrier.wait()
            service.apply(plan)
        except BaseException as error:  # collected and checked below
            failures.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    connection = sqlite3.connect(db_path)
    count = connection.execute("SELECT count(*) FROM memberships").fetchone()[0]
    people = connection.execute("SELECT count(DISTINCT lower(email)) FROM participants").fetchone()
    connection.close()
    assert count == 300 and people[0] == 300


def test_database_refuses_a_second_person_with_the_same_email(db: Database) -> None:
    """The e-mail rule holds in the database too, whatever writes (case-insensitive)."""
    from mentordesk.services.roster.participant_store import write_participant

    program, _ = ProgramService(db).create("P")
    RosterService(db).add(program.id, ParticipantInput(full_name="Ana", email="ana@example.org"))
    with pytest.raises(ValidationError, match="e-mail"), db.begin() as session:
        write_participant(
            session, program.id, ParticipantInput(full_name="B", email="ANA@example.org")
        )
    other, _ = ProgramService(db).create("Q")  # another program may hold the same address
    RosterService(db).add(other.id, ParticipantInput(full_name="Ana", email="ana@example.org"))


@pytest.mark.sqlite_only(reason="the database file itself")
def test_write_transactions_begin_immediate(db: Database) -> None:
    """A write session holds the write lock from its first statement (BEGIN IMMEDIATE)."""
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.begin() as session:
            session.execute(sa.text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


@pytest.mark.sqlite_only(reason="the database file itself")
def test_files_are_private(db_path: Path) -> None:
    """The database, its WAL/SHM and its lock file are readable only by the user."""
    db = Database(db_path, lock_now=True)
    ProgramService(db).create("P")
    for suffix in ("", "-wal", "-shm", ".lock"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0, suffix
    db.close()
    assert os.access(db_path, os.R_OK)


def test_creation_killed_half_way_leaves_no_litter_after_the_next_open(tmp_path: Path) -> None:
    """A SIGKILL during the first open leaves its hidden temporary file (and WAL) beside the
    file; the next creation removes them, and nothing else (found by bench/crash_trials)."""
    path = tmp_path / "new.sqlite"
    left = [tmp_path / ".new.sqlite.abc123.new", tmp_path / ".new.sqlite.abc123.new-wal"]
    for leftover in left:
        leftover.write_bytes(b"half-built")
    other = tmp_path / ".other.sqlite.abc123.new"
    other.write_bytes(b"someone else's")
    Database(path).close()
    assert "programs" in _tables(path)
    assert not any(leftover.exists() for leftover in left)
    assert other.read_bytes() == b"someone else's"
