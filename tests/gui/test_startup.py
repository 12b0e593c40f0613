"""A lean start: heavy modules and the non-roster views wait until they are needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.main_window import VIEW_PAIRS, VIEW_REPORTS, VIEW_ROSTER, MainWindow
from mentordesk.services.pairs.store import create_pair
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import write_participant

HEAVY = (
    "reportlab",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "scipy",
    "icalendar",
    "openpyxl",
    "alembic",
    "sqlalchemy",
)


def test_main_window_import_stays_lean() -> None:
    """Importing the main window (and the app module) loads no database, PDF, chart or science
    library."""
    code = (
        "import sys, mentordesk.gui.app, mentordesk.gui.main_window\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == ""


def _window(qtbot: QtBot, db: Database, tmp_path: Path, **kwargs: bool) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db), settings=settings, **kwargs)
    qtbot.addWidget(window)
    return window


def test_views_are_built_on_first_navigation(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """Only the roster is built with the window; another view is built when first shown."""
    ProgramService(db).create("Autumn 2026")
    window = _window(qtbot, db, tmp_path)
    assert window.is_view_built(VIEW_ROSTER)
    assert not window.is_view_built(VIEW_PAIRS) and not window.is_view_built(VIEW_REPORTS)
    window.show_view(VIEW_REPORTS)  # its modules are imported in the background first
    qtbot.waitUntil(lambda: window.is_view_built(VIEW_REPORTS), timeout=20000)
    assert window.ui.viewStack.currentWidget() is window.reports_view
    assert window.ui.viewStack.indexOf(window.reports_view) == VIEW_REPORTS
    assert not window.is_view_built(VIEW_PAIRS)


def test_open_pair_builds_the_pairs_view(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """A pair request before the pairs view exists builds it and opens that pair."""
    program, _ = ProgramService(db).create("Autumn 2026")
    with db.begin() as session:
        mentor = write_participant(
            session, program.id, ParticipantInput("Ana", role=Role.MENTOR, capacity=1)
        )
        mentee = write_participant(session, program.id, ParticipantInput("Ben"))
        pair_id = create_pair(session, program.id, [mentor.id], [mentee.id]).id
    window = _window(qtbot, db, tmp_path)
    window.ctx.open_pair(pair_id)
    assert window.ui.viewStack.currentIndex() == VIEW_PAIRS
    assert window.pairs_view.pair_id == pair_id


def test_deferred_first_load(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """With load_now=False the window shows first and fills the program and roster just after."""
    program, _ = ProgramService(db).create("Autumn 2026")
    with db.begin() as session:
        write_participant(session, program.id, ParticipantInput("Ana"))
    window = _window(qtbot, db, tmp_path, load_now=False)
    assert window.ctx.program_id is None
    qtbot.waitUntil(lambda: window.roster_view.proxy.rowCount() == 1)
    assert window.ctx.program_id == program.id
    assert "Autumn 2026" in window.windowTitle()


SHELL_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from mentordesk.gui.common import AppContext
from mentordesk.gui.main_window import MainWindow

app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(AppContext(None), settings=settings, load_now=False, db_path=Path(sys.argv[1]))
window.after_first_paint = lambda: None  # the application opens the file; nobody does here
window.show()
for _ in range(20):
    app.processEvents()
menus = [a.text() for a in window.menuBar().actions()]
print(window.windowTitle(), len(menus) >= 4, window.ui.navList.count(), sep="|")
print(",".join(m for m in ("sqlalchemy", "mentordesk.db.models") if m in sys.modules))
"""


