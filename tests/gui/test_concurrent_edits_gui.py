"""Two windows on one database: the edit dialog shows someone else's newer save and offers
Reload or Keep mine; the views refresh when another window or a command changes data."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.core.changes import Topic
from mentordesk.core.concurrency import ConcurrentEditError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common import AppContext, ChangeWatcher, Choice, ConflictDialog
from mentordesk.gui.common.tasks import wait_for_background
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from mentordesk.gui.roster.view import RosterView
from mentordesk.services.common import ChangeFeed
from mentordesk.services.roster.people import RosterService
from mentordesk.services.sample.program import create_sample_program


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """Another window's (or command's) connection to the same database."""
    second = Database(getattr(db, "location", db.path))
    yield second
    second.close()


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> RosterView:
    program = create_sample_program(db, participants=12, seed=3)
    ctx = AppContext(db)
    ctx.set_program(program.id)
    widget = RosterView(ctx)
    qtbot.addWidget(widget)
    return widget


def _edit_dialog(view: RosterView, qtbot: QtBot) -> tuple[int, list[ParticipantDialog]]:
    """Open the edit dialog of the first row, returned without blocking (exec is replaced)."""
    pid = view.proxy.row_at(0).participant_id
    view.select_ids([pid])
    opened: list[ParticipantDialog] = []

    def show_instead(dialog: ParticipantDialog) -> int:
        opened.append(dialog)
        qtbot.addWidget(dialog)
        return 0

    ParticipantDialog.exec = show_instead  # type: ignore[assignment, method-assign]
    try:
        view.edit_selected()
    finally:
        del ParticipantDialog.exec  # back to QDialog.exec
    return pid, opened


def _answer(button: str) -> None:
    """Click `button` of the conflict dialog once it is shown (it runs modally)."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog), dialog
        _answer.seen = dialog  # type: ignore[attr-defined]
        getattr(dialog, button).click()

    QTimer.singleShot(0, click)


def _someone_else_sets_phone(other: Database, view: RosterView, pid: int, phone: str) -> None:
    program = view.ctx.program_id or 0
    service = RosterService(other)
    person, version = service.get_versioned(program, pid)
    service.update(program, pid, dataclasses.replace(person, phone=phone), version)


def test_conflict_dialog_shows_the_difference_and_reload_takes_theirs(
    view: RosterView, other: Database, qtbot: QtBot
) -> None:
    """OK after someone else saved: their change is shown field by field; Reload fills the
    form with their values and nothing of mine is saved."""
    pid, opened = _edit_dialog(view, qtbot)
    dialog = opened[0]
    dialog.set_text("phone", "555-0001")
    _someone_else_sets_phone(other, view, pid, "555-9999")
    _answer("reload_button")
    dialog.accept()
    shown: ConflictDialog = _answer.seen  # type: ignore[attr-defined]
    assert [(d.field, d.theirs, d.mine) for d in shown.differences] == [
        ("phone", "555-9999", "555-0001")
    ]
    assert shown.model.rowCount() == 1 and "Phone" in shown.model.index(0, 0).data()
    assert dialog.editors["phone"].text() == "555-9999"  # type: ignore[attr-defined]
    assert RosterService(view.ctx.db).get(view.ctx.program_id or 0, pid).phone == "555-9999"
    assert not dialog.isVisible() or dialog.result() == 0  # still open for more editing


def test_keep_mine_saves_over_theirs(view: RosterView, other: Database, qtbot: QtBot) -> None:
    """Keep mine saves the form over the newer version; the roster shows my value."""
    pid, opened = _edit_dialog(view, qtbot)
    dialog = opened[0]
    dialog.set_text("phone", "555-0001")
    _someone_else_sets_phone(other, view, pid, "555-9999")
    _answer("keep_button")
    dialog.accept()
    assert RosterService(other).get(view.ctx.program_id or 0, pid).phone == "555-0001"


def test_conflict_dialog_without_differences_says_so(qtbot: QtBot) -> None:
    """Their save holding my values: no empty table, a sentence instead; Cancel is the default."""
    from mentordesk.core.concurrency import Version

    person = ParticipantInput(full_name="Ana")
    error = ConcurrentEditError("Ana", Version((2, 1), "bo@desk"), person)
    dialog = ConflictDialog(error, person)
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and dialog.choice is Choice.CANCEL
    assert "bo@desk" in str(error)


