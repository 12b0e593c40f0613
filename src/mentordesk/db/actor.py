"""Who is writing: one answer for every record of a change.

A versioned record's `changed_by` (db/models/base.VersionedMixin) and the audit log's
`actor` (db/models/audit.AuditRecord) both take `current_actor` as their default, so they
always agree. No ORM here: server engines install `remember_actor` as they are made, before
anything else loads.
"""

from __future__ import annotations

import getpass
import socket
from typing import Any

#: Where a server connection keeps the role it was authenticated as (read when it opens).
ACTOR_KEY = "mentordesk_actor"


def current_actor(context: Any = None) -> str:
    """Who is writing: the one answer for a record's `changed_by` (versions) and the audit
    log's `actor`. On a server, the role the server authenticated (`current_user`, which its
    policies check; read once per connection by `remember_actor`), whatever the address said
    (a service file, no user at all); on a file, the operating-system user and host (two
    windows on one shared file are told apart by the machine they run on)."""
    info = getattr(getattr(context, "connection", None), "info", None)
    if info is not None and ACTOR_KEY in info:
        return str(info[ACTOR_KEY])
    return _local_actor()


def actor_default(context: Any) -> str:
    """`current_actor` as a column default: SQLAlchemy passes the execution context only to a
    callable whose one argument has no default value."""
    return current_actor(context)


def remember_actor(dbapi_connection: Any, connection_record: Any) -> None:
    """Engine "connect" listener for a server: note the connection's `current_user`."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT current_user")
        connection_record.info[ACTOR_KEY] = str(cursor.fetchone()[0])
    finally:
        cursor.close()
        dbapi_connection.rollback()


def _local_actor() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a container, say
        user = "unknown user"
    return f"{user}@{socket.gethostname()}"[:200]
