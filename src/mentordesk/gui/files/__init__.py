"""Files: backups, restore, and opening a file safely (see docs/backup.md)."""

from mentordesk.gui.files.dialogs import RestoreDialog, confirm_replace, open_for_window

__all__ = ["RestoreDialog", "confirm_replace", "open_for_window"]
