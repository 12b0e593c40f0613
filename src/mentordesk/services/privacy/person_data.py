"""A person's data on request: everything held about them, as JSON and as a readable PDF."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.audit_words import field_name
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import N_, _, language, nt, t
from mentordesk.core.private_files import write_private_bytes
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, ParticipantRecord, ProgramRecord
from mentordesk.services.privacy.records import (
    AUDIT,
    PEOPLE,
    audit_ids,
    find_records,
    rows_of,
)

if TYPE_CHECKING:
    from mentordesk.documents.person_data import PersonDataDoc

FORMAT = "mentordesk-person-data/1"

#: Section titles, in the order the PDF shows them; a table not listed comes after them.
TITLES = {
    "participants": N_("Profile"),
    "memberships": N_("Programs"),
    "screenings": N_("Screening"),
    "screening_references": N_("References"),
    "trainings": N_("Training"),
    "guardians": N_("Guardians and consent"),
    "exclusions": N_("Must-not-pair exclusions"),
    "match_drafts": N_("Match proposals"),
    "pair_members": N_("Pair and group memberships"),
    "pairs": N_("Pairs"),
    "pair_events": N_("Pair status history"),
    "agreements": N_("Agreements"),
    "meetings": N_("Meetings"),
    "checkins": N_("Support check-ins"),
    "closures": N_("Closures"),
    "idps": N_("Individual development plans"),
    "goals": N_("Goals"),
    "action_steps": N_("Goal action steps"),
    "goal_progress": N_("Goal progress"),
    AUDIT: N_("Audit log entries"),
}


class PersonDataService:
    """Export everything about one person (subject access request)."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    def collect(self, participant_id: int) -> dict[str, Any]:
        """Every record about the person, by table, as plain JSON-ready values."""
        with self.db.read() as session:
            return _collect(session, participant_id, self.today())

    def to_json(self, participant_id: int) -> str:
        return json.dumps(self.collect(participant_id), ensure_ascii=False, indent=2)

    def export_json(self, participant_id: int, path: Path) -> Path:
        """Write the JSON export (0600)."""
        write_private_bytes(Path(path), self.to_json(participant_id).encode("utf-8"))
        return Path(path)

    def pdf(self, participant_id: int, paper: str | None = None) -> bytes:
        """The same data as a readable PDF: one section per kind of record."""
        from mentordesk import documents as docs  # ReportLab: on first use
        from mentordesk.documents.data import PageSetup

        data = self.collect(participant_id)
        with self.db.read() as session:
            organization = session.scalar(
                sa.select(ProgramRecord.organization)
                .join(MembershipRecord, MembershipRecord.program_id == ProgramRecord.id)
                .where(MembershipRecord.participant_id == participant_id)
                .order_by(ProgramRecord.id)
            )
        setup = PageSetup(
            paper=_paper(paper),
            organization=organization or "",
            generated_on=self.today(),
            language=language(),  # the coordinator's, who hands it over (es, fr, ar, en)
        )
        return docs.render_person_data(_document(data), setup)

    def export_pdf(self, participant_id: int, path: Path, paper: str | None = None) -> Path:
        """Write the PDF export (0600)."""
        write_private_bytes(Path(path), self.pdf(participant_id, paper))
        return Path(path)

    def resolve(self, text: str) -> int:
        """The participant an id, an e-mail address or an exact full name designates."""
        text = text.strip()
        with self.db.read() as session:
            if text.isdigit():
                if session.get(ParticipantRecord, int(text)) is None:
                    raise NotFoundError(t("No participant with id {text}", text=text))
                return int(text)
            ids = list(
                session.scalars(
                    sa.select(ParticipantRecord.id).where(
                        sa.or_(
                            sa.func.lower(ParticipantRecord.email) == text.lower(),
                            ParticipantRecord.full_name == text,
                        )
                    )
                )
            )
        if not ids:
            raise NotFoundError(
                t("No participant with the id, e-mail or full name {text}", text=repr(text))
            )
        if len(ids) > 1:
            raise ValidationError(
                nt(
                    "{n} participant is called {text}: give their id or e-mail instead",
                    "{n} participants are called {text}: give their id or e-mail instead",
                    len(ids),
                    text=repr(text),
                )
            )
        return ids[0]

    def name(self, participant_id: int) -> str:
        with self.db.read() as session:
            person = session.get(ParticipantRecord, participant_id)
            return person.full_name if person else ""


def _collect(session: Session, participant_id: int, today: dt.date) -> dict[str, Any]:
    records = find_records(session, participant_id)
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in sorted(records.ids, key=_order):
        rows = rows_of(session, table, records.ids[table])
        if rows:
            tables[table] = rows
    audit = rows_of(session, AUDIT, audit_ids(session, records))
    if audit:
        tables[AUDIT] = audit
    others = {
        value
        for rows in tables.values()
        for row in rows
        for key, value in row.items()
        if _names_a_person(key) and isinstance(value, int)
    }
    names: dict[int, str] = {
        pid: name
        for pid, name in session.execute(
            sa.select(ParticipantRecord.id, ParticipantRecord.full_name).where(
                ParticipantRecord.id.in_(others)
            )
        )
    }
    programs: dict[int, str] = {
        pid: name for pid, name in session.execute(sa.select(ProgramRecord.id, ProgramRecord.name))
    }
    for rows in tables.values():
        for row in rows:
            _add_names(row, names, programs, participant_id)
    return {
        "format": FORMAT,
        "exported_on": today.isoformat(),
        "participant_id": participant_id,
        "name": records.name,
        "records": tables,
    }


def _names_a_person(key: str) -> bool:
    return key in ("participant_id", "mentor_id", "mentee_id") or key.startswith("participant_")


def _order(table: str) -> int:
    keys = list(TITLES)
    return keys.index(table) if table in keys else len(keys)


def _add_names(
    row: dict[str, Any], names: dict[int, str], programs: dict[int, str], person: int
) -> None:
    """Make the ids in a row readable: the program's name, the other person's name."""
    for key in list(row):
        value = row[key]
        if key == "program_id" and value in programs:
            row["program"] = programs[value]
        elif _names_a_person(key) and value != person and value in names:
            row[key.removesuffix("_id") + "_name"] = names[value]


def _document(data: dict[str, Any]) -> PersonDataDoc:
    from mentordesk.documents.person_data import PersonDataDoc, Record, Section

    sections = []
    for table, rows in data["records"].items():
        title = _(TITLES[table]) if table in TITLES else table.replace("_", " ").capitalize()
        records = tuple(
            Record(
                heading=f"{title} #{row.get('id', index + 1)}",
                fields=tuple(
                    (_capitalized(field_name(key)), _text(value))
                    for key, value in row.items()
                    if key != "id"
                ),
            )
            for index, row in enumerate(rows)
        )
        sections.append(Section(title, records))
    return PersonDataDoc(
        name=data["name"], exported_on=data["exported_on"], sections=tuple(sections)
    )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paper(paper: str | None) -> str:
    if paper and paper.strip().lower() in ("a4", "letter"):
        return "A4" if paper.strip().lower() == "a4" else "Letter"
    from mentordesk.documents import default_paper

    return default_paper()


def _text(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


__all__ = ["PEOPLE", "PersonDataService"]
