"""Undo commands of the pairs view. Each holds ids and values and calls PairService.

`execute(ctx, command, parent)` runs the command's first `redo` itself; only when the service
accepted the change is the command pushed onto the undo stack (its first push-time redo is
skipped). A refused change shows its message and leaves the stack alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.core.changes import ChangeSet
from mentordesk.core.concurrency import Version
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, translate
from mentordesk.services.pairs import AgreementData, ClosureData, IdpData, PairService


class PairCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, service: Callable[[], PairService]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.service = service
        self._done_once = False
        self.parent_widget: QWidget | None = None

    # subclasses implement these two and return the ChangeSet to broadcast
    def do(self) -> ChangeSet:
        raise NotImplementedError

    def undo_it(self) -> ChangeSet:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # execute() already did it
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def _run(self, action: Callable[[], ChangeSet]) -> None:
        try:
            self.ctx.broadcast(action())
        except MentorDeskError as error:
            self.setObsolete(True)
            QMessageBox.warning(
                self.parent_widget,
                translate("pairs.commands", "Not done: {action}").format(action=self.text()),
                str(error),
            )


def execute(
    ctx: AppContext,
    command: PairCommand,
    parent: QWidget | None = None,
    *,
    raise_errors: bool = False,
) -> bool:
    """Do the command now; push it for undo when it worked.

    A refused change shows its message in a box and returns False, or (with `raise_errors`)
    raises the MentorDeskError so a dialog or form can show it beside the field.
    """
    command.parent_widget = parent
    try:
        changes = command.do()
    except MentorDeskError as error:
        if raise_errors:
            raise
        QMessageBox.warning(parent, translate("pairs.commands", "Not saved"), str(error))
        return False
    ctx.undo_stack.push(command)
    ctx.broadcast(changes)
    return True


class SaveAgreement(PairCommand):
    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        pair_id: int,
        old: AgreementData,
        old_saved: bool,
        new: AgreementData,
        expected: Version | None = None,
        keep_mine: bool = False,
    ) -> None:
        """`expected`: the version the form was filled from (someone else's newer save is
        refused on the first do; undo and redo overwrite, as undo always has)."""
        super().__init__(ctx, translate("pairs.commands", "Edit agreement"), svc)
        self.pair_id, self.old, self.old_saved, self.new = pair_id, old, old_saved, new
        self.expected, self.keep_mine = expected, keep_mine

    def do(self) -> ChangeSet:
        expected, self.expected = self.expected, None
        return self.service().save_agreement(
            self.pair_id, self.new, expected, keep_mine=self.keep_mine
        )[1]

    def undo_it(self) -> ChangeSet:
        if self.old_saved:
            return self.service().save_agreement(self.pair_id, self.old)[1]
        return self.service().discard_agreement(self.pair_id)


class SaveIdp(PairCommand):
    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        pair_id: int,
        old: IdpData,
        new: IdpData,
    ) -> None:
        super().__init__(ctx, translate("pairs.commands", "Edit IDP"), svc)
        self.pair_id, self.old, self.new = pair_id, old, new
        self.created_id = 0

    def do(self) -> ChangeSet:
        saved, changes = self.service().save_idp(self.pair_id, self.new)
        if not self.old.id:
            self.created_id = saved.id
        return changes

    def undo_it(self) -> ChangeSet:
        if self.old.id:
            return self.service().save_idp(self.pair_id, self.old)[1]
        return self.service().discard_idp(self.pair_id, self.created_id)


class AddRecord(PairCommand):
    """Add a meeting, check-in or goal; undo deletes it."""

    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        text: str,
        add: Callable[[PairService], tuple[Any, ChangeSet]],
        delete: Callable[[PairService, int], ChangeSet],
    ) -> None:
        super().__init__(ctx, text, svc)
        self.add, self.delete = add, delete
        self.record_id = 0

    def do(self) -> ChangeSet:
        data, changes = self.add(self.service())
        self.record_id = data.id
        return changes

    def undo_it(self) -> ChangeSet:
        return self.delete(self.service(), self.record_id)


class EditRecord(PairCommand):
    """Update a meeting, check-in or goal; undo writes the old values back."""

    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        text: str,
        update: Callable[[PairService, Any], tuple[Any, ChangeSet]],
        old: Any,
        new: Any,
    ) -> None:
        super().__init__(ctx, text, svc)
        self.update, self.old, self.new = update, old, new

    def do(self) -> ChangeSet:
        return self.update(self.service(), self.new)[1]

    def undo_it(self) -> ChangeSet:
        return self.update(self.service(), self.old)[1]


class DeleteRecord(PairCommand):
    """Delete a meeting, check-in or goal; undo adds it back (it gets a new id)."""

    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        text: str,
        record_id: int,
        delete: Callable[[PairService, int], ChangeSet],
        add_back: Callable[[PairService], tuple[Any, ChangeSet]],
    ) -> None:
        super().__init__(ctx, text, svc)
        self.record_id, self.delete, self.add_back = record_id, delete, add_back

    def do(self) -> ChangeSet:
        return self.delete(self.service(), self.record_id)

    def undo_it(self) -> ChangeSet:
        data, changes = self.add_back(self.service())
        self.record_id = data.id
        return changes


#: The title of each status change (Edit ▸ Undo, the reason prompt), translated where shown.
STATUS_ACTIONS = {
    "activate": QT_TRANSLATE_NOOP("pairs.commands", "Activate pair"),
    "pause": QT_TRANSLATE_NOOP("pairs.commands", "Pause pair"),
    "resume": QT_TRANSLATE_NOOP("pairs.commands", "Resume pair"),
    "reopen": QT_TRANSLATE_NOOP("pairs.commands", "Reopen pair"),
    "close": QT_TRANSLATE_NOOP("pairs.commands", "Close pair"),
}


class ChangeStatus(PairCommand):
    """Activate, pause, resume, reopen or close; undo takes back exactly that status change."""

    def __init__(
        self,
        ctx: AppContext,
        svc: Callable[[], PairService],
        pair_id: int,
        action: str,
        reason: str = "",
        closure: ClosureData | None = None,
        override: str = "",
    ) -> None:
        super().__init__(ctx, translate("pairs.commands", STATUS_ACTIONS[action]), svc)
        self.pair_id, self.action, self.reason, self.closure = pair_id, action, reason, closure
        self.override = override
        self.event_id = 0

    def do(self) -> ChangeSet:
        svc = self.service()
        if self.action == "close":
            assert self.closure is not None
            event, changes = svc.close(self.pair_id, self.closure)
        else:
            method = getattr(svc, self.action)
            extra = {"override": self.override} if self.override else {}
            event, changes = method(self.pair_id, self.reason, **extra)
        self.event_id = event.id
        return changes

    def undo_it(self) -> ChangeSet:
        return self.service().undo_transition(self.pair_id, self.event_id)
