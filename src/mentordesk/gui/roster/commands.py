"""Undoable roster changes. Commands hold ids and values and call the roster service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.core.changes import ChangeSet
from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.participant import ParticipantInput
from mentordesk.gui.common import AppContext, Choice, ask_conflict, field_label, translate

if TYPE_CHECKING:  # the import-undo service loads the ORM records: only when undoing
    from mentordesk.services.roster import (
        ImportedPeople,
        RemovedParticipant,
        RosterService,
        UndoneImport,
    )


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
        from mentordesk.services.roster import RosterService  # SQLAlchemy: on first use

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
        super().__init__(
            ctx, program_id, translate("roster.commands", "Add {name}").format(name=name)
        )
        self.participant_id = participant_id
        self._removed: RemovedParticipant | None = None

    def undo(self) -> None:
        # Refused (LivePairsRefused) once the person is in a live pair: the pair is not ended
        # behind the coordinator's back; the command is dropped with the reason shown.
        try:
            self._removed, changes = self.service.remove(self.program_id, self.participant_id)
        except MentorDeskError as error:
            self.setObsolete(True)
            QMessageBox.warning(
                None, translate("roster.commands", "Cannot undo adding"), str(error)
            )
            return
        self.ctx.broadcast(changes)

    def _redo(self) -> None:
        # Restore rather than add again, so the person keeps the same id.
        assert self._removed is not None
        self.ctx.broadcast(self.service.restore(self._removed))


class EditParticipantCommand(_RosterCommand):
    """An edit of one person. Undo and redo save with the version the last save made, so
    they are refused (ConcurrentEditError) when someone else saved the person since; the
    coordinator then sees the difference and keeps theirs (the command is dropped, nothing
    written) or keeps this side (saved over theirs, audited), as in the edit dialog."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        participant_id: int,
        before: ParticipantInput,
        after: ParticipantInput,
        version: Version | None = None,
    ) -> None:
        super().__init__(
            ctx,
            program_id,
            translate("roster.commands", "Edit {full_name}").format(full_name=after.full_name),
        )
        self.participant_id, self.before, self.after = participant_id, before, after
        self.version = version

    def undo(self) -> None:
        self._save(self.before, left=self.after)

    def _redo(self) -> None:
        self._save(self.after, left=self.before)

    def _save(self, values: ParticipantInput, *, left: ParticipantInput) -> None:
        """Save `values` over what this step `left` (after its last save)."""
        expected, keep_mine = self.version, False
        while True:
            try:
                changes, self.version = self.service.update_versioned(
                    self.program_id, self.participant_id, values, expected, keep_mine=keep_mine
                )
            except ConcurrentEditError as error:
                if error.theirs == left and expected == self.version and error.current.stamp:
                    # The record holds exactly what this step left: only this window's own
                    # later steps (an import undone and redone) moved its version since, and
                    # nobody's change would be lost. Save over the version now stored.
                    expected = error.current
                    continue
                choice = ask_conflict(None, error, values, label=field_label)
                if choice is not Choice.KEEP_MINE:
                    # Their save stays; this step can no longer be undone or redone.
                    self.setObsolete(True)
                    return
                expected = error.current if error.current.stamp else None
                keep_mine = True
                continue
            self.ctx.broadcast(changes)
            return


class RemoveParticipantsCommand(_RosterCommand):
    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        removed: list[RemovedParticipant],
        close_reason: str = "",
    ) -> None:
        names = (
            removed[0].name
            if len(removed) == 1
            else translate("roster.commands", "%n participant(s)", None, len(removed))
        )
        super().__init__(
            ctx, program_id, translate("roster.commands", "Remove {names}").format(names=names)
        )
        self.removed = removed
        self.close_reason = close_reason

    def undo(self) -> None:
        self.ctx.broadcast(self.service.restore_many(self.removed))

    def _redo(self) -> None:
        ids = [item.participant_id for item in self.removed]
        self.removed, changes = self.service.remove_many(self.program_id, ids, self.close_reason)
        self.ctx.broadcast(changes)


class ImportParticipantsCommand(_RosterCommand):
    """A spreadsheet import, pushed by the import dialog after it succeeded.

    Undo takes out everyone the import added and writes back everyone it updated; a program
    the import created stays (the text says so). A refused undo or redo shows its message and
    drops the command from the stack rather than leaving it half-believed.
    """

    def __init__(self, ctx: AppContext, imported: ImportedPeople, parent: QWidget | None = None):
        super().__init__(ctx, imported.program_id, import_text(imported))
        self.imported: ImportedPeople | None = imported
        self.undone: UndoneImport | None = None
        self.parent_widget = parent

    def undo(self) -> None:
        assert self.imported is not None
        imported = self.imported
        self._run(
            lambda: self._undo(imported), translate("roster.commands", "Cannot undo the import")
        )

    def _undo(self, imported: ImportedPeople) -> ChangeSet:
        from mentordesk.services.roster import ImportUndoService

        self.undone, changes = ImportUndoService(self.ctx.db).undo(imported)
        self.imported = None
        return changes

    def _redo(self) -> None:
        assert self.undone is not None
        undone = self.undone
        self._run(
            lambda: self._redo_import(undone),
            translate("roster.commands", "Cannot redo the import"),
        )

    def _redo_import(self, undone: UndoneImport) -> ChangeSet:
        from mentordesk.services.roster import ImportUndoService

        self.imported, changes = ImportUndoService(self.ctx.db).redo(undone)
        self.undone = None
        return changes

    def _run(self, action: Callable[[], ChangeSet], title: str) -> None:
        try:
            self.ctx.broadcast(action())
        except MentorDeskError as error:
            self.setObsolete(True)
            QMessageBox.warning(self.parent_widget, title, str(error))


def import_text(imported: ImportedPeople) -> str:
    """The undo stack's text: "Import 42 participants from responses.csv"."""
    count = imported.people
    people = translate("roster.commands", "%n participant(s)", None, count)
    text = translate("roster.commands", "Import {people} from {v1}").format(
        people=people,
        v1=Path(imported.source).name or translate("roster.commands", "a spreadsheet"),
    )
    if imported.program_created:
        text += translate("roster.commands", " (the new program “{program_name}” stays)").format(
            program_name=imported.program_name
        )
    return text
