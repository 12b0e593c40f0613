"""The headless `mentordesk` command: the same services as the GUI.

Exit codes: 0 success, 1 bad input (a message on stderr), 2 bad usage (argparse),
130 interrupted (Ctrl-C).

Start-up stays cheap: `COMMANDS` (mentordesk/commands.py) names each command's module and
one-line help, so the top-level `--help` (and a misspelt command) needs no command module at
all, and a command imports only its own module. A command module imports only the standard
library, `cli.common` and pure `core` modules at its top; services, documents, importing and
third-party libraries are imported inside the handler that uses them
(`tests/cli/test_cli_startup.py` checks both).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from mentordesk import __version__
from mentordesk.commands import COMMANDS, DB_HELP, DESCRIPTION, PASSPHRASE_HELP, PROG

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (~10 ms) for --help
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import Any

    from mentordesk.cli.common import CliContext
    from mentordesk.db.location import Location

    GuiLauncher = Callable[[Location | None], int]

#: Global options taking a value, as (option, metavar); they work before or after the command.
GLOBAL_VALUE_OPTIONS = (("--db", "PATH|URL"), ("--passphrase-file", "FILE"))


def _path(text: str) -> Path:
    from pathlib import Path  # not needed for --help or --version

    return Path(text)


def _location(text: str) -> Location:
    """--db: a file path or a postgresql:// address (one sentence for a refused one, which
    never repeats the address: it may hold a password)."""
    from mentordesk.db.location import LocationError, parse_location

    try:
        return parse_location(text)
    except LocationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--version and --db on the top-level parser and on every command's parser (there with
    SUPPRESS, so a value given before the command is kept when none is given after it)."""
    have = parser._option_string_actions  # an option a module declared itself stays its own
    if "--version" not in have:
        parser.add_argument("--version", action="version", version=f"mentordesk {__version__}")
    if "--db" not in have:
        default = None if top else argparse.SUPPRESS
        parser.add_argument(
            "--db", type=_location, metavar="PATH|URL", default=default, help=DB_HELP
        )
    if "--passphrase-file" not in have:
        default = None if top else argparse.SUPPRESS
        parser.add_argument(
            "--passphrase-file",
            type=_path,
            metavar="FILE",
            default=default,
            # Shown in every command's --help; the top-level help keeps to one usage line.
            help=argparse.SUPPRESS if top else PASSPHRASE_HELP,
        )


def _command_in(argv: Sequence[str]) -> str | None:
    """The command word of `argv`: its first argument that is neither an option nor the
    value of a global option."""
    takes_value = {name for name, _ in GLOBAL_VALUE_OPTIONS}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            continue
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _sub_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser under `parser` (a command's own sub-commands, e.g. `pdf agreement`)."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_sub_parsers(child))
    return found


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only `command`'s module is imported and registers its real sub-parser(s),
    every other command is a name with its help line. `command="*"` registers them all."""
    from mentordesk.commands import language

    translated = language() != "en"
    if translated:  # before any parser: argparse translates its group titles as it makes them
        from mentordesk.cli.language import install, localize

        install()
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = {m for m, _ in COMMANDS.values()} if command == "*" else set()
    if command in COMMANDS:
        wanted.add(COMMANDS[command][0])
    registered: set[str] = set()
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name not in wanted:
            sub.add_parser(name, help=help_text, add_help=False)
        elif module_name not in registered:
            registered.add(module_name)
            before = set(sub.choices)
            module = importlib.import_module(f"mentordesk.cli.{module_name}")
            module.register(sub)
            for added in set(sub.choices) - before:
                for child in (sub.choices[added], *_sub_parsers(sub.choices[added])):
                    _add_global_options(child, top=False)
    if translated:
        localize(parser)
    return parser


def main(argv: Sequence[str] | None = None, gui_launcher: GuiLauncher | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command_in(argv))
    args = parser.parse_args(argv)
    if args.command is not None and not hasattr(args, "handler"):
        # argparse read the command word elsewhere than _command_in did: register that one.
        args = build_parser(args.command).parse_args(argv)
    if args.command is None:
        if gui_launcher is None:
            parser.print_help()
            return 2
        return gui_launcher(args.db)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from mentordesk.cli.common import CliContext, fail_internal
    from mentordesk.commands import language
    from mentordesk.core.errors import MentorDeskError
    from mentordesk.core.i18n import set_language

    # One choice of language for the whole command: its own lines and what the services say.
    set_language(language())
    ctx = CliContext(args.db, passphrase_file=args.passphrase_file)
    try:
        handler: Callable[[argparse.Namespace, CliContext], Any] = args.handler
        result: int = handler(args, ctx)
        sys.stdout.flush()  # a closed pipe shows up here, not in the interpreter's exit
        return result
    except BrokenPipeError:
        return _reader_went_away()
    except MentorDeskError as error:
        print(f"mentordesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return interrupted()
    except Exception as error:
        if _during_interrupt(error):
            return interrupted()
        from mentordesk.db.engine import describe_error

        friendly = describe_error(error, ctx.db_path)
        if friendly is not None:
            print(f"mentordesk: {friendly}", file=sys.stderr)
            return 1
        return fail_internal(error)
    finally:
        ctx.close()


def _during_interrupt(error: BaseException) -> bool:
    """An error raised while a Ctrl-C was being handled (a rollback on a connection the
    interrupt left closed): the interrupt is what happened, not an internal error."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def interrupted() -> int:
    """Ctrl-C: one line, no traceback, the shell's exit status for SIGINT."""
    from mentordesk.cli.language import INTERRUPTED, _

    print(f"mentordesk: {_(INTERRUPTED)}", file=sys.stderr, flush=True)
    return 130


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
