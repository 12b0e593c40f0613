"""Undo commands for matching (ids and values only; every step goes through the service)
and the background worker that runs the matcher off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from mentordesk.core.changes import ChangeSet
from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, saved_by, translate
from mentordesk.matching.engine import Cancelled
from mentordesk.services.matching import (
    ApproveResult,
    DraftUndo,
    ExclusionRow,
    MatchingService,
    RunResult,
)


class _ServiceCommand(QUndoCommand):
    """A command whose first redo already happened in the view (so errors show there)."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.service = MatchingService(ctx.db)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._broadcast(self.do())

    def undo(self) -> None:
        self._broadcast(self.revert())

    def do(self) -> ChangeSet:
        raise NotImplementedError

    def revert(self) -> ChangeSet:
        raise NotImplementedError

    def _broadcast(self, changes: ChangeSet) -> None:
        self.ctx.broadcast(changes)


class RunCommand(_ServiceCommand):
    """Undo puts the previous drafts back; redo runs the matcher again with the same settings."""

    def __init__(self, ctx: AppContext, program_id: int, result: RunResult, params: dict[str, Any]):
        super().__init__(
            ctx,
            translate("matching.commands", "Run matcher ({matched} pairs)").format(
                matched=result.matched
            ),
        )
        self.program_id = program_id
        self.result = result
        self.params = params

    def do(self) -> ChangeSet:
        self.result, changes = self.service.run(self.program_id, **self.params)
        return changes

    def revert(self) -> ChangeSet:
        return self.service.restore(self.result.undo)


#: Edit ▸ Undo's text for each draft action (translated where shown).
DRAFT_ACTIONS = {
    "pin": QT_TRANSLATE_NOOP("matching.commands", "Pin {pair}"),
    "unpin": QT_TRANSLATE_NOOP("matching.commands", "Unpin {pair}"),
    "reject": QT_TRANSLATE_NOOP("matching.commands", "Reject {pair}"),
    "unreject": QT_TRANSLATE_NOOP("matching.commands", "Restore {pair}"),
}


class DraftCommand(_ServiceCommand):
    """Pin, unpin or reject one (mentor, mentee)."""

    def __init__(
        self,
        ctx: AppContext,
        action: str,
        program_id: int,
        mentor_id: int,
        mentee_id: int,
        reason: str,
        token: DraftUndo,
        label: str,
    ) -> None:
        title = DRAFT_ACTIONS.get(action, "{pair}")
        super().__init__(ctx, translate("matching.commands", title).format(pair=label))
        self.action = action
        self.args = (program_id, mentor_id, mentee_id, reason)
        self.token = token

    def do(self) -> ChangeSet:
        operation: Callable[..., tuple[DraftUndo, ChangeSet]] = getattr(self.service, self.action)
        self.token, changes = operation(*self.args)
        return changes

    def revert(self) -> ChangeSet:
        return self.service.restore(self.token)


class ExcludeCommand(_ServiceCommand):
    def __init__(
        self, ctx: AppContext, program_id: int, row: ExclusionRow, token: DraftUndo
    ) -> None:
        super().__init__(
            ctx,
            translate("matching.commands", "Exclude {a_name} / {b_name}").format(
                a_name=row.a_name, b_name=row.b_name
            ),
        )
        self.program_id = program_id
        self.row = row
        self.token = token

    def do(self) -> ChangeSet:
        self.row, self.token, changes = self.service.add_exclusion(
            self.program_id, self.row.a_id, self.row.b_id, self.row.reason
        )
        return changes

    def revert(self) -> ChangeSet:
        self.service.remove_exclusion(self.program_id, self.row.id, "undo")
        return self.service.restore(self.token)


class RemoveExclusionCommand(_ServiceCommand):
    def __init__(self, ctx: AppContext, program_id: int, row: ExclusionRow) -> None:
        super().__init__(
            ctx,
            translate("matching.commands", "Remove exclusion {a_name} / {b_name}").format(
                a_name=row.a_name, b_name=row.b_name
            ),
        )
        self.program_id = program_id
        self.row = row

    def do(self) -> ChangeSet:
        return self.service.remove_exclusion(self.program_id, self.row.id)

    def revert(self) -> ChangeSet:
        self.row, _token, changes = self.service.add_exclusion(
            self.program_id, self.row.a_id, self.row.b_id, self.row.reason
        )
        return changes


class ApproveCommand(_ServiceCommand):
    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        keys: list[tuple[int, int]] | None,
        reason: str,
        result: ApproveResult,
    ) -> None:
        super().__init__(
            ctx,
            translate("matching.commands", "Approve %n pair(s)", None, len(result.pair_ids)),
        )
        self.program_id = program_id
        self.keys = keys
        self.reason = reason
        self.result = result

    def do(self) -> ChangeSet:
        self.result, changes = self.service.approve(self.program_id, self.keys, reason=self.reason)
        return changes

    def revert(self) -> ChangeSet:
        return self.service.undo_approve(self.result)


class SettingsCommand(_ServiceCommand):
    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        new: tuple[dict[str, Any], dict[str, Any]],
        old: tuple[dict[str, Any], dict[str, Any]],
        reason: str,
    ) -> None:
        super().__init__(ctx, translate("matching.commands", "Change matching weights"))
        self.program_id = program_id
        self.new = new
        self.old = old
        self.reason = reason
        self.version = self._stored_version()

    def _stored_version(self) -> Version | None:
        from mentordesk.services.programs import ProgramService

        return ProgramService(self.ctx.db).get(self.program_id).version

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._checked(
            lambda expected: self.service.save_settings(
                self.program_id, *self.new, self.reason, expected=expected
            )[1]
        )

    def undo(self) -> None:
        # Put the stored JSON back exactly (options replaced wholesale).
        self._checked(
            lambda expected: self.service.restore_settings(
                self.program_id, *self.old, expected=expected
            )
        )

    def _checked(self, save: Callable[[Version | None], ChangeSet]) -> None:
        """Save over the version this step left; if someone else saved the program since,
        ask before overwriting their weights (no: the step is dropped, theirs stay)."""
        try:
            changes = save(self.version)
        except ConcurrentEditError as error:
            answer = QMessageBox.question(
                None,
                translate("matching.commands", "Matching weights changed"),
                translate(
                    "matching.commands",
                    "The matching weights were saved by {saved_by} after this step. Put "
                    "this step's weights back over theirs?",
                ).format(saved_by=saved_by(error.current)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.setObsolete(True)
                return
            changes = save(error.current)
        self.version = self._stored_version()
        self._broadcast(changes)


class RunSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object, object)  # RunResult, ChangeSet
    failed = Signal(str)
    cancelled = Signal()


class RunWorker(QRunnable):
    """Runs MatchingService.run in the thread pool; it only emits signals, never touches widgets."""

    def __init__(self, job: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = RunSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, percent: int, message: str) -> None:
        if self._stop.is_set():
            raise Cancelled()
        self.signals.progress.emit(percent, message)

    def run(self) -> None:
        try:
            result, changes = self.job(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except MentorDeskError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:
            self.signals.failed.emit(
                translate("matching.commands", "Matching failed: {error}").format(error=error)
            )
        else:
            self.signals.finished.emit(result, changes)
