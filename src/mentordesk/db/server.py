"""A MentorDesk database on a PostgreSQL server (district mode): the engine, what the
server holds, and the server's failures said in one sentence each.

`Database` (db/engine.py) calls these when its location is a `ServerLocation`; services never
see the difference. The password is handed to the driver as a connection argument, never put
in a URL string, a log line or an error message. Everything SQLite keeps beside the file (the
writer lock, the integrity check, backups) has no counterpart here: the server guards its own
consistency, and backups are the server's (`pg_dump`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from mentordesk.core.i18n import t
from mentordesk.db import errors
from mentordesk.db.actor import remember_actor
from mentordesk.db.location import ServerLocation

#: The advisory lock every client takes while it creates or upgrades the schema, so two
#: coordinators opening a new server at the same moment do not both build it.
MIGRATION_LOCK_KEY = 0x4D44534B  # "MDSK"
#: Seconds a connection attempt waits for a server before saying it is unreachable.
CONNECT_TIMEOUT_S = 10


def make_server_engine(
    location: ServerLocation, *, password: str | None = None, readonly: bool = False
) -> sa.Engine:
    """An engine on the server; every connection made by the driver from these parameters."""
    url = sa.URL.create(
        "postgresql+psycopg",
        username=location.user or None,
        host=location.host or None,
        port=location.port,
        database=location.database or None,
        query=dict(location.options),
    )
    connect_args: dict[str, Any] = {"application_name": "MentorDesk"}
    if "connect_timeout" not in dict(location.options):
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    if password:
        connect_args["password"] = password
    if readonly:
        connect_args["options"] = "-c default_transaction_read_only=on"
    engine = sa.create_engine(
        url,
        connect_args=connect_args,
        hide_parameters=True,  # no name, e-mail or birth date in any error or log
        pool_pre_ping=True,  # a connection the server dropped is replaced, not reported
    )
    # Who writes (changed_by, audit actor) is the role the server authenticated.
    sa.event.listen(engine, "connect", remember_actor)
    return engine


def first_connection(engine: sa.Engine, location: ServerLocation) -> None:
    """Connect once, turning the server's refusals into one sentence each."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            connection.rollback()
    except sa.exc.DBAPIError as error:
        raise connection_error(error, location) from None


def connection_error(error: BaseException, location: ServerLocation) -> errors.FileError:
    """What a failed connection means for the coordinator (never the driver's own text)."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    who = location.user or "your user name"
    where = location.host or location.option("service") or "the local server"
    if "no password supplied" in text or "password is required" in text:
        return errors.PasswordRequiredError(
            t(
                "The server {where} needs the password of {who}; nothing was opened",
                where=where,
                who=who,
            )
        )
    if "password authentication failed" in text or "authentication failed" in text:
        return errors.WrongPasswordError(
            t(
                "The server {where} refused the password of {who}; nothing was opened",
                where=where,
                who=who,
            )
        )
    if "database" in text and "does not exist" in text:
        return errors.ServerError(
            t(
                "The server {where} has no database called {value}; ask whoever runs the server "
                "to create it; nothing was changed",
                where=where,
                value=location.database or who,
            )
        )
    if "role" in text and "does not exist" in text:
        return errors.ServerError(
            t(
                "The server {where} has no user called {who}; ask whoever runs it to add you",
                where=where,
                who=who,
            )
        )
    if "does not match host name" in text:
        return errors.ServerError(
            t(
                "A secure (TLS) connection to {where} could not be made: the server's "
                "certificate is made out to another host name (connect with the name it "
                "carries); nothing was opened",
                where=where,
            )
        )
    if "ssl" in text or "certificate" in text or "tls" in text:
        return errors.ServerError(
            t(
                "A secure (TLS) connection to {where} could not be made: the server's "
                "certificate is not the one the CA file vouches for, or the server offers no "
                "TLS; nothing was opened",
                where=where,
            )
        )
    if "permission denied" in text or "not permitted" in text or "pg_hba" in text:
        return errors.ServerError(
            t(
                "The server {where} does not let {who} use {value}; nothing was opened",
                where=where,
                who=who,
                value=location.database or "it",
            )
        )
    return errors.ServerUnreachableError(
        t(
            "The server {where} cannot be reached (it may be down, or the address is wrong); "
            "nothing was opened",
            where=where,
        )
    )


# -- what the server holds -----------------------------------------------------------------
def read_catalog(engine: sa.Engine) -> tuple[set[str], set[str], bool]:
    """(table names, schema revisions, whether any of our tables holds a row) in the
    connection's schema.

    Rows are looked for only in a schema without a revision (the one case that needs it,
    `Database._check_server_schema`): that needs the records' table names, and so the ORM,
    which opening a MentorDesk database does not load (a revision means it is ours)."""
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        tables = set(inspector.get_table_names())
        revisions: set[str] = set()
        if "alembic_version" in tables:
            revisions = set(
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
            )
        has_rows = False
        if not revisions:
            from mentordesk.db.schema import model_tables

            has_rows = any(
                connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is not None
                for name in tables & model_tables()
            )
        connection.rollback()
    return tables, revisions, has_rows


def migrate_locked(engine: sa.Engine, upgrade: Callable[[sa.Connection], None]) -> None:
    """Run `upgrade` in one transaction holding the schema advisory lock."""
    with engine.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        upgrade(connection)


__all__ = [
    "connection_error",
    "first_connection",
    "make_server_engine",
    "migrate_locked",
    "read_catalog",
]
