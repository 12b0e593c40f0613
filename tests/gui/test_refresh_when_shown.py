"""Views not on screen re-read after a change when they are next shown, with the right rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common import DateEdit, process_events, wait_for_background
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.main_window import VIEW_PAIRS, VIEW_ROSTER, MainWindow
from mentordesk.gui.roster.model import COL_MATCHED
from mentordesk.services.pairs import create_pair
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService


def _people(db: Database) -> tuple[int, dict[str, int]]:
    program, _ = ProgramService(db).create("Autumn 2026")
    ids = {}
    for name, role in (("Ada", Role.MENTOR), ("Bea", Role.MENTEE), ("Cy", Role.MENTEE)):
        ids[name], _ = RosterService(db).add(
            program.id, ParticipantInput(full_name=name, role=role, capacity=2)
        )
    with db.begin() as session:
        create_pair(session, program.id, [ids["Ada"]], [ids["Bea"]])
    return program.id, ids


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _settle() -> None:
    for _ in range(3):
        wait_for_background()
        for _ in range(10):
            process_events()


def _matched(window: MainWindow, name: str) -> str:
    proxy = window.roster_view.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return str(proxy.index(row, COL_MATCHED).data())
    raise AssertionError(name)


def test_hidden_pairs_and_roster_reread_when_shown(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """A pair approved while the roster and the Pairs list are hidden changes neither table
    until it is shown; then each shows the new pair (and Ada's places) without a click more."""
    program_id, ids = _people(db)
    window = _window(qtbot, db, tmp_path)
    window.show_view(VIEW_PAIRS)
    qtbot.waitUntil(lambda: window.is_view_ready(VIEW_PAIRS), timeout=20000)
    pairs = window.pairs_view
    qtbot.waitUntil(lambda: pairs.pairs_model.rowCount() == 1, timeout=10000)
    window.show_view(VIEW_ROSTER)
    assert _matched(window, "Ada") == "1"
    window.show_view(1)  # Matching, say: neither the roster nor Pairs is on screen
    qtbot.waitUntil(lambda: window.is_view_ready(1), timeout=30000)
    with db.begin() as session:
        create_pair(session, program_id, [ids["Ada"]], [ids["Cy"]])
    window.ctx.broadcast(ChangeSet.of(Topic.MATCHING, Topic.PAIRS, program_id=program_id))
    _settle()
    assert pairs.pairs_model.rowCount() == 1  # not re-read while hidden
    assert _matched(window, "Ada") == "1"
    window.show_view(VIEW_PAIRS)
    qtbot.waitUntil(lambda: pairs.pairs_model.rowCount() == 2, timeout=10000)
    window.show_view(VIEW_ROSTER)
    qtbot.waitUntil(lambda: _matched(window, "Ada") == "2", timeout=10000)
    assert _matched(window, "Cy") == "1"


def test_a_view_built_alone_still_refreshes_at_once(qtbot: QtBot, db: Database) -> None:
    """Without background reads (a view built on its own) the change shows at once."""
    from mentordesk.gui.pairs import PairsView

    program_id, ids = _people(db)
    ctx = AppContext(db)
    ctx.program_id = program_id
    view = PairsView(ctx)
    qtbot.addWidget(view)  # never shown
    assert view.pairs_model.rowCount() == 1
    with db.begin() as session:
        create_pair(session, program_id, [ids["Ada"]], [ids["Cy"]])
    ctx.broadcast(ChangeSet.of(Topic.PAIRS, program_id=program_id))
    assert view.pairs_model.rowCount() == 2


def test_date_field_calendar_made_when_opened(qtbot: QtBot) -> None:
    """The calendar is built on first opening, shows the field's date, and picking sets it."""
    from PySide6.QtCore import QDate, QTimer

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(dt.date(2020, 5, 17))
    edit.show()
    assert edit._calendar is None
    seen: list[QDate] = []

    def pick() -> None:
        seen.append(edit.calendar.selectedDate())
        edit.calendar.clicked.emit(QDate(2021, 3, 4))

    QTimer.singleShot(200, pick)
    edit.button.click()  # the menu's own event loop runs until the pick closes it
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] == QDate(2020, 5, 17)
    assert edit.date() == dt.date(2021, 3, 4)
