"""Programs: create, rename, archive, look up.

Reading programs (`list`, `get`, `find`) selects from the Core table handle (`db/tables.py`),
so the application lists them as it opens a file without loading the ORM records; writing
imports the records on first use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.concurrency import Version, check_version, version_of
from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.program import DocumentSettings, Program, validate_document_settings
from mentordesk.db.engine import Database
from mentordesk.db.tables import programs

if TYPE_CHECKING:
    from mentordesk.db.models import ProgramRecord


def to_program(record: ProgramRecord | sa.Row[Any]) -> Program:
    """A program from its record or from a row of `db.tables.programs` (same names)."""
    return Program(
        id=record.id,
        name=record.name,
        organization=record.organization,
        format=ProgramFormat(record.format),
        start_date=record.start_date,
        end_date=record.end_date,
        objectives=record.objectives,
        cadence_days=record.cadence_days,
        meeting_minutes=record.meeting_minutes,
        archived=record.archived,
        previous_program_id=record.previous_program_id,
        agreement_defaults=dict(record.agreement_defaults or {}),
        matching_weights=dict(record.matching_weights or {}),
        matching_options=dict(record.matching_options or {}),
        checkin_rules=dict(record.checkin_rules or {}),
        document_settings=dict(record.document_settings or {}),
        version=version_of(record),
    )


class ProgramService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _read(self, where: Any = None) -> list[Program]:
        query = sa.select(programs).order_by(programs.c.name)
        if where is not None:
            query = query.where(where)
        with self.db.connect_read() as connection:
            return [to_program(row) for row in connection.execute(query)]

    def list(self, *, include_archived: bool = True) -> list[Program]:
        return self._read(None if include_archived else programs.c.archived.is_(False))

    def get(self, program_id: int) -> Program:
        found = self._read(programs.c.id == program_id)
        if not found:
            raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
        return found[0]

    def find(self, name: str) -> Program | None:
        found = self._read(programs.c.name == name)
        return found[0] if found else None

    def by_name(self, name: str) -> Program:
        """The program called `name`, or a NotFoundError listing the ones there are (on a
        district server, those the role may see: the others are hidden, not refused)."""
        program = self.find(name)
        if program is None:
            names = ", ".join(p.name for p in self.list()) or t("none yet")
            raise NotFoundError(
                t(
                    "No program named {name} that you can open (programs: {names})",
                    name=repr(name),
                    names=names,
                )
            )
        return program

    def create(
        self,
        name: str,
        *,
        organization: str = "",
        format: ProgramFormat = ProgramFormat.ONE_ON_ONE,
        start_date: dt.date | None = None,
        end_date: dt.date | None = None,
        **fields: Any,
    ) -> tuple[Program, ChangeSet]:
        name = name.strip()
        _check_name(name)
        if start_date and end_date and end_date < start_date:
            raise ValidationError(
                t("The end date is before the start date"), {"end_date": t("before the start date")}
            )
        from mentordesk.db.models import ProgramRecord
        from mentordesk.services.common import audit

        with self.db.begin() as session:
            if session.scalar(sa.select(ProgramRecord.id).where(ProgramRecord.name == name)):
                raise ValidationError(
                    t("A program named {name} already exists", name=repr(name)),
                    {"name": t("already exists")},
                )
            record = ProgramRecord(
                name=name,
                organization=organization,
                format=format,
                start_date=start_date,
                end_date=end_date,
                **fields,
            )
            session.add(record)
            session.flush()
            audit(
                session,
                "program.create",
                program_id=record.id,
                entity="program",
                entity_id=record.id,
                details={"name": name},
            )
            return to_program(record), ChangeSet.of(Topic.PROGRAMS, program_id=record.id)

    def update(
        self,
        program_id: int,
        expected: Version | None = None,
        *,
        keep_mine: bool = False,
        **fields: Any,
    ) -> tuple[Program, ChangeSet]:
        """Change any program field (name, dates, settings dictionaries …).

        `expected`: the version the settings dialog started from (`Program.version`); a
        save over someone else's newer save is refused with ConcurrentEditError.
        """
        from mentordesk.db.models import ProgramRecord
        from mentordesk.services.common import audit, lost_race

        with lost_race(t("The program's settings")), self.db.begin() as session:
            record = session.scalar(
                sa.select(ProgramRecord).where(ProgramRecord.id == program_id).with_for_update()
            )
            if record is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            current = version_of(record)
            check_version(
                t("The settings of {name}", name=record.name), expected, current, to_program(record)
            )
            if "name" in fields:
                fields["name"] = fields["name"].strip()
                _check_name(fields["name"])
                clash = session.scalar(
                    sa.select(ProgramRecord.id).where(
                        ProgramRecord.name == fields["name"], ProgramRecord.id != program_id
                    )
                )
                if clash:
                    raise ValidationError(
                        t("A program named {name} already exists", name=repr(fields["name"])),
                        {"name": t("already exists")},
                    )
            if isinstance(fields.get("document_settings"), DocumentSettings):
                fields["document_settings"] = _document_settings(
                    dict(record.document_settings or {}), fields["document_settings"]
                )
            before = {k: _jsonable(getattr(record, k)) for k in fields}
            for key, value in fields.items():
                if not hasattr(ProgramRecord, key):
                    raise ValidationError(t("Programs have no field {key}", key=repr(key)))
                setattr(record, key, value)
            start, end = record.start_date, record.end_date
            if start and end and end < start:
                raise ValidationError(
                    t("The end date is before the start date"),
                    {"end_date": t("before the start date")},
                )
            audit(
                session,
                "program.update",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={
                    "before": before,
                    "after": {k: _jsonable(v) for k, v in fields.items()},
                    **({"kept_mine_over": current.describe()} if keep_mine else {}),
                },
            )
            session.flush()
            return to_program(record), ChangeSet.of(Topic.PROGRAMS, program_id=program_id)

    def save_document_settings(
        self, program_id: int, settings: DocumentSettings
    ) -> tuple[Program, ChangeSet]:
        """Validate and store the program's document settings (other stored keys stay)."""
        return self.update(program_id, document_settings=settings)

    def rename(self, program_id: int, name: str) -> tuple[Program, ChangeSet]:
        return self.update(program_id, name=name)

    def set_archived(self, program_id: int, archived: bool) -> tuple[Program, ChangeSet]:
        return self.update(program_id, archived=archived)


def _document_settings(stored: dict[str, Any], settings: DocumentSettings) -> dict[str, Any]:
    """The stored JSON with these settings over it; ValidationError naming each bad field."""
    settings = DocumentSettings(**{k: v.strip() for k, v in settings.to_json().items()})
    errors = validate_document_settings(settings)
    if errors:
        first = next(iter(errors.items()))
        label = first[0].replace("_path", "").replace("_", " ")
        raise ValidationError(
            t("Document settings: the {label} is {first}", label=label, first=first[1]), errors
        )
    return stored | settings.to_json()


def _check_name(name: str) -> None:
    if not name:
        raise ValidationError(t("A program needs a name"), {"name": t("required")})
    if len(name) > 200:
        raise ValidationError(
            t("The program name is too long"), {"name": t("at most 200 characters")}
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
