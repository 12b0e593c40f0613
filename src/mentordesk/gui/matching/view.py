"""The matching view: who can be matched, run the matcher, review, swap, approve — all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import DraftState, ProgramFormat
from mentordesk.core.errors import MentorDeskError, RuleError
from mentordesk.gui.common import (
    ERROR,
    AppContext,
    LanguageMenu,
    Loader,
    PdfActions,
    announce,
    fit_columns_once,
    format_number,
    label,
    objective_name,
    pick,
    translate,
)
from mentordesk.gui.forms.ui_matching_view import Ui_MatchingView
from mentordesk.gui.matching.actions import MatchingActions
from mentordesk.gui.matching.commands import RunWorker
from mentordesk.gui.matching.layout import fit_narrow_windows, name_widgets
from mentordesk.gui.matching.models import (
    RotationGridModel,
    candidate_model,
    draft_model,
    exclusion_model,
    mentee_model,
    mentor_model,
    proxy_for,
    unmatched_model,
)
from mentordesk.gui.matching.selection import MatchingSelection
from mentordesk.matching.criteria import OBJECTIVE_LABELS, Objective
from mentordesk.services.matching import (
    CandidateRow,
    MatchingOverview,
    MatchingService,
    RotationResult,
    rotation_grid,
)

WATCHED = (Topic.MATCHING, Topic.PAIRS, Topic.PROGRAMS, Topic.PARTICIPANTS)


class MatchingView(MatchingSelection, MatchingActions, QWidget):
    """Layout and loading; what a selection shows is in MatchingSelection, the buttons'
    behaviour in MatchingActions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MatchingView()
        self.ui.setupUi(self)
        self.overview: MatchingOverview | None = None
        self.rotation: RotationResult | None = None
        self.worker: RunWorker | None = None
        self.current_mentee: int | None = None
        self._loaded_program: int | None = None
        self.note_after_reload = ""
        self.loader = Loader(self, background=ctx.background_reads)
        self.candidate_loader = Loader(self, background=ctx.background_reads)
        # One finder per program and change: clicking through proposals reads nothing again.
        self._finder: tuple[int, Callable[[int], list[CandidateRow]]] | None = None
        self._version = 0  # counts reloads: a finder made before one is out of date

        self.drafts = draft_model(self)
        self.mentees = mentee_model(self)
        self.mentors = mentor_model(self)
        self.candidates = candidate_model(self)
        self.unmatched = unmatched_model(self)
        self.exclusions = exclusion_model(self)
        self.grid = RotationGridModel(self)
        self.draft_proxy = self._table(self.ui.draftTable, self.drafts)
        self._table(self.ui.menteeTable, self.mentees)
        self._table(self.ui.mentorTable, self.mentors)
        candidate_proxy = self._table(self.ui.candidateTable, self.candidates)
        self._table(self.ui.unmatchedTable, self.unmatched)
        self._table(self.ui.exclusionTable, self.exclusions)
        self.ui.rotationTable.setModel(self.grid)
        self.rotation_print = PdfActions(
            self,
            self._rotation_pdf,
            "rotation-schedule.pdf",
            translate("matching.view", "Rotation schedule"),
        )
        self.rotation_print.print.setShortcut("")  # Ctrl+P belongs to the pair documents
        rotation_menu = QMenu(self)
        self.rotation_print.add_to(rotation_menu)
        rotation_menu.addSeparator()
        self.rotation_language = LanguageMenu(self, self._program_language)
        rotation_menu.addMenu(self.rotation_language)
        self.ui.printRotationButton.setMenu(rotation_menu)
        self.ui.rotationTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.ui.draftTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.ui.candidateTable.setSortingEnabled(False)  # already ranked by the service
        self.candidates.sort(-1)
        del candidate_proxy
        for table in (
            self.ui.menteeTable,
            self.ui.mentorTable,
            self.ui.unmatchedTable,
            self.ui.exclusionTable,
        ):
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for objective in Objective:
            self.ui.objectiveCombo.addItem(
                objective_name(OBJECTIVE_LABELS[objective]), objective.value
            )
        self.ui.splitter.setSizes([380, 510, 350])
        self.ui.peopleTabs.tabBar().setExpanding(False)
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        fit_narrow_windows(self.ui)
        name_widgets(self.ui)
        self._connect_signals()
        self.reload()

    # -- setup ------------------------------------------------------------------------------

    def _table(self, view: QTableView, model: Any) -> QSortFilterProxyModel:
        proxy = proxy_for(model, self)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        fit_columns_once(view)  # measure a sample once per load, not 5,000 rows on every paint
        return proxy

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.runButton.clicked.connect(self.run_matcher)
        ui.cancelButton.clicked.connect(self.cancel_run)
        ui.weightsButton.clicked.connect(self.edit_weights)
        ui.pinButton.clicked.connect(lambda: self._draft_action("pin"))
        ui.unpinButton.clicked.connect(lambda: self._draft_action("unpin"))
        ui.rejectButton.clicked.connect(lambda: self._draft_action("reject"))
        ui.useCandidateButton.clicked.connect(self.use_candidate)
        ui.approveSelectedButton.clicked.connect(lambda: self.approve(selected_only=True))
        ui.approveAllButton.clicked.connect(lambda: self.approve(selected_only=False))
        ui.excludeButton.clicked.connect(self.exclude_selected)
        ui.removeExclusionButton.clicked.connect(self.remove_exclusion)
        ui.rotationButton.clicked.connect(self.build_rotation)
        ui.exportCsvButton.clicked.connect(lambda: self.export_rotation())
        ui.filterEdit.textChanged.connect(self.draft_proxy.setFilterFixedString)
        ui.resultTabs.currentChanged.connect(lambda index: ui.candidatePanel.setVisible(index == 0))
        ui.draftTable.selectionModel().selectionChanged.connect(self._draft_selected)
        ui.menteeTable.selectionModel().selectionChanged.connect(self._mentee_selected)
        ui.unmatchedTable.selectionModel().selectionChanged.connect(self._unmatched_selected)
        ui.candidateTable.selectionModel().selectionChanged.connect(self._candidate_selected)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.programChanged.connect(lambda _pid: self.reload())
        self.ctx.databaseChanged.connect(self.reload)

    def _rotation_pdf(self) -> bytes:
        if self.rotation is None or self.ctx.program_id is None:
            raise RuleError(
                translate("matching.view", "Build the rotation first (Build rotation).")
            )
        from mentordesk.services.documents import DocumentService  # reportlab: load on use

        labels, mentors, grid, breaks = rotation_grid(self.rotation)
        return DocumentService(self.ctx.db).rotation(
            self.ctx.program_id,
            labels,
            mentors,
            grid,
            breaks=breaks,
            language=self.rotation_language.chosen(),
        )

    def _program_language(self) -> tuple[str, bool]:
        if self.ctx.program_id is None:
            return "", False
        from mentordesk.services.documents import DocumentService  # reportlab: load on use

        return DocumentService(self.ctx.db).default_language(self.ctx.program_id)

    # -- loading ----------------------------------------------------------------------------

    @property
    def service(self) -> MatchingService:
        return MatchingService(self.ctx.db)

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(changes.touches(t) for t in WATCHED) and changes.program_id in (
            None,
            self.ctx.program_id,
        ):
            self.reload()

    def reload(self) -> None:
        pid = self.ctx.program_id
        has_program = pid is not None
        for widget in (self.ui.runButton, self.ui.weightsButton, self.ui.rotationButton):
            widget.setEnabled(has_program)
        if pid is None:
            self.overview = None
            for model in (
                self.drafts,
                self.mentees,
                self.mentors,
                self.unmatched,
                self.exclusions,
                self.candidates,
            ):
                model.set_rows([])
            self.ui.summaryLabel.setText(
                translate("matching.view", "Choose or create a program to match its participants.")
            )
            return
        service = self.service
        self._finder = None
        self._version += 1
        if self.overview is None:
            self.show_message(translate("matching.view", "Loading the participants…"))
        self.loader.request(
            lambda: service.overview(pid),
            lambda overview: self._show_overview(pid, overview),
            self._load_failed,
        )

    def is_loading(self) -> bool:
        return self.loader.busy() or self.candidate_loader.busy()

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, MentorDeskError):
            raise error
        self.show_message(str(error), error=True)

    def _show_overview(self, pid: int, overview: MatchingOverview) -> None:
        if pid != self.ctx.program_id:
            return
        self.overview = overview
        if self._loaded_program != pid:
            self._loaded_program = pid
            self._apply_program_defaults(overview)
        self.drafts.set_rows(overview.drafts)
        self.mentees.set_rows(overview.mentees)
        self.mentors.set_rows(overview.mentors)
        self.unmatched.set_rows(overview.unmatched)
        self.exclusions.set_rows(overview.exclusions)
        self.ui.peopleTabs.setTabText(
            2, translate("matching.view", "Unmatched ({v0})").format(v0=len(overview.unmatched))
        )
        self.ui.peopleTabs.setTabText(
            3, translate("matching.view", "Excluded ({v0})").format(v0=len(overview.exclusions))
        )
        self.ui.resultTabs.setTabText(
            0, translate("matching.view", "Proposal ({v0})").format(v0=len(overview.drafts))
        )
        # A result announced just before this (re)load stays visible under the summary.
        note, self.note_after_reload = self.note_after_reload, ""
        self.show_message(
            self._summary(overview)
            + (translate("matching.view", "<br>{note}").format(note=note) if note else "")
        )
        if self.current_mentee is not None:
            self.show_candidates(self.current_mentee)
        self._update_buttons()

    def _apply_program_defaults(self, overview: MatchingOverview) -> None:
        options = overview.options
        index = self.ui.objectiveCombo.findData(options.objective.value)
        self.ui.objectiveCombo.setCurrentIndex(max(0, index))
        self.ui.minScoreSpin.setValue(int(options.min_score or 0))
        self.ui.includeMatchedCheck.setChecked(False)
        self.ui.seatsSpin.setValue(options.group_size)
        mentors = sum(1 for m in overview.mentors if m.eligible)
        mentees = sum(1 for m in overview.mentees if m.eligible)
        if overview.program.format is ProgramFormat.FLASH and mentors and options.group_size == 1:
            # Seat everyone each round when there are more mentees than tables (up to 4).
            self.ui.seatsSpin.setValue(min(4, max(1, -(-mentees // mentors))))
        self.current_mentee = None
        self.candidates.set_rows([])
        self.ui.explanationText.clear()
        self.ui.candidateLabel.setText(
            translate("matching.view", "Select a draft or a mentee to see the candidate mentors.")
        )
        flash = overview.program.format is ProgramFormat.FLASH
        self.ui.resultTabs.setCurrentIndex(1 if flash else 0)
        self.ui.candidatePanel.setVisible(not flash)
        self.rotation = None
        self.grid.set_rotation(None)

    @staticmethod
    def _summary(overview: MatchingOverview) -> str:
        eligible_mentees = sum(1 for m in overview.mentees if m.eligible)
        eligible_mentors = sum(1 for m in overview.mentors if m.eligible)
        slots = sum(m.free for m in overview.mentors if m.eligible)
        active = [d for d in overview.drafts if d.state is not DraftState.REJECTED]
        total = sum(d.score or 0 for d in active)
        pinned = sum(1 for d in active if d.state is DraftState.PINNED)
        head = translate(
            "matching.view",
            "<b>{name}</b> ({value}): {eligible_mentees} mentees and {eligible_mentors} "
            "mentors can be matched, {slots} free mentor places. ",
        ).format(
            name=overview.program.name,
            value=label(overview.program.format),
            eligible_mentees=eligible_mentees,
            eligible_mentors=eligible_mentors,
            slots=slots,
        )
        if not active:
            return head + translate(
                "matching.view",
                "No proposal yet: choose the objective and press <i>Run matcher</i>.",
            )
        return head + (
            translate(
                "matching.view",
                "Drafts: {drafts} ({pinned} pinned), total score {total}; "
                "{unmatched} unmatched after the last run.",
            ).format(
                drafts=len(active),
                pinned=pinned,
                total=format_number(total),
                unmatched=len(overview.unmatched),
            )
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.summaryLabel.setStyleSheet(f"color: {pick(ERROR, self).name()};" if error else "")
        self.ui.summaryLabel.setText(("⚠ " + text) if error else text)
        announce(self, self.ui.summaryLabel.text(), assertive=error)  # run done, approved…


__all__ = ["MatchingView"]
