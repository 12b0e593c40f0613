"""Writing to the audit log inside the caller's transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.db.actor import current_actor
from mentordesk.db.sql import utcnow
from mentordesk.db.tables import audit_log

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
