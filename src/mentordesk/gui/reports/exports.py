"""What leaves the reports view: the report on screen exported to XLSX or CSV, and the printed
program summary (Preview / Print / Save as PDF, in the program's or a chosen language).

A mixin of `ReportsView` (view.py), which owns the state it uses: the Export button's menu is
built here, and `export_to` writes the same tables the screen shows (the measures, the
comparison and the underlying tables from services.reports), so a file never disagrees with
the view.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.measures import compare
from mentordesk.gui.common import (
    AppContext,
    LanguageMenu,
    PdfActions,
    period_name,
    save_file_name,
    translate,
)
from mentordesk.services.documents import DocumentService
from mentordesk.services.reports import export_csv, export_xlsx, measure_table, underlying_tables

if TYPE_CHECKING:
    from mentordesk.gui.forms.ui_reports_view import Ui_ReportsView
    from mentordesk.gui.reports.worker import ReportResult

    _Widget = QWidget
else:
    _Widget = object


class ReportExports(_Widget):
    """The Export menu of `ReportsView`: XLSX, CSV and the program summary PDF."""

    if TYPE_CHECKING:  # ReportsView's state and what its other parts do
        ctx: AppContext
        ui: Ui_ReportsView
        result: ReportResult | None

        def _today(self) -> dt.date: ...
        def show_note(self, text: str, *, error: bool = False) -> None: ...

    def _build_export_menu(self) -> None:
        menu = QMenu(self)
        self.action_xlsx = QAction(
            translate("reports.view", "Measures and tables to &Excel (XLSX)…"), self
        )
        self.action_csv = QAction(translate("reports.view", "Measures and tables to &CSV…"), self)
        menu.addAction(self.action_xlsx)
        menu.addAction(self.action_csv)
        menu.addSeparator()
        # The printed program summary (documents area) is built from the same measures.
        summary = menu.addMenu(translate("reports.view", "Program &summary, whole cycle (PDF)"))
        self.summary_actions = PdfActions(
            self,
            self._summary_pdf,
            self._summary_filename,
            translate("reports.view", "Program summary"),
        )
        self.summary_actions.add_to(summary)
        summary.addSeparator()
        self.summary_language = LanguageMenu(self, self._program_language)
        summary.addMenu(self.summary_language)
        self.ui.exportButton.setMenu(menu)

    def _ask_export(self, kind: str) -> None:
        if self.result is None:
            return
        name = f"{self.result.current.program_name} {self.result.current.period.label}"
        suggested = "".join(c if c.isalnum() or c in " -_" else "-" for c in name) + f".{kind}"
        filters = (
            translate("reports.view", "Excel workbook (*.xlsx)")
            if kind == "xlsx"
            else translate("reports.view", "CSV files (*.csv)")
        )
        path = save_file_name(
            self, "report", translate("reports.view", "Export report"), suggested, filters
        )
        if path:
            try:
                written = self.export_to(Path(path))
            except MentorDeskError as error:
                QMessageBox.warning(self, translate("reports.view", "Export failed"), str(error))
                return
            self.show_note(
                translate("reports.view", "Saved {v0}").format(
                    v0=", ".join(p.name for p in written)
                )
            )

    def _summary_pdf(self) -> bytes:
        if self.ctx.program_id is None:
            raise ValidationError(translate("reports.view", "Choose a program first"))
        today = self._today()
        return DocumentService(self.ctx.db, lambda: today).summary(
            self.ctx.program_id, language=self.summary_language.chosen()
        )

    def _program_language(self) -> tuple[str, bool]:
        if self.ctx.program_id is None:
            return "", False
        return DocumentService(self.ctx.db).default_language(self.ctx.program_id)

    def _summary_filename(self) -> str:
        name = self.result.current.program_name if self.result else "program"
        return "".join(c if c.isalnum() or c in " -_" else "-" for c in name) + translate(
            "reports.view", " summary.pdf"
        )

    def export_to(self, path: Path) -> list[Path]:
        """Write the report on screen: .xlsx (one sheet per table) or .csv (one file each)."""
        if self.result is None:
            raise ValidationError(translate("reports.view", "There is no report to export yet"))
        current, other = self.result.current, self.result.other
        rows = compare(current, other) if other else []
        tables = [measure_table(current, other, rows), *underlying_tables(self.ctx.db, current)]
        if path.suffix.lower() == ".xlsx":
            return [
                export_xlsx(
                    path,
                    tables,
                    title=f"{current.program_name} {period_name(current.period)}",
                    replace=True,  # the save dialog asked
                )
            ]
        return export_csv(path.with_suffix(".csv"), tables, replace=True)
