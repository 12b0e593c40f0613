"""Undoing and redoing a spreadsheet import through the services."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord
from mentordesk.importing.table import read_csv_bytes
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.import_undo import ImportUndoService
from mentordesk.services.roster.participant_store import read_participant, write_participant
from mentordesk.services.roster.people import RosterService
from mentordesk.services.roster.removal import (
    RemovedParticipant,
    snapshot_and_delete,
    snapshot_and_delete_many,
)
from mentordesk.services.roster.spreadsheet import SpreadsheetService
from mentordesk.services.sample.program import create_sample_program
from tests.services.import_undo_setup import FILE, TODAY, populate, snapshot


def _import(db: Database, program: str = "Spring"):  # type: ignore[no-untyped-def]
    service = SpreadsheetService(db)
    plan = service.plan(read_csv_bytes(FILE.encode(), source="responses.csv"), program, today=TODAY)
    return service.apply_undoable(plan, update_duplicates=True)


def _actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(sa.select(AuditRecord.action).order_by(AuditRecord.id)))


def test_apply_undoable_says_who_was_added_and_how_updated_people_were(db: Database) -> None:
    """The import reports new people, linked people and the before-state of updated people."""
    setup = populate(db)
    counts, changes, imported = _import(db)
    assert (counts.added, counts.updated) == (3, 1)
    assert imported.program_id == setup.spring and not imported.program_created
    assert len(imported.added) == 3 and setup.kim in imported.added
    assert imported.new_people == set(imported.added) - {setup.kim}
    assert imported.updated == (setup.ana,)
    before = {p.participant_id: p.before for p in imported.overwritten}
    assert before[setup.ana].full_name == "Ana Old" and before[setup.ana].training_date is None
    assert before[setup.kim].full_name == "Kim"
    assert changes.ids == set(imported.added) | {setup.ana}
    assert imported.people == 4


def test_undo_restores_the_pre_import_state_and_redo_the_post_import_state(db: Database) -> None:
    """Undo → every roster row and read-back as before the import; redo → as after it."""
    setup = populate(db)
    pre = snapshot(db, setup.spring)
    _counts, _changes, imported = _import(db)
    post = snapshot(db, setup.spring)
    with db.read() as session:
        ana = read_participant(session, setup.spring, setup.ana)
    assert (ana.full_name, ana.phone, ana.training_hours) == ("Ana Lima", "555-0101", 3.0)
    assert ana.screening_decision is ScreeningDecision.CLEARED
    service = ImportUndoService(db)

    undone, changes = service.undo(imported)
    assert snapshot(db, setup.spring) == pre
    assert changes.program_id == setup.spring and setup.ana in changes.ids
    assert _actions(db)[-1] == "participants.import.undo"

    again, _ = service.redo(undone)
    assert snapshot(db, setup.spring) == post
    assert _actions(db)[-1] == "participants.import.redo"
    assert set(again.added) == set(imported.added)

    service.undo(again)  # and once more: the redo left what the next undo needs
    assert snapshot(db, setup.spring) == pre


def test_undo_keeps_a_program_the_import_created(db: Database) -> None:
    """A program created by the import stays, empty, after undo."""
    populate(db)
    _counts, changes, imported = _import(db, "Summer")
    assert imported.program_created and changes.program_id == imported.program_id
    ImportUndoService(db).undo(imported)
    program = ProgramService(db).find("Summer")
    assert program is not None
    assert RosterService(db).rows(program.id) == []


def test_undo_after_a_later_edit_still_works_and_redo_keeps_the_edit(db: Database) -> None:
    """An edit made after the import (outside the undo stack) is undone with it, then redone."""
    setup = populate(db)
    pre = snapshot(db, setup.spring)
    _counts, _changes, imported = _import(db)
    roster = RosterService(db, today=TODAY)
    zed = next(pid for pid in imported.new_people if roster.get(setup.spring, pid).email[0] == "z")
    roster.update(
        setup.spring, zed, dataclasses.replace(roster.get(setup.spring, zed), phone="999")
    )
    roster.update(
        setup.spring,
        setup.ana,
        dataclasses.replace(roster.get(setup.spring, setup.ana), guardian_name="Gus"),
    )
    edited = snapshot(db, setup.spring)
    service = ImportUndoService(db)
    undone, _ = service.undo(imported)
    assert snapshot(db, setup.spring) == pre
    service.redo(undone)
    assert snapshot(db, setup.spring) == edited


def test_undo_leaves_alone_people_removed_since(db: Database) -> None:
    """Someone the import added and the user then removed stays removed; the rest is undone."""
    setup = populate(db)
    pre = snapshot(db, setup.spring)
    _counts, _changes, imported = _import(db)
    roster = RosterService(db)
    gone = sorted(imported.new_people)[0]
    roster.remove(setup.spring, gone)
    undone, _ = ImportUndoService(db).undo(imported)
    assert snapshot(db, setup.spring) == pre
    assert gone not in {item.participant_id for item in undone.removed}


class _Rollback(Exception):
    pass


def test_batch_removal_snapshots_equal_one_at_a_time(db: Database) -> None:
    """snapshot_and_delete_many gives the snapshots of deleting one by one, and restores."""
    program = create_sample_program(db, participants=40, seed=3)
    other, _ = ProgramService(db).create("Other")
    ids = [row.participant_id for row in RosterService(db).rows(program.id)]
    with db.begin() as session:
        for pid in ids[::5]:  # some people stay in another program: only this program's rows go
            write_participant(session, other.id, read_participant(session, program.id, pid), pid)
    pre = snapshot(db, program.id)

    def removed(batch: bool) -> list[RemovedParticipant]:
        result: list[RemovedParticipant] = []
        with pytest.raises(_Rollback), db.begin() as session:
            if batch:
                result = snapshot_and_delete_many(session, program.id, ids, chunk=7)
            else:
                result = [snapshot_and_delete(session, program.id, pid) for pid in ids]
            raise _Rollback
        return result

    one_by_one = removed(False)
    assert any(t in {"pair_members", "match_drafts"} for r in one_by_one for t, _ in r.rows)
    assert removed(True) == one_by_one
    with db.begin() as session:
        snapshot_and_delete_many(session, program.id, ids)
    assert RosterService(db).rows(program.id) == []
    RosterService(db).restore_many(one_by_one)
    assert snapshot(db, program.id) == pre
