"""Where the database file lives unless the user says otherwise."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "MentorDesk"
ENV_VAR = "MENTORDESK_DB"
BACKUP_ENV_VAR = "MENTORDESK_BACKUPS"


def default_db_path() -> Path:
    """`MENTORDESK_DB` if set, else mentordesk.sqlite in the platform's user data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "mentordesk.sqlite"


def default_backup_dir(db_path: Path) -> Path:
    """`MENTORDESK_BACKUPS` if set, else a folder per database under the user data folder.

    Each database file gets its own folder (named after it and a short hash of its full
    path), so two files called mentoring.sqlite in different places never share backups.
    """
    override = os.environ.get(BACKUP_ENV_VAR)
    if override:
        return Path(override).expanduser()
    absolute = os.fspath(Path(db_path).expanduser().absolute())
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"
    return root / f"{Path(db_path).stem}-{digest}"
