"""What the matching view shows for the selected draft, mentee or candidate: the candidate
mentors (read in the background), the explanation, and which buttons apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTableView

from mentordesk.core.enums import DraftState
from mentordesk.gui.common import RowRole, translate
from mentordesk.services.matching import (
    CandidateRow,
    DraftRow,
    ExclusionRow,
    MatchingOverview,
    MatchingService,
    PersonRow,
)

if TYPE_CHECKING:
    from mentordesk.gui.common import AppContext, Loader, RowTableModel
    from mentordesk.gui.forms.ui_matching_view import Ui_MatchingView
    from mentordesk.services.matching import RotationResult


class MatchingSelection:
    """Mixed into MatchingView (which provides the widgets, models and loaders)."""

    ctx: AppContext
    ui: Ui_MatchingView
    overview: MatchingOverview | None
    rotation: RotationResult | None
    current_mentee: int | None
    drafts: RowTableModel[DraftRow]
    candidates: RowTableModel[CandidateRow]
    candidate_loader: Loader
    _finder: tuple[int, Callable[[int], list[CandidateRow]]] | None
    _version: int
    # The overview the name table was made from, and the table (id -> name).
    _names: tuple[MatchingOverview | None, dict[int, str]] = (None, {})

    if TYPE_CHECKING:

        @property
        def service(self) -> MatchingService: ...
        def _load_failed(self, error: BaseException) -> None: ...

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
        if self._names[0] is not self.overview:  # one lookup table per overview, not a scan
            people = (*self.overview.mentees, *self.overview.mentors)
            self._names = (self.overview, {p.id: p.name for p in people})
        return self._names[1].get(person_id, "?")

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
