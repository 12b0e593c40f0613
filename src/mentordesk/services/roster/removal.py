"""Removing a participant from a program so that undo can put back exactly the same rows.

Removal is a hard delete with a snapshot, not a soft delete: every other query in the
application (matching, pairs, reports, exports) would otherwise have to remember to skip
"removed" rows, and the schema has no such flag. The snapshot holds every row the delete
touches (the person, their membership, screening, guardians, trainings, references, match
drafts, exclusions, IDPs and pair memberships) as plain column values, keyed by table, with
their original ids, so restoring re-inserts the same records and every link to them holds.

A pair never loses its last mentor or its last mentee: a pair the removal would leave without
one goes with the person, whole (members, history, agreement, goals, meetings, check-ins,
closure), in the same snapshot. Live pairs (proposed, active, paused) are never removed
silently: `live_pairs_of` lists them so the roster can refuse, or record the coordinator's
reason for ending them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import PairStatus, Role, value_word
from mentordesk.db.models import (
    Base,
    MembershipRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)

_PARTICIPANTS = "participants"
_PAIRS = "pairs"
#: Pairs whose members may not be removed without a word: they are running or about to.
LIVE_FOR_REMOVAL = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)


@dataclass(frozen=True)
class LivePair:
    """A live pair someone to be removed is in."""

    pair_id: int
    status: PairStatus
    label: str  # "Mentor & Mentee (active)"


def live_pairs_of(
    session: Session, program_id: int, participant_ids: Sequence[int]
) -> list[LivePair]:
    """The program's proposed, active and paused pairs any of these people are in."""
    ids = list(participant_ids)
    if not ids:
        return []
    found = sa.select(PairMemberRecord.pair_id).where(PairMemberRecord.participant_id.in_(ids))
    rows = session.execute(
        sa.select(
            PairRecord.id, PairRecord.status, PairMemberRecord.role, ParticipantRecord.full_name
        )
        .join(PairMemberRecord, PairMemberRecord.pair_id == PairRecord.id)
        .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status.in_(LIVE_FOR_REMOVAL),
            PairRecord.id.in_(found),
        )
        .order_by(PairRecord.id, PairMemberRecord.role, PairMemberRecord.id)
    )
    names: dict[int, tuple[PairStatus, list[str], list[str]]] = {}
    for pair_id, status, role, name in rows:
        entry = names.setdefault(pair_id, (PairStatus(status), [], []))
        (entry[1] if Role(role) is Role.MENTOR else entry[2]).append(name)
    return [
        LivePair(
            pid,
            status,
            f"{', '.join(mentors)} & {', '.join(mentees)} ({value_word(status.value)})",
        )
        for pid, (status, mentors, mentees) in names.items()
    ]


def _orphaned_pairs(
    session: Session, program_id: int, participant_ids: list[int], order: dict[int, int]
) -> dict[int, int]:
    """pair id → index of the removed member whose going leaves the pair without a mentor or
    without a mentee (removing them one at a time in this order), for each such pair."""
    members = session.execute(
        sa.select(PairMemberRecord.pair_id, PairMemberRecord.participant_id, PairMemberRecord.role)
        .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
        .where(
            PairRecord.program_id == program_id,
            PairMemberRecord.pair_id.in_(
                sa.select(PairMemberRecord.pair_id).where(
                    PairMemberRecord.participant_id.in_(participant_ids)
                )
            ),
        )
    ).all()
    by_pair: dict[int, list[tuple[int, Role]]] = {}
    for pair_id, pid, role in members:
        by_pair.setdefault(pair_id, []).append((pid, Role(role)))
    orphaned: dict[int, int] = {}
    for pair_id, people in by_pair.items():
        left = list(people)
        for index in sorted({order[pid] for pid, _role in people if pid in order}):
            left = [(pid, role) for pid, role in left if order.get(pid) != index]
            if not {Role.MENTOR, Role.MENTEE} <= {role for _pid, role in left}:
                orphaned[pair_id] = index
                break
    return orphaned


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
    # Rows that go because a row they belong to goes (a whole pair and everything under it):
    # table name → row id → index of the person whose snapshot holds it.
    cascade: dict[str, dict[int, int]] = {
        _PAIRS: _orphaned_pairs(session, program_id, participant_ids, order)
    }
    for table in Base.metadata.sorted_tables:
        if table.name == _PAIRS:
            owners_of = cascade[_PAIRS]
            if owners_of:
                for row in _rows(session, table, table.c.id.in_(list(owners_of))):
                    saved[owners_of[row["id"]]].setdefault(table.name, []).append(row)
            continue
        parents = [
            (fk.parent, cascade[fk.column.table.name])
            for fk in table.foreign_keys
            if cascade.get(fk.column.table.name)
        ]
        if parents:
            taken = cascade.setdefault(table.name, {})
            where = sa.or_(*(c.in_(list(ids)) for c, ids in parents))
            for row in _rows(session, table, where):
                taken[row["id"]] = min(ids[row[c.name]] for c, ids in parents if row[c.name] in ids)
        if table.name == _PARTICIPANTS:
            whole = [p for p in participant_ids if p not in elsewhere]
            for row in _rows(session, table, table.c.id.in_(whole)) if whole else ():
                saved[order[row["id"]]].setdefault(table.name, []).append(row)
            continue
        columns = _participant_fks(table)
        taken = cascade.get(table.name, {})
        if not columns:
            if taken:
                for row in _rows(session, table, table.c.id.in_(list(taken))):
                    saved[taken[row["id"]]].setdefault(table.name, []).append(row)
            continue
        inside = _in_program(table, program_id).label("_in_program")
        belongs = [c.in_(participant_ids) for c in columns]
        if taken:
            belongs.append(table.c.id.in_(list(taken)))
        query = sa.select(table, inside).where(sa.or_(*belongs))
        for found in session.execute(query.order_by(table.c.id)).mappings():
            row = {c.name: found[c.name] for c in table.columns}
            # Who would have deleted this row first: whole people take every row of theirs,
            # people kept for another program only the rows of this program.
            owners = sorted(
                order[row[c.name]]
                for c in columns
                if row[c.name] in order and (row[c.name] not in elsewhere or found["_in_program"])
            )
            if row["id"] in taken:
                owners = sorted([*owners, taken[row["id"]]])
            if owners:
                saved[owners[0]].setdefault(table.name, []).append(row)
    idp_owner = {r["id"]: n for n, person in enumerate(saved) for r in person.get("idps", ())}
    goal_links: list[list[tuple[int, int]]] = [[] for _ in participant_ids]
    if idp_owner:
        goals = tables["goals"]
        # A goal that goes with a pair: one at a time, it is gone before a later person's IDP
        # (no link to keep), or goes after an earlier person's IDP (its link already cleared).
        gone_with = cascade.get("goals", {})
        for gid, iid in session.execute(
            sa.select(goals.c.id, goals.c.idp_id).where(goals.c.idp_id.in_(list(idp_owner)))
        ):
            if gid not in gone_with or gone_with[gid] >= idp_owner[iid]:
                goal_links[idp_owner[iid]].append((gid, iid))
        for n, person in enumerate(saved):
            for row in person.get("goals", ()):
                if row["id"] in gone_with and idp_owner.get(row["idp_id"], n) < n:
                    row["idp_id"] = None
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
