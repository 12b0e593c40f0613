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
from mentordesk.db.counters import bump, topic_of, topics_of
from mentordesk.db.models.base import Base


class ChangeCounterRecord(Base):
    __tablename__ = "change_counters"

    topic: Mapped[str] = mapped_column(sa.String(24), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger, default=0)


_KEY = "mentordesk_topics"
__all__ = ["ChangeCounterRecord", "read_counters", "topic_of"]


def _note(session: Session, tables: set[str]) -> None:
    topics = topics_of(tables)
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
    bump(session.connection(), topics)


@sa.event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)


def read_counters(session: Session) -> dict[Topic, int]:
    """Every topic's counter (missing rows read as 0)."""
    record = ChangeCounterRecord
    found = {Topic(t): int(v) for t, v in session.execute(sa.select(record.topic, record.value))}
    return {topic: found.get(topic, 0) for topic in Topic}
