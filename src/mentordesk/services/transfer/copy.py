"""Copying whole programs from one database to another (file → server, server → file,
file → file), with every record that belongs to them and new ids.

What belongs to a program is `SCOPE` (one line per table; a test fails when a table is
missing from it, so a new table is never silently left behind). Rows are copied in the
order of their foreign keys; every foreign key is translated through the ids the copies
received. The whole copy is one transaction in the target: all of it or nothing.

Re-running never duplicates: the key of a program is its name. A program whose name the
target already has is left alone and reported as already there. People are matched by
e-mail too: someone the target already holds with the same e-mail in a program of the same
name (a rollover's continuing mentor, copied last term) is reused, not copied again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import number, t
from mentordesk.db.engine import Database
from mentordesk.db.models import Base
from mentordesk.services.common import audit

#: table → (column, table whose copied ids select its rows); several entries: any of them.
SCOPE: dict[str, tuple[tuple[str, str], ...]] = {
    "programs": (("id", "programs"),),
    "participants": (("id", "participants"),),
    "memberships": (("program_id", "programs"),),
    "screenings": (("participant_id", "participants"),),
    "screening_references": (("participant_id", "participants"),),
    "trainings": (("participant_id", "participants"),),
    "guardians": (("participant_id", "participants"),),
    "membership_changes": (("membership_id", "memberships"),),
    "exclusions": (("program_id", "programs"),),
    "match_drafts": (("program_id", "programs"),),
    "pairs": (("program_id", "programs"),),
    "pair_members": (("pair_id", "pairs"),),
    "pair_events": (("pair_id", "pairs"),),
    "agreements": (("pair_id", "pairs"),),
    "idps": (("program_id", "programs"),),
    "goals": (("pair_id", "pairs"), ("idp_id", "idps")),
    "action_steps": (("goal_id", "goals"),),
    "goal_progress": (("goal_id", "goals"),),
    "meetings": (("pair_id", "pairs"),),
    "checkins": (("pair_id", "pairs"),),
    "closures": (("pair_id", "pairs"),),
    "audit_log": (("program_id", "programs"),),
}
#: Bookkeeping of one database, never copied.
#: (program_access: who may see which program is the district server's own business.)
NOT_COPIED = frozenset({"change_counters", "alembic_version", "program_access"})
#: Tables whose rows hold a participant id (people are collected from all of them).
_PEOPLE_COLUMNS = (
    ("memberships", "participant_id"),
    ("pair_members", "participant_id"),
    ("idps", "participant_id"),
    ("exclusions", "participant_a_id"),
    ("exclusions", "participant_b_id"),
    ("match_drafts", "mentor_id"),
    ("match_drafts", "mentee_id"),
)
#: audit_log.entity → the table its entity_id points into.
_ENTITIES = {
    "participant": "participants",
    "program": "programs",
    "pair": "pairs",
    "agreement": "agreements",
    "meeting": "meetings",
    "checkin": "checkins",
    "goal": "goals",
    "idp": "idps",
    "closure": "closures",
}
_CHUNK = 500
Progress = Callable[[str], None]


@dataclass
class TransferReport:
    """What a transfer did: programs copied, programs already there, rows per table."""

    copied: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    people_reused: int = 0

    def lines(self) -> list[str]:
        """The report as the CLI prints it."""
        out: list[str]
        if self.copied:
            out = [t("Copied: {programs}", programs=", ".join(self.copied))]
        else:
            out = [t("Copied: nothing")]
        if self.already_there:
            there = ", ".join(self.already_there)
            out.append(t("Already in the target (left as they are): {programs}", programs=there))
        out += [f"  {table:<22} {number(count):>8}" for table, count in self.rows.items() if count]
        if self.people_reused:
            out.append(
                "  " + t("people already in the target, reused: {count}", count=self.people_reused)
            )
        return out


def transfer_programs(
    source: Database,
    target: Database,
    names: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy the programs called `names` (all when None) from `source` into `target`."""
    if _same(source, target):
        raise ValidationError(t("The source and the target are the same database"))
    report = TransferReport()
    with source.read() as reading, target.begin() as writing:
        programs = _chosen_programs(reading, names)
        existing = set(writing.scalars(sa.text("SELECT name FROM programs")))
        wanted = [(pid, name) for pid, name in programs if name not in existing]
        report.already_there = [name for _pid, name in programs if name in existing]
        if not wanted:
            return report
        ids: dict[str, dict[int, int]] = defaultdict(dict)
        selected = _select(reading, [pid for pid, _ in wanted])
        reused = _match_people(reading, writing, selected["participants"])
        ids["participants"].update(reused)
        report.people_reused = len(reused)
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_COPIED:
                continue
            rows = selected[table.name]
            if table.name == "participants":
                rows = [r for r in rows if r["id"] not in reused]
            elif table.name in {"screenings", "screening_references", "trainings", "guardians"}:
                rows = [r for r in rows if r["participant_id"] not in reused]
            if progress is not None:
                progress(t("Copying {table} ({count})", table=table.name, count=len(rows)))
            report.rows[table.name] = _copy_rows(writing, table, rows, ids)
        report.copied = [name for _pid, name in wanted]
        for pid, name in wanted:
            audit(
                writing, "program.transfer", program_id=ids["programs"][pid], entity="program",
                entity_id=ids["programs"][pid], details={"name": name, "from": _label(source)},
            )  # fmt: skip
    return report


