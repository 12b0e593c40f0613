"""What keeps the UI thread free on a big program (issue 11, bench_stalls): short garbage
collections, no application-wide Python event filter, reads without ORM objects, the pair
detail built before the first pair is opened."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.db.models import MeetingRecord
from mentordesk.gui.common import DateEdit
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.fit import FittingStyle, ScreenFit, install_screen_fit
from mentordesk.gui.common.tasks import wait_for_background
from mentordesk.gui.pairs import view as pairs_view
from mentordesk.gui.pairs.view import PairsView
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import make_cohort

# In a child process: freezing is for the whole process, and a test process must keep its own.
SCRIPT = r"""
import gc
from mentordesk.gui.common import keep_collections_short

class Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector can free it

long_lived = [Node() for _ in range(20_000)]
keep_collections_short()
frozen_at_start = gc.get_freeze_count()
assert frozen_at_start >= 20_000, frozen_at_start

later = [Node() for _ in range(5_000)]
gc.collect(1)  # a collection of the younger generations: its survivors are frozen
assert gc.get_freeze_count() >= frozen_at_start + 5_000, gc.get_freeze_count()
assert len(gc.get_objects(2)) < 1_000  # a full collection would have (nearly) nothing to walk

garbage = [Node() for _ in range(3_000)]
del garbage
freed = gc.collect()  # cycles made after the freeze are still freed
assert freed >= 3_000, freed
keep_collections_short()  # a second call changes nothing
assert gc.callbacks.count(gc.callbacks[-1]) == 1
print("ok")
"""


def test_collections_freeze_their_survivors_and_still_free_new_cycles() -> None:
    """After keep_collections_short(), the heap alive then and the survivors of each later
    collection of the older generations are frozen (a full collection skips them), and new
    garbage cycles are still freed."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_screen_fit_enters_python_per_widget_not_per_event(qtbot: QtBot) -> None:
    """Windows still fit the screen and tables and text boxes still let Tab move on, through
    the style's polish and a filter per window: no application-wide filter in Python that
    every event of every widget would enter (ScreenFit filters nothing itself)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    fitter = install_screen_fit(app)
    assert install_screen_fit(app) is fitter
    assert isinstance(app.style(), FittingStyle)
    assert type(fitter).eventFilter is QObject.eventFilter  # no Python override
    assert isinstance(fitter, ScreenFit)

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    table, notes = QTableView(), QPlainTextEdit()
    layout.addWidget(table)
    layout.addWidget(notes)
    dialog.setStyleSheet("QLabel { color: #b00020; }")
    room = dialog.screen().availableGeometry()
    dialog.resize(room.width() + 400, room.height() + 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert not table.tabKeyNavigation()
    assert notes.tabChangesFocus()


def test_jobs_reuse_idle_threads_and_still_run_side_by_side(qtbot: QtBot) -> None:
    """A job runs on a thread left from an earlier one (starting a thread made the UI thread
    wait for it), and two jobs still run at the same time (one waits for the other)."""
    import threading
    import time

    from mentordesk.gui.common.tasks import _WORKERS, Job

    gate = threading.Event()
    waiting = Job(lambda _report, _cancelled: gate.wait(10))
    opening = Job(lambda _report, _cancelled: gate.set())
    waiting.start()
    opening.start()
    assert opening.wait(10) and waiting.wait(10)
    with qtbot.waitSignal(waiting.succeeded, timeout=10000) as outcome:
        pass
    assert outcome.args == [True]  # the gate opened: both ran side by side
    deadline = time.monotonic() + 10
    while _WORKERS._idle < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = _WORKERS.started
    again = Job(lambda _report, _cancelled: threading.current_thread().name)
    with qtbot.waitSignal(again.succeeded, timeout=10000) as outcome:
        again.start()
    assert outcome.args == ["mentordesk-job"]
    assert _WORKERS.started == started


def test_the_pair_detail_is_built_while_the_list_is_read_not_on_the_first_open(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the application (background reads) the detail's six tabs are built in an event of
    their own soon after the list is shown, so opening the first pair on a big program does
    not also build them (bench_stalls "open a pair": 83-119 ms of the UI thread on `main`);
    opening a pair then fills the tabs already there."""
    cohort = make_cohort(db)
    with db.begin() as s:
        pair = create_pair(
            s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[1]],
            start_date=dt.date(2026, 11, 1),
        )  # fmt: skip
        s.add(MeetingRecord(pair_id=pair.id, date=dt.date(2026, 11, 3), duration_minutes=45))
    # Long enough that a busy machine cannot fill the list and build the tabs in one wait.
    monkeypatch.setattr(pairs_view, "PREBUILD_MS", 1500)
    ctx = AppContext(db)
    ctx.background_reads = True  # as in the application's main window
    ctx.set_program(cohort.program_id)
    view = PairsView(ctx, today=dt.date(2026, 11, 22))
    qtbot.addWidget(view)
    view.show()
    assert view.ui.tabs.count() == 0  # the first visit builds the list only
    qtbot.waitUntil(lambda: view.pairs_model.rowCount() == 1, timeout=10000)
    assert view.ui.tabs.count() == 0  # not in the same event as the list's fill
    qtbot.waitUntil(lambda: view.ui.tabs.count() == 6, timeout=5000)
    tabs = [view.ui.tabs.widget(i) for i in range(6)]
    view.open_pair(pair.id)
    assert [view.ui.tabs.widget(i) for i in range(view.ui.tabs.count())] == tabs
    assert view.meetings_tab.model.rowCount() == 1 and view.pair_id == pair.id


