"""Undoable roster changes. Commands hold ids and values and call the roster service."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from mentordesk.core.participant import ParticipantInput
from mentordesk.gui.context import AppContext
from mentordesk.services.roster import RosterService
from mentordesk.services.roster_removal import RemovedParticipant


class _RosterCommand(QUndoCommand):
    """The first redo() is skipped: the view already did the action (so that a refusal could
    be shown in the dialog before anything went on the undo stack)."""

    def __init__(self, ctx: AppContext, program_id: int, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.program_id = program_id
        self._done = True

    @property
    def service(self) -> RosterService:
        return RosterService(self.ctx.db)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def _redo(self) -> None:
        raise NotImplementedError


class AddParticipantCommand(_RosterCommand):
    def __init__(self, ctx: AppContext, program_id: int, participant_id: int, name: str) -> None:
        super().__init__(ctx, program_id, f"Add {name}")
        self.participant_id = participant_id
        self._removed: RemovedParticipant | None = None

    def undo(self) -> None:
        self._removed, changes = self.service.remove(self.program_id, self.participant_id)
        self.ctx.broadcast(changes)

    def _redo(self) -> None:
        # Restore rather than add again, so the person keeps the same id.
        assert self._removed is not None
        self.ctx.broadcast(self.service.restore(self._removed))


class EditParticipantCommand(_RosterCommand):
    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        participant_id: int,
        before: ParticipantInput,
        after: ParticipantInput,
    ) -> None:
        super().__init__(ctx, program_id, f"Edit {after.full_name}")
        self.participant_id, self.before, self.after = participant_id, before, after

    def undo(self) -> None:
        self.ctx.broadcast(self.service.update(self.program_id, self.participant_id, self.before))

    def _redo(self) -> None:
        self.ctx.broadcast(self.service.update(self.program_id, self.participant_id, self.after))


class RemoveParticipantsCommand(_RosterCommand):
    def __init__(self, ctx: AppContext, program_id: int, removed: list[RemovedParticipant]) -> None:
        names = removed[0].name if len(removed) == 1 else f"{len(removed)} participants"
        super().__init__(ctx, program_id, f"Remove {names}")
        self.removed = removed

    def undo(self) -> None:
        self.ctx.broadcast(self.service.restore_many(self.removed))

    def _redo(self) -> None:
        ids = [item.participant_id for item in self.removed]
        self.removed, changes = self.service.remove_many(self.program_id, ids)
        self.ctx.broadcast(changes)
