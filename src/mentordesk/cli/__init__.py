"""The headless `mentordesk` command: the same services as the GUI.

Exit codes: 0 success, 1 bad input (a message on stderr), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mentordesk import __version__
from mentordesk.cli import files, matching, pairs, pdf, programs, reports, roster, spreadsheet
from mentordesk.cli.common import CliContext, fail_internal
from mentordesk.core.errors import MentorDeskError

COMMAND_MODULES = (programs, roster, spreadsheet, matching, pairs, pdf, reports, files)

GuiLauncher = Callable[[Path | None], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: run a mentoring program from one local file. "
        "Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"mentordesk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="database file (default: $MENTORDESK_DB or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, gui_launcher: GuiLauncher | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if gui_launcher is None:
            parser.print_help()
            return 2
        return gui_launcher(args.db)
    ctx = CliContext(args.db)
    try:
        result: int = args.handler(args, ctx)
        sys.stdout.flush()  # a closed pipe shows up here, not in the interpreter's exit
        return result
    except BrokenPipeError:
        return _reader_went_away()
    except MentorDeskError as error:
        print(f"mentordesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mentordesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        from mentordesk.db.engine import describe_error

        friendly = describe_error(error, ctx.db_path)
        if friendly is not None:
            print(f"mentordesk: {friendly}", file=sys.stderr)
            return 1
        return fail_internal(error)
    finally:
        ctx.close()


def _reader_went_away() -> int:
    """`mentordesk report … | head`: the reader closed the pipe. Stop quietly, like any Unix
    tool killed by SIGPIPE, and point stdout at /dev/null so the final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or already closed
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left
