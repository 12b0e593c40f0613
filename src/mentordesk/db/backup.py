"""Backups of a MentorDesk file with SQLite's online backup API, verified and rotated.

A backup is a complete MentorDesk file, copied page by page while the application may keep
working (`sqlite3.Connection.backup`), written to a temporary file (0600) in the backup
folder, checked with `PRAGMA integrity_check`, and only then renamed into place — and only
then are older backups rotated out (7 daily, 4 weekly, 12 monthly by default).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mentordesk.core.private_files import make_private_dirs
from mentordesk.db import errors
from mentordesk.db.sqlite_file import FileState, connect, inspect_file

SUFFIX = ".sqlite"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class Rotation:
    """How many backups to keep: the newest of each of the last N days, weeks, months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: dt.datetime  # local time, from the file name
    reason: str


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for the restore dialog and `mentordesk backups`."""

    programs: int
    people: int
    pairs: int
    last_change: dt.datetime | None


def backup_name(db_path: Path, reason: str, now: dt.datetime) -> str:
    slug = re.sub(r"[^a-z]+", "-", reason.lower()).strip("-") or "manual"
    return f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{slug}{SUFFIX}"


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target` (temporary, verified, renamed)."""
    make_private_dirs(target.parent)  # every folder it creates 0700, parents included
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        destination = sqlite3.connect(os.fspath(temporary), isolation_level=None)
        try:
            source.backup(destination, pages=1024)
            destination.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            destination.close()
        verify(temporary)
        os.replace(temporary, target)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
        raise


def copy_file(source: Path, target: Path) -> None:
    """A verified copy of the MentorDesk file `source` at `target` (temporary, renamed)."""
    connection = connect(source, readonly=True)
    try:
        copy_database(connection, target)
    finally:
        connection.close()


def verify(path: Path) -> None:
    """`PRAGMA integrity_check` on a copy; DamagedFileError unless it says ok."""
    connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError:
        result = None
    finally:
        connection.close()
    if not result or result[0] != "ok":
        raise errors.damaged(path)


def list_backups(folder: Path, db_path: Path) -> list[BackupFile]:
    """The backups of `db_path` in `folder`, newest first."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if not match or match.group("stem") != db_path.stem:
            continue
        stamp = match.group("stamp")
        pattern = "%Y%m%d-%H%M%S-%f" if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
        taken = dt.datetime.strptime(stamp, pattern)
        found.append(BackupFile(path, taken, match.group("reason").replace("-", " ")))
    found.sort(key=lambda b: b.taken, reverse=True)
    return found


def to_keep(backups: Iterable[BackupFile], rotation: Rotation) -> set[Path]:
    """Every backup of the last 24 hours (the one before each import, rollover …), and the
    newest of each of the last daily/weekly/monthly periods."""
    ordered = sorted(backups, key=lambda b: b.taken, reverse=True)
    if not ordered:
        return set()
    recent = ordered[0].taken - dt.timedelta(days=1)
    keep = {b.path for b in ordered if b.taken >= recent}
    for count, period in (
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: t.isocalendar()[:2]),
        (rotation.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for backup in ordered:
            key = period(backup.taken)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, db_path: Path, rotation: Rotation) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns them."""
    backups = list_backups(folder, db_path)
    keep = to_keep(backups, rotation)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def contents(path: Path) -> BackupContents:
    """Counts and the last recorded change in a MentorDesk file (read-only)."""
    if inspect_file(path).state is not FileState.MENTORDESK:
        raise errors.not_mentordesk(path)
    connection = connect(path, readonly=True)
    try:

        def count(table: str) -> int:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        last = connection.execute("SELECT max(at) FROM audit_log").fetchone()[0]
        return BackupContents(
            programs=count("programs"),
            people=count("participants"),
            pairs=count("pairs"),
            last_change=dt.datetime.fromisoformat(last) if last else None,
        )
    finally:
        connection.close()


def copy_into(source: Path, live: sqlite3.Connection) -> None:
    """Replace the whole content of the open file `live` with the backup at `source`.

    The backup API writes the pages inside one write transaction on `live`: a crash during
    the copy leaves the file as it was before.
    """
    verify(source)
    backup = connect(source, readonly=True)
    try:
        backup.backup(live, pages=1024)
    finally:
        backup.close()