def _same(source: Database, target: Database) -> bool:
    return _label(source) == _label(target)


def _label(db: Database) -> str:
    return str(getattr(db, "location", None) or db.path)


def _chosen_programs(session: Session, names: Sequence[str] | None) -> list[tuple[int, str]]:
    found = [(int(i), str(n)) for i, n in session.execute(sa.text("SELECT id, name FROM programs"))]
    found.sort(key=lambda item: item[0])  # a rollover's previous program comes first
    if names is None:
        return found
    by_name = {name: pid for pid, name in found}
    missing = [n for n in names if n not in by_name]
    if missing:
        known = ", ".join(sorted(by_name)) or "none"
        raise NotFoundError(
            t(
                "No program named {missing} in the source (programs: {known})",
                missing=repr(missing[0]),
                known=known,
            )
        )
    chosen = set(names)
    return [(pid, name) for pid, name in found if name in chosen]


def _select(session: Session, program_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to the programs, table by table (parents before children)."""
    tables = Base.metadata.tables
    selected: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, set[int]] = {"programs": set(program_ids)}
    order = [t.name for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]
    # People first: they are named by rows of tables that come after them.
    people: set[int] = set()
    for table_name, column in _PEOPLE_COLUMNS:
        table = tables[table_name]
        owner = "program_id" if "program_id" in table.c else None
        if owner is None:  # pair_members: through the program's pairs
            pairs = sa.select(tables["pairs"].c.id).where(
                tables["pairs"].c.program_id.in_(program_ids)
            )
            query = sa.select(table.c[column]).where(table.c.pair_id.in_(pairs))
        else:
            query = sa.select(table.c[column]).where(table.c[owner].in_(program_ids))
        people.update(i for i in session.scalars(query) if i is not None)
    keys["participants"] = people
    for name in order:
        table = tables[name]
        rows: dict[int, dict[str, Any]] = {}
        for column, parent in SCOPE[name]:
            for chunk in _chunks(sorted(keys.get(parent, ()))):
                query = sa.select(table).where(table.c[column].in_(chunk))
                for row in session.execute(query).mappings():
                    rows[row["id"]] = dict(row)
        selected[name] = [rows[i] for i in sorted(rows)]
        keys.setdefault(name, set()).update(rows)
    return selected


def _match_people(
    reading: Session, writing: Session, people: list[dict[str, Any]]
) -> dict[int, int]:
    """source id → target id for people the target already holds: the same e-mail (ignoring
    case) in a program of the same name."""
    with_email = {p["id"]: p["email"].strip().lower() for p in people if (p["email"] or "").strip()}
    if not with_email:
        return {}
    source_programs: dict[int, set[str]] = defaultdict(set)
    query = sa.text(
        "SELECT m.participant_id, p.name FROM memberships m JOIN programs p ON p.id = m.program_id"
    )
    for pid, name in reading.execute(query):
        if pid in with_email:
            source_programs[pid].add(name)
    names = sorted({n for ns in source_programs.values() for n in ns})
    if not names:
        return {}
    target: dict[tuple[str, str], int] = {}
    query = sa.text(
        "SELECT lower(pa.email), p.name, pa.id FROM participants pa "
        "JOIN memberships m ON m.participant_id = pa.id JOIN programs p ON p.id = m.program_id "
        "WHERE p.name IN :names"
    ).bindparams(sa.bindparam("names", expanding=True))
    for email, name, tid in writing.execute(query, {"names": names}):
        if email:
            target.setdefault((email, name), tid)
    matched: dict[int, int] = {}
    for pid, email in with_email.items():
        for name in sorted(source_programs.get(pid, ())):
            if (email, name) in target:
                matched[pid] = target[(email, name)]
                break
    return matched


def _copy_rows(
    session: Session, table: sa.Table, rows: list[dict[str, Any]], ids: dict[str, dict[int, int]]
) -> int:
    """Insert `rows` with their foreign keys translated; remember each new id."""
    if not rows:
        return 0
    foreign = [
        (fk.parent.name, fk.column.table.name, fk.parent.nullable) for fk in table.foreign_keys
    ]
    values = []
    for row in rows:
        new = {k: v for k, v in row.items() if k != "id"}
        for column, parent, nullable in foreign:
            old = new.get(column)
            if old is None:
                continue
            mapped = ids[parent].get(old)
            if mapped is None and not nullable:
                raise ValidationError(
                    t(
                        "A {name} row refers to a {parent} row that is not being copied",
                        name=table.name,
                        parent=parent,
                    )
                )
            new[column] = mapped  # an optional link to something not copied is dropped
        if table.name == "audit_log":
            new["entity_id"] = _audit_entity(row, ids)
        values.append(new)
    new_ids: list[int] = []
    for chunk in _chunks(values):
        statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        new_ids += [int(i) for i in session.scalars(statement, chunk)]
    ids[table.name].update(zip((r["id"] for r in rows), new_ids, strict=True))
    return len(rows)


def _audit_entity(row: dict[str, Any], ids: dict[str, dict[int, int]]) -> int | None:
    """The entity id translated when what it names was copied (else kept: it still says
    which record of the source the entry was about)."""
    old = row.get("entity_id")
    if old is None:
        return None
    table = _ENTITIES.get(row.get("entity") or "")
    return int(old) if table is None else ids[table].get(int(old), int(old))


def _chunks(items: Sequence[Any] | Iterable[Any]) -> Iterable[list[Any]]:
    items = list(items)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
