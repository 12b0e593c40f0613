"""Privacy: a person's data on request, erasure, retention, and the passphrase of the file."""

from mentordesk.gui.privacy.passphrase import (
    PassphraseDialog,
    ProtectDialog,
    open_database,
    protect_database,
    protect_with_dialog,
)
from mentordesk.gui.privacy.person import EraseDialog, erase_person, export_person_data
from mentordesk.gui.privacy.retention import RetentionDialog, retention_notice

__all__ = [
    "EraseDialog",
    "PassphraseDialog",
    "ProtectDialog",
    "RetentionDialog",
    "erase_person",
    "export_person_data",
    "open_database",
    "protect_database",
    "protect_with_dialog",
    "retention_notice",
]
