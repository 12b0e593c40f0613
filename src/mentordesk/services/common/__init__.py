"""What several areas use: the audit log every change writes to, record versions, the lock
against double-booking, the change feed other windows poll.

The names load on first use (PEP 562): `ChangeFeed`, which a window starts polling as soon as
its file is open, reads with SQLAlchemy Core and must not pull in the ORM records that the
audit log, the versions and the locks need.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import by_module, first_use

if TYPE_CHECKING:
    from mentordesk.services.common.audit_log import AuditEntry, audit, audit_entries
    from mentordesk.services.common.feed import ChangeFeed, read_counters
    from mentordesk.services.common.locks import lock_program
    from mentordesk.services.common.versions import lost_race, version_of

_MODULES = {
    "audit_log": ("AuditEntry", "audit", "audit_entries"),
    "feed": ("ChangeFeed", "read_counters"),
    "locks": ("lock_program",),
    "versions": ("lost_race", "version_of"),
}
_LAZY = by_module(_MODULES)


__getattr__ = first_use(__name__, _LAZY)


__all__ = [
    "AuditEntry",
    "ChangeFeed",
    "audit",
    "audit_entries",
    "lock_program",
    "lost_race",
    "read_counters",
    "version_of",
]
