"""Writing to the audit log inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mentordesk.db.models import AuditRecord


def audit(
    session: Session,
    action: str,
    *,
    program_id: int | None = None,
    entity: str = "",
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
    reason: str = "",
) -> None:
    """Record what was done; committed or rolled back with the action itself."""
    session.add(
        AuditRecord(
            action=action,
            program_id=program_id,
            entity=entity,
            entity_id=entity_id,
            details=details or {},
            reason=reason,
        )
    )
