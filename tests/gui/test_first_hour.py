"""Issue 11, what a coordinator hits in the first hour: broken buttons, frozen windows, a window
growing off the screen, and the polish items — each driven through real widgets."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import ProgramFormat
from mentordesk.db.engine import Database
from mentordesk.db.models import ActionStepRecord, GoalRecord, PairRecord
from mentordesk.documents import render_agreement
from mentordesk.documents.data import AgreementDoc, PageSetup
from mentordesk.gui.common.colors import ERROR, MUTED, contrast, pick
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.files import documents_folder
from mentordesk.gui.common.printing import PdfActions
from mentordesk.gui.common.tasks import wait_for_background
from mentordesk.gui.main_window import VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS, MainWindow
from mentordesk.gui.matching.models import STATE_TEXT
from mentordesk.gui.matching.view import MatchingView
from mentordesk.gui.pairs.view import PairsView
from mentordesk.services.pairs.store import create_pair
from mentordesk.services.sample.program import create_sample_program
from tests.documents import pdfcheck
from tests.matching.factory import realistic_program
from tests.services.pairs_setup import make_cohort

TODAY = dt.date(2026, 11, 22)
PDF = render_agreement(
    AgreementDoc(1, ("Zoë",), ("王小明",)), PageSetup("A4", generated_on=dt.date(2026, 3, 1))
)


@pytest.fixture(autouse=True)
def _no_remembered_folders() -> None:
    """Folders remembered by an earlier test (QSettings outlives a test) are forgotten."""
    QSettings().remove("folders")


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])))
    yield shown
    wait_for_background()


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers `answer`, records where it opened."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.opened_at: list[str] = []

    def __call__(self, _parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        self.opened_at.append(start)
        return str(self.answer), ""


def _pairs_view(qtbot: QtBot, db: Database) -> PairsView:
    cohort = make_cohort(db)
    with db.begin() as s:
        create_pair(s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[1]],
                    start_date=dt.date(2026, 11, 1))  # fmt: skip
    ctx = AppContext(db)
    ctx.set_program(cohort.program_id)
    view = PairsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


# --- Broken ---------------------------------------------------------------------------------


def test_calendar_button_asks_where_and_writes_the_file(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pairs ▸ Export to calendar opens a save dialog (in the documents folder) and writes it."""
    view = _pairs_view(qtbot, db)
    dialog = SaveDialog(tmp_path / "due.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    QTest.mouseClick(view.ui.calendarButton, Qt.MouseButton.LeftButton)
    assert len(dialog.opened_at) == 1
    assert Path(dialog.opened_at[0]).parent == documents_folder()
    assert Calendar.from_ical((tmp_path / "due.ics").read_bytes()) is not None


def test_calendar_uids_are_unique_and_stable(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two action steps of one pair due the same day are two events; a second export keeps
    every event's UID, so a calendar updates instead of duplicating."""
    view = _pairs_view(qtbot, db)
    with db.begin() as s:
        pair_id = s.scalar(sa.select(PairRecord.id))
        goal = GoalRecord(pair_id=pair_id, statement="Find an internship")
        s.add(goal)
        s.flush()
        for text in ("Write the CV", "Ask two teachers for references"):
            s.add(ActionStepRecord(goal_id=goal.id, description=text, due_date=TODAY))
    uids = []
    for name in ("one.ics", "two.ics"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / name))
        view.ui.calendarButton.click()
        events = list(Calendar.from_ical((tmp_path / name).read_bytes()).walk("VEVENT"))
        uids.append([str(e["uid"]) for e in events])
    steps = [u for u in uids[0] if "action-step" in u]
    assert len(steps) == 2 and len(set(steps)) == 2
    assert len(set(uids[0])) == len(uids[0])
    assert sorted(uids[0]) == sorted(uids[1])


def test_flash_rotation_export_csv_button_writes_the_file(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flash rotation ▸ Export CSV… asks where to save and writes the schedule."""
    pid = realistic_program(db, mentees=10, mentors=5, program_format=ProgramFormat.FLASH)
    ctx = AppContext(db)
    ctx.set_program(pid)
    view = MatchingView(ctx)
    qtbot.addWidget(view)
    view.ui.rotationButton.click()
    assert view.ui.exportCsvButton.isEnabled()
    dialog = SaveDialog(tmp_path / "rotation.csv")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    QTest.mouseClick(view.ui.exportCsvButton, Qt.MouseButton.LeftButton)
    assert dialog.opened_at, "no dialog was shown"
    text = (tmp_path / "rotation.csv").read_text(encoding="utf-8")
    assert text.count("\n") > 2
    assert "saved" in view.ui.summaryLabel.text()


def test_print_to_file_writes_the_documents_own_text_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    """Print… to a PDF file gives the document itself: its text, at its normal size."""
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PdfActions(parent, lambda: PDF, "agreement.pdf", "Agreement")
    target = tmp_path / "printed.pdf"

    def choose_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    actions.ask_printer = choose_file
    assert actions.print_document()
    data = target.read_bytes()
    assert len(data) < 2 * len(PDF)
    assert "Zoë" in pdfcheck.text(data)


def test_printing_to_a_printer_runs_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A printer that needs page images gets them from a worker, with progress; Cancel stops."""
    parent = QWidget()
    qtbot.addWidget(parent)
    pages = pdfcheck.pages(PDF)
    actions = PdfActions(parent, lambda: PDF, "agreement.pdf", "Agreement")
    target = tmp_path / "pages.pdf"

    def page_range(printer: QPrinter) -> bool:  # a range: printed as page images
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, pages)
        return True

    actions.ask_printer = page_range
    assert actions.print_document()
    assert actions.print_job is not None and actions.progress_dialog is not None
    qtbot.waitUntil(lambda: actions.print_job is None, timeout=20000)
    assert pdfcheck.pages(target.read_bytes()) == pages

    target.unlink()
    assert actions.print_document()
    assert actions.progress_dialog is not None
    actions.progress_dialog.cancel()
    qtbot.waitUntil(lambda: actions.print_job is None, timeout=20000)


# --- Frozen windows --------------------------------------------------------------------------


def test_preview_opens_at_once_and_shows_a_quick_first_page(qtbot: QtBot) -> None:
    """With a slow document the preview opens before it is made, shows the quick first page,
    then the whole document, and draws only the pages in sight."""
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    from mentordesk.documents import render_roster
    from mentordesk.documents.data import RosterDoc, RosterLine

    lines = tuple(RosterLine(name=f"Person {n:03d}", role="mentee", status="active")
                  for n in range(400))  # fmt: skip
    many = render_roster(RosterDoc(lines), PageSetup("A4"))

    def slow() -> bytes:
        release.wait(10)
        return many

    actions = PdfActions(
        parent, slow, "roster.pdf", "Roster", background=True, quick_source=lambda: PDF
    )
    dialog = actions.show_preview()
    assert dialog is not None and dialog.isVisible()
    assert dialog.print_button is not None and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.page_ready(0), timeout=10000)
    assert not dialog.complete
    release.set()
    qtbot.waitUntil(lambda: dialog.complete, timeout=20000)
    count = pdfcheck.pages(many)
    assert count > 6 and len(dialog.page_labels) == count
    qtbot.waitUntil(lambda: dialog.page_ready(1), timeout=5000)
    assert not dialog.page_ready(count - 1)  # far below: not drawn until scrolled to
    assert dialog.print_button.isEnabled()
    dialog.close()


