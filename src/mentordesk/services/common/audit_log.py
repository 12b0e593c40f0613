"""Writing to the audit log inside the caller's transaction, and reading it back (worded
when shown: `core/audit_words`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.audit_words import action_text, details_text
from mentordesk.db.actor import current_actor
from mentordesk.db.sql import utcnow
from mentordesk.db.tables import audit_log

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.db.engine import Database


def audit(
    session: Session | sa.Connection,
    action: str,
    *,
    program_id: int | None = None,
    entity: str = "",
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
    reason: str = "",
) -> None:
    """Record what was done; committed or rolled back with the action itself.

    In an ORM session the entry joins the session's unit of work; on a Core connection
    (`Database.write()`, paths that load no ORM) it is inserted at once, with the values the
    record's defaults would give: the time, and `db.actor.current_actor` (the server's role,
    or the user on a file)."""
    values: dict[str, Any] = {
        "action": action,
        "program_id": program_id,
        "entity": entity,
        "entity_id": entity_id,
        "details": details or {},
        "reason": reason,
    }
    if isinstance(session, sa.Connection):
        session.execute(
            sa.insert(audit_log).values(at=utcnow(), actor=current_actor(session), **values)
        )
        return
    from mentordesk.db.models import AuditRecord

    session.add(AuditRecord(**values))


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log as stored (codes and keys, not words)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]
    reason: str

    def action_text(self) -> str:
        """The action in the language of the moment."""
        return action_text(self.action)

    def details_text(self) -> str:
        """Its details ("Fields changed: Boundaries, Place") in the language of the moment."""
        return details_text(self.details)


def audit_entries(db: Database, program_id: int, limit: int = 50) -> list[AuditEntry]:
    """A program's latest audit entries, newest first."""
    with db.read() as session:
        rows = session.execute(
            sa.select(audit_log)
            .where(audit_log.c.program_id == program_id)
            .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
            .limit(limit)
        ).all()
    return [
        AuditEntry(
            id=r.id,
            at=r.at,
            actor=r.actor or "",
            action=r.action,
            entity=r.entity or "",
            entity_id=r.entity_id,
            details=dict(r.details or {}),
            reason=r.reason or "",
        )
        for r in rows
    ]
