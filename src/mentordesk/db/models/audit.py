"""Audit log: what the coordinator changed, when, who, and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.models.base import Base, utcnow
from mentordesk.db.sql import CurrentActor, local_user

__all__ = ["AuditRecord", "CurrentActor", "local_user"]


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