def _background_ctx(db: Database, pid: int) -> AppContext:
    ctx = AppContext(db)
    ctx.background_reads = True  # as in the application's main window
    ctx.set_program(pid)
    return ctx


def test_matching_view_reads_and_ranks_candidates_off_the_ui_thread(
    qtbot: QtBot, db: Database
) -> None:
    """The matching view is built without reading the program; the people and a mentee's
    candidates arrive from a worker."""
    pid = realistic_program(db, mentees=12, mentors=7)
    view = MatchingView(_background_ctx(db, pid))
    qtbot.addWidget(view)
    assert view.mentees.rows == [] and view.is_loading()
    qtbot.waitUntil(lambda: len(view.mentees.rows) == 12, timeout=10000)
    mentee = view.mentees.rows[0].id
    view.show_candidates(mentee)
    assert view.candidates.rowCount() == 0
    qtbot.waitUntil(lambda: view.candidates.rowCount() > 0, timeout=10000)
    assert view.current_mentee == mentee


def test_approve_all_runs_in_the_background_with_progress_and_cancel(
    qtbot: QtBot, db: Database
) -> None:
    """Approve all shows progress and Cancel; a cancel creates no pair; then it approves."""
    pid = realistic_program(db, mentees=12, mentors=7)
    view = MatchingView(_background_ctx(db, pid))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10000)
    view.ui.runButton.click()
    qtbot.waitUntil(lambda: view.worker is None and len(view.drafts.rows) > 0, timeout=10000)
    view.ui.approveAllButton.click()
    assert view.worker is not None
    assert view.ui.progressBar.isVisible() and view.ui.cancelButton.isVisible()
    view.worker.cancel()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(PairRecord)) == 0
    view.ui.approveAllButton.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(PairRecord)) > 0
    assert "Approved" in view.ui.summaryLabel.text()


