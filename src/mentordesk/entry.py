"""Console entry point: a command runs headless; no command opens the application."""

from __future__ import annotations

import sys
from pathlib import Path

from mentordesk.cli import main as cli_main


def _launch_gui(db_path: Path | None) -> int:
    from mentordesk.gui.app import run_gui

    return run_gui(db_path)


def main() -> int:
    return cli_main(sys.argv[1:], gui_launcher=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
