"""Files: backups and restore of the open MentorDesk file (see docs/backup.md and
docs/dev/guides/backup.md)."""

from mentordesk.db.backup import Rotation
from mentordesk.services.files.backups import (
    BackupInfo,
    BackupPreferences,
    BackupService,
    backup_before,
    backup_if_due,
    backup_preferences,
    configure_backups,
    describe_backup,
    install_migration_backups,
    recover_damaged,
)

__all__ = [
    "BackupInfo",
    "BackupPreferences",
    "BackupService",
    "Rotation",
    "backup_before",
    "backup_if_due",
    "backup_preferences",
    "configure_backups",
    "describe_backup",
    "install_migration_backups",
    "recover_damaged",
]
