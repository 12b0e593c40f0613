"""Crash trials, the file: the real command on it, its removal, and the verdict afterwards.

`mentordesk(db, …)` is the real command line on a file; `clean` removes a file with its
companions (WAL, journal, lock). `check` accepts a trial's file only when `PRAGMA
integrity_check` and `foreign_key_check` pass, MentorDesk opens it, and its fingerprint (the
row count of every table) is exactly the one before or the one after a complete run: all or
nothing, anything else is reported as "half-done" with the tables that differ.
`damaged_backups` finds a backup a restore would list that does not verify (unfinished copies
are `.part` files nobody lists). Used by crash_trials.py (killed commands) and crash_pairs.py
(concurrent writers).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

Fingerprint = tuple[tuple[str, int], ...]
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def mentordesk(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "mentordesk.entry", "--db", str(db), *args]


def run(
    command: list[str], env: dict[str, str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)


def clean(target: Path) -> None:
    for suffix in COMPANIONS:
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def fingerprint(path: Path) -> Fingerprint:
    connection = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return tuple(
            (n, connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names
        )
    finally:
        connection.close()


def healthy(path: Path) -> str:
    """'' when the file passes every check, else what failed."""
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "integrity"
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign keys"
    finally:
        connection.close()
    from mentordesk.db.engine import Database

    try:
        Database(path, lock_wait=10).close()
    except Exception as error:  # the point of the trial: any failure to open is counted
        return f"unopenable: {error}"
    return ""


def damaged_backups(env: dict[str, str], target: Path, since: float) -> str:
    """A backup of the trial's file that is listed (a restore would offer it) but damaged.

    Unfinished copies are `.part` files nobody lists; anything named as a backup must be whole.
    """
    from mentordesk.db.backup import list_backups, verify

    folder = Path(env["MENTORDESK_BACKUPS"])
    started = time.time() - (time.perf_counter() - since) - 1
    for backup in list_backups(folder, target):
        if backup.path.stat().st_mtime < started:
            continue
        try:
            verify(backup.path)
        except Exception as error:  # any failure to verify is the finding
            return f"damaged backup {backup.path.name}: {error}"
    return ""


def check(target: Path, before: Fingerprint | None, after: Fingerprint) -> dict[str, object]:
    """What the file holds after a trial: 'before', 'after', 'none' (not created), or a failure."""
    if not target.exists():
        return {"state": "none"} if before is None else {"failure": "the file is gone"}
    problem = healthy(target)
    if problem:
        return {"failure": problem}
    now = fingerprint(target)
    if now == after:
        return {"state": "after"}
    if now == before:
        return {"state": "before"}
    return {"failure": f"half-done ({_diff(now, before, after)})"}


def _diff(now: Fingerprint, before: Fingerprint | None, after: Fingerprint) -> str:
    b = dict(before or ())
    a = dict(after)
    return ", ".join(
        f"{name} {count} (before {b.get(name)}, after {a.get(name)})"
        for name, count in now
        if count not in (b.get(name), a.get(name))
    )
