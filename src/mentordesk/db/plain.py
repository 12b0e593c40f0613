"""Reads written as SQL text, which run the same through SQLAlchemy and through `sqlite3` alone.

The roster, its live-pair counts and the start-up's program choice are each written once, as
SQL with `:name` parameters (a syntax both SQLAlchemy's `text()` and `sqlite3` accept), and
read through a `Run`. Inside the application they go through the opened `Database` (either
engine); at start-up, before SQLAlchemy has loaded, the same SQL reads the file directly
through `open_current_file` (issue 14: the roster is on screen before SQLAlchemy is imported).
Nothing here imports SQLAlchemy unless it is handed a SQLAlchemy connection.

Values come back as the driver gives them: a date is a `datetime.date` from PostgreSQL and
ISO text from SQLite (SQLAlchemy's `Date` stores it so), which `as_date` reads either way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mentordesk.db.header import SQLITE_HEADER
from mentordesk.db.revisions import script_heads

#: Runs one SQL text with its parameters and returns the rows as tuples.
Run = Callable[[str, Mapping[str, Any]], list[tuple[Any, ...]]]


def runner(connection: Any) -> Run:
    """A `Run` over a `sqlite3` connection, a SQLAlchemy `Connection` or an ORM `Session`."""
    if isinstance(connection, sqlite3.Connection):
        return lambda sql, params: connection.execute(sql, dict(params)).fetchall()

    import sqlalchemy as sa

    # fetchall: one call into the driver (iterating a result fetches row by row).
    return lambda sql, params: list(connection.execute(sa.text(sql), params).fetchall())


def as_date(value: Any) -> dt.date | None:
    """A date column's value as a date (SQLite gives ISO text, PostgreSQL a date)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def open_current_file(path: Path) -> sqlite3.Connection | None:
    """A read-only `sqlite3` connection to `path`, in one read transaction, if it is a plain
    (not encrypted) MentorDesk file at the scripts' head revision; None for anything else —
    missing, empty, encrypted, not a database, needing a migration, unreadable — which only
    `Database` may open. Nothing is written, and no -wal/-shm is created beside a file
    without them. The caller closes it.

    It neither locks nor checks the file (`Database` does both when it opens it): what it
    reads is shown until `Database` has opened the file and read it again.
    """
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        options = "?mode=ro" if Path(f"{path}-wal").exists() else "?immutable=1"
        connection = sqlite3.connect(
            path.absolute().as_uri() + options, uri=True, isolation_level=None
        )
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.execute("PRAGMA query_only=ON")
        connection.execute("BEGIN")  # one snapshot for every read that follows
        found = {r for (r,) in connection.execute("SELECT version_num FROM alembic_version")}
        if found and found == set(script_heads()):
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None
