"""What several areas use: the audit log every change writes to, record versions, the lock
against double-booking, the change feed other windows poll."""

from mentordesk.services.common.audit_log import audit
from mentordesk.services.common.feed import ChangeFeed
from mentordesk.services.common.locks import lock_program
from mentordesk.services.common.versions import lost_race, version_of

__all__ = [
    "ChangeFeed",
    "audit",
    "lock_program",
    "lost_race",
    "version_of",
]
