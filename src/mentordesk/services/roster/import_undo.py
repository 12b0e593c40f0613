"""Undoing and redoing a spreadsheet import.

`SpreadsheetService.apply_undoable` returns an `ImportedPeople`: the people the import added to
the program (new people, or people known from another program), and for every person it
overwrote the state before (`read_participant`) plus the person-level rows (screening,
guardian, training) that existed then. Undo, in one transaction, writes those before-states
back (`write_participant`), deletes the person-level rows the import created, and takes the
added people out with the roster's own snapshots (`roster_removal.snapshot_and_delete_many`), so
redo can put back exactly the same rows. Redo restores the snapshots and writes back what the
overwritten people looked like when undo ran, so undo → redo never loses anything, not even an
edit made after the import outside the undo stack. A program the import created stays.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import GuardianRecord, MembershipRecord, ScreeningRecord, TrainingRecord
from mentordesk.services.common import audit
from mentordesk.services.roster.participant_store import read_participant, write_participant
from mentordesk.services.roster.removal import (
    RemovedParticipant,
    restore,
    snapshot_and_delete_many,
)

_PERSON_ROWS = (ScreeningRecord, GuardianRecord, TrainingRecord)


@dataclass(frozen=True)
class OverwrittenPerson:
    """A person the import wrote over: how they were, and which of their rows existed."""

    participant_id: int
    before: ParticipantInput
    #: (table name, id) of the screening, guardian and training rows before the write.
    rows_before: frozenset[tuple[str, int]]


@dataclass(frozen=True)
class ImportedPeople:
    """What one import did, enough to undo it."""

    program_id: int
    program_name: str
    program_created: bool
    source: str
    #: Everyone the import added to the program, in order.
    added: tuple[int, ...]
    #: The subset of `added` that did not exist before (the rest came from other programs).
    new_people: frozenset[int]
    #: People already in the program (updated) and people linked from another program.
    overwritten: tuple[OverwrittenPerson, ...]

    @property
    def updated(self) -> tuple[int, ...]:
        """People who were already in the program and were updated."""
        added = set(self.added)
        return tuple(p.participant_id for p in self.overwritten if p.participant_id not in added)

    @property
    def people(self) -> int:
        return len(self.added) + len(self.updated)


@dataclass(frozen=True)
class UndoneImport:
    """What undoing an import took away, enough to redo it exactly."""

    imported: ImportedPeople
    removed: tuple[RemovedParticipant, ...]
    #: participant id → their state when undo ran (written back by redo).
    states: tuple[tuple[int, ParticipantInput], ...]


def person_rows(session: Session, participant_id: int) -> frozenset[tuple[str, int]]:
    """The person-level rows `write_participant` may create, as (table name, id)."""
    query = sa.union_all(
        *(
            sa.select(sa.literal(record.__tablename__), record.id).where(
                record.participant_id == participant_id
            )
            for record in _PERSON_ROWS
        )
    )
    return frozenset((str(table), int(pid)) for table, pid in session.execute(query))


def overwrite(
    session: Session, program_id: int, participant_id: int, person: ParticipantInput
) -> OverwrittenPerson:
    """`write_participant` over an existing person, remembering how they were."""
    before = read_participant(session, program_id, participant_id)
    rows = person_rows(session, participant_id)
    write_participant(session, program_id, person, participant_id)
    return OverwrittenPerson(participant_id, before, rows)


class ImportUndoService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def undo(self, imported: ImportedPeople) -> tuple[UndoneImport, ChangeSet]:
        """Put the program back as it was before the import, in one transaction.

        People no longer in the program (removed since) are left as they are.
        """
        program_id = imported.program_id
        with self.db.begin() as session:
            members = _members(session, program_id)
            overwritten = [p for p in imported.overwritten if p.participant_id in members]
            states = tuple(
                (p.participant_id, read_participant(session, program_id, p.participant_id))
                for p in overwritten
            )
            for person in overwritten:
                write_participant(session, program_id, person.before, person.participant_id)
                created = person_rows(session, person.participant_id) - person.rows_before
                _delete_rows(session, created)
            still_in = [pid for pid in imported.added if pid in members]
            removed = tuple(snapshot_and_delete_many(session, program_id, still_in))
            audit(
                session,
                "participants.import.undo",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={
                    "file": imported.source,
                    "removed": len(removed),
                    "restored": len(overwritten) - len(set(imported.added) & members),
                },
            )
        undone = UndoneImport(imported, removed, states)
        return undone, _changes(imported, removed)

    def redo(self, undone: UndoneImport) -> tuple[ImportedPeople, ChangeSet]:
        """Import again exactly what `undo` took away; returns what undo needs next time."""
        imported = undone.imported
        program_id = imported.program_id
        with self.db.begin() as session:
            for item in reversed(undone.removed):  # last removed first, as restore_many
                restore(session, item)
            overwritten = tuple(
                overwrite(session, program_id, pid, state) for pid, state in undone.states
            )
            audit(
                session,
                "participants.import.redo",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={"file": imported.source, "restored": len(undone.removed)},
            )
        restored = {item.participant_id for item in undone.removed}
        again = ImportedPeople(
            program_id=program_id,
            program_name=imported.program_name,
            program_created=imported.program_created,
            source=imported.source,
            added=tuple(pid for pid in imported.added if pid in restored),
            new_people=imported.new_people & restored,
            overwritten=overwritten,
        )
        return again, _changes(imported, undone.removed)


def _members(session: Session, program_id: int) -> set[int]:
    query = sa.select(MembershipRecord.participant_id).where(
        MembershipRecord.program_id == program_id
    )
    return set(session.scalars(query))


def _delete_rows(session: Session, rows: frozenset[tuple[str, int]]) -> None:
    for record in _PERSON_ROWS:
        ids = [pid for table, pid in rows if table == record.__tablename__]
        if ids:
            session.execute(sa.delete(record).where(record.id.in_(ids)))


def _changes(imported: ImportedPeople, removed: tuple[RemovedParticipant, ...]) -> ChangeSet:
    tables = {name for item in removed for name, _rows in item.rows}
    topics = [Topic.PARTICIPANTS]
    if tables & {"pairs", "pair_members"}:
        topics.append(Topic.PAIRS)
    if tables & {"match_drafts", "exclusions"}:
        topics.append(Topic.MATCHING)
    ids = set(imported.added) | {p.participant_id for p in imported.overwritten}
    return ChangeSet.of(*topics, program_id=imported.program_id, ids=ids)
