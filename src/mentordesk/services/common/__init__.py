"""What several areas use: the audit log every change writes to."""

from mentordesk.services.common.audit_log import audit

__all__ = [
    "audit",
]
