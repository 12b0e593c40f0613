"""Ctrl-C while the application starts or runs: one line, exit status 130, no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentordesk.db.engine import Database
from mentordesk.services.programs import ProgramService
from tests.ctrl_c import ctrl_c_reaches_the_child

SCRIPT = Path(sys.executable).with_name("mentordesk")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "mentordesk"]


def _start(path: Path) -> subprocess.Popen[str]:
    ctrl_c_reaches_the_child()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORDESK_TRACE_STARTUP="1")
    return subprocess.Popen(
        [*COMMAND, "--db", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


TRACE = ("painted ", "shown ", "filled ", "stall ")


def _ours(err: str) -> list[str]:
    """stderr without Qt's own notes about the offscreen platform and without the start-up
    probe's time stamps (a queued "shown" may still be printed as the loop winds down)."""
    return [
        line
        for line in err.splitlines()
        if "propagateSizeHints" not in line and not line.startswith(TRACE)
    ]


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "gui.sqlite"
    db = Database(path)
    ProgramService(db).create("Autumn 2026")
    db.close()
    return path


@pytest.mark.parametrize("milestone", ["painted", "filled"])
def test_interrupt_in_the_event_loop(milestone: str, program_file: Path) -> None:
    """Ctrl-C once the window is painted, or once the roster is filled: the event loop quits
    with 130 and one line."""
    child = _start(program_file)
    assert child.stderr is not None
    seen: list[str] = []
    for line in child.stderr:
        seen.append(line.rstrip("\n"))
        if line.startswith(milestone):
            break
    child.send_signal(signal.SIGINT)
    rest = child.communicate(timeout=60)[1]
    lines = _ours("\n".join(seen) + "\n" + rest)
    assert child.returncode == 130, lines
    assert lines[-1] == "mentordesk: interrupted"
    assert lines.count("mentordesk: interrupted") == 1
    assert not any("Traceback" in line for line in lines)


def test_interrupt_while_the_application_loads(program_file: Path) -> None:
    """Ctrl-C while Python, Qt and the application are still being imported."""
    child = _start(program_file)
    time.sleep(0.3)
    child.send_signal(signal.SIGINT)
    lines = _ours(child.communicate(timeout=60)[1])
    assert child.returncode == 130, lines
    assert lines[-1] == "mentordesk: interrupted"
    assert not any("Traceback" in line for line in lines)
