"""Build the new-file template (`db.sqlite_file.NEW_FILE_TEMPLATE`) by running the migrations.

Run at install time (`make`, `make bytecode`): `python -m mentordesk.db.template`. The template
is what the migrations make of an empty file — tables, indexes, triggers, the application id
and the revision — so a first start copies it instead of importing Alembic and running every
script (about a third of a second of CPU, several times that under load or without compiled
bytecode). It is rebuilt only when the scripts' head revision changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from mentordesk.db import sqlite_file
from mentordesk.db.sqlite_file import build_new_file, template_is_current


def build_template(target: Path | None = None) -> bool:
    """(Re)build the template (at `target`, else `NEW_FILE_TEMPLATE`) unless it is already at
    the head; True if built."""
    target = target or sqlite_file.NEW_FILE_TEMPLATE
    if template_is_current(target):
        return False
    with tempfile.TemporaryDirectory(dir=target.parent) as folder:
        built = Path(folder) / target.name
        build_new_file(built)
        os.replace(built, target)
    return True


def main() -> int:
    try:
        build_template()
    except OSError as error:  # a read-only install: new files are built by the migrations
        print(f"new-file template not written ({error.strerror or error})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
