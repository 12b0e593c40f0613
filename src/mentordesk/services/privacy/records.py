"""Every record held about one person, found by following the schema's foreign keys.

Starting from the person's row, every row of every table that points at a row already found
is about them too (memberships, screening, guardians, pair memberships, match drafts,
exclusions, IDPs, and through the pairs they are in: agreements, meetings, check-ins,
closures, goals with their steps and progress). Walking the foreign keys rather than listing
tables means a table added later is exported and erased without anyone remembering to.
The pairs a person is in are the one step taken upwards (a pair membership points to its pair).
The audit log is looked at separately: it names people in free JSON, not by foreign key.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.db.models import Base

PEOPLE = "participants"
PAIRS = "pairs"
PAIR_MEMBERS = "pair_members"
AUDIT = "audit_log"
#: Tables never walked into: programs are shared by everyone, the audit log is free text.
_NOT_WALKED = {"programs", AUDIT, "alembic_version"}


@dataclass(frozen=True)
class PersonRecords:
    """The ids of every row about one person, by table, and what names them."""

    participant_id: int
    name: str
    ids: dict[str, set[int]]
    #: Text that identifies the person wherever it appears: name, e-mail, guardians' contact.
    needles: tuple[str, ...]

    @property
    def pair_ids(self) -> set[int]:
        return self.ids.get(PAIRS, set())


def _table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def find_records(session: Session, participant_id: int) -> PersonRecords:
    """The rows about `participant_id` (NotFoundError when there is no such person)."""
    people = _table(PEOPLE)
    person = session.execute(sa.select(people).where(people.c.id == participant_id)).first()
    if person is None:
        raise NotFoundError(
            t("No participant with id {participant_id}", participant_id=participant_id)
        )
    found: dict[str, set[int]] = {PEOPLE: {participant_id}}
    queue: list[tuple[str, set[int]]] = [(PEOPLE, {participant_id})]
    while queue:
        parent, parent_ids = queue.pop()
        for table in Base.metadata.sorted_tables:
            if table.name in _NOT_WALKED:
                continue
            for fk in table.foreign_keys:
                if fk.column.table.name != parent or not parent_ids:
                    continue
                ids = set(session.scalars(sa.select(table.c.id).where(fk.parent.in_(parent_ids))))
                new = ids - found.setdefault(table.name, set())
                if new:
                    found[table.name] |= new
                    queue.append((table.name, new))
        if parent == PAIR_MEMBERS and parent_ids:
            members = _table(PAIR_MEMBERS)
            pairs = set(
                session.scalars(sa.select(members.c.pair_id).where(members.c.id.in_(parent_ids)))
            )
            new = pairs - found.setdefault(PAIRS, set())
            if new:
                found[PAIRS] |= new
                queue.append((PAIRS, new))
    return PersonRecords(participant_id, person.full_name, found, _needles(session, person))


def _needles(session: Session, person: Any) -> tuple[str, ...]:
    guardians = _table("guardians")
    values = [person.full_name, person.email or "", person.phone]
    if len(person.preferred_name.split()) > 1:  # a one-word name is too common to replace
        values.append(person.preferred_name)
    for guardian in session.execute(
        sa.select(guardians).where(guardians.c.participant_id == person.id)
    ):
        values += [guardian.name, guardian.email, guardian.phone]
    # Short strings would match inside other words: only distinctive ones are used.
    return tuple(dict.fromkeys(v.strip() for v in values if v and len(v.strip()) >= 5))


def audit_ids(session: Session, records: PersonRecords) -> set[int]:
    """Audit entries about the person: on them, on their pairs, or naming them."""
    audit = _table(AUDIT)
    result: set[int] = set()
    for row in session.execute(sa.select(audit)):
        if (row.entity == "participant" and row.entity_id == records.participant_id) or (
            row.entity == "pair" and row.entity_id in records.pair_ids
        ):
            result.add(row.id)
            continue
        text = json.dumps(row.details, ensure_ascii=False) + " " + (row.reason or "")
        if any(needle in text for needle in records.needles):
            result.add(row.id)
    return result


def plain(value: Any) -> Any:
    """A column value as JSON: dates ISO, enums by value, JSON as is."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def rows_of(session: Session, table_name: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    """The rows of one table with these ids, as plain dictionaries in id order."""
    table = _table(table_name)
    wanted = sorted(ids)
    if not wanted:
        return []
    result = session.execute(sa.select(table).where(table.c.id.in_(wanted)).order_by(table.c.id))
    return [{key: plain(value) for key, value in row.items()} for row in result.mappings()]
