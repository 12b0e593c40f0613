"""The reports view driven with qtbot: cards, charts, at-risk list, comparison, export, rollover."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.reports.models import ROW_ROLE
from mentordesk.gui.reports.view import ReportsView
from mentordesk.services.programs.catalog import ProgramService
from tests.reports.program_fixture import Built, build_cycle, d, make_program

TODAY = d(6, 30)


@pytest.fixture
def built(db: Database) -> Built:
    return build_cycle(db)


@pytest.fixture
def view(qtbot: QtBot, db: Database, built: Built) -> ReportsView:
    ctx = AppContext(db)
    widget = ReportsView(ctx)
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(1200, 760)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        ctx.set_program(built.program_id)
        widget.show()
    return widget


def bar_values(view: ReportsView, chart: str) -> dict[str, list[float]]:
    series = view.charts.views[chart].chart().series()[0]
    assert isinstance(series, QAbstractBarSeries)
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def categories(view: ReportsView, chart: str) -> list[str]:
    axes = view.charts.views[chart].chart().axes()
    return next(a.categories() for a in axes if isinstance(a, QBarCategoryAxis))


def test_cards_show_figures_formula_and_change(view: ReportsView) -> None:
    """Whole cycle: match rate 25 % (1 of 4) with its formula on hover; a first cycle has no
    earlier figure to compare with (not "+25 pts" against the empty days before it began)."""
    card = view.cards.cards["match_rate"]
    assert card.value.text() == "25.0 %"
    assert card.detail.text() == "1 of 4"
    assert "mentees in an active or paused pair" in card.toolTip()
    assert card.change.text() == "— no earlier figure"
    assert "changes vs" not in view.ui.titleLabel.text()


def test_charts_are_driven_by_the_measures(view: ReportsView) -> None:
    """Meetings per month, pairs by status, closures by reason and ratings show the figures."""
    assert bar_values(view, "meetings") == {"Meetings held": [2, 2, 4, 1, 0, 0]}
    assert categories(view, "meetings") == ["Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26",
                                            "Jun 26"]  # fmt: skip
    status = bar_values(view, "status")
    assert status["Active"] == [2, 2, 1, 2, 1, 1]
    assert status["Paused"] == [0, 0, 1, 0, 0, 0]
    assert status["Closed"] == [0, 1, 2, 2, 3, 3]
    closures = bar_values(view, "closures")
    assert categories(view, "closures") == ["completed", "moved away"]  # largest on top
    assert closures == {"Completed": [1, 0], "Ended early": [0, 2]}
    assert bar_values(view, "ratings") == {"Check-ins": [1, 0, 1, 2, 1]}


def test_period_change_recomputes(view: ReportsView, qtbot: QtBot) -> None:
    """Choosing March as a custom period redraws the cards and charts for March."""
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_period(PeriodPreset.CUSTOM, d(3, 1), d(3, 31))
    assert view.cards.cards["meetings_vs_target"].detail.text() == "4 held, 5 expected"
    assert bar_values(view, "meetings") == {"Meetings held": [4]}


def test_bad_custom_dates_show_a_message(view: ReportsView, qtbot: QtBot) -> None:
    """An end before the start is reported beside the dates; nothing is computed."""
    view.set_period(PeriodPreset.CUSTOM, d(4, 1), d(3, 1))
    qtbot.waitUntil(lambda: "before it starts" in view.ui.periodError.text(), timeout=5_000)


def test_at_risk_list_opens_the_pair(view: ReportsView, qtbot: QtBot, built: Built) -> None:
    """The at-risk tab lists P1 with its reasons; double-clicking asks to open that pair."""
    assert view.ui.tabs.tabText(1) == "At risk (1)"
    proxy = view.risk_proxy
    assert proxy.rowCount() == 1
    assert "No meeting for 89 days" in proxy.index(0, 2).data()
    assert proxy.index(0, 0).data(ROW_ROLE) == built.pairs["P1"]
    view.ui.tabs.setCurrentIndex(1)
    table = view.ui.riskTable
    rect = table.visualRect(proxy.index(0, 1))
    with qtbot.waitSignal(view.ctx.openPairRequested) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [built.pairs["P1"]]


def test_year_over_year_comparison(view: ReportsView, qtbot: QtBot, db: Database) -> None:
    """Picking last cycle fills the comparison table and chart."""
    last = make_program(db, "Cycle 2025", year=2025)
    view._reload_programs()
    combo = view.ui.compareCombo
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        combo.setCurrentIndex(combo.findData(last))
    model = view.yoy_model
    assert model.has_comparison
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Meetings held")
    assert [model.index(row, c).data() for c in (2, 4, 5)] == ["9", "0", "+9"]
    assert "Cycle 2025" in view.ui.compareInfo.text()


def test_export_xlsx_and_csv(view: ReportsView, tmp_path: Path) -> None:
    """The report on screen exports to a workbook and to CSV files."""
    (xlsx,) = view.export_to(tmp_path / "cycle.xlsx")
    assert "Measures" in load_workbook(xlsx).sheetnames
    written = view.export_to(tmp_path / "cycle.csv")
    assert written[0].name == "cycle.csv" and len(written) == 8


def test_rollover_dialog(view: ReportsView, qtbot: QtBot, db: Database, built: Built) -> None:
    """The dialog proposes the next name, ticks everyone but withdrawn, and creates the cycle."""
    dialog = view.open_rollover()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.ui.nameEdit.text() == "Cycle 2027"
    assert dialog.ui.countLabel.text() == "8 of 10 participants continue"
    dialog.ui.noneButton.click()
    assert dialog.ui.countLabel.text() == "0 of 10 participants continue"
    source = dialog.model
    maya = next(i for i, r in enumerate(source.rows) if r.name == "Maya Mentor")
    source.setData(source.index(maya, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.ui.nameEdit.setText("Cycle 2026")
    dialog.ok_button().click()
    assert "already exists" in dialog.ui.nameError.text()  # stays open, message by the field
    dialog.ui.nameEdit.setText("Cycle 2027")
    with qtbot.waitSignal(view.ctx.changed):
        dialog.ok_button().click()
    new = ProgramService(db).by_name("Cycle 2027")
    assert new.previous_program_id == built.program_id
    assert dialog.result_ is not None and dialog.result_.copied == 1


def test_no_program_prompts_to_choose(qtbot: QtBot, db: Database) -> None:
    """Without a program the view says what to do instead of showing empty figures."""
    widget = ReportsView(AppContext(db))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "Choose or create a program" in widget.ui.titleLabel.text())
    assert widget.open_rollover() is None
    assert dt.date.today()  # the view uses the real date unless told otherwise


def test_models_pass_the_model_tester(view: ReportsView, qtmodeltester: ModelTester) -> None:
    """The measures, comparison and at-risk models follow Qt's model contract."""
    qtmodeltester.check(view.measure_model)
    qtmodeltester.check(view.yoy_model)
    qtmodeltester.check(view.risk_model)


def test_export_menu_offers_the_program_summary_pdf(view: ReportsView) -> None:
    """Export… also prints the program summary, built from the same measures."""
    menu = view.ui.exportButton.menu()
    titles = [a.text() for a in menu.actions()]
    assert "Program &summary, whole cycle (PDF)" in titles
    assert view.summary_actions.save.text() == "Save as &PDF…"
    assert view._summary_pdf().startswith(b"%PDF")
    assert view._summary_filename() == "Cycle 2026 summary.pdf"