def test_views_reload_when_another_connection_adds_someone(
    view: RosterView, other: Database, qtbot: QtBot
) -> None:
    """A person added elsewhere appears after the next poll; the window's own edits are not
    broadcast twice."""
    watcher = ChangeWatcher(view.ctx, view, interval_ms=50)
    heard: list[frozenset[Topic]] = []
    view.ctx.changed.connect(lambda changes: heard.append(changes.topics))
    before = view.proxy.rowCount()
    RosterService(other).add(
        view.ctx.program_id or 0, ParticipantInput(full_name="Zed Elsewhere", email="z@x.org")
    )
    watcher.poll()
    assert view.proxy.rowCount() == before + 1
    assert heard == [frozenset({Topic.PARTICIPANTS})]
    view.add_participant(ParticipantInput(full_name="Mine Own", email="m@x.org"))
    watcher.poll()
    assert len(heard) == 2  # my own broadcast only, no echo from the poll


def test_becoming_active_polls_at_once(view: RosterView, other: Database, qtbot: QtBot) -> None:
    """Focus-in (the application becoming active) looks for changes without waiting."""
    watcher = ChangeWatcher(view.ctx, view, interval_ms=60_000)
    before = view.proxy.rowCount()
    RosterService(other).add(
        view.ctx.program_id or 0, ParticipantInput(full_name="Yan Elsewhere", email="y@x.org")
    )
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert view.proxy.rowCount() == before + 1
    assert watcher.timer.isActive()


def test_program_settings_dialog_refused_then_reloaded(
    db: Database, other: Database, qtbot: QtBot
) -> None:
    """Settings opened, someone else changes the cadence, OK: the difference is shown and
    Reload puts their cadence in the form; a second OK then saves over their version."""
    from mentordesk.gui.programs.dialog import ProgramDialog
    from mentordesk.services.programs import ProgramService

    service = ProgramService(db)
    program, _ = service.create("Spring", cadence_days=14)

    def submit(values: dict[str, object]) -> None:
        service.update(program.id, dialog.version, keep_mine=dialog.keep_mine, **values)

    dialog = ProgramDialog(ProgramDialog.SETTINGS, program, submit=submit)
    qtbot.addWidget(dialog)
    dialog.ui.objectivesEdit.setPlainText("Reading together")
    ProgramService(other).update(program.id, program.version, cadence_days=7)
    _answer("reload_button")
    dialog.accept()
    shown: ConflictDialog = _answer.seen  # type: ignore[attr-defined]
    assert {d.field for d in shown.differences} == {"cadence_days", "objectives"}
    assert dialog.ui.cadenceDaysEdit.value() == 7
    dialog.ui.objectivesEdit.setPlainText("Reading together")
    dialog.accept()
    saved = service.get(program.id)
    assert (saved.cadence_days, saved.objectives) == (7, "Reading together")


def test_agreement_tab_keeps_typing_when_someone_else_saves_and_keep_mine_wins(
    db: Database, other: Database, qtbot: QtBot
) -> None:
    """Typing in the agreement; another coordinator saves it and the view refreshes: the
    typing stays, Save shows the difference, Keep mine saves it over theirs."""
    import datetime as dt

    from mentordesk.gui.pairs.view import PairsView
    from mentordesk.services.pairs import PairService, create_pair
    from tests.services.pairs_setup import make_cohort

    today = dt.date(2026, 11, 22)
    cohort = make_cohort(db)
    with db.begin() as session:
        pair_id = create_pair(
            session, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]]
        ).id
    ctx = AppContext(db)
    ctx.set_program(cohort.program_id)
    view = PairsView(ctx, today=today)
    qtbot.addWidget(view)
    view.show()
    watcher = ChangeWatcher(ctx, view, interval_ms=60_000)
    view.open_pair(pair_id)
    tab = view.agreement_tab
    tab.ui.placeEdit.setText("Library")
    theirs = PairService(other, today).agreement(pair_id)
    PairService(other, today).save_agreement(
        pair_id, dataclasses.replace(theirs, place="Café"), theirs.version
    )
    watcher.poll()  # the view refreshes with their agreement
    assert tab.ui.placeEdit.text() == "Library"
    _answer("keep_button")
    assert tab.save() is True
    shown: ConflictDialog = _answer.seen  # type: ignore[attr-defined]
    assert [(d.field, d.theirs, d.mine) for d in shown.differences] == [
        ("place", "Café", "Library")
    ]
    assert PairService(other, today).agreement(pair_id).place == "Library"


