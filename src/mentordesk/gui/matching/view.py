"""The matching view: who can be matched, run the matcher, review, swap, approve — all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSizePolicy,
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
    RowRole,
    announce,
    fit_columns_once,
    format_number,
    label,
    never_widen,
    objective_name,
    pick,
    translate,
)
from mentordesk.gui.forms.ui_matching_view import Ui_MatchingView
from mentordesk.gui.matching.actions import MatchingActions
from mentordesk.gui.matching.commands import (
    RunWorker,
)
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
from mentordesk.matching.criteria import OBJECTIVE_LABELS, Objective
from mentordesk.services.matching import (
    CandidateRow,
    DraftRow,
    ExclusionRow,
    MatchingOverview,
    MatchingService,
    PersonRow,
    RotationResult,
    rotation_grid,
)

WATCHED = (Topic.MATCHING, Topic.PAIRS, Topic.PROGRAMS, Topic.PARTICIPANTS)


class MatchingView(MatchingActions, QWidget):
    """Layout, loading and selection; the buttons' behaviour is in MatchingActions."""

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
        self._fit_narrow_windows()
        self._name_widgets()
        self._connect_signals()
        self.reload()

    def _name_widgets(self) -> None:
        """Accessible names for the controls without a visible label of their own."""
        ui = self.ui
        for widget, name in (
            (ui.draftTable, translate("matching.view", "Proposed pairs")),
            (ui.menteeTable, translate("matching.view", "Mentees")),
            (ui.mentorTable, translate("matching.view", "Mentors")),
            (ui.unmatchedTable, translate("matching.view", "Unmatched mentees")),
            (ui.exclusionTable, translate("matching.view", "Exclusions")),
            (ui.candidateTable, translate("matching.view", "Candidate mentors")),
            (ui.rotationTable, translate("matching.view", "Flash rotation schedule")),
            (ui.filterEdit, translate("matching.view", "Filter the proposal")),
            (ui.roundsSpin, translate("matching.view", "Rounds")),
            (ui.seatsSpin, translate("matching.view", "Mentees per table")),
            (ui.progressBar, translate("matching.view", "Progress")),
            (ui.peopleTabs, translate("matching.view", "People")),
            (ui.resultTabs, translate("matching.view", "Results")),
        ):
            widget.setAccessibleName(name)

    def _fit_narrow_windows(self) -> None:
        """Nothing here may make the window wider than a 1024-px screen: the combo box sizes
        to a short label, messages wrap, the approve buttons get a row of their own, and the
        three panes can shrink."""
        ui = self.ui
        combo = ui.objectiveCombo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for index in range(combo.count()):
            combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
        never_widen(ui.summaryLabel)
        never_widen(ui.candidateLabel)
        check = ui.includeMatchedCheck
        check.setToolTip(check.text().replace("&", ""))
        check.setText(translate("matching.view", "Re-match &paired"))
        # Progress and Cancel get their own row: showing them never widens the run bar.
        progress_row = QHBoxLayout()
        for widget in (ui.progressBar, ui.cancelButton):
            ui.runBar.removeWidget(widget)
            progress_row.addWidget(widget)
        ui.progressBar.setMaximumWidth(16777215)
        ui.progressBar.setMinimumWidth(60)  # its text ("Scoring… 40%") must not set the width
        ui.progressBar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        ui.rootLayout.insertLayout(ui.rootLayout.indexOf(ui.runBar) + 1, progress_row)
        layout = ui.reviewButtons
        approve_row = QHBoxLayout()
        approve_row.addStretch(1)
        for button in (ui.approveSelectedButton, ui.approveAllButton):
            layout.removeWidget(button)
            approve_row.addWidget(button)
        ui.proposalLayout.insertLayout(ui.proposalLayout.indexOf(layout) + 1, approve_row)
        # The rotation's output buttons get their own row too (a hidden tab's width counts).
        output_row = QHBoxLayout()
        output_row.addStretch(1)
        outputs: tuple[QWidget, ...] = (ui.exportCsvButton, ui.printRotationButton)
        for output in outputs:
            ui.rotationBar.removeWidget(output)
            output_row.addWidget(output)
        ui.rotationLayout.insertLayout(ui.rotationLayout.indexOf(ui.rotationBar) + 1, output_row)
        ui.reasonEdit.setMinimumWidth(80)
        ui.filterEdit.setMinimumWidth(80)
        for pane in (ui.peopleTabs, ui.resultTabs):
            pane.setUsesScrollButtons(True)
            pane.setElideMode(Qt.TextElideMode.ElideRight)

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

    def _update_buttons(self) -> None:
        draft = self.selected_draft()
        self.ui.pinButton.setEnabled(draft is not None and draft.state is not DraftState.PINNED)
        self.ui.unpinButton.setEnabled(draft is not None and draft.state is DraftState.PINNED)
        self.ui.rejectButton.setEnabled(
            draft is not None and draft.state is not DraftState.REJECTED
        )
        self.ui.excludeButton.setEnabled(draft is not None)
        self.ui.approveSelectedButton.setEnabled(bool(self.selected_drafts()))
        self.ui.approveAllButton.setEnabled(
            any(d.state is not DraftState.REJECTED for d in self.drafts.rows)
        )
        candidate = self.selected_candidate()
        refusal = self.pin_refusal(candidate)
        self.ui.useCandidateButton.setEnabled(candidate is not None and not refusal)
        self.ui.useCandidateButton.setToolTip(
            refusal
            or (
                translate("matching.view", "Pin {name} to {v1}; re-runs keep it.").format(
                    name=candidate.name, v1=self._name(self.current_mentee)
                )
                if candidate is not None
                else translate("matching.view", "Select a candidate mentor to pin to this mentee.")
            )
        )
        self.ui.removeExclusionButton.setEnabled(self._selected_exclusion() is not None)
        self.ui.exportCsvButton.setEnabled(self.rotation is not None)
        self.ui.printRotationButton.setEnabled(self.rotation is not None)

    def pin_refusal(self, candidate: CandidateRow | None) -> str:
        """Why this candidate cannot be pinned to the current mentee ("" when they can).

        The service's pin check decides in the end; this says the same before the click, from
        the hard-rule reasons the matcher gave for the candidate.
        """
        if candidate is None or self.current_mentee is None:
            return ""
        blocked = list(candidate.pin_blocked_by)
        if blocked:
            return (
                translate("matching.view", "Cannot pin {name}: ").format(name=candidate.name)
                + "; ".join(blocked)
                + "."
            )
        for draft in self.drafts.rows:
            if draft.mentee_id == self.current_mentee and draft.state is DraftState.PINNED:
                if draft.mentor_id == candidate.mentor_id:
                    return translate(
                        "matching.view", "{name} is already pinned to {mentee_name}."
                    ).format(name=candidate.name, mentee_name=draft.mentee_name)
                return translate(
                    "matching.view",
                    "{mentee_name} is already pinned to {mentor_name}; unpin that first.",
                ).format(mentee_name=draft.mentee_name, mentor_name=draft.mentor_name)
        return ""

    # -- selection --------------------------------------------------------------------------

    @staticmethod
    def _selected_rows(view: QTableView) -> list[Any]:
        selection = view.selectionModel()
        if selection is None:
            return []
        return [view.model().data(i, RowRole) for i in selection.selectedRows()]

    def selected_drafts(self) -> list[DraftRow]:
        return self._selected_rows(self.ui.draftTable)

    def selected_draft(self) -> DraftRow | None:
        rows = self.selected_drafts()
        return rows[0] if len(rows) == 1 else None

    def selected_candidate(self) -> CandidateRow | None:
        rows = self._selected_rows(self.ui.candidateTable)
        return rows[0] if rows else None

    def _selected_exclusion(self) -> ExclusionRow | None:
        rows = self._selected_rows(self.ui.exclusionTable)
        return rows[0] if rows else None

    def _draft_selected(self, *_args: Any) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.show_candidates(draft.mentee_id)
            self._show_explanation(
                f"{draft.mentor_name} → {draft.mentee_name}", draft.score, draft.lines()
            )
        self._update_buttons()

    def _mentee_selected(self, *_args: Any) -> None:
        rows: list[PersonRow] = self._selected_rows(self.ui.menteeTable)
        if rows:
            self.show_candidates(rows[0].id)

    def _unmatched_selected(self, *_args: Any) -> None:
        rows = self._selected_rows(self.ui.unmatchedTable)
        if rows:
            self.show_candidates(rows[0].mentee_id)

    def _candidate_selected(self, *_args: Any) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            name = self._name(self.current_mentee)
            blocked = set(candidate.blocked_by)
            lines = [f"✖ {b}" for b in candidate.blocked_by] + [
                line for line in candidate.lines if line not in blocked
            ]
            self._show_explanation(f"{candidate.name} → {name}", candidate.score, lines)
        self._update_buttons()

    def _name(self, person_id: int | None) -> str:
        if self.overview is None or person_id is None:
            return "?"
        for person in (*self.overview.mentees, *self.overview.mentors):
            if person.id == person_id:
                return person.name
        return "?"

    def show_candidates(self, mentee_id: int) -> None:
        """Fill the candidate list: every mentor for this mentee, best first."""
        pid = self.ctx.program_id
        if pid is None:
            return
        self.current_mentee = mentee_id
        service = self.service
        if self.candidate_loader.background:  # the previous mentee's list would mislead
            self.candidates.set_rows([])
            self.ui.candidateLabel.setText(
                translate("matching.view", "<b>Candidates for {v0}</b> …").format(
                    v0=self._name(mentee_id)
                )
            )
        cached, version = self._finder, self._version

        def find() -> tuple[Callable[[int], list[CandidateRow]], list[CandidateRow]]:
            finder = (
                cached[1]
                if cached is not None and cached[0] == pid
                else service.candidate_finder(pid)
            )
            return finder, finder(mentee_id)

        def found(result: tuple[Callable[[int], list[CandidateRow]], list[CandidateRow]]) -> None:
            if pid == self.ctx.program_id and version == self._version:
                self._finder = (pid, result[0])
            self._show_candidates(pid, mentee_id, result[1])

        self.candidate_loader.request(
            find,
            found,
            self._load_failed,
        )

    def _show_candidates(self, pid: int, mentee_id: int, rows: list[CandidateRow]) -> None:
        if pid != self.ctx.program_id or mentee_id != self.current_mentee:
            return
        eligible = sum(1 for c in rows if c.eligible)
        self.ui.candidateLabel.setText(
            translate(
                "matching.view",
                "<b>Candidates for {v0}</b> — {eligible} eligible of {v2} mentors, best "
                "first. Pick one and “Use this mentor” to swap.",
            ).format(v0=self._name(mentee_id), eligible=eligible, v2=len(rows))
        )
        self.candidates.set_rows(rows)
        self._update_buttons()

    def _show_explanation(self, title: str, score: float | None, lines: list[str]) -> None:
        items = "".join(f"<li>{_html(line)}</li>" for line in lines)
        score_text = "–" if score is None else f"{score:.0f}"
        self.ui.explanationText.setHtml(
            translate(
                "matching.view",
                "<p><b>{v0}</b><br>Score <b>{score_text}</b> / 100: a neutral 50, plus or "
                "minus each criterion's points:</p><ul>{items}</ul>",
            ).format(v0=_html(title), score_text=score_text, items=items)
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["MatchingView"]
