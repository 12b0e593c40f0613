"""`mentordesk transfer --to DB [--from DB] [--program NAME …]`: copy programs between
databases (a file and a server, either way, or two files)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from mentordesk.cli.common import CliContext

if TYPE_CHECKING:
    from mentordesk.db.engine import Database


def run_copy(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.transfer import transfer_programs

    source = ctx.db if args.source is None else _open(args.source)
    target = _open(args.target)
    try:

        def progress(message: str) -> None:
            print(message, file=sys.stderr)

        report = transfer_programs(source, target, args.programs, progress=progress)
    finally:
        target.close()
        if args.source is not None:
            source.close()
    for line in report.lines():
        print(line)
    return 0


def _open(location: str) -> Database:
    """A file or a server, opened the way `--db` opens it."""
    from mentordesk.db.engine import Database

    return Database(location)