def test_transfer_dialog_copies_the_ticked_program_and_reports(
    db: Database, qtbot: QtBot, tmp_path: object
) -> None:
    """File ▸ Transfer programs…: the current program is ticked; Copy runs in the background
    and the dialog lists what was copied; the button then closes."""
    from pathlib import Path

    from mentordesk.gui.files import TransferDialog
    from mentordesk.services.programs import ProgramService

    program = create_sample_program(db, participants=8, seed=2)
    ProgramService(db).create("Not this one")
    ctx = AppContext(db)
    ctx.set_program(program.id)
    dialog = TransferDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [program.name]
    assert not dialog.ok_button.isEnabled()  # nowhere to copy to yet
    target = Path(str(tmp_path)) / "offline.sqlite"
    dialog.ui.targetEdit.setText(str(target))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert f"Copied: {program.name}" in dialog.ui.statusLabel.text()
    assert "Participants: 8" in dialog.ui.statusLabel.text()  # per kind, in the GUI's words
    assert dialog.ok_button.text() == "Close"
    copied = Database(target)
    try:
        assert [p.name for p in ProgramService(copied).list()] == [program.name]
    finally:
        copied.close()


def test_transfer_dialog_says_why_when_the_target_cannot_be_opened(
    db: Database, qtbot: QtBot, tmp_path: object
) -> None:
    """A target that is not a MentorDesk database: one sentence in the dialog, nothing copied."""
    from pathlib import Path

    from mentordesk.gui.files import TransferDialog

    program = create_sample_program(db, participants=4, seed=2)
    ctx = AppContext(db)
    ctx.set_program(program.id)
    dialog = TransferDialog(ctx)
    qtbot.addWidget(dialog)
    bogus = Path(str(tmp_path)) / "notes.sqlite"
    bogus.write_text("not a database at all, just some notes " * 20)
    dialog.ui.targetEdit.setText(str(bogus))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.report is None
    text = dialog.ui.statusLabel.text()
    assert text and "Traceback" not in text and "notes.sqlite" in text
    assert bogus.read_text().startswith("not a database")


def test_the_poll_reads_the_counters_in_a_worker_and_still_hears_others(
    view: RosterView, other: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the application (background reads) the UI thread never reads the change counters
    (8-12 ms every 2 s on SQLite, bench_stalls' idle floor): a worker reads them, the UI thread
    compares; another connection's change is still broadcast, this window's own not echoed."""
    view.ctx.background_reads = True  # as the application's main window sets it
    watcher = ChangeWatcher(view.ctx, view, interval_ms=60_000)
    on_ui_thread: list[bool] = []
    read = ChangeFeed.counters

    def counters(feed: ChangeFeed) -> dict[Topic, int]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return read(feed)

    monkeypatch.setattr(ChangeFeed, "counters", counters)
    heard: list[frozenset[Topic]] = []
    view.ctx.changed.connect(lambda changes: heard.append(changes.topics))
    before = view.proxy.rowCount()
    RosterService(other).add(
        view.ctx.program_id or 0, ParticipantInput(full_name="Wu Elsewhere", email="w@x.org")
    )
    watcher.poll()
    qtbot.waitUntil(lambda: heard == [frozenset({Topic.PARTICIPANTS})], timeout=10000)
    assert view.proxy.rowCount() == before + 1
    view.add_participant(ParticipantInput(full_name="Mine Too", email="m2@x.org"))
    wait_for_background()
    qtbot.wait(100)  # the worker's answer reaches the UI thread by a 20 ms timer
    watcher.poll()
    wait_for_background()
    qtbot.wait(100)
    assert len(heard) == 2  # my own broadcast only, no echo from the poll
    assert on_ui_thread and not any(on_ui_thread)