def test_shell_paints_before_the_database_layer_loads(tmp_path: Path) -> None:
    """The window — menus, navigation, the last program's name — is painted with neither
    SQLAlchemy nor the ORM models imported."""
    from mentordesk.gui.common import Settings

    path = tmp_path / "file.sqlite"
    ini = tmp_path / "settings.ini"
    Settings(QSettings(str(ini), QSettings.Format.IniFormat)).set_last_program(path, 3, "Autumn")
    done = subprocess.run(
        [sys.executable, "-c", SHELL_PROBE, str(path), str(ini)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shell, loaded = done.stdout.splitlines()
    assert shell == "Autumn — file.sqlite — MentorDesk|True|4"
    assert loaded == ""


def test_shell_then_attach(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """Before the file is open the selector shows the last program's name, disabled, and the
    navigation shows "Opening…" pages; attaching builds the roster from the rows given."""
    from mentordesk.gui.common import Settings
    from mentordesk.services.roster import RosterService

    program, _ = ProgramService(db).create("Autumn 2026")
    with db.begin() as session:
        write_participant(session, program.id, ParticipantInput("Ana"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    Settings(settings).set_last_program(db.location, program.id, "Autumn 2026")
    window = MainWindow(AppContext(None), settings=settings, load_now=False, db_path=db.location)
    window.after_first_paint = lambda: None
    qtbot.addWidget(window)
    assert window.program_combo.currentText() == "Autumn 2026"
    assert not window.program_combo.isEnabled()
    assert not window.ui.actionProgramSettings.isEnabled()
    assert not window.ui.actionNewProgram.isEnabled()  # needs the file
    assert not window.ui.actionOpenDatabase.isEnabled()  # would race with the open
    assert window.ui.actionAbout.isEnabled() and window.ui.actionQuit.isEnabled()
    window.show_view(VIEW_PAIRS)  # navigating while the file opens: a placeholder, no error
    assert not window.is_view_built(VIEW_PAIRS)
    assert f"Opening {db.name}" in window.ui.viewStack.currentWidget().text()
    rows = RosterService(db).rows(program.id)
    with qtbot.waitSignal(window.loaded):
        window.attach_database(db, program.id, rows)
    assert window.roster_view.proxy.rowCount() == 1
    assert window.is_view_built(VIEW_PAIRS)  # the page being looked at is built
    assert window.ctx.program_id == program.id
    assert window.program_combo.isEnabled()
    assert window.ui.actionProgramSettings.isEnabled()
    assert window.ui.actionNewProgram.isEnabled() and window.ui.actionOpenDatabase.isEnabled()


def test_background_open_reads_the_roster(qtbot: QtBot, tmp_path: Path) -> None:
    """A first start (no file yet) creates the sample program off the UI thread and hands the
    program and its rows over."""
    from mentordesk.gui.startup import BackgroundOpen

    opener = BackgroundOpen(tmp_path / "fresh.sqlite", None)
    opener.start()
    with qtbot.waitSignal(opener.opened, timeout=60_000) as blocker:
        opener.watch()
    opened = blocker.args[0]
    try:
        assert opened.program_id is not None
        assert len(opened.rows) == 60
    finally:
        opened.db.close()


def test_background_open_reports_a_bad_file(qtbot: QtBot, tmp_path: Path) -> None:
    """A file that is no database comes back as `failed`, not as an exception in a thread."""
    from mentordesk.gui.startup import BackgroundOpen

    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    opener = BackgroundOpen(bad, None)
    opener.start()
    with qtbot.waitSignal(opener.failed, timeout=60_000) as blocker:
        opener.watch()
    assert isinstance(blocker.args[0], Exception)


RUN_GUI_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import mentordesk.gui.app as app
show = app.MainWindow.show
def probe(self):
    print("sqlalchemy" in sys.modules, flush=True)
    show(self)
    QTimer.singleShot(0, QApplication.quit)
app.MainWindow.show = probe
app.run_gui(Path(sys.argv[1]))
"""


def test_run_gui_shows_the_shell_before_the_database_layer(tmp_path: Path) -> None:
    """Through run_gui on an existing file (backups, lock and passphrase checks included):
    SQLAlchemy is not loaded when the window is first shown."""
    import os

    path = tmp_path / "existing.sqlite"
    Database(path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI_PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.stdout.splitlines()[:1] == ["False"], done.stderr
