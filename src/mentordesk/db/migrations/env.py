"""Alembic environment: runs on the connection MentorDesk hands over (or on the configured URL)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from mentordesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection: sa.Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("MentorDesk migrations run online only")
run_migrations_online()
