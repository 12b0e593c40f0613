"""By keyboard and screen reader: every view and the main dialogs walked with Tab alone, the
focus ring, and spoken status changes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QBrush, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common.access import (
    FOCUS_CONTRAST,
    focus_colour,
    install_keyboard_aids,
)
from mentordesk.gui.common.colors import contrast
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.tasks import wait_for_background
from mentordesk.gui.main_window import (
    VIEW_MATCHING,
    VIEW_PAIRS,
    VIEW_REPORTS,
    VIEW_ROSTER,
    MainWindow,
)
from mentordesk.services.sample.program import create_sample_program
from tests.gui.keyboard import describe, focus_walk, tables_release_tab, unnamed

TODAY = dt.date(2026, 11, 22)

#: What a keyboard user must reach in each view (object names from the forms).
MAIN_CONTROLS = {
    VIEW_ROSTER: {"addButton", "printButton", "filterEdit", "roleCombo", "statusCombo", "table"},
    VIEW_MATCHING: {
        "objectiveCombo",
        "runButton",
        "weightsButton",
        "menteeTable",
        "draftTable",
        "candidateTable",
    },
    VIEW_PAIRS: {
        "statusCombo",
        "atRiskCheck",
        "searchEdit",
        "openButton",
        "pairsTable",
        "calendarButton",
        "dueTable",
    },
    VIEW_REPORTS: {"periodCombo", "exportButton", "rolloverButton"},
}


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    create_sample_program(db, participants=60, today=TODAY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(1024, 700)
    qtbot.waitExposed(win)
    yield win
    wait_for_background()


def _visit(qtbot: QtBot, win: MainWindow, index: int) -> None:
    win.show_view(index)
    qtbot.waitUntil(lambda: win.is_view_built(index) and win.is_view_ready(index), timeout=20000)


def _in_view(chain: list[QWidget], view: QWidget) -> list[QWidget]:
    return [w for w in chain if view.isAncestorOf(w)]


def _visual_key(widget: QWidget, top: QWidget) -> tuple[int, int]:
    """Rows of controls, top to bottom, each left to right (a row: the same 12 px band)."""
    corner = widget.mapTo(top, widget.rect().topLeft())
    return (corner.y() // 12, corner.x())


@pytest.mark.parametrize("index", [VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS])
def test_each_view_is_walked_by_tab_alone(qtbot: QtBot, window: MainWindow, index: int) -> None:
    """Tab from the view list goes round the whole window and back: every stop has a name a
    screen reader can say, the view's main controls are all reached, no table keeps Tab."""
    _visit(qtbot, window, index)
    chain = focus_walk(qtbot, window, window.ui.navList)
    assert unnamed(chain) == []
    reached = {w.objectName() for w in chain}
    assert MAIN_CONTROLS[index] <= reached, MAIN_CONTROLS[index] - reached
    tables_release_tab(qtbot, chain)


