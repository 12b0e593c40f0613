"""The roster at start: shown from the file before SQLAlchemy loads, filled before the ORM
records load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

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
early = app.MainWindow.show_early_roster
def early_probe(self, *args, **kwargs):
    early(self, *args, **kwargs)
    view = self.roster_view
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    usable = view.isEnabled() and view.ui.table.isEnabled() and view.ui.filterEdit.isEnabled()
    print("early", "sqlalchemy" in sys.modules, usable, view.waiting, "|".join(names), flush=True)
app.MainWindow.show_early_roster = early_probe
attach = app.MainWindow.attach_database
def probe(self, *args, **kwargs):
    attach(self, *args, **kwargs)
    view = self.roster_view
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    matched = [view.proxy.index(r, 6).data() for r in range(view.proxy.rowCount())]
    print("enabled" if view.isEnabled() and not view.waiting else "disabled", flush=True)
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
    """Through run_gui on an existing file: the rows are first shown (usable, waiting for the
    file) before SQLAlchemy is even imported, read straight from the file; when the file is
    open and the roster filled (right names, live pairs counted, a closed pair not, usable), neither
    sqlalchemy.orm nor the ORM records are loaded."""
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
    assert lines[0] == f"early False True True {'|'.join(names)}", done.stderr
    assert lines[1:4] == ["enabled", "no-orm", "no-records"], done.stderr
    assert lines[4].split("|") == names
    assert lines[5].split("|") == ["1", "1", "0"]  # Ada: one live pair; Cy's pair is closed


@pytest.mark.sqlite_only("the early read is of a local file")
def test_attach_replaces_early_rows_that_changed(qtbot: QtBot, tmp_path: Path) -> None:
    """Rows shown before the file was open are replaced by what the open file holds (another
    window may have written in between), and the roster becomes usable."""
    from mentordesk.gui.common import AppContext
    from mentordesk.gui.main_window import MainWindow
    from mentordesk.services.roster import peek_roster, roster_rows

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    path = tmp_path / "existing.sqlite"
    _program_with_a_pair(path)
    peeked = peek_roster(path, None)
    assert peeked is not None
    program_id, early_rows = peeked.program_id, peeked.rows
    window = MainWindow(AppContext(None), settings=settings, load_now=False, db_path=path)
    qtbot.addWidget(window)
    window.show_early_roster(program_id, early_rows)
    view = window.roster_view
    assert view.isEnabled() and view.waiting and view.model.rows() == early_rows
    fills: list[int] = []
    set_rows = view.model.set_rows
    view.model.set_rows = lambda rows: fills.append(len(rows)) or set_rows(rows)  # type: ignore[method-assign]
    db = Database(path)
    RosterService(db).add(program_id, ParticipantInput(full_name="Dee Late", role=Role.MENTEE))
    window.attach_database(db, program_id, roster_rows(db, program_id))
    assert window.roster_view is view and view.isEnabled() and not view.waiting
    assert fills == [len(early_rows) + 1]  # filled once, with what the open file holds
    assert view.ui.table.isVisibleTo(view) and view.ui.addButton.isEnabled()
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert "Dee Late" in names and len(names) == len(early_rows) + 1
    window.close()
    db.close()


@pytest.mark.sqlite_only("the early read is of a local file")
def test_attach_keeps_early_rows_that_did_not_change(qtbot: QtBot, tmp_path: Path) -> None:
    """Unchanged rows are not filled again when the file is open (no flicker, no UI-thread
    work for 5,000 rows); the roster becomes usable."""
    from mentordesk.gui.common import AppContext
    from mentordesk.gui.main_window import MainWindow
    from mentordesk.services.roster import peek_roster, roster_rows

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    path = tmp_path / "existing.sqlite"
    names = _program_with_a_pair(path)
    peeked = peek_roster(path, None)
    assert peeked is not None
    window = MainWindow(AppContext(None), settings=settings, load_now=False, db_path=path)
    qtbot.addWidget(window)
    window.show_early_roster(peeked.program_id, peeked.rows)
    view = window.roster_view
    fills: list[int] = []
    set_rows = view.model.set_rows
    view.model.set_rows = lambda rows: fills.append(len(rows)) or set_rows(rows)  # type: ignore[method-assign]
    db = Database(path)
    assert peeked.program_id is not None
    window.attach_database(db, peeked.program_id, roster_rows(db, peeked.program_id))
    assert fills == [] and not view.waiting and view.ui.table.isVisibleTo(view)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == names
    window.close()
    db.close()


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


@pytest.mark.sqlite_only("the early read is of a local file")
def test_open_keeps_the_early_rows_only_while_nothing_was_written(tmp_path: Path) -> None:
    """The opening thread reads the roster again only if the file changed since the early
    read (its change counters moved): unchanged, the early rows are used as they are."""
    from mentordesk.gui.startup import open_for_window
    from mentordesk.services.roster import peek_roster

    path = tmp_path / "existing.sqlite"
    _program_with_a_pair(path)
    early = peek_roster(path, None)
    assert early is not None and early.program_id is not None
    opened = open_for_window(path, None, early=early)
    try:
        assert opened.program_id == early.program_id and opened.rows is early.rows
        person = ParticipantInput(full_name="Dee Late", role=Role.MENTEE)
        RosterService(opened.db).add(early.program_id, person)
    finally:
        opened.db.close()
    again = open_for_window(path, None, early=early)  # written since: read afresh
    try:
        assert again.rows is not early.rows
        assert "Dee Late" in [row.name for row in again.rows]
    finally:
        again.db.close()
