"""The Pairs view: the program's pairs with filters and a "Due this week" panel, opening into
the pair detail (header with people, status, score and risk; tabs Agreement, Goals, Meetings,
Check-ins, IDP, Closure). Every edit is an undo command calling PairService.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import PairStatus
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.outputs import OutputError, write_output
from mentordesk.gui.common import (
    Answer,
    AppContext,
    Loader,
    RowRole,
    RowTableModel,
    WhenShown,
    ask_unsaved,
    label,
    save_file_name,
    translate,
)
from mentordesk.gui.forms.ui_pairs_view import Ui_PairsView
from mentordesk.gui.pairs.commands import PairCommand, execute
from mentordesk.gui.pairs.detail import DetailTabs
from mentordesk.gui.pairs.detail_page import (
    DETAIL_PAGE,
    LIST_PAGE,
    TAB_AGREEMENT,
    TAB_CHECKINS,
    TAB_GOALS,
    TAB_IDP,
    TAB_MEETINGS,
    PairDetailPage,
)
from mentordesk.gui.pairs.form_tabs import AgreementTab
from mentordesk.gui.pairs.goals_tab import GoalsTab
from mentordesk.gui.pairs.idp_tab import IdpTab
from mentordesk.gui.pairs.models import (
    COL_RISK,
    DUE_COLUMNS,
    PAIR_COLUMNS,
    PairFilterProxy,
)
from mentordesk.gui.pairs.printing import PairPrintMenu
from mentordesk.gui.pairs.rules import RulesDialog, SaveRules, current_rules
from mentordesk.gui.pairs.tabs import ClosureTab, RecordsTab, selected_row, setup_table
from mentordesk.services.pairs import (
    DueItem,
    PairDetail,
    PairService,
    PairSummary,
)

#: How long after the list is first shown the detail's tabs are built (milliseconds).
PREBUILD_MS = 400


class PairsView(PairDetailPage, QWidget):
    """The list page (pairs, filters, due items); the detail page is in PairDetailPage."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: the real today; tests and screenshots pin a date
        self.ui = Ui_PairsView()
        self.ui.setupUi(self)
        self.pair_id: int | None = None
        self.detail: PairDetail | None = None
        self.loader = Loader(self, background=ctx.background_reads)
        self.due_loader = Loader(self, background=ctx.background_reads)
        # A change made in another view re-reads the pairs when this view is next shown.
        self.refresh_when_shown = WhenShown(self, self.reload, defer=ctx.background_reads)

        self.pairs_model: RowTableModel[PairSummary] = RowTableModel(PAIR_COLUMNS, self)
        self.pairs_proxy = PairFilterProxy(self)
        self.pairs_proxy.setSourceModel(self.pairs_model)
        table = self.ui.pairsTable
        setup_table(table, self.pairs_model, stretch=6, proxy=self.pairs_proxy)
        # Pairs needing attention first: that is what the coordinator opens this view for.
        table.sortByColumn(COL_RISK, Qt.SortOrder.DescendingOrder)
        self.due_model: RowTableModel[DueItem] = RowTableModel(DUE_COLUMNS, self)
        setup_table(self.ui.dueTable, self.due_model, stretch=3)
        self.ui.dueTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.statusCombo.addItem(translate("pairs.view", "All statuses"), None)
        for status in PairStatus:
            self.ui.statusCombo.addItem(label(status), status.value)
        self.ui.listSplitter.setSizes([470, 230])

        # The detail's six tabs and print menu are built when the first pair is opened: the
        # first visit shows only the list (bench_stalls, "first visit to Pairs").
        self._detail_tabs: DetailTabs | None = None
        self._lay_out_when_shown = False
        self._connect_signals()
        self.reload()

    # --- the detail page's tabs, built on first use ---------------------------------------

    def detail_tabs(self) -> DetailTabs:
        if self._detail_tabs is None:
            self._detail_tabs = DetailTabs(self)
        return self._detail_tabs

    @property
    def agreement_tab(self) -> AgreementTab:
        return self.detail_tabs().agreement

    @property
    def goals_tab(self) -> GoalsTab:
        return self.detail_tabs().goals

    @property
    def meetings_tab(self) -> RecordsTab:
        return self.detail_tabs().meetings

    @property
    def checkins_tab(self) -> RecordsTab:
        return self.detail_tabs().checkins

    @property
    def idp_tab(self) -> IdpTab:
        return self.detail_tabs().idp

    @property
    def closure_tab(self) -> ClosureTab:
        return self.detail_tabs().closure

    @property
    def print_menu(self) -> PairPrintMenu:
        return self.detail_tabs().print_menu

    # --- plumbing used by the tabs -------------------------------------------------------

    @property
    def today_date(self) -> dt.date:
        return self.today or dt.date.today()

    def service(self) -> PairService:
        return PairService(self.ctx.db, self.today)

    def run(self, command: PairCommand, *, raise_errors: bool = False) -> bool:
        return execute(self.ctx, command, self, raise_errors=raise_errors)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        ui.atRiskCheck.toggled.connect(lambda _b: self._apply_filters())
        ui.searchEdit.textChanged.connect(lambda _t: self._apply_filters())
        ui.pairsTable.activated.connect(self._open_index)  # double-click or Enter
        ui.openButton.clicked.connect(lambda: self._open_index(ui.pairsTable.currentIndex()))
        ui.rulesButton.clicked.connect(self.edit_rules)
        ui.dueTable.activated.connect(self._open_due)
        ui.dueDaysSpin.valueChanged.connect(lambda _v: self._reload_due())
        ui.calendarButton.clicked.connect(lambda: self.export_calendar())
        ui.backButton.clicked.connect(self.show_list)
        ui.emailButton.clicked.connect(self.email_pair)
        ui.activateButton.clicked.connect(lambda: self.change_status("activate"))
        ui.pauseButton.clicked.connect(lambda: self.change_status("pause"))
        ui.resumeButton.clicked.connect(lambda: self.change_status("resume"))
        ui.closePairButton.clicked.connect(lambda: self.change_status("close"))
        ui.reopenButton.clicked.connect(lambda: self.change_status("reopen"))
        self.ctx.changed.connect(self._on_changed)
        self.ctx.programChanged.connect(lambda _p: self._program_switched())
        self.ctx.databaseChanged.connect(self._program_switched)
        self.ctx.openPairRequested.connect(self.open_pair)

    # --- list page -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the pairs (off the UI thread in the application) and show them."""
        program_id = self.ctx.program_id
        if program_id is None:
            self.pairs_model.set_rows([])
            self.due_model.set_rows([])
            self.ui.countLabel.setText(translate("pairs.view", "No program selected"))
            return
        service = self.service()
        if not self.pairs_model.rows:
            self.ui.countLabel.setText(translate("pairs.view", "Loading the pairs…"))
        days = self.ui.dueDaysSpin.value()

        def read() -> tuple[list[PairSummary], list[DueItem]]:
            return service.list_pairs(program_id), service.due_items(program_id, days)

        def show(result: tuple[list[PairSummary], list[DueItem]]) -> None:
            self._show_pairs(program_id, result[0])
            self._show_due(program_id, days, result[1])

        # One read for both lists, and both tables filled in one go: the table is filled and
        # painted while no other read holds the interpreter (bench_stalls, "to Pairs").
        self.due_loader.cancel_pending()
        self.loader.request(read, show, self._load_failed)

    def _show_pairs(self, program_id: int, pairs: list[PairSummary]) -> None:
        if program_id != self.ctx.program_id:
            return
        self.pairs_model.set_rows(pairs)
        self._update_count()
        if self._detail_tabs is None and self.loader.background:
            # In the application the detail's tabs are built while the coordinator reads the
            # list, in an event of their own, so that opening the first pair does not pay for
            # them (bench_stalls, "open a pair"); a click before then builds them itself.
            QTimer.singleShot(PREBUILD_MS, self, self._prepare_detail)
        if self.pair_id is not None and self.ui.stack.currentIndex() == DETAIL_PAGE:
            self.open_pair(self.pair_id, keep_tab=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._lay_out_when_shown:  # the prebuild came while the view was hidden
            self._lay_out_when_shown = False
            QTimer.singleShot(PREBUILD_MS, self, self._lay_out_detail_page)

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, MentorDeskError):
            raise error
        self.ui.countLabel.setText(str(error))

    def is_loading(self) -> bool:
        return self.loader.busy() or self.due_loader.busy()

    def _reload_due(self) -> None:
        program_id = self.ctx.program_id
        if program_id is None:
            return
        days = self.ui.dueDaysSpin.value()
        service = self.service()
        self.due_loader.request(
            lambda: service.due_items(program_id, days),
            lambda items: self._show_due(program_id, days, items),
            self._load_failed,
        )

    def _show_due(self, program_id: int, days: int, items: list[DueItem]) -> None:
        if program_id != self.ctx.program_id:
            return
        self.due_model.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        title = (
            translate("pairs.view", "Due this week")
            if days == 7
            else translate("pairs.view", "Due in the next {days} days").format(days=days)
        )
        self.ui.dueGroup.setTitle(
            translate(
                "pairs.view", "{title}: %n item(s), {overdue} overdue", None, len(items)
            ).format(title=title, overdue=overdue)
        )

    def _apply_filters(self) -> None:
        value = self.ui.statusCombo.currentData()
        self.pairs_proxy.set_filters(
            PairStatus(value) if value else None,
            self.ui.atRiskCheck.isChecked(),
            self.ui.searchEdit.text(),
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.pairs_proxy.rowCount(), self.pairs_model.rowCount()
        risky = sum(1 for p in self.pairs_model.rows if p.at_risk)
        self.ui.countLabel.setText(
            translate("pairs.view", "{shown} of {total} pairs · {risky} at risk").format(
                shown=shown, total=total, risky=risky
            )
        )

    def _program_switched(self) -> None:
        self.confirm_leave(can_cancel=False)  # the switch has happened: save or discard
        self.pair_id = None
        self.show_list()
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        relevant = {Topic.PAIRS, Topic.RECORDS, Topic.PARTICIPANTS, Topic.PROGRAMS}
        if not relevant & changes.topics:
            return
        if changes.program_id not in (None, self.ctx.program_id):
            return
        self.refresh_when_shown.request()

    def _open_index(self, index: QModelIndex) -> None:
        pair = self.pairs_proxy.data(index, RowRole) if index.isValid() else None
        if isinstance(pair, PairSummary):
            self.open_pair(pair.id)

    def _open_due(self, index: QModelIndex) -> None:
        item = self.ui.dueTable.model().data(index, RowRole)
        if isinstance(item, DueItem):
            self.open_pair(item.pair_id)
            tab = TAB_CHECKINS if "check-in" in item.kind else TAB_MEETINGS
            if item.kind == "action step":
                tab = TAB_GOALS
            elif "review" in item.kind:
                tab = TAB_IDP if item.kind.startswith("IDP") else TAB_AGREEMENT
            self.ui.tabs.setCurrentIndex(tab)

    def show_list(self) -> bool:
        """Back to the list, after asking about unsaved agreement or IDP edits."""
        if not self.confirm_leave():
            return False
        self.ui.stack.setCurrentIndex(LIST_PAGE)
        return True

    def confirm_leave(self, parent: QWidget | None = None, *, can_cancel: bool = True) -> bool:
        """True when nothing unsaved is left behind: the agreement and IDP forms are saved,
        discarded, or there was nothing to save; False when the coordinator cancels or a
        save is refused (its message is shown beside the field)."""
        if self.detail is None or self.ui.stack.currentIndex() != DETAIL_PAGE:
            return True
        forms = (
            (self.agreement_tab, translate("pairs.view", "the agreement"), TAB_AGREEMENT),
            (self.idp_tab, translate("pairs.view", "the IDP"), TAB_IDP),
        )
        for tab, what, index in forms:
            if not tab.is_dirty():
                continue
            self.ui.tabs.setCurrentIndex(index)
            answer = ask_unsaved(parent or self, what, can_cancel=can_cancel)
            if answer is Answer.CANCEL:
                return False
            if answer is Answer.SAVE:
                if not tab.save():
                    return False
            else:
                tab.revert()
        return True

    def edit_rules(self) -> bool:
        """Edit the program's cadence target and check-in rules (undoable)."""
        program_id = self.ctx.program_id
        if program_id is None:
            return False
        cadence, raw, rules = current_rules(self.ctx, program_id)
        dialog = RulesDialog(cadence, rules, self)
        if not dialog.exec():
            return False
        new_cadence, new_rules = dialog.value()
        command = SaveRules(
            self.ctx, program_id, (cadence, raw), (new_cadence, new_rules.to_json())
        )
        return self.run(command)

    def export_calendar(self, path: str | None = None) -> Path | None:
        if self.ctx.program_id is None:
            return None
        if path is None:
            path = save_file_name(
                self,
                "calendar",
                translate("pairs.view", "Export due items"),
                "mentoring-due.ics",
                translate("pairs.view", "iCalendar (*.ics)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        try:
            data = self.service().calendar_ics(self.ctx.program_id)
            write_output(target, data, replace=True)
        except (OutputError, OSError) as error:
            QMessageBox.warning(self, translate("pairs.view", "Export"), str(error))
            return None
        return target

    def current_pair(self) -> Any:
        return selected_row(self.ui.pairsTable)