def test_pairs_view_reads_off_the_ui_thread(qtbot: QtBot, db: Database) -> None:
    """The pairs list and the due list arrive from a worker; the view opens empty at once."""
    cohort = make_cohort(db)
    with db.begin() as s:
        create_pair(
            s,
            cohort.program_id,
            [cohort.mentors[0]],
            [cohort.mentees[1]],
            start_date=TODAY - dt.timedelta(days=30),  # live on TODAY (the view reads as of it)
        )
    view = PairsView(_background_ctx(db, cohort.program_id), today=TODAY)
    qtbot.addWidget(view)
    assert view.pairs_model.rowCount() == 0 and view.is_loading()
    qtbot.waitUntil(lambda: view.pairs_model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10000)


# --- The window stays on the screen ----------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    create_sample_program(db, participants=60, today=TODAY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(1024, 700)
    yield win
    wait_for_background()


def _visit(qtbot: QtBot, win: MainWindow, index: int) -> None:
    win.show_view(index)
    qtbot.waitUntil(lambda: win.is_view_built(index) and win.is_view_ready(index), timeout=20000)


def test_every_view_fits_1024_and_nothing_widens_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Every view fits a 1024-px window; running the matcher, selecting a proposal and a long
    report message leave the window's width alone."""
    for index in (VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS):
        _visit(qtbot, window, index)
        assert window.minimumSizeHint().width() <= 1024, index
        assert window.width() == 1024, index
    _visit(qtbot, window, VIEW_MATCHING)
    view = window.matching_view
    view.ui.runButton.click()
    qtbot.waitUntil(lambda: view.worker is None and len(view.drafts.rows) > 0, timeout=20000)
    view.ui.draftTable.selectRow(0)
    qtbot.waitUntil(lambda: view.candidates.rowCount() > 0, timeout=10000)
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024
    window.reports_view.show_note("Saved " + ", ".join(f"table-{n}.csv" for n in range(40)))
    QApplication.processEvents()
    assert window.width() == 1024
    window.open_database(tmp_path / ("long-" + "x" * 200 + ".sqlite"))
    QApplication.processEvents()
    assert window.width() == 1024


def test_matching_tabs_keep_their_whole_names_at_1024(qtbot: QtBot, window: MainWindow) -> None:
    """At 1024 px the Matching view's side tabs are not elided ("Mentees" and "Mentors" both
    read "Me…" when they were): each tab is as wide as its name, arrows scroll the rest."""
    _visit(qtbot, window, VIEW_MATCHING)
    for tabs in (window.matching_view.ui.peopleTabs, window.matching_view.ui.resultTabs):
        bar = tabs.tabBar()
        metrics = bar.fontMetrics()
        for i in range(bar.count()):
            text = bar.tabText(i).replace("&", "")
            assert bar.tabRect(i).width() >= metrics.horizontalAdvance(text), text


