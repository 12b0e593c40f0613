"""The change counters: how another window or process learns that data changed.

Every write transaction, just before it commits, adds one to the counter of each topic
(core.changes.Topic) whose tables it wrote. A window polls the few rows (`read_counters`)
while it is active; a counter that moved tells it which views to reload. Works the same on
a local file (a CLI command while the GUI is open, a read-only second window) and on a
server. The listeners are registered on SQLAlchemy's Session class, so every session of
every `Database` counts without the services doing anything.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column

from mentordesk.core.changes import Topic
from mentordesk.db.models.base import Base


class ChangeCounterRecord(Base):
    __tablename__ = "change_counters"

    topic: Mapped[str] = mapped_column(sa.String(24), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger, default=0)


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
_KEY = "mentordesk_topics"


def topic_of(table: str) -> Topic | None:
    """The topic a write to `table` changes (agreements, meetings … are RECORDS)."""
    if table in _SILENT:
        return None
    return _TOPICS.get(table, Topic.RECORDS)


def _note(session: Session, tables: set[str]) -> None:
    topics = {t for t in map(topic_of, tables) if t is not None}
    if topics:
        session.info.setdefault(_KEY, set()).update(topics)


@sa.event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    tables = {
        obj.__table__.name
        for obj in (*session.new, *session.dirty, *session.deleted)
        if hasattr(obj, "__table__")
    }
    _note(session, tables)


@sa.event.listens_for(Session, "do_orm_execute")
def _on_execute(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if isinstance(name, str):
            _note(state.session, {name})


@sa.event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()  # what is still pending counts too
    topics = session.info.pop(_KEY, None)
    if not topics:
        return
    table = sa.table("change_counters", sa.column("topic"), sa.column("value"))
    connection = session.connection()
    for topic in sorted(topics):
        bumped = connection.execute(
            table.update().where(table.c.topic == topic.value).values(value=table.c.value + 1)
        )
        if bumped.rowcount == 0:
            connection.execute(table.insert().values(topic=topic.value, value=1))


@sa.event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)


def read_counters(session: Session) -> dict[Topic, int]:
    """Every topic's counter (missing rows read as 0)."""
    record = ChangeCounterRecord
    found = {Topic(t): int(v) for t, v in session.execute(sa.select(record.topic, record.value))}
    return {topic: found.get(topic, 0) for topic in Topic}
