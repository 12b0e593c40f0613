"""The schema's migrations, shared by both engines: Alembic's configuration, running the
scripts (on a file under its writer lock, on a server under an advisory lock: `db/server.py`),
and what the scripts' head is (to know whether a database is current)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@cache
def model_tables() -> frozenset[str]:
    from mentordesk.db.models import Base

    return frozenset(Base.metadata.tables)


# -- migrations ----------------------------------------------------------------------------
def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the schema up to the newest Alembic revision, in one transaction (on a server,
    holding an advisory lock so that two clients never build it at once)."""
    if engine.dialect.name == "postgresql":
        from mentordesk.db.server import migrate_locked

        migrate_locked(engine, upgrade_on)
        return
    with engine.begin() as connection:
        upgrade_on(connection)


def upgrade_on(connection: sa.Connection) -> None:
    """Alembic's upgrade to head on an open transaction."""
    from alembic import command

    # The connection is handed over: the path never goes through a URL or a config file.
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _scripts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in (MIGRATIONS_DIR / "versions").glob("*.py")]


@cache
def _script_revisions() -> frozenset[str]:
    found = (re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", t, re.MULTILINE) for t in _scripts())
    return frozenset(m.group(1) for m in found if m)


@cache
def _script_heads() -> frozenset[str]:
    """Head revisions, read from the migration scripts without importing Alembic.

    Alembic costs a noticeable part of the application's start-up, and it is only needed
    when the file actually has to be migrated.
    """
    parents: set[str] = set()
    for text in _scripts():
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.MULTILINE)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return _script_revisions() - parents


def is_current(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return False
        current = set(
            connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
        )
    return current == set(_script_heads())
