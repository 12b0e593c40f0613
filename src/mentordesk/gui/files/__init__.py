"""Files: backups, restore, opening a file safely, transferring programs (see docs/backup.md
and docs/dev/guides/backup.md)."""

from mentordesk.gui.files.dialogs import (
    RestoreDialog,
    can_ask_about,
    confirm_replace,
    open_for_window,
)
from mentordesk.gui.files.preferences import (
    BackupSettingsDialog,
    apply_backup_preferences,
    load_backup_preferences,
)
from mentordesk.gui.files.server import ConnectDialog, connect_with_dialog, open_server
from mentordesk.gui.files.transfer import TransferDialog

__all__ = [
    "BackupSettingsDialog",
    "ConnectDialog",
    "RestoreDialog",
    "TransferDialog",
    "apply_backup_preferences",
    "can_ask_about",
    "confirm_replace",
    "connect_with_dialog",
    "load_backup_preferences",
    "open_for_window",
    "open_server",
]
