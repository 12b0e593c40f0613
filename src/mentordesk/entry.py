"""Console entry point: a command runs headless; no command opens the application.

Kept to what the bare interpreter has already loaded: `--version` and `--help` answer without
importing argparse (`mentordesk.commands`), and the CLI imports only the command that runs
(see `mentordesk.cli`).

Ctrl-C at any moment prints one line and exits 130: a KeyboardInterrupt raised while importing
or running is caught here (the CLI catches its own to close the database first; the GUI quits
its event loop, see `gui.app`), and once `main` is done a Ctrl-C during the interpreter's exit
ends the process at once instead of printing a traceback from its clean-up.
"""

# No `from __future__ import annotations`: it imports the __future__ module, on the path of
# --version and --help; the annotations that name what is not imported are quoted instead.
import _signal  # the C module `signal` wraps: already loaded, and `signal` would import enum
import os
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from pathlib import Path

    from mentordesk.db.location import Location

_state = {"told": False}
INTERRUPTED = "mentordesk: interrupted\n"


def _launch_gui(db_path: "Location | None") -> int:
    # A KeyboardInterrupt inside PySide6's own start-up makes shiboken print a traceback and
    # abort the process, so until the GUI's event-loop handler takes over Ctrl-C ends the
    # process at once (an open SQLite transaction rolls back on the next open).
    if _signal.getsignal(_signal.SIGINT) is _on_sigint:
        _signal.signal(_signal.SIGINT, _exit_now)
    from mentordesk.gui.feature_scan import skip_feature_scan

    skip_feature_scan()  # before the application's modules and SQLAlchemy's are imported
    from mentordesk.gui.app import run_gui

    return run_gui(db_path)


DATABASE_SUFFIXES = (".mentordesk", ".sqlite", ".sqlite3", ".db")


def gui_location(argv: list[str]) -> "tuple[bool, Location | None]":
    """`mentordesk` or `mentordesk --db PATH|URL`: the application, without building the
    command line's parser (argparse and the command table: ~10 ms before the window paints).
    (True, location) for those; (False, None) for anything else, left to `mentordesk.cli`,
    which also words a refused --db."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db":
        text = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--db="):
        text = argv[0].removeprefix("--db=")
    else:
        return False, None
    if not text or text.startswith("-"):
        return False, None
    from mentordesk.db.location import LocationError, parse_location

    try:
        return True, parse_location(text)
    except LocationError:
        return False, None


def opened_file(argv: list[str]) -> "Path | None":
    """`mentordesk FILE`: what a desktop does when a database file is double-clicked."""
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    from pathlib import Path

    path = Path(argv[0])
    if path.suffix.lower() in DATABASE_SUFFIXES and path.is_file():
        return path
    return None


def interrupted() -> int:
    """Say it once, and give the shell's status for a process ended by SIGINT."""
    if not _state["told"]:
        _state["told"] = True
        os.write(2, INTERRUPTED.encode())
    return 130


def _exit_now(_signum: int, _frame: object) -> None:
    os._exit(interrupted())


def _on_sigint(_signum: int, _frame: object) -> None:
    """Python's own Ctrl-C (KeyboardInterrupt), remembered: one that lands inside a weakref
    callback or a __del__ is printed as "Exception ignored" and swallowed, and the command
    would then finish as if nothing had happened."""
    _state["sigint"] = True
    raise KeyboardInterrupt


def _unraisable(info: "sys.UnraisableHookArgs") -> None:
    """A Ctrl-C swallowed in a weakref callback or __del__: no traceback, just remembered."""
    if isinstance(info.exc_value, KeyboardInterrupt):
        _state["sigint"] = True
        return
    sys.__unraisablehook__(info)


def main() -> int:
    # Within main a Ctrl-C raises KeyboardInterrupt, so a command can close its database first.
    ignored = _signal.getsignal(_signal.SIGINT) is _signal.SIG_IGN  # e.g. a background job
    if not ignored:
        _signal.signal(_signal.SIGINT, _on_sigint)
        sys.unraisablehook = _unraisable
    try:
        argv = sys.argv[1:]
        if argv == ["--version"]:
            from mentordesk import __version__

            print(f"mentordesk {__version__}", flush=True)
            return 0
        if argv in (["--help"], ["-h"]):
            from mentordesk.commands import quick_help

            text = quick_help()
            if text is not None:
                sys.stdout.write(text)
                sys.stdout.flush()
                return 0
        path = opened_file(argv)
        is_gui, location = gui_location(argv)
        if path is not None:
            code = _launch_gui(path)
        elif is_gui:
            code = _launch_gui(location)
        else:
            from mentordesk.cli import main as cli_main

            code = cli_main(argv, gui_launcher=_launch_gui)
        if code == 130:
            _state["told"] = True  # the CLI or the GUI already said so
        elif _state.get("sigint"):  # a Ctrl-C swallowed on the way (see _on_sigint)
            return interrupted()
        return code
    except KeyboardInterrupt:
        return interrupted()
    finally:
        if not ignored:
            _signal.signal(_signal.SIGINT, _exit_now)


if __name__ == "__main__":
    sys.exit(main())