def test_opening_the_first_pair_compiles_no_statement_on_the_ui_thread(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first read of a pair's detail compiles its twenty statements (SQLAlchemy keeps them
    per engine): 40-60 ms of the UI thread's 65-80 ms in the first pair opened on a big program
    (bench_stalls). In the application a worker reads one pair's detail ahead, when the tabs
    are built, so the click only runs statements already compiled."""
    cohort = make_cohort(db)
    with db.begin() as s:
        first = create_pair(
            s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[1]],
            start_date=dt.date(2026, 11, 1),
        )  # fmt: skip
        second = create_pair(
            s, cohort.program_id, [cohort.mentors[1]], [cohort.mentees[2]],
            start_date=dt.date(2026, 11, 2),
        )  # fmt: skip
        s.add(MeetingRecord(pair_id=second.id, date=dt.date(2026, 11, 3), duration_minutes=45))
    monkeypatch.setattr(pairs_view, "PREBUILD_MS", 0)
    ctx = AppContext(db)
    ctx.background_reads = True  # as in the application's main window
    ctx.set_program(cohort.program_id)
    view = PairsView(ctx, today=dt.date(2026, 11, 22))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.ui.tabs.count() == 6, timeout=10000)
    wait_for_background()
    qtbot.wait(50)  # the read-ahead's (unused) answer reaches the UI thread
    # The page was shown once in the prebuild's event (styles, layouts, the date fields'
    # names), not in the click, and the list is still what is on screen.
    assert view.ui.stack.currentIndex() == 0
    dates = view.ui.tabs.currentWidget().findChildren(DateEdit)  # the tab a pair opens on
    assert dates and all(d.line.accessibleName() for d in dates), [d.objectName() for d in dates]
    cache = db.engine._compiled_cache  # SQLAlchemy's statements compiled for this engine
    assert cache is not None
    compiled = len(cache)
    opened = second.id if view.pairs_model.rows[0].id == first.id else first.id
    view.open_pair(opened)  # not the pair read ahead: the statements, not the rows, are kept
    assert view.pair_id == opened and view.ui.stack.currentIndex() == 1
    assert len(cache) == compiled


def test_a_detail_page_prepared_while_hidden_is_laid_out_when_the_view_is_back(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinator left the Pairs view before the tabs were built (the benchmark does):
    the page's first show is done soon after the view is shown again, not in the first open."""
    cohort = make_cohort(db)
    with db.begin() as s:
        create_pair(
            s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[1]],
            start_date=dt.date(2026, 11, 1),
        )  # fmt: skip
    monkeypatch.setattr(pairs_view, "PREBUILD_MS", 1500)  # hidden before it comes
    ctx = AppContext(db)
    ctx.background_reads = True
    ctx.set_program(cohort.program_id)
    view = PairsView(ctx, today=dt.date(2026, 11, 22))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.pairs_model.rowCount() == 1, timeout=10000)
    assert view.ui.tabs.count() == 0
    view.hide()  # before the prebuild's event
    qtbot.waitUntil(lambda: view.ui.tabs.count() == 6, timeout=10000)
    dates = view.ui.tabs.currentWidget().findChildren(DateEdit)
    assert dates and not all(d.line.accessibleName() for d in dates)  # not shown yet
    view.show()
    qtbot.waitUntil(lambda: all(d.line.accessibleName() for d in dates), timeout=10000)
    assert view.ui.stack.currentIndex() == 0
    wait_for_background()
