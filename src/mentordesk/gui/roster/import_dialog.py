"""The import dialog: choose a file, check the column mapping and the preview, see the problem
rows and the duplicates, then confirm. Nothing is written before the Import button.

Reading, planning and writing run in a TaskThread (big files take a second or more), so the
dialog stays responsive and the user can stop a long read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from mentordesk.core.enums import Role
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.gui.common import (
    ERROR,
    QT_TRANSLATE_NOOP,
    AppContext,
    TaskThread,
    announce,
    choice_text,
    coloured,
    open_file_name,
    readable_css,
    translate,
)
from mentordesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from mentordesk.gui.roster.commands import ImportParticipantsCommand
from mentordesk.gui.roster.import_models import (
    COL_TARGET,
    FieldDelegate,
    MappingTableModel,
    RowsTableModel,
    preview_rows,
)
from mentordesk.importing.mapping import ColumnMap, guess_mapping
from mentordesk.importing.table import ImportCancelled, Table, read_table
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import ImportCounts, ImportPlan, SpreadsheetService

PREVIEW_ROWS = 50
FILE_FILTER = QT_TRANSLATE_NOOP(
    "roster.import_dialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"
)
TAB_MAPPING, TAB_PREVIEW, TAB_PROBLEMS, TAB_DUPLICATES = range(4)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SpreadsheetService(ctx.db)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.counts: ImportCounts | None = None
        self._thread: TaskThread | None = None
        self._replan_timer = QTimer(self, singleShot=True, interval=350)
        self._phase = ""

        self.mapping_model = MappingTableModel(self)
        self.preview_model = RowsTableModel([translate("roster.import_dialog", "Row")], self)
        self.problems_model = RowsTableModel(
            [
                translate("roster.import_dialog", "Row"),
                translate("roster.import_dialog", "Column"),
                translate("roster.import_dialog", "Problem"),
                translate("roster.import_dialog", "Cell"),
            ],
            self,
        )
        self.duplicates_model = RowsTableModel(
            [
                translate("roster.import_dialog", "Row"),
                translate("roster.import_dialog", "Name"),
                translate("roster.import_dialog", "E-mail"),
                translate("roster.import_dialog", "Why"),
            ],
            self,
        )
        self._setup_table(self.ui.mappingTable, self.mapping_model)
        self.ui.mappingTable.setItemDelegateForColumn(COL_TARGET, FieldDelegate(self))
        self.ui.mappingTable.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._setup_table(self.ui.previewTable, self.preview_model)
        self._setup_table(self.ui.problemsTable, self.problems_model)
        self._setup_table(self.ui.duplicatesTable, self.duplicates_model)

        self.import_button: QPushButton = self.ui.buttonBox.addButton(
            translate("roster.import_dialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        for role in (Role.MENTEE, Role.MENTOR, Role.BOTH):
            self.ui.roleCombo.addItem(choice_text(role), role.value)
        self._load_programs()
        self._set_busy(False)
        self.ui.summaryLabel.setText(
            translate("roster.import_dialog", "Choose a file to see what would be imported.")
        )
        self._connect_signals()

    # ------------------------------------------------------------------ setup
    def _setup_table(self, view: QTableView, model: Any) -> None:
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)

    def _load_programs(self) -> None:
        programs = ProgramService(self.ctx.db).list(include_archived=False)
        for program in programs:
            self.ui.programCombo.addItem(program.name, program.id)
        current = self.ui.programCombo.findData(self.ctx.program_id)
        self.ui.programCombo.setCurrentIndex(max(current, 0) if programs else -1)
        line = self.ui.programCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                translate("roster.import_dialog", "Type a name for a new program")
            )

    def _connect_signals(self) -> None:
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.cancelWorkButton.clicked.connect(self._stop_work)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._confirm_and_import)
        self.mapping_model.mappingEdited.connect(lambda _m: self.replan())
        self.ui.roleCombo.currentIndexChanged.connect(lambda _i: self.replan())
        self.ui.programCombo.editTextChanged.connect(lambda _t: self._replan_timer.start())
        self._replan_timer.timeout.connect(self.replan)
        self.ui.updateDuplicatesRadio.toggled.connect(lambda _on: self._show_summary())

    # ------------------------------------------------------------------ flow
    def _browse(self) -> None:
        path = open_file_name(
            self,
            "spreadsheet",
            translate("roster.import_dialog", "Import participants"),
            translate("roster.import_dialog", FILE_FILTER),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read `path` in the background, guess the mapping, then plan."""
        self.ui.fileEdit.setText(str(path))
        self.table = self.plan = None
        self.import_button.setEnabled(False)
        self.ui.summaryLabel.setText(translate("roster.import_dialog", "Reading the file…"))
        self._phase = translate("roster.import_dialog", "%v rows read")

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Table:
            def progress(rows: int) -> bool:
                report(rows, 0)
                return cancelled()

            return read_table(path, progress=progress)

        self._run(work, self._file_read)

    def _file_read(self, table: Table) -> None:
        self.table = table
        self.mapping_model.set_mapping(guess_mapping(table.headers), table)
        self.ui.mappingTable.resizeColumnsToContents()
        self.ui.mappingTable.horizontalHeader().setSectionResizeMode(
            COL_TARGET, QHeaderView.ResizeMode.Stretch
        )
        self.replan()

    @property
    def mapping(self) -> tuple[ColumnMap, ...]:
        return self.mapping_model.mapping

    def set_mapping(self, mapping: Sequence[ColumnMap]) -> None:
        """Use another mapping (as if edited in the table) and plan again."""
        self.mapping_model.set_mapping(mapping)
        self.replan()

    def replan(self) -> None:
        """Parse every row again with the current mapping, program and default role."""
        if self.table is None:
            return
        if self._thread is not None:
            self._replan_timer.start()  # after the running task
            return
        table, mapping = self.table, self.mapping
        program = self.ui.programCombo.currentText()
        role = Role(self.ui.roleCombo.currentData())
        locale_name = QLocale.system().name()

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return self.service.plan(
                table,
                program,
                mapping=mapping,
                default_role=role,
                locale_name=locale_name,
                cancelled=cancelled,
                progress=report,
            )

        self._phase = translate("roster.import_dialog", "%v of %m rows checked")
        self.ui.summaryLabel.setText(
            translate("roster.import_dialog", "Checking {v0} rows…").format(v0=len(table.rows))
        )
        self._run(work, self._show_plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        headers, rows = preview_rows(
            plan.mapping, [(r.row, r.person) for r in plan.rows[:PREVIEW_ROWS]]
        )
        self.preview_model.set_rows(rows, headers)
        self.ui.previewTable.resizeColumnsToContents()
        self.problems_model.set_rows([(e.row, e.column, e.reason, e.value) for e in plan.errors])
        self.ui.problemsTable.resizeColumnsToContents()
        duplicates = plan.duplicates()
        self.duplicates_model.set_rows(
            [(d.row, d.full_name, d.email, d.describe()) for d in duplicates]
        )
        self.ui.duplicatesTable.resizeColumnsToContents()
        tabs = self.ui.tabs
        tabs.setTabText(
            TAB_PREVIEW,
            translate("roster.import_dialog", "Preview ({v0} good rows)").format(v0=len(plan.rows)),
        )
        tabs.setTabText(
            TAB_PROBLEMS,
            translate("roster.import_dialog", "Problems ({v0})").format(
                v0=_rows(len(plan.bad_rows))
            ),
        )
        tabs.setTabText(
            TAB_DUPLICATES,
            translate("roster.import_dialog", "Duplicates ({v0})").format(v0=len(duplicates)),
        )
        info = [
            translate(
                "roster.import_dialog", "{source}: {total_rows} rows, read as {read_as}."
            ).format(source=plan.source, total_rows=plan.total_rows, read_as=plan.read_as)
        ]
        self.ui.fileInfoLabel.setText(" ".join(info + list(plan.notes)))
        self._show_summary()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        counts = plan.counts(self.ui.updateDuplicatesRadio.isChecked())
        text = translate(
            "roster.import_dialog",
            "<b>Import into “{program_name}”:</b> {added} new, {updated} updated, {skipped} "
            "skipped as duplicates.",
        ).format(
            program_name=plan.program_name,
            added=counts.added,
            updated=counts.updated,
            skipped=counts.skipped,
        )
        if counts.rejected:
            text += translate(
                "roster.import_dialog",
                " <span style='color:#b91c1c'><b>{v0} with problems will be left out</b> "
                "(see Problems).</span>",
            ).format(v0=_rows(counts.rejected))
        self.ui.summaryLabel.setText(readable_css(text, self))
        self.import_button.setEnabled(bool(counts.added or counts.updated))

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            message = translate(
                "roster.import_dialog", "Stopped. Choose the file again to continue."
            )
            self.table = None
        elif isinstance(error, ValidationError) and "program" in error.fields:
            self.plan = None
            self.import_button.setEnabled(False)
            self.ui.summaryLabel.setText(
                translate(
                    "roster.import_dialog", "Pick a program above, or type a name for a new one."
                )
            )
            self.ui.programCombo.setFocus()
            return
        elif isinstance(error, MentorDeskError):
            message = str(error)
        else:
            message = translate("roster.import_dialog", "Something went wrong: {error}").format(
                error=error
            )
        self.plan = None
        self.import_button.setEnabled(False)
        self.ui.summaryLabel.setText(coloured(message, ERROR, self))
        announce(self, message, assertive=True)

    # ------------------------------------------------------------------ import
    def confirm_good_rows_only(self, good: int, bad: int) -> bool:
        """Ask before leaving bad rows out (tests replace this)."""
        answer = QMessageBox.question(
            self,
            translate("roster.import_dialog", "Import the good rows only?"),
            translate(
                "roster.import_dialog",
                "{v0} with problems will not be imported.\n\nImport the other {v1} now? You "
                "can fix the problem rows in the spreadsheet and import them later.",
            ).format(v0=_rows(bad), v1=_rows(good)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_and_import(self) -> None:
        plan = self.plan
        if plan is None or self._thread is not None:
            return
        update = self.ui.updateDuplicatesRadio.isChecked()
        if plan.errors:
            counts = plan.counts(update)
            if not self.confirm_good_rows_only(counts.added + counts.updated, counts.rejected):
                return
        self.ui.summaryLabel.setText(translate("roster.import_dialog", "Importing…"))
        self._phase = translate("roster.import_dialog", "%v of %m people written")

        def work(report: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            return self.service.apply_undoable(
                plan, update_duplicates=update, skip_bad_rows=True, progress=report
            )

        self._run(work, self._imported, cancellable=False)

    def _imported(self, result: Any) -> None:
        self.counts, changes, imported = result
        # Pushed after the import succeeded; its first redo is skipped (already done).
        command = ImportParticipantsCommand(self.ctx, imported, self.parentWidget())
        self.ctx.undo_stack.push(command)
        self.ctx.broadcast(changes)
        if changes.program_id is not None:
            self.ctx.set_program(changes.program_id)
        announce(self, self.counts.summary())  # the import finished (the box says it too)
        self.accept()

    # ------------------------------------------------------------------ worker
    def _run(
        self, work: Any, on_success: Callable[[Any], None], *, cancellable: bool = True
    ) -> None:
        thread = TaskThread(work, self)
        thread.progressed.connect(self._progress)

        def succeeded(result: Any) -> None:
            self._release(thread)
            on_success(result)

        def failed(error: BaseException) -> None:
            self._release(thread)
            self._show_error(error)

        thread.succeeded.connect(succeeded)
        thread.failed.connect(failed)
        thread.finished.connect(thread.deleteLater)
        self._thread = thread
        self._set_busy(True, cancellable)
        thread.start()

    def _release(self, thread: TaskThread) -> None:
        if self._thread is thread:
            self._thread = None
            self._set_busy(False)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)
        self.ui.progressBar.setFormat(self._phase)

    def _set_busy(self, busy: bool, cancellable: bool = True) -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.progressBar.setRange(0, 0)
        self.ui.cancelWorkButton.setVisible(busy and cancellable)
        for widget in (self.ui.browseButton, self.ui.programCombo, self.ui.roleCombo):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._show_summary()

    def _stop_work(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def is_busy(self) -> bool:
        return self._thread is not None

    def reject(self) -> None:
        if self._thread is not None:
            self._thread.cancel()
            self._thread.wait(5000)
        super().reject()


def _rows(count: int) -> str:
    return translate("roster.import_dialog", "%n row(s)", None, count)


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None) -> ImportCounts | None:
    """File ▸ Import: run the dialog; after an import, say what happened."""
    dialog = ImportDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.counts is None:
        return None
    QMessageBox.information(
        parent,
        translate("roster.import_dialog", "Import finished"),
        translate("roster.import_dialog", "Imported: {v0}.").format(v0=dialog.counts.summary()),
    )
    return dialog.counts
