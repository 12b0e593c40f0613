"""Ctrl-C at any moment of a command: one line on stderr, exit status 130, no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ctrl_c import ctrl_c_reaches_the_child

SCRIPT = Path(sys.executable).with_name("mentordesk")  # the installed console script
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "mentordesk"]
ONE_LINE = "mentordesk: interrupted\n"

# The commands here work on a file (MENTORDESK_DB), whatever the engine under test.
pytestmark = pytest.mark.sqlite_only(reason="Ctrl-C of a command working on a file")


def _interrupt(argv: list[str], after: float, tmp_path: Path) -> tuple[int, str]:
    ctrl_c_reaches_the_child()
    env = dict(os.environ, MENTORDESK_DB=str(tmp_path / "x.sqlite"))
    child = subprocess.Popen(
        [*COMMAND, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    time.sleep(after)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    return child.returncode, err


def test_interrupt_while_working(tmp_path: Path) -> None:
    """Ctrl-C during a long command (imports or the work itself) prints one line, exits 130."""
    code, err = _interrupt(["demo", "--participants", "5000"], 1.5, tmp_path)
    assert (code, err) == (130, ONE_LINE)


@pytest.mark.parametrize("after", [0.15, 0.4, 0.8])
def test_interrupt_at_any_moment_of_start_up(after: float, tmp_path: Path) -> None:
    """Ctrl-C while the interpreter and the command load: never a traceback."""
    code, err = _interrupt(["programs"], after, tmp_path)
    # -SIGINT with nothing printed: the signal came while the interpreter itself was still
    # starting (no Python code runs yet, so nothing can be said) — on a loaded machine that
    # phase can last this long. Never a traceback either way.
    assert (code, err) in ((130, ONE_LINE), (0, ""), (-signal.SIGINT, "")), err


def test_an_error_raised_while_the_interrupt_unwinds_is_the_interrupt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl-C that leaves a connection closed makes the rollback on the way out fail
    (ResourceClosedError): the user hears of the interrupt, not of an internal error."""
    import argparse

    from mentordesk import cli

    def handler(_args: argparse.Namespace, _ctx: object) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("This Connection is closed") from None

    args = argparse.Namespace(handler=handler, db=tmp_path / "x.sqlite", passphrase_file=None)
    assert cli._run(args) == 130
    assert capsys.readouterr().err == ONE_LINE
