"""Where the database file lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "MentorDesk"
ENV_VAR = "MENTORDESK_DB"


def default_db_path() -> Path:
    """`MENTORDESK_DB` if set, else mentordesk.sqlite in the platform's user data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "mentordesk.sqlite"
