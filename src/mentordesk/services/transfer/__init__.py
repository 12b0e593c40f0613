"""Moving data: copy chosen programs, whole, from one database to another (file or server)."""

from mentordesk.services.transfer.copy import NOT_COPIED, SCOPE, TransferReport, transfer_programs

__all__ = [
    "NOT_COPIED",
    "SCOPE",
    "TransferReport",
    "transfer_programs",
]
