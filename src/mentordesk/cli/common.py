"""What every command shares: the open database, output helpers, the internal-error path."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from mentordesk.db.engine import Database
from mentordesk.db.location import default_db_path


class CliContext:
    """Opens the database on first use, so `--help` and `--version` never touch a file."""

    def __init__(self, db_path: Path | None) -> None:
        self.db_path = db_path or default_db_path()
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from mentordesk.services.files import BackupService, install_migration_backups

            install_migration_backups()
            self._db = Database(self.db_path)
            BackupService(self._db).backup_if_due()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail_internal(error: BaseException) -> int:
    """Unexpected failure: one line for the user, the traceback in a log file for us."""
    log = Path(tempfile.gettempdir()) / "mentordesk-error.log"
    try:
        with log.open("a", encoding="utf-8") as handle:
            traceback.print_exception(error, file=handle)
        where = f" (details in {log})"
    except OSError:
        where = ""
    # Never the error's text for a database error: it carries SQL (and values, before
    # hide_parameters). Its kind and the log are enough for us.
    text = type(error).__name__ if _is_database_error(error) else str(error)
    print(f"mentordesk: internal error: {text}{where}", file=sys.stderr)
    return 1


def _is_database_error(error: BaseException) -> bool:
    import sqlite3

    import sqlalchemy as sa

    return isinstance(error, (sa.exc.SQLAlchemyError, sqlite3.Error))


def add_force(parser: argparse.ArgumentParser) -> None:
    """`--force`: an existing output file is replaced (without it, the command refuses)."""
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it already exists"
    )
