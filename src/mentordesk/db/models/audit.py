"""Audit log: what the coordinator changed, when, who, and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.actor import actor_default
from mentordesk.db.models.base import Base, utcnow


class AuditRecord(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    program_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="SET NULL"), index=True
    )
    # Never set by the caller (base.current_actor: the server role, or the user on a file): on
    # a server the policy on audit_log refuses a row whose actor is not the role writing it.
    actor: Mapped[str] = mapped_column(sa.String(63), default=actor_default, server_default="")
    action: Mapped[str] = mapped_column(sa.String(100))
    entity: Mapped[str] = mapped_column(sa.String(100), default="")
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
