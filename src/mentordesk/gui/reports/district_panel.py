"""The District tab of the reports view: every program the user may see, one row each, the
district total and the previous cycles' total, every measure a column.

Computed off the UI thread (`DistrictJob`, services.reports.compute_district) when the tab is
shown and whenever the period or the data changes while it is shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.measures import Measure, MeasureComparison
from mentordesk.core.periods import PeriodPreset
from mentordesk.gui.common import (
    AppContext,
    Column,
    RowTableModel,
    format_date,
    measure_name,
    period_name,
    save_file_name,
    translate,
)
from mentordesk.gui.forms.ui_district_panel import Ui_DistrictPanel
from mentordesk.services.reports import (
    DistrictReport,
    compute_district,
    district_tables,
    export_csv,
    export_xlsx,
)


@dataclass(frozen=True)
class DistrictLine:
    """One row: a program, the total, the previous cycles' total, or the change."""

    name: str
    measures: dict[str, Measure] = field(default_factory=dict)
    changes: dict[str, MeasureComparison] = field(default_factory=dict)
    total: bool = False


#: What the reports view asks for: (preset, today, custom start, custom end).
Request = tuple[PeriodPreset, dt.date, dt.date | None, dt.date | None]


class DistrictSignals(QObject):
    finished = Signal(int, object)  # generation, DistrictReport
    failed = Signal(int, str)


class DistrictJob(QRunnable):
    """One computation on a pool thread with its own sessions; never touches widgets."""

    def __init__(self, ctx: AppContext, request: Request, archived: bool, generation: int) -> None:
        super().__init__()
        self.signals = DistrictSignals()
        self.db, self.request, self.archived, self.generation = (
            ctx.db,
            request,
            archived,
            generation,
        )

    def run(self) -> None:
        preset, today, start, end = self.request
        try:
            report = compute_district(
                self.db, preset, today, start, end, include_archived=self.archived
            )
        except MentorDeskError as error:
            self.signals.failed.emit(self.generation, str(error))
            return
        except Exception as error:  # shown as a sentence; the view stays usable
            message = translate("reports.district_panel", "Could not compute the district: {error}")
            self.signals.failed.emit(self.generation, message.format(error=error))
            return
        self.signals.finished.emit(self.generation, report)


def lines(report: DistrictReport) -> list[DistrictLine]:
    """The table's rows: programs by name, then the total, the previous cycles, the change."""
    out = [
        DistrictLine(r.current.program_name, {m.key: m for m in r.current.measures})
        for r in report.rows
    ]
    total = translate("reports.district_panel", "District total")
    out.append(DistrictLine(total, {m.key: m for m in report.total}, total=True))
    if report.previous_total is not None:
        name = translate(
            "reports.district_panel",
            "Previous cycles ({with_previous} of %n program(s))",
            None,
            len(report.rows),
        ).format(with_previous=report.with_previous)
        out.append(DistrictLine(name, {m.key: m for m in report.previous_total}, total=True))
        changes = {c.key: c for c in report.comparison()}
        change = translate("reports.district_panel", "Change")
        out.append(DistrictLine(change, changes=changes, total=True))
    return out


def _cell(key: str, label: str) -> Column[DistrictLine]:
    def text(line: DistrictLine) -> str:
        if line.changes:
            return line.changes[key].change_text() if key in line.changes else ""
        measure = line.measures.get(key)
        return measure.display() if measure else ""

    def sort(line: DistrictLine) -> float:
        measure = line.measures.get(key)
        return measure.value if measure and measure.value is not None else float("-inf")

    def tip(line: DistrictLine) -> str:
        measure = line.measures.get(key)
        if measure is None:
            return ""
        detail = measure.detail()
        formula = measure.formula_text()
        return f"{detail}\n{formula}" if detail else formula

    return Column(label, text, sort, align_right=True, tooltip=tip, bold=lambda line: line.total)


