"""Audit log: what the coordinator changed, when, who, and why."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from mentordesk.db.models.base import Base, utcnow


class CurrentActor(FunctionElement[str]):
    """Who is writing, as the database sees it: `current_user` on a server (the role the
    server authenticated, which its policies check too), the operating-system user on a file."""

    type = sa.String()
    inherit_cache = True


@compiles(CurrentActor)
def _server_actor(element: CurrentActor, compiler: SQLCompiler, **kw: Any) -> str:
    return "CURRENT_USER"


@compiles(CurrentActor, "sqlite")
def _file_actor(element: CurrentActor, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(sa.literal(local_user()), **kw)


def local_user() -> str:
    """The operating-system user running MentorDesk on a file."""
    try:
        return getpass.getuser()[:63]
    except (KeyError, OSError):  # no user name (a container, say)
        return "unknown user"


class AuditRecord(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    program_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="SET NULL"), index=True
    )
    # Set by the database (see CurrentActor), never by the caller: on a server the policy on
    # audit_log refuses a row whose actor is not the role writing it.
    actor: Mapped[str] = mapped_column(sa.String(63), default=CurrentActor(), server_default="")
    action: Mapped[str] = mapped_column(sa.String(100))
    entity: Mapped[str] = mapped_column(sa.String(100), default="")
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