def test_status_message_is_not_cut_by_the_file_path_at_1024(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The first-run tip fits beside the file's path in a 1024-px window (it ran into the
    path, "…passphras/tmp/…"); the path is right-aligned after a margin."""
    from mentordesk.gui.app import FIRST_RUN_TIP
    from mentordesk.gui.common import translate

    folder = tmp_path.joinpath(*["long-folder-name"] * 8)
    folder.mkdir(parents=True)
    window.open_database(folder / "program.sqlite")
    tip = translate("app", FIRST_RUN_TIP)
    window.statusBar().showMessage(tip, 30000)
    QApplication.processEvents()
    label = window.file_label
    room = label.geometry().left() - window.statusBar().contentsRect().left()
    assert window.statusBar().fontMetrics().horizontalAdvance(tip) + 8 <= room
    assert label.contentsMargins().left() > 0
    assert label.alignment() & Qt.AlignmentFlag.AlignRight


def test_preview_and_dialogs_fit_the_available_screen(qtbot: QtBot, window: MainWindow) -> None:
    """The preview (and any dialog) opens inside the screen's available area, buttons visible."""
    room = window.screen().availableGeometry()
    dialog = window.roster_view.roster_print.show_preview()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_ready(0), timeout=20000)
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.width() <= room.width()
    dialog.close()
    batch = window.open_batch_print_dialog()
    assert batch is not None
    assert batch.height() <= room.height() and batch.width() <= room.width()
    batch.close()


# --- Polish ------------------------------------------------------------------------------------


def test_pinned_state_has_no_emoji() -> None:
    """The pinned state is words every font can draw, not a missing-glyph box."""
    assert all(ord(c) < 0x2000 for text in STATE_TEXT.values() for c in text)


def test_report_export_success_is_not_in_the_error_colour(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Reports ▸ Export the "Saved …" note is in the normal text colour."""
    _visit(qtbot, window, VIEW_REPORTS)
    view = window.reports_view
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / "report.xlsx"))
    view._ask_export("xlsx")
    label = view.ui.periodError
    assert label.text().startswith("Saved report.xlsx")
    assert pick(ERROR).name() not in label.styleSheet() and "#b00020" not in label.styleSheet()


def test_file_dialogs_open_in_documents_then_remember_the_folder(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first save opens in the documents folder, the next in the folder chosen last."""
    view = _pairs_view(qtbot, db)
    folder = tmp_path / "calendars"
    folder.mkdir()
    first = SaveDialog(folder / "due.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", first)
    view.ui.calendarButton.click()
    second = SaveDialog(folder / "again.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", second)
    view.ui.calendarButton.click()
    assert Path(first.opened_at[0]).parent == documents_folder() != Path.cwd()
    assert Path(second.opened_at[0]).parent == folder


def test_tab_moves_focus_out_of_a_table(qtbot: QtBot, window: MainWindow) -> None:
    """Tab in the roster table goes on to the next control instead of the next cell."""
    table = window.roster_view.ui.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    assert not table.tabKeyNavigation()
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_navigation_and_matching_widgets_are_described(qtbot: QtBot, window: MainWindow) -> None:
    """Every view in the navigation has a tooltip; every matching control has a name."""
    nav = window.ui.navList
    assert nav.accessibleName()
    assert all(nav.item(i).toolTip() for i in range(nav.count()))
    _visit(qtbot, window, VIEW_MATCHING)
    view = window.matching_view
    unnamed = [
        w.objectName()
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.objectName()
        and not w.objectName().startswith("qt_")
        and not (w.accessibleName() or getattr(w, "text", lambda: "")())
    ]
    assert unnamed == []
    assert all(t.accessibleName() for t in view.findChildren(QTableView))


def test_dark_palette_keeps_captions_warnings_and_charts_readable(
    qtbot: QtBot, db: Database
) -> None:
    """In a dark palette the card captions, the at-risk warning and the charts contrast with
    their background (WCAG 4.5:1); charts are not left white."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    dark = QPalette(old)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        background = QColor("#2b2b2b")
        assert contrast(pick(MUTED), background) >= 4.5
        assert contrast(pick(ERROR), background) >= 4.5
        from mentordesk.gui.reports.cards import MeasureCard
        from mentordesk.gui.reports.charts import _chart

        card = MeasureCard("match_rate")
        qtbot.addWidget(card)
        assert pick(MUTED).name() in card.title.styleSheet()
        chart = _chart("Meetings")
        assert chart.backgroundBrush().color().lightnessF() < 0.5
        view = _pairs_view(qtbot, db)
        risky = [p.id for p in view.pairs_model.rows if p.reasons]
        if risky:
            view.open_pair(risky[0])
            assert pick(ERROR).name() in view.ui.riskLabel.text()
    finally:
        app.setPalette(old)
