"""Console entry point: a command runs headless; no command opens the application."""

from __future__ import annotations

import sys
from pathlib import Path

from mentordesk.cli import main as cli_main


def _launch_gui(db_path: Path | None) -> int:
    from mentordesk.gui.app import run_gui

    return run_gui(db_path)


DATABASE_SUFFIXES = (".mentordesk", ".sqlite", ".sqlite3", ".db")


def opened_file(argv: list[str]) -> Path | None:
    """`mentordesk FILE`: what a desktop does when a database file is double-clicked."""
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    path = Path(argv[0])
    if path.suffix.lower() in DATABASE_SUFFIXES and path.is_file():
        return path
    return None


def main() -> int:
    argv = sys.argv[1:]
    path = opened_file(argv)
    if path is not None:
        return _launch_gui(path)
    return cli_main(argv, gui_launcher=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
