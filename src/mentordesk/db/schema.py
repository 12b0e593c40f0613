"""The schema's migrations, shared by both engines: Alembic's configuration, running the
scripts (on a file under its writer lock, on a server under an advisory lock: `db/server.py`),
and whether a database is at the scripts' head (`db/revisions.py` reads the scripts)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import sqlalchemy as sa

from mentordesk.db.revisions import MIGRATIONS_DIR
from mentordesk.db.revisions import script_heads as _script_heads

if TYPE_CHECKING:
    from alembic.config import Config


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


def is_current(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return False
        current = set(
            connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
        )
    return current == set(_script_heads())
