"""`mentordesk transfer --to DB [--from DB] [--program NAME …]`: copy programs between
databases (a file and a server, either way, or two files)."""

from __future__ import annotations

import argparse
import sys

from mentordesk.cli.common import CliContext


def run_copy(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.db.location import parse_location
    from mentordesk.services.transfer import transfer_programs

    # Each end opens as `--db` would: a server's password from the passfile, the keyring or
    # a prompt; an encrypted file's passphrase from --passphrase-file or a prompt.
    source = ctx if args.source is None else CliContext(parse_location(args.source))
    if args.source is not None:
        source.passphrase_file = ctx.passphrase_file
    target = CliContext(parse_location(args.target))
    try:

        def progress(message: str) -> None:
            print(message, file=sys.stderr)

        report = transfer_programs(source.db, target.db, args.programs, progress=progress)
    finally:
        target.close()
        if source is not ctx:
            source.close()
    for line in report.lines():
        print(line)
    return 0