class DistrictPanel(QWidget):
    """Reads the period from `period_source()`: (preset, today, start, end)."""

    #: Emitted when a district report is on screen (tests wait for it).
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DistrictPanel()
        self.ui.setupUi(self)
        self.report: DistrictReport | None = None
        self.request: Request | None = None
        self._generation = 0
        self._dirty = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        name: Column[DistrictLine] = Column(
            translate("reports.district_panel", "Program"),
            lambda line: line.name,
            bold=lambda line: line.total,
        )
        self.model: RowTableModel[DistrictLine] = RowTableModel([name], self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        self.ui.table.setAlternatingRowColors(True)
        menu = QMenu(self)
        self.action_xlsx = QAction(
            translate("reports.district_panel", "District to &Excel (XLSX)…"), self
        )
        self.action_csv = QAction(translate("reports.district_panel", "District to &CSV…"), self)
        menu.addAction(self.action_xlsx)
        menu.addAction(self.action_csv)
        self.ui.exportButton.setMenu(menu)
        self.ui.exportButton.setEnabled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.archivedCheck.toggled.connect(lambda _on: self.schedule())
        self.action_xlsx.triggered.connect(lambda: self._ask_export("xlsx"))
        self.action_csv.triggered.connect(lambda: self._ask_export("csv"))

    def set_period(
        self, preset: PeriodPreset, today: dt.date, start: dt.date | None, end: dt.date | None
    ) -> None:
        """The reports view's period; recomputed now if the tab is shown, else when it is."""
        self.request = (preset, today, start, end)
        self.schedule()

    def schedule(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        if self.request is None:
            return
        self._dirty = False
        self._generation += 1
        job = DistrictJob(
            self.ctx, self.request, self.ui.archivedCheck.isChecked(), self._generation
        )
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._pool.start(job)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.ui.summaryLabel.setText(message)

    def _show(self, generation: int, report: DistrictReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        self.model.columns = [self.model.columns[0]] + [
            _cell(m.key, measure_name(m.label)) for m in report.total
        ]
        self.model.set_rows(lines(report))
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.table.resizeColumnsToContents()
        period = report.period
        count = len(report.rows)
        text = translate("reports.district_panel", "%n program(s) · {start} – {end}", None, count)
        text = text.format(start=format_date(period.start), end=format_date(period.end))
        if report.preset is PeriodPreset.CYCLE:
            text += translate("reports.district_panel", " (each program's own cycle)")
        if report.previous_total is not None:
            text += translate(
                "reports.district_panel",
                " · compared with the previous cycles of %n program(s)",
                None,
                report.with_previous,
            )
        else:
            text += translate("reports.district_panel", " · no previous cycle to compare with")
        self.ui.summaryLabel.setText(text)
        self.ui.exportButton.setEnabled(True)
        self.refreshed.emit()

    def _ask_export(self, kind: str) -> None:
        if self.report is None:
            return
        filters = (
            translate("reports.district_panel", "Excel workbook (*.xlsx)")
            if kind == "xlsx"
            else translate("reports.district_panel", "CSV files (*.csv)")
        )
        suggested = translate("reports.district_panel", "District") + f".{kind}"
        title = translate("reports.district_panel", "Export district")
        path = save_file_name(self, "report", title, suggested, filters)
        if path:
            try:
                written = self.export_to(Path(path))
            except MentorDeskError as error:
                QMessageBox.warning(
                    self, translate("reports.district_panel", "Export failed"), str(error)
                )
                return
            self.ui.summaryLabel.setText(
                translate("reports.district_panel", "Saved {names}").format(
                    names=", ".join(p.name for p in written)
                )
            )

    def export_to(self, path: Path) -> list[Path]:
        """Write the district on screen: .xlsx (a sheet per table) or .csv (a file each)."""
        if self.report is None:
            raise MentorDeskError(
                translate("reports.district_panel", "There is no district report to export yet")
            )
        tables = district_tables(self.report)
        if path.suffix.lower() == ".xlsx":
            title = translate("reports.district_panel", "District {period}").format(
                period=period_name(self.report.period)
            )
            return [export_xlsx(path, tables, title=title, replace=True)]
        return export_csv(path.with_suffix(".csv"), tables, replace=True)