def test_the_roster_toolbar_then_filters_then_table_in_visual_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Within the roster, Tab follows what the eye reads: the buttons row, the filters row,
    then the table."""
    _visit(qtbot, window, VIEW_ROSTER)
    view = window.roster_view
    stops = _in_view(focus_walk(qtbot, window, window.ui.navList), view)
    keys = [_visual_key(w, view) for w in stops]
    assert keys == sorted(keys), [describe(w) for w in stops]


# --- Dialogs ---------------------------------------------------------------------------------


def _dialogs(db: Database, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    from mentordesk.gui.common.settings import Settings
    from mentordesk.gui.documents import BatchPrintDialog
    from mentordesk.gui.matching.weights_dialog import MatchingWeightsDialog
    from mentordesk.gui.pairs.dialogs import CheckinDialog, CloseDialog, MeetingDialog
    from mentordesk.gui.programs import PreferencesDialog, ProgramDialog
    from mentordesk.gui.roster.export_dialog import ExportDialog
    from mentordesk.gui.roster.import_dialog import ImportDialog
    from mentordesk.gui.roster.participant_dialog import ParticipantDialog
    from mentordesk.services.matching import MatchingService
    from mentordesk.services.pairs import CheckinData, MeetingData

    sample = create_sample_program(db, participants=30, today=TODAY)
    ctx = AppContext(db)
    ctx.set_program(sample.id)
    overview = MatchingService(db).overview(sample.id)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return {
        "participant": lambda: ParticipantDialog(today=TODAY),
        "program": lambda: ProgramDialog(ProgramDialog.CREATE),
        "preferences": lambda: PreferencesDialog(settings),
        "import": lambda: ImportDialog(ctx),
        "export": lambda: ExportDialog(ctx),
        "print cohort": lambda: BatchPrintDialog(ctx, sample.id),
        "weights": lambda: MatchingWeightsDialog(
            overview.program.format, overview.weights, overview.options
        ),
        "meeting": lambda: MeetingDialog(MeetingData(date=TODAY, duration_minutes=45)),
        "check-in": lambda: CheckinDialog(CheckinData(date=TODAY)),
        "close pair": lambda: CloseDialog(TODAY),
    }


DIALOGS = (
    "participant",
    "program",
    "preferences",
    "import",
    "export",
    "print cohort",
    "weights",
    "meeting",
    "check-in",
    "close pair",
)


def _first_stop(dialog: QDialog) -> QWidget:
    dialog.activateWindow()
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is dialog:
        return focus
    focus = dialog.nextInFocusChain()
    while focus is not dialog and (
        focus.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus
        or not focus.isVisible()
        or not focus.isEnabled()
    ):
        focus = focus.nextInFocusChain()
    return focus


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_is_walked_by_tab_alone(
    qtbot: QtBot, db: Database, tmp_path: Path, name: str
) -> None:
    """Each dialog: Tab reaches every control and its buttons, each with a name; no table or
    text box keeps Tab; Enter has a default button to press."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_keyboard_aids(app)  # as the main window does at start-up
    dialog = _dialogs(db, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = focus_walk(qtbot, dialog, _first_stop(dialog))
    assert unnamed(chain) == []
    assert any(isinstance(w, QPushButton) for w in chain), "no button reached"
    tables_release_tab(qtbot, chain)
    boxes = dialog.findChildren(QDialogButtonBox)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() or b.autoDefault()]
    assert boxes or defaults, f"{name}: Enter presses nothing"


# --- Contrast ------------------------------------------------------------------------------

_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6})")


