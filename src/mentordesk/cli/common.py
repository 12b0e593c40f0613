"""What every command shares: the open database, output helpers, the internal-error path."""

from __future__ import annotations

import datetime as dt
import json
import sys
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
            self._db = Database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail_internal(error: BaseException) -> int:
    """Unexpected failure: one line for the user, the traceback in the user's log file (0600,
    scrubbed of names, e-mails, dates and notes) for us."""
    from mentordesk.core.logs import append_to_log

    stamp = dt.datetime.now().isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(error))
    log = append_to_log(f"ERROR mentordesk.cli: internal error\n{details}", stamp=stamp)
    where = f" (details in {log})" if log is not None else ""
    print(f"mentordesk: internal error: {error}{where}", file=sys.stderr)
    return 1
