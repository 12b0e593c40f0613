"""The reports view: how is the program doing, and compared with the last period and last year?

Layout from ui/reports_view.ui; behaviour here. The figures are computed off the UI thread
(report_worker) whenever the program, the period, the comparison or the data changes. The
Export menu (XLSX, CSV, the program summary PDF) is the `ReportExports` mixin (exports.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.measures import compare
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.gui.common import (
    ERROR,
    QT_TRANSLATE_NOOP,
    AppContext,
    format_date,
    never_widen,
    period_name,
    pick,
    translate,
)
from mentordesk.gui.forms.ui_reports_view import Ui_ReportsView
from mentordesk.gui.reports.cards import CardGrid
from mentordesk.gui.reports.charts import ChartGrid, comparison_chart
from mentordesk.gui.reports.district_panel import DistrictPanel
from mentordesk.gui.reports.exports import ReportExports
from mentordesk.gui.reports.models import ROW_ROLE, SORT_ROLE, AtRiskTableModel, MeasureTableModel
from mentordesk.gui.reports.rollover_dialog import RolloverDialog
from mentordesk.gui.reports.worker import ReportJob, ReportResult
from mentordesk.services.programs import ProgramService
from mentordesk.services.reports import period_for

PRESETS = [
    (QT_TRANSLATE_NOOP("reports.view", "This month"), PeriodPreset.MONTH),
    (QT_TRANSLATE_NOOP("reports.view", "This term (quarter)"), PeriodPreset.TERM),
    (QT_TRANSLATE_NOOP("reports.view", "Whole cycle"), PeriodPreset.CYCLE),
    (QT_TRANSLATE_NOOP("reports.view", "Custom dates"), PeriodPreset.CUSTOM),
]
REFRESH_DELAY_MS = 150


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportsView(ReportExports, QWidget):
    #: Emitted after a new report is on screen (tests and screenshots wait for it).
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportsView()
        self.ui.setupUi(self)
        #: The day the report is computed for; tests and screenshots set it.
        self.today: dt.date | None = None
        self.result: ReportResult | None = None
        self._generation = 0
        self._dirty = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        for label, preset in PRESETS:
            self.ui.periodCombo.addItem(translate("reports.view", label), preset.value)
        self.ui.periodCombo.setCurrentIndex(2)
        self.cards = CardGrid(self.ui.cardsArea)
        self.charts = ChartGrid(self.ui.chartsLayout, self)
        self.measure_model = MeasureTableModel(self)
        self.ui.measuresTable.setModel(self.measure_model)
        self.yoy_model = MeasureTableModel(self)
        self.ui.yoyTable.setModel(self.yoy_model)
        self.risk_model = AtRiskTableModel(self)
        self.risk_proxy = QSortFilterProxyModel(self)
        self.risk_proxy.setSourceModel(self.risk_model)
        self.risk_proxy.setSortRole(SORT_ROLE)
        self.ui.riskTable.setModel(self.risk_proxy)
        self._setup_tables()
        self._build_export_menu()
        # Every program the user may see and their total (a file: every program in it).
        self.district = DistrictPanel(ctx, self)
        self.ui.tabs.addTab(self.district, translate("reports.view", "District"))
        self._yoy_chart_view = QChartView(self.ui.yoyChartArea)
        self._yoy_chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        yoy_layout = QVBoxLayout(self.ui.yoyChartArea)
        yoy_layout.setContentsMargins(0, 0, 0, 0)
        yoy_layout.addWidget(self._yoy_chart_view)
        self.ui.yoyChartArea.setMinimumWidth(280)  # the window must fit 1024 px
        self.ui.yoyBody.setStretch(0, 3)
        self.ui.yoyBody.setStretch(1, 2)
        # A long message (the files an export wrote) wraps in the room left; never widens.
        never_widen(self.ui.periodError)
        self._connect_signals()
        self._reload_programs()

    def show_note(self, text: str, *, error: bool = False) -> None:
        """A message beside the period: red for a problem, the normal text colour otherwise."""
        self.ui.periodError.setStyleSheet(f"color: {pick(ERROR, self).name()};" if error else "")
        self.ui.periodError.setText(text)
        self.ui.periodError.setToolTip(text)

    # ---- wiring -----------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        for table in (self.ui.measuresTable, self.ui.yoyTable, self.ui.riskTable):
            table.setWordWrap(table is self.ui.riskTable)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setDefaultSectionSize(24)
        self.ui.riskTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )

    def _connect_signals(self) -> None:
        self.ui.periodCombo.currentIndexChanged.connect(self._preset_changed)
        self.ui.fromDate.dateChanged.connect(self._dates_edited)
        self.ui.toDate.dateChanged.connect(self._dates_edited)
        self.ui.compareCombo.currentIndexChanged.connect(lambda _i: self.schedule_refresh())
        self.ui.riskTable.doubleClicked.connect(self._open_pair)
        self.ui.tabs.currentChanged.connect(lambda _i: self.ui.riskTable.resizeRowsToContents())
        self.ui.rolloverButton.clicked.connect(self.open_rollover)
        self.action_xlsx.triggered.connect(lambda: self._ask_export("xlsx"))
        self.action_csv.triggered.connect(lambda: self._ask_export("csv"))
        self._timer.timeout.connect(self.refresh)
        self.ctx.programChanged.connect(lambda _p: self._reload_programs())
        self.ctx.databaseChanged.connect(self._reload_programs)
        self.ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        self.district.schedule()  # any program's change moves the district's figures
        if changes.touches(Topic.PROGRAMS):
            self._reload_programs()
        elif changes.program_id in (None, self.ctx.program_id):
            self.schedule_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.schedule_refresh()

    # ---- period and comparison ----------------------------------------------------------------

    def _preset(self) -> PeriodPreset:
        # Qt hands user data back as a plain str; turn it into the enum again.
        return PeriodPreset(self.ui.periodCombo.currentData())

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _reload_programs(self) -> None:
        """Fill the comparison list (default: the program this one rolled over from)."""
        combo = self.ui.compareCombo
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("reports.view", "(no comparison)"), None)
        program_id = self.ctx.program_id
        default = None
        if program_id is not None:
            service = ProgramService(self.ctx.db)
            try:
                this = service.get(program_id)
            except MentorDeskError:
                this = None
            for program in service.list():
                if program.id != program_id:
                    combo.addItem(program.name, program.id)
            default = this.previous_program_id if this else None
        wanted = current if current is not None and combo.findData(current) >= 0 else default
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
        combo.blockSignals(False)
        self._preset_changed()

    def _preset_changed(self, _index: int = 0) -> None:
        preset = self._preset()
        custom = preset is PeriodPreset.CUSTOM
        self.ui.fromDate.setEnabled(custom)
        self.ui.toDate.setEnabled(custom)
        if not custom and self.ctx.program_id is not None:
            try:
                period = period_for(self.ctx.db, self.ctx.program_id, preset, self._today())
            except MentorDeskError:
                period = None
            if period is not None:
                for edit, day in ((self.ui.fromDate, period.start), (self.ui.toDate, period.end)):
                    edit.blockSignals(True)
                    edit.setDate(_qdate(day))
                    edit.blockSignals(False)
        self.schedule_refresh()

    def _dates_edited(self) -> None:
        if self._preset() is PeriodPreset.CUSTOM:
            self.schedule_refresh()

    def current_period(self) -> Period:
        """The chosen period; a ValidationError when custom dates are the wrong way round."""
        preset = self._preset()
        start, end = _pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date())
        if preset is PeriodPreset.CUSTOM:
            return Period(start, end, PeriodPreset.CUSTOM)
        assert self.ctx.program_id is not None
        return period_for(self.ctx.db, self.ctx.program_id, preset, self._today())

    def set_period(self, preset: PeriodPreset, start: dt.date | None = None,
                   end: dt.date | None = None) -> None:  # fmt: skip
        """Choose a preset (and dates for a custom period) as the coordinator would."""
        if start and end:
            for edit, day in ((self.ui.fromDate, start), (self.ui.toDate, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(preset.value))
        self.schedule_refresh()

    # ---- computing ----------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Start computing the report for the current choices (results arrive in _show)."""
        self._dirty = False
        self._generation += 1
        self.ui.periodError.clear()
        custom = self._preset() is PeriodPreset.CUSTOM
        self.district.set_period(
            self._preset(),
            self._today(),
            _pydate(self.ui.fromDate.date()) if custom else None,
            _pydate(self.ui.toDate.date()) if custom else None,
        )
        if self.ctx.program_id is None:
            self.ui.titleLabel.setText(
                translate("reports.view", "Choose or create a program to see its report.")
            )
            return
        try:
            period = self.current_period()
        except ValidationError as error:
            self.show_note(str(error), error=True)
            return
        self.ui.titleLabel.setText(
            self.ui.titleLabel.text() or translate("reports.view", "Computing…")
        )
        job = ReportJob(self.ctx.db, self.ctx.program_id, period, self._today(),
                        self.ui.compareCombo.currentData(), self._generation)  # fmt: skip
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._pool.start(job)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.show_note(message, error=True)

    def _show(self, generation: int, result: ReportResult) -> None:
        if generation != self._generation:
            return
        self.result = result
        current, previous = result.current, result.previous
        period = current.period
        title = f"{current.program_name} · {period_name(period)}"
        if period.preset in (PeriodPreset.MONTH, PeriodPreset.TERM):
            title += f" ({format_date(period.start)} – {format_date(period.end)})"
        if current.as_of < period.end:
            title += translate("reports.view", " · figures as of {as_of}").format(
                as_of=format_date(current.as_of)
            )
        baseline = self._baseline_name(result)
        if result.previous is not None:
            title += translate("reports.view", "  ·  changes vs {baseline}").format(
                baseline=baseline
            )
        self.ui.titleLabel.setText(title)
        self.cards.show(current, compare(current, previous), baseline)
        self.charts.show_series(current.charts)
        self.measure_model.set_measures(
            current.measures,
            compare(current, previous),
            translate("reports.view", "Previous: {baseline}").format(baseline=baseline),
        )
        self.risk_model.set_rows(current.at_risk)
        self.ui.tabs.setTabText(
            1, translate("reports.view", "At risk ({v0})").format(v0=len(current.at_risk))
        )
        self._show_comparison(result)
        for table in (self.ui.measuresTable, self.ui.yoyTable):
            _fit_columns(table)
        self.refreshed.emit()

    @staticmethod
    def _baseline_name(result: ReportResult) -> str:
        previous = result.previous
        if previous is None:
            return translate("reports.view", "no earlier period")
        if previous.program_id != result.current.program_id:
            return previous.program_name
        if previous.period.preset in (PeriodPreset.MONTH, PeriodPreset.TERM):
            return period_name(previous.period)
        return translate("reports.view", "the previous {days} days").format(
            days=previous.period.days
        )

    def _show_comparison(self, result: ReportResult) -> None:
        current, other = result.current, result.other
        self._yoy_chart_view.setVisible(other is not None)
        if other is None:
            self.yoy_model.set_measures(current.measures)
            self.ui.compareInfo.setText(
                translate("reports.view", "Pick another program (e.g. last cycle) to compare.")
            )
            return
        rows = compare(current, other)
        self.ui.compareInfo.setText(
            f"{other.program_name}: {format_date(other.period.start)} – "
            f"{format_date(other.period.end)}"
        )
        self.yoy_model.set_measures(current.measures, rows, other.program_name)
        for column in (0, 3, 6):  # section, detail, formula: the tooltip has the formula
            self.ui.yoyTable.setColumnHidden(column, True)
        self._yoy_chart_view.setChart(comparison_chart(rows, current, other))

    # ---- actions ------------------------------------------------------------------------------

    def _open_pair(self, index: QModelIndex) -> None:
        pair_id = self.risk_proxy.data(index, ROW_ROLE)
        if pair_id is not None:
            self.ctx.open_pair(int(pair_id))

    def open_rollover(self) -> RolloverDialog | None:
        if self.ctx.program_id is None:
            return None
        dialog = RolloverDialog(self.ctx, self.ctx.program_id, self._today(), self)
        dialog.open()
        return dialog


def _fit_columns(table: QTableView) -> None:
    """Columns fit their contents, except the last (the formula), which takes what is left."""
    header = table.horizontalHeader()
    last = header.count() - 1
    for column in range(last):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column), 260))
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
