"""The roster shown before the file is open: usable on its rows, and what needs the file waits
for it — carried out once it is open, or said not to be done — never lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common import AppContext
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.roster.model import COL_NAME
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import EarlyRoster, RosterService, peek_roster, roster_rows
from tests.gui.test_start_roster import _program_with_a_pair

pytestmark = pytest.mark.sqlite_only("the early read is of a local file")


def _early_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, EarlyRoster, Path]:
    path = tmp_path / "existing.sqlite"
    _program_with_a_pair(path)
    peeked = peek_roster(path, None)
    assert peeked is not None and peeked.program_id is not None
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(None), settings=settings, load_now=False, db_path=path)
    qtbot.addWidget(window)
    window.show()
    window.show_early_roster(peeked.program_id, peeked.rows)
    return window, peeked, path


def _names(view: RosterView) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def _attach(window: MainWindow, path: Path, program_id: int) -> Database:
    db = Database(path)
    window.attach_database(db, program_id, roster_rows(db, program_id))
    return db


def test_early_rows_sort_select_and_filter_before_the_file_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Nothing is greyed out: the table, the filter box and the role filter work on the rows
    read straight from the file, and the line under the filter says the file is opening."""
    window, _peeked, _path = _early_window(qtbot, tmp_path)
    view = window.roster_view
    assert not window.ctx.has_database and view.waiting
    for widget in (view, view.ui.table, view.ui.filterEdit, view.ui.roleCombo, view.ui.addButton):
        assert widget.isEnabled()
    assert view.opening_label.isVisibleTo(view) and "Opening" in view.opening_label.text()

    view.ui.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(view) == ["Cy Mentee", "Bea Mentee", "Ada Mentor"]
    view.ui.table.selectRow(1)
    assert [row.name for row in view.selected_rows()] == ["Bea Mentee"]
    assert view.ui.editButton.isEnabled() and view.ui.removeButton.isEnabled()

    qtbot.keyClicks(view.ui.filterEdit, "mentee")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2)
    assert _names(view) == ["Cy Mentee", "Bea Mentee"]
    view.ui.filterEdit.clear()
    view.ui.roleCombo.setCurrentIndex(1)  # mentors
    assert _names(view) == ["Ada Mentor"]
    window.close()


def test_an_edit_asked_before_the_file_opens_opens_once_it_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit on a row while the file opens: no dialog yet (nothing to edit it with), the line
    under the filter names the edit, and the edit dialog opens, on that person, once the file
    is open."""
    opened: list[str] = []
    monkeypatch.setattr(ParticipantDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window, peeked, path = _early_window(qtbot, tmp_path)
    view = window.roster_view
    view.select_ids([peeked.rows[0].participant_id])
    name = peeked.rows[0].name
    view.ui.editButton.click()
    assert opened == [] and view.pending is not None
    assert name in view.opening_label.text()

    assert peeked.program_id is not None
    db = _attach(window, path, peeked.program_id)
    qtbot.waitUntil(lambda: opened == [f"Edit {name}"])
    assert view.pending is None and not view.opening_label.isVisibleTo(view)
    window.close()
    db.close()


def test_the_last_request_replaces_an_earlier_one_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remove, then Add, while the file opens: the line under the filter names the add; once
    open, the add dialog opens and nobody was removed (the remove was replaced in plain
    sight, not half done)."""
    opened: list[str] = []
    monkeypatch.setattr(ParticipantDialog, "exec", lambda self: opened.append(self.windowTitle()))
    monkeypatch.setattr(RosterView, "confirm_remove", lambda self, rows: True)
    window, peeked, path = _early_window(qtbot, tmp_path)
    view = window.roster_view
    view.select_ids([peeked.rows[2].participant_id])  # Cy, in no live pair
    view.remove_selected()
    assert "Remove Cy Mentee" in view.opening_label.text()
    view.ui.addButton.click()
    assert "Add participant" in view.opening_label.text()
    assert "Remove" not in view.opening_label.text()

    assert peeked.program_id is not None
    db = _attach(window, path, peeked.program_id)
    qtbot.waitUntil(lambda: opened == ["Add participant"])
    assert len(RosterService(db).rows(peeked.program_id)) == 3
    window.close()
    db.close()


def test_an_edit_of_someone_removed_meanwhile_is_refused_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another window removes the person while this one opens the file: the edit asked on the
    early row is refused with the service's one sentence, no dialog and no traceback."""
    told: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text)
    )
    monkeypatch.setattr(ParticipantDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window, peeked, path = _early_window(qtbot, tmp_path)
    view = window.roster_view
    gone = peeked.rows[2]  # Cy Mentee
    view.select_ids([gone.participant_id])
    view.edit_selected()
    assert peeked.program_id is not None
    other = Database(path)
    RosterService(other).remove_many(peeked.program_id, [gone.participant_id], "")
    other.close()

    db = _attach(window, path, peeked.program_id)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert opened == [] and "\n" not in told[0] and "Traceback" not in told[0]
    assert gone.name not in _names(view)
    window.close()
    db.close()


def test_a_request_on_another_programs_rows_is_reported_not_done(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file opens on another program than the early rows' (chosen meanwhile elsewhere):
    the edit asked on them is not carried out on a stranger, and the status bar says so."""
    opened: list[str] = []
    monkeypatch.setattr(ParticipantDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window, peeked, path = _early_window(qtbot, tmp_path)
    view = window.roster_view
    view.select_ids([peeked.rows[0].participant_id])
    view.edit_selected()
    db = Database(path)
    other, _ = ProgramService(db).create("Autumn 2027")
    RosterService(db).add(other.id, ParticipantInput(full_name="Zed Other", role=Role.MENTOR))
    window.attach_database(db, other.id, roster_rows(db, other.id))
    qtbot.wait(50)
    assert opened == []
    message = window.statusBar().currentMessage()
    assert "not done" in message and peeked.rows[0].name in message
    assert _names(window.roster_view) == ["Zed Other"]
    window.close()
    db.close()


RUN_ARABIC = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
import mentordesk.gui.app as app
from mentordesk.gui.common.fit import FittingStyle

class AtPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("paint", watched.isRightToLeft(), "Noto Sans Arabic" in QFontDatabase.families(),
                  flush=True)
        return False

probe = AtPaint()
build = app.MainWindow.__init__
def init(self, *args, **kwargs):
    build(self, *args, **kwargs)
    self.installEventFilter(probe)
app.MainWindow.__init__ = init
attach = app.MainWindow.attach_database
def filled(self, *args, **kwargs):
    attach(self, *args, **kwargs)
    style = QApplication.instance().style()
    print("filled", self.isRightToLeft(), self.roster_view.isRightToLeft(),
          "Noto Sans Arabic" in QFontDatabase.families(), isinstance(style, FittingStyle),
          self.menuBar().actions()[0].text() != "&File", flush=True)
    QApplication.quit()
app.MainWindow.attach_database = filled
app.run_gui(Path(sys.argv[1]))
"""


def test_an_arabic_start_mirrors_and_loads_what_was_deferred(tmp_path: Path) -> None:
    """In Arabic the window is mirrored (and its menus translated) from the first paint; the
    bundled fonts and the focus-ring style, loaded after that paint, are in place once the
    roster is filled."""
    path = tmp_path / "existing.sqlite"
    _program_with_a_pair(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(MENTORDESK_LANGUAGE="ar")
    env.pop("MENTORDESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN_ARABIC, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "paint True False", done.stderr  # fonts: not yet
    assert lines[1] == "filled True True True True True", done.stderr
