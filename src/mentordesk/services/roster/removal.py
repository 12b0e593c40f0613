"""Removing a participant from a program so that undo can put back exactly the same rows.

Removal is a hard delete with a snapshot, not a soft delete: every other query in the
application (matching, pairs, reports, exports) would otherwise have to remember to skip
"removed" rows, and the schema has no such flag. The snapshot holds every row the delete
touches (the person, their membership, screening, guardians, trainings, references, match
drafts, exclusions, IDPs and pair memberships) as plain column values, keyed by table, with
their original ids, so restoring re-inserts the same records and every link to them holds.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    return snapshot_and_delete_many(session, program_id, [participant_id])[0]


def snapshot_and_delete_many(
    session: Session, program_id: int, participant_ids: Sequence[int], chunk: int = 400
) -> list[RemovedParticipant]:
    """`snapshot_and_delete` for many people, one after the other, in a few queries per table.

    The snapshots are the ones deleting them one at a time in this order would give: a row
    that refers to two of them (a match draft, an exclusion) belongs to the first one it
    would have been deleted with. Restore them last first.
    """
    removed: list[RemovedParticipant] = []
    for start in range(0, len(participant_ids), chunk):
        removed.extend(
            _delete_chunk(session, program_id, list(participant_ids[start : start + chunk]))
        )
    return removed


def _delete_chunk(
    session: Session, program_id: int, participant_ids: list[int]
) -> list[RemovedParticipant]:
    tables = Base.metadata.tables
    people = tables[_PARTICIPANTS]
    elsewhere = set(
        session.scalars(
            sa.select(MembershipRecord.participant_id).where(
                MembershipRecord.participant_id.in_(participant_ids),
                MembershipRecord.program_id != program_id,
            )
        )
    )
    query = sa.select(people.c.id, people.c.full_name).where(people.c.id.in_(participant_ids))
    names: dict[int, str] = {pid: name for pid, name in session.execute(query)}
    order = {pid: n for n, pid in enumerate(participant_ids)}
    saved: list[dict[str, list[dict[str, Any]]]] = [{} for _ in participant_ids]
    for table in Base.metadata.sorted_tables:
        if table.name == _PARTICIPANTS:
            whole = [p for p in participant_ids if p not in elsewhere]
            for row in _rows(session, table, table.c.id.in_(whole)) if whole else ():
                saved[order[row["id"]]].setdefault(table.name, []).append(row)
            continue
        columns = _participant_fks(table)
        if not columns:
            continue
        inside = _in_program(table, program_id).label("_in_program")
        query = sa.select(table, inside).where(sa.or_(*(c.in_(participant_ids) for c in columns)))
        for found in session.execute(query.order_by(table.c.id)).mappings():
            row = {c.name: found[c.name] for c in table.columns}
            # Who would have deleted this row first: whole people take every row of theirs,
            # people kept for another program only the rows of this program.
            owners = sorted(
                order[row[c.name]]
                for c in columns
                if row[c.name] in order and (row[c.name] not in elsewhere or found["_in_program"])
            )
            if owners:
                saved[owners[0]].setdefault(table.name, []).append(row)
    idp_owner = {r["id"]: n for n, person in enumerate(saved) for r in person.get("idps", ())}
    goal_links: list[list[tuple[int, int]]] = [[] for _ in participant_ids]
    if idp_owner:
        goals = tables["goals"]
        for gid, iid in session.execute(
            sa.select(goals.c.id, goals.c.idp_id).where(goals.c.idp_id.in_(list(idp_owner)))
        ):
            goal_links[idp_owner[iid]].append((gid, iid))
    # Children first, so the delete does not depend on cascades for program-scoped rows.
    for table in reversed(Base.metadata.sorted_tables):
        ids = [r["id"] for person in saved for r in person.get(table.name, ())]
        for start in range(0, len(ids), 900):
            session.execute(sa.delete(table).where(table.c.id.in_(ids[start : start + 900])))
    sorted_names = [t.name for t in Base.metadata.sorted_tables]
    return [
        RemovedParticipant(
            program_id,
            pid,
            names.get(pid) or "",
            tuple((t, tuple(person[t])) for t in sorted_names if t in person),
            tuple(goal_links[n]),
        )
        for n, (pid, person) in enumerate(zip(participant_ids, saved, strict=True))
    ]


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
