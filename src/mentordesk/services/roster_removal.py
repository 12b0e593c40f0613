"""Removing a participant from a program so that undo can put back exactly the same rows.

Removal is a hard delete with a snapshot, not a soft delete: every other query in the
application (matching, pairs, reports, exports) would otherwise have to remember to skip
"removed" rows, and the schema has no such flag. The snapshot holds every row the delete
touches (the person, their membership, screening, guardians, trainings, references, match
drafts, exclusions, IDPs and pair memberships) as plain column values, keyed by table, with
their original ids, so restoring re-inserts the same records and every link to them holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.db.models import Base, MembershipRecord, PairRecord

_PARTICIPANTS = "participants"


@dataclass(frozen=True)
class RemovedParticipant:
    """What a removal deleted: enough to restore it exactly."""

    program_id: int
    participant_id: int
    name: str
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    #: (goal id, idp id): goals whose IDP link the delete set to NULL.
    goal_links: tuple[tuple[int, int], ...] = ()


def _participant_fks(table: sa.Table) -> list[sa.Column[Any]]:
    return [
        fk.parent
        for fk in table.foreign_keys
        if fk.column.table.name == _PARTICIPANTS and fk.column.name == "id"
    ]


def _rows(session: Session, table: sa.Table, where: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(r) for r in session.execute(sa.select(table).where(where)).mappings())


def snapshot_and_delete(
    session: Session, program_id: int, participant_id: int
) -> RemovedParticipant:
    """Delete the person's place in the program (and the person, if in no other program)."""
    tables = Base.metadata.tables
    other_programs = session.scalar(
        sa.select(sa.func.count()).where(
            MembershipRecord.participant_id == participant_id,
            MembershipRecord.program_id != program_id,
        )
    )
    name = session.scalar(
        sa.select(tables[_PARTICIPANTS].c.full_name).where(
            tables[_PARTICIPANTS].c.id == participant_id
        )
    )
    saved: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    goal_links: tuple[tuple[int, int], ...] = ()
    whole_person = not other_programs
    for table in Base.metadata.sorted_tables:
        if table.name == _PARTICIPANTS:
            if whole_person:
                saved.append((table.name, _rows(session, table, table.c.id == participant_id)))
            continue
        columns = _participant_fks(table)
        if not columns:
            continue
        where = sa.or_(*(c == participant_id for c in columns))
        if not whole_person:
            where = sa.and_(where, _in_program(table, program_id))
        rows = _rows(session, table, where)
        if rows:
            saved.append((table.name, rows))
    idp_ids = [r["id"] for t, rows in saved if t == "idps" for r in rows]
    if idp_ids:
        goals = tables["goals"]
        goal_links = tuple(
            (gid, iid)
            for gid, iid in session.execute(
                sa.select(goals.c.id, goals.c.idp_id).where(goals.c.idp_id.in_(idp_ids))
            )
        )
    # Children first, so the delete does not depend on cascades for program-scoped rows.
    for table_name, rows in reversed(saved):
        table = tables[table_name]
        session.execute(sa.delete(table).where(table.c.id.in_([r["id"] for r in rows])))
    return RemovedParticipant(program_id, participant_id, name or "", tuple(saved), goal_links)


def _in_program(table: sa.Table, program_id: int) -> Any:
    if "program_id" in table.c:
        return table.c.program_id == program_id
    if "pair_id" in table.c:
        return table.c.pair_id.in_(
            sa.select(PairRecord.id).where(PairRecord.program_id == program_id)
        )
    # Person-level records (screening, guardians …) stay while the person is in another program.
    return sa.false()


def restore(session: Session, removed: RemovedParticipant) -> None:
    """Put back every row the removal deleted, with the same ids."""
    tables = Base.metadata.tables
    for table_name, rows in removed.rows:
        session.execute(sa.insert(tables[table_name]), [dict(r) for r in rows])
    goals = tables["goals"]
    for goal_id, idp_id in removed.goal_links:
        session.execute(sa.update(goals).where(goals.c.id == goal_id).values(idp_id=idp_id))
