"""Privacy: a person's data on request, erasure, retention, and the passphrase of the file."""

from mentordesk.gui.privacy.person import EraseDialog, erase_person, export_person_data
from mentordesk.gui.privacy.retention import RetentionDialog, retention_notice

__all__ = [
    "EraseDialog",
    "RetentionDialog",
    "erase_person",
    "export_person_data",
    "retention_notice",
]
