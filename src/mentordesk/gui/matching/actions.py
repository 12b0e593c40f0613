"""What the matching view's buttons do: each calls a service, pushes an undo command and
broadcasts the change; errors are shown next to the controls, never as a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from mentordesk.core.changes import ChangeSet
from mentordesk.core.concurrency import ConcurrentEditError
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.outputs import OutputError, write_output
from mentordesk.gui.common import save_file_name, saved_by, translate
from mentordesk.gui.matching.commands import (
    ApproveCommand,
    DraftCommand,
    ExcludeCommand,
    RemoveExclusionCommand,
    RunCommand,
    RunWorker,
    SettingsCommand,
)
from mentordesk.gui.matching.weights_dialog import MatchingWeightsDialog
from mentordesk.services.matching import (
    ApproveResult,
    MatchingService,
    RotationResult,
    RunResult,
    rotation_csv,
)

if TYPE_CHECKING:
    from mentordesk.gui.common import AppContext
    from mentordesk.gui.forms.ui_matching_view import Ui_MatchingView
    from mentordesk.gui.matching.models import RotationGridModel
    from mentordesk.services.matching import (
        CandidateRow,
        DraftRow,
        ExclusionRow,
        MatchingOverview,
    )


class MatchingActions:
    """Mixed into MatchingView (which provides the widgets, models and selection helpers)."""

    ctx: AppContext
    ui: Ui_MatchingView
    overview: MatchingOverview | None
    rotation: RotationResult | None
    worker: RunWorker | None
    current_mentee: int | None
    grid: RotationGridModel
    _loaded_program: int | None
    note_after_reload: str

    if TYPE_CHECKING:

        @property
        def service(self) -> MatchingService: ...
        def show_message(self, text: str, *, error: bool = False) -> None: ...
        def selected_draft(self) -> DraftRow | None: ...
        def selected_drafts(self) -> list[DraftRow]: ...
        def selected_candidate(self) -> CandidateRow | None: ...
        def _selected_exclusion(self) -> ExclusionRow | None: ...
        def _name(self, person_id: int | None) -> str: ...
        def _update_buttons(self) -> None: ...

    def _reason(self) -> str:
        reason = self.ui.reasonEdit.text().strip()
        self.ui.reasonEdit.clear()
        return reason

    def run_params(self) -> dict[str, Any]:
        return {
            "objective": self.ui.objectiveCombo.currentData(),
            "min_score": float(self.ui.minScoreSpin.value()) or None,
            "include_matched": self.ui.includeMatchedCheck.isChecked() or None,
        }

    def run_matcher(self) -> None:
        """Run in the thread pool with progress; the result arrives in _run_finished."""
        pid = self.ctx.program_id
        if pid is None or self.worker is not None:
            return
        params = self.run_params()
        service = self.service

        def job(progress: Any) -> tuple[RunResult, ChangeSet]:
            return service.run(pid, progress=progress, **params)

        worker = RunWorker(job)
        worker.signals.progress.connect(self._run_progress)
        worker.signals.finished.connect(lambda r, c: self._run_finished(pid, params, r, c))
        worker.signals.failed.connect(self._run_failed)
        worker.signals.cancelled.connect(self._run_cancelled)
        self._start_worker(worker, translate("matching.actions", "Matching…"))

    def cancel_run(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _run_progress(self, percent: int, message: str) -> None:
        self.ui.progressBar.setValue(percent)
        self.ui.progressBar.setFormat(f"{message} %p%")

    def _run_done(self) -> None:
        self.worker = None
        self.ui.runButton.setEnabled(self.ctx.program_id is not None)
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self._update_buttons()

    def _run_finished(
        self, pid: int, params: dict[str, Any], result: RunResult, changes: ChangeSet
    ) -> None:
        self._run_done()
        message = translate("matching.actions", "Proposal ready: {summary}.").format(
            summary=result.summary
        )
        self.note_after_reload = message  # the reload this causes keeps it on screen
        self.ctx.undo_stack.push(RunCommand(self.ctx, pid, result, params))
        self.ctx.broadcast(changes)
        message = translate("matching.actions", "Proposal ready: {summary}.").format(
            summary=result.summary
        )
        if result.invalid_pins:
            message += translate(
                "matching.actions",
                " %n pin(s) no longer hold and will not be approved: ",
                None,
                len(result.invalid_pins),
            )
            message += "; ".join(p.text for p in result.invalid_pins[:3])
        self.note_after_reload = message
        self.show_message(message, error=bool(result.invalid_pins))

    def _run_failed(self, message: str) -> None:
        self._run_done()
        self.show_message(message, error=True)

    def _run_cancelled(self) -> None:
        self._run_done()
        self.show_message(
            translate("matching.actions", "Matching cancelled; the previous drafts are unchanged.")
        )

    def _draft_action(self, action: str) -> None:
        draft = self.selected_draft()
        pid = self.ctx.program_id
        if draft is None or pid is None:
            return
        self._pin_like(
            action,
            pid,
            draft.mentor_id,
            draft.mentee_id,
            f"{draft.mentor_name} → {draft.mentee_name}",
        )

    def _pin_like(self, action: str, pid: int, mentor_id: int, mentee_id: int, label: str) -> None:
        reason = self._reason()
        try:
            token, changes = getattr(self.service, action)(pid, mentor_id, mentee_id, reason)
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.ctx.undo_stack.push(
            DraftCommand(self.ctx, action, pid, mentor_id, mentee_id, reason, token, label)
        )
        self.ctx.broadcast(changes)

    def use_candidate(self) -> None:
        """Swap by hand: pin the chosen candidate mentor to the current mentee."""
        candidate = self.selected_candidate()
        pid = self.ctx.program_id
        if candidate is None or pid is None or self.current_mentee is None:
            return
        mentee_id = self.current_mentee
        label = f"{candidate.name} → {self._name(mentee_id)}"
        self._pin_like("pin", pid, candidate.mentor_id, mentee_id, label)

    def approve(self, *, selected_only: bool) -> None:
        """Create the pairs in the thread pool with progress and Cancel (hundreds of pairs take
        seconds); the result arrives in _approve_finished, a cancel rolls everything back."""
        pid = self.ctx.program_id
        if pid is None or self.worker is not None:
            return
        keys = (
            [(d.mentor_id, d.mentee_id) for d in self.selected_drafts()] if selected_only else None
        )
        reason = self._reason()
        service = self.service

        def job(progress: Any) -> tuple[ApproveResult, ChangeSet]:
            return service.approve(pid, keys, reason=reason, progress=progress)

        worker = RunWorker(job)
        worker.signals.progress.connect(self._run_progress)
        worker.signals.finished.connect(
            lambda result, changes: self._approve_finished(pid, keys, reason, result, changes)
        )
        worker.signals.failed.connect(self._run_failed)
        worker.signals.cancelled.connect(self._approve_cancelled)
        self._start_worker(worker, translate("matching.actions", "Approving…"))

    def _start_worker(self, worker: RunWorker, message: str) -> None:
        self.worker = worker
        self.ui.runButton.setEnabled(False)
        self.ui.approveAllButton.setEnabled(False)
        self.ui.approveSelectedButton.setEnabled(False)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setFormat("%p%")
        self.ui.progressBar.show()
        self.ui.cancelButton.show()
        self.show_message(message)
        QThreadPool.globalInstance().start(worker)

    def _approve_finished(
        self,
        pid: int,
        keys: list[tuple[int, int]] | None,
        reason: str,
        result: ApproveResult,
        changes: ChangeSet,
    ) -> None:
        self._run_done()
        message = translate(
            "matching.actions",
            "Approved %n pair(s); they are now active.",
            None,
            len(result.pair_ids),
        )
        self.note_after_reload = message  # the reload this causes keeps it on screen
        self.ctx.undo_stack.push(ApproveCommand(self.ctx, pid, keys, reason, result))
        self.ctx.broadcast(changes)
        message = translate(
            "matching.actions",
            "Approved %n pair(s); they are now active.",
            None,
            len(result.pair_ids),
        )
        if result.refused:
            message += translate("matching.actions", " Not approved ({v0}): ").format(
                v0=len(result.refused)
            ) + "; ".join(r.text for r in result.refused[:3])
            message += "…" if len(result.refused) > 3 else "."
        self.note_after_reload = message
        self.show_message(message, error=bool(result.refused))

    def _approve_cancelled(self) -> None:
        self._run_done()
        self.show_message(translate("matching.actions", "Approval cancelled; no pair was created."))

    def exclude_selected(self) -> None:
        draft = self.selected_draft()
        pid = self.ctx.program_id
        if draft is None or pid is None:
            return
        reason = self._reason() or translate("matching.actions", "excluded by the coordinator")
        try:
            row, token, changes = self.service.add_exclusion(
                pid, draft.mentor_id, draft.mentee_id, reason
            )
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.ctx.undo_stack.push(ExcludeCommand(self.ctx, pid, row, token))
        self.ctx.broadcast(changes)

    def remove_exclusion(self) -> None:
        row = self._selected_exclusion()
        pid = self.ctx.program_id
        if row is None or pid is None:
            return
        try:
            changes = self.service.remove_exclusion(pid, row.id)
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.ctx.undo_stack.push(RemoveExclusionCommand(self.ctx, pid, row))
        self.ctx.broadcast(changes)

    def weights_dialog(self) -> MatchingWeightsDialog | None:
        if self.overview is None:
            return None
        dialog = MatchingWeightsDialog(
            self.overview.program.format,
            self.overview.weights,
            self.overview.options,
            cast(QWidget, self),
        )
        dialog.expected = self.overview.program.version
        return dialog

    def edit_weights(self) -> None:
        dialog = self.weights_dialog()
        if dialog is None or self.ctx.program_id is None:
            return
        while dialog.exec():
            if self.save_weights(dialog):
                return

    def save_weights(self, dialog: MatchingWeightsDialog) -> bool:
        """Store the dialog's values (undoable); False keeps the dialog open with the error."""
        pid = self.ctx.program_id
        if pid is None:
            return True
        weights, options = dialog.values()
        try:
            old, changes = self.service.save_settings(
                pid, weights, options, dialog.reason(), expected=dialog.expected
            )
        except ConcurrentEditError as error:
            # Their weights are stored; ours stay in the dialog. OK again saves ours over
            # theirs, knowingly (the version they saved is now the one expected).
            dialog.ui.errorLabel.setText(
                translate(
                    "matching.actions",
                    "Saved by {saved_by} while you were editing; nothing was saved. Close to "
                    "keep theirs, or OK again to save yours over them.",
                ).format(saved_by=saved_by(error.current))
            )
            dialog.expected = error.current
            return False
        except ValidationError as error:
            dialog.show_error(error)
            return False
        self._loaded_program = None  # take the new objective and minimum into the run bar
        self.ctx.undo_stack.push(
            SettingsCommand(self.ctx, pid, (weights, options), old, dialog.reason())
        )
        self.ctx.broadcast(changes)
        return True

    def build_rotation(self) -> None:
        pid = self.ctx.program_id
        if pid is None:
            return
        try:
            self.rotation = self.service.rotation(
                pid, self.ui.roundsSpin.value(), self.ui.seatsSpin.value()
            )
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.grid.set_rotation(self.rotation)
        self.ui.rotationTable.resizeRowsToContents()
        out = sum(len(n) for _r, n in self.rotation.sitting_out)
        self.show_message(
            translate(
                "matching.actions",
                "Rotation: {rounds} rounds, no pair meets twice, {breaks} breaks; {quality}.",
            ).format(rounds=self.rotation.rounds, breaks=out, quality=self.rotation.quality)
        )
        self._update_buttons()

    def export_rotation(self, path: str | None = None) -> None:
        if self.rotation is None:
            return
        if path is None:
            path = save_file_name(
                cast(QWidget, self),
                "csv",
                translate("matching.actions", "Export rotation"),
                "rotation.csv",
                translate("matching.actions", "CSV files (*.csv)"),
            )
        if not path:
            return
        try:
            write_output(Path(path), rotation_csv(self.rotation).encode("utf-8"), replace=True)
        except (OutputError, OSError) as error:
            self.show_message(
                str(error)
                if isinstance(error, OutputError)
                else translate("matching.actions", "Cannot write {path}: {strerror}").format(
                    path=path, strerror=error.strerror
                ),
                error=True,
            )
            return
        self.show_message(
            translate("matching.actions", "Rotation saved to {path}.").format(path=path)
        )
