"""What every command shares: the open database, output helpers, the internal-error path.

Imported by every command module at its top, so it imports nothing heavy itself: the database
layer (SQLAlchemy) is loaded when a command first uses `ctx.db`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentordesk.db.engine import Database


class CliContext:
    """Opens the database on first use, so `--help` and `--version` never touch a file."""

    def __init__(self, db_path: Path | None) -> None:
        if db_path is None:
            from mentordesk.db.location import default_db_path

            db_path = default_db_path()
        self.db_path = db_path
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from mentordesk.db.engine import Database

            self._db = Database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail_internal(error: BaseException) -> int:
    """Unexpected failure: one line for the user, the traceback in a log file for us."""
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / "mentordesk-error.log"
    try:
        with log.open("a", encoding="utf-8") as handle:
            traceback.print_exception(error, file=handle)
        where = f" (details in {log})"
    except OSError:
        where = ""
    print(f"mentordesk: internal error: {error}{where}", file=sys.stderr)
    return 1
