"""The roster at start: read with SQLAlchemy Core, filled before the ORM records load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.services.pairs import create_pair
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService

RUN_GUI_FILLED = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import mentordesk.gui.app as app
attach = app.MainWindow.attach_database
def probe(self, *args, **kwargs):
    attach(self, *args, **kwargs)
    view = self.roster_view
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    matched = [view.proxy.index(r, 6).data() for r in range(view.proxy.rowCount())]
    print("orm" if "sqlalchemy.orm" in sys.modules else "no-orm", flush=True)
    print("records" if "mentordesk.db.models" in sys.modules else "no-records", flush=True)
    print("|".join(names), flush=True)
    print("|".join(str(m) for m in matched), flush=True)
    QApplication.quit()
app.MainWindow.attach_database = probe
app.run_gui(Path(sys.argv[1]))
"""


def _program_with_a_pair(path: Path) -> list[str]:
    db = Database(path)
    try:
        program, _ = ProgramService(db).create("Spring 2027")
        roster = RosterService(db)
        ids = {}
        for name, role in (
            ("Ada Mentor", Role.MENTOR),
            ("Bea Mentee", Role.MENTEE),
            ("Cy Mentee", Role.MENTEE),
        ):
            person = ParticipantInput(full_name=name, role=role, capacity=2)
            ids[name], _ = roster.add(program.id, person)
        with db.begin() as session:
            create_pair(session, program.id, [ids["Ada Mentor"]], [ids["Bea Mentee"]])
            create_pair(
                session, program.id, [ids["Ada Mentor"]], [ids["Cy Mentee"]],
                status=PairStatus.CLOSED,
            )  # fmt: skip
        return sorted(ids)
    finally:
        db.close()


def test_run_gui_fills_the_roster_before_the_orm_loads(tmp_path: Path) -> None:
    """Through run_gui on an existing file: when the roster is filled (right names, live pairs
    counted, a closed pair not), neither sqlalchemy.orm nor the ORM records are loaded."""
    path = tmp_path / "existing.sqlite"
    names = _program_with_a_pair(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("MENTORDESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI_FILLED, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = done.stdout.splitlines()
    assert lines[:2] == ["no-orm", "no-records"], done.stderr
    assert lines[2].split("|") == names
    assert lines[3].split("|") == ["1", "1", "0"]  # Ada: one live pair; Cy's pair is closed


def test_first_run_welcomes_before_the_sample_is_made(tmp_path: Path) -> None:
    """A first start (no file yet): the welcome opens as soon as the window is painted, before
    the sample program is made and shown; the sample still fills the roster."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(MENTORDESK_TRACE_STARTUP="quit")
    env.pop("MENTORDESK_DB", None)
    fresh = tmp_path / "fresh.sqlite"
    code = "import sys; from mentordesk.entry import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", code, "--db", str(fresh)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    marks = {}
    for line in done.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in ("painted", "welcome", "filled"):
            marks[name] = float(value)
    assert set(marks) == {"painted", "welcome", "filled"}, done.stderr
    # The welcome comes with the first paint (the same turn of the event loop, so the two
    # marks may come in either order), well before the sample is shown.
    assert marks["welcome"] < marks["filled"]
    assert marks["welcome"] - marks["painted"] < marks["filled"] - marks["welcome"]
    assert fresh.exists()
