"""Files: backups, restore, and opening a file safely (see docs/backup.md)."""

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

__all__ = [
    "BackupSettingsDialog",
    "RestoreDialog",
    "apply_backup_preferences",
    "can_ask_about",
    "confirm_replace",
    "load_backup_preferences",
    "open_for_window",
]
