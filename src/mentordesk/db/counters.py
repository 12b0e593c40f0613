"""The change counters' rule: which topic a write to a table changes, and how a committing
transaction bumps the counters of the topics it wrote.

One place for both ways of writing: the ORM session's listeners (`db/models/changes.py`) and
`Database.write()`'s Core connection (paths that load no ORM, such as a matching run) note the
tables they write and call `bump` just before they commit. No ORM here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from mentordesk.core.changes import Topic
from mentordesk.db.tables import change_counters as counters

_PARTICIPANT_TABLES = {
    "participants", "memberships", "screenings", "screening_references", "trainings",
    "guardians", "membership_changes",
}  # fmt: skip
_TOPICS: dict[str, Topic] = {
    "programs": Topic.PROGRAMS,
    **dict.fromkeys(_PARTICIPANT_TABLES, Topic.PARTICIPANTS),
    "exclusions": Topic.MATCHING,
    "match_drafts": Topic.MATCHING,
    "pairs": Topic.PAIRS,
    "pair_members": Topic.PAIRS,
    "pair_events": Topic.PAIRS,
}
#: Tables whose writes nobody else displays.
_SILENT = {"audit_log", "change_counters", "alembic_version"}
#: Where a `Database.write()` connection collects the topics it wrote (`connection.info`).
WRITTEN = "mentordesk_written"
_DML = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.IGNORECASE)


def topic_of(table: str) -> Topic | None:
    """The topic a write to `table` changes (agreements, meetings … are RECORDS)."""
    if table in _SILENT:
        return None
    return _TOPICS.get(table, Topic.RECORDS)


def topics_of(tables: Iterable[str]) -> set[Topic]:
    return {t for t in map(topic_of, tables) if t is not None}


def bump(connection: sa.Connection, topics: Iterable[Topic]) -> None:
    """Add one to the counter of each topic (inside the committing transaction)."""
    for topic in sorted(set(topics)):
        bumped = connection.execute(
            counters.update()
            .where(counters.c.topic == topic.value)
            .values(value=counters.c.value + 1)
        )
        if bumped.rowcount == 0:
            connection.execute(counters.insert().values(topic=topic.value, value=1))


def note_statement(connection: sa.Connection, statement: Any) -> None:
    """Note the table a Core DML statement or a driver-level SQL string writes, when the
    connection is a `Database.write()` one (other connections keep no list)."""
    written = connection.info.get(WRITTEN)
    if written is None:
        return
    if isinstance(statement, str):
        note_sql(connection, statement)
        return
    if getattr(statement, "is_dml", False):
        name = getattr(getattr(statement, "table", None), "name", None)
        if isinstance(name, str):
            written.update(topics_of((name,)))


def note_sql(connection: sa.Connection, sql: str) -> None:
    """`note_statement` for SQL text (INSERT INTO / UPDATE / DELETE FROM <table> …)."""
    written = connection.info.get(WRITTEN)
    found = _DML.match(sql) if written is not None else None
    if found and written is not None:
        written.update(topics_of((found.group(1),)))


__all__ = ["WRITTEN", "bump", "note_sql", "note_statement", "topic_of", "topics_of"]