def _palette(name: str) -> QPalette:
    """Fusion's light palette, a dark one and a high-contrast (white on black) one."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = QPalette(app.style().standardPalette())
    roles = QPalette.ColorRole
    colours = {
        "dark": {
            roles.Window: "#202124",
            roles.Base: "#2b2b2b",
            roles.AlternateBase: "#333537",
            roles.WindowText: "#e8eaed",
            roles.Text: "#e8eaed",
            roles.Button: "#303134",
            roles.ButtonText: "#e8eaed",
            roles.Highlight: "#8ab4f8",
            roles.HighlightedText: "#202124",
            roles.Mid: "#5f6368",
        },
        "high contrast": {
            roles.Window: "#000000",
            roles.Base: "#000000",
            roles.AlternateBase: "#1a1a1a",
            roles.WindowText: "#ffffff",
            roles.Text: "#ffffff",
            roles.Button: "#000000",
            roles.ButtonText: "#ffffff",
            roles.Highlight: "#ffff00",
            roles.HighlightedText: "#000000",
            roles.Mid: "#c0c0c0",
        },
    }.get(name, {})
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "high contrast"])
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    chosen = _palette(request.param)
    app.setPalette(chosen)
    yield chosen
    app.setPalette(old)


def _label_problems(root: QWidget) -> list[str]:
    """Each coloured text of a label (its stylesheet or its rich text) below 4.5:1 against
    the window or the base colour (cards and tables sit on the base)."""
    problems = []
    for label in root.findChildren(QLabel):
        label.ensurePolished()
        found = _COLOUR.findall(label.styleSheet()) + _COLOUR.findall(label.text())
        backgrounds = [
            label.palette().color(r) for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
        ]
        for colour in found:
            worst = min(contrast(QColor(colour), bg) for bg in backgrounds)
            if worst < 4.5:
                problems.append(
                    f"{label.objectName() or label.text()[:40]!r}: {colour} {worst:.2f}"
                )
    return problems


def _model_problems(view: QAbstractItemView) -> list[str]:
    """Each cell's text colour (ForegroundRole, else the palette's) against its background
    (BackgroundRole, else the base and the alternate base), for the first 200 rows."""
    model = view.model()
    if model is None:
        return []
    palette = view.palette()
    problems = []
    try:
        columns = model.columnCount()
    except TypeError:  # a list model hides columnCount
        columns = 1
    for row in range(min(model.rowCount(), 200)):
        for column in range(columns):
            index = model.index(row, column)
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if fg is None and bg is None:
                continue
            text = QBrush(fg).color() if fg is not None else palette.color(QPalette.ColorRole.Text)
            grounds = (
                [QBrush(bg).color()]
                if bg is not None
                else [
                    palette.color(QPalette.ColorRole.Base),
                    palette.color(QPalette.ColorRole.AlternateBase),
                ]
            )
            worst = min(contrast(text, g) for g in grounds)
            if worst < 4.5:
                problems.append(f"{view.objectName()} column {column}: {text.name()} {worst:.2f}")
    return problems


def _chart_problems(window: MainWindow) -> list[str]:
    """Chart titles, legends and axis labels at 4.5:1 against the chart; bars at 3:1 (WCAG
    1.4.11, graphical objects)."""
    from PySide6.QtCharts import QAbstractBarSeries

    problems = []
    for name, view in window.reports_view.charts.views.items():
        chart = view.chart()
        ground = chart.backgroundBrush().color()
        texts = [("title", chart.titleBrush().color()), ("legend", chart.legend().labelColor())]
        texts += [("axis", axis.labelsBrush().color()) for axis in chart.axes()]
        for what, colour in texts:
            if contrast(colour, ground) < 4.5:
                problems.append(f"{name} {what}: {colour.name()} on {ground.name()}")
        for series in chart.series():
            assert isinstance(series, QAbstractBarSeries)
            for bar_set in series.barSets():
                if contrast(bar_set.color(), ground) < 3.0:
                    problems.append(f"{name} bar {bar_set.label()}: {bar_set.color().name()}")
    return problems


def test_every_coloured_text_is_readable_in_light_dark_and_high_contrast(
    qtbot: QtBot, db: Database, tmp_path: Path, palette: QPalette
) -> None:
    """Status colours, "⚠ Needs attention", card captions, error and success messages, table
    colours and the charts reach WCAG AA (4.5:1; bars 3:1) in each palette; the colours are
    read from the real widgets, models and charts."""
    create_sample_program(db, participants=60, today=TODAY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(win)
    win.show()
    problems: list[str] = []
    for index in (VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS):
        _visit(qtbot, win, index)
    win.matching_view.show_message("The matcher could not run.", error=True)
    pairs = win.pairs_view
    table = pairs.ui.pairsTable
    for row in range(min(table.model().rowCount(), 12)):  # at-risk and on-track pairs
        table.selectRow(row)
        problems += _label_problems(pairs)
    views = win.reports_view.charts.views.values()
    qtbot.waitUntil(lambda: all(v.chart().series() for v in views), timeout=20000)
    problems += _label_problems(win)
    for view in win.findChildren(QAbstractItemView):
        problems += _model_problems(view)
    problems += _chart_problems(win)
    wait_for_background()
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("name", ["participant", "export", "meeting", "close pair", "preferences"])
def test_dialog_messages_are_readable_in_each_palette(
    qtbot: QtBot, db: Database, tmp_path: Path, palette: QPalette, name: str
) -> None:
    """Error messages in the dialogs (red in a light palette) stay readable in a dark or
    high-contrast one: the forms' fixed colours follow the palette."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_keyboard_aids(app)
    dialog = _dialogs(db, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    for label in dialog.findChildren(QLabel):
        if not label.text():
            label.setText("Something is wrong here.")
    if hasattr(dialog, "_message"):
        dialog._message("Cannot write the file.", error=True)
    assert _label_problems(dialog) == []


# --- Focus ring and announcements ----------------------------------------------------------


def test_the_focus_ring_follows_the_focus_and_stands_out(
    qtbot: QtBot, window: MainWindow, palette: QPalette
) -> None:
    """The focused control gets a 2-px ring just outside it, in a colour that stands out 3:1
    from the window in each palette (and the ring moves on with Tab)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    rings = app._mentordesk_focus_rings  # type: ignore[attr-defined]
    filter_edit = window.roster_view.ui.filterEdit
    window.activateWindow()
    filter_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(filter_edit.hasFocus, timeout=3000)
    ring = rings.ring
    assert ring is not None and ring.widget() is filter_edit and ring.isVisible()
    inner = filter_edit.geometry()
    assert ring.geometry().contains(inner) and ring.geometry() != inner
    assert (
        contrast(focus_colour(filter_edit.palette()), palette.color(QPalette.ColorRole.Window))
        >= FOCUS_CONTRAST
    )
    QTest.keyClick(filter_edit, Qt.Key.Key_Tab)
    assert rings.ring.widget() is QApplication.focusWidget()


def test_status_changes_are_announced_to_screen_readers(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finished match run, a status-bar message and a failed save reach the accessibility
    API as announcements (the words, not the markup); errors interrupt (assertive)."""
    heard: list[tuple[str, bool]] = []

    def hear(event: Any) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", hear)
    window.statusBar().showMessage("Backed up to /tmp/x.sqlite", 1000)
    assert ("Backed up to /tmp/x.sqlite", False) in heard

    _visit(qtbot, window, VIEW_MATCHING)
    view = window.matching_view
    heard.clear()
    view.ui.runButton.click()
    qtbot.waitUntil(
        lambda: any("Drafts" in text or "matched" in text for text, _ in heard), timeout=30000
    )
    assert all("<" not in text for text, _ in heard)

    from mentordesk.core.errors import ValidationError
    from mentordesk.gui.pairs.dialogs import MeetingDialog
    from mentordesk.services.pairs import MeetingData

    dialog = MeetingDialog(MeetingData(date=TODAY, duration_minutes=45))
    qtbot.addWidget(dialog)

    def refuse(_value: object) -> None:
        raise ValidationError("The meeting could not be saved: the pair is closed.")

    dialog.on_save = refuse
    heard.clear()
    dialog.accept()
    assert heard and heard[-1][1] and "could not be saved" in heard[-1][0]


def test_every_menu_command_has_a_key(window: MainWindow) -> None:
    """Each menu opens with Alt+letter and each of its commands has an underlined letter or a
    shortcut (Preferences gets Ctrl+, where the system has no standard key); the four views
    are Ctrl+1 to Ctrl+4."""
    missing = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None and "&" in top.text(), top.text()
        for action in menu.actions():
            if action.isSeparator() or not action.text() or action.menu() is window.ui.menuRecent:
                continue
            if "&" not in action.text() and action.shortcut().isEmpty():
                missing.append(f"{top.text()} ▸ {action.text()}")
    assert missing == []
    assert not window.preferences_action.shortcut().isEmpty()
    views = [a.shortcut().toString() for a in window.ui.menuView.actions()]
    assert views[:4] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
