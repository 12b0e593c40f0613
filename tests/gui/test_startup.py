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

HEAVY = ("reportlab", "PySide6.QtCharts", "scipy", "icalendar", "openpyxl", "alembic")


def test_main_window_import_stays_lean() -> None:
    """Importing the main window (and the app module) loads no PDF, chart or science library."""
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
