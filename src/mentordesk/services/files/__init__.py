"""Files: backups and restore of the open MentorDesk file (see docs/backup.md)."""

from mentordesk.db.backup import Rotation
from mentordesk.services.files.backups import (
    BackupInfo,
    BackupService,
    backup_before,
    describe_backup,
    install_migration_backups,
    recover_damaged,
)

__all__ = [
    "BackupInfo",
    "BackupService",
    "Rotation",
    "backup_before",
    "describe_backup",
    "install_migration_backups",
    "recover_damaged",
]
