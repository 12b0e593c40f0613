"""Spreadsheet import (plan, then apply in one transaction) and roster export.

The flow of one import: `read_table` (importing) → `plan()` guesses or takes the mapping,
parses every row, and looks the e-mails up (read only) → the user looks at the plan →
`apply()` writes it in ONE transaction: the program (created if needed), every person, the
audit entry. Any failure rolls all of it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.choices import ambiguous_choices, choice_index
from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import nt, t
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, ParticipantRecord, ProgramRecord
from mentordesk.db.sql import one_of
from mentordesk.importing.export import write_people
from mentordesk.importing.mapping import FIRST_NAME, ColumnMap, guess_mapping
from mentordesk.importing.rows import ParsedRow, decide_date_order, merge, parse_rows
from mentordesk.importing.table import Table, read_table
from mentordesk.importing.values import DateOrder
from mentordesk.services.common import audit
from mentordesk.services.files import backup_before
from mentordesk.services.roster.import_plan import ImportCounts, ImportPlan
from mentordesk.services.roster.import_undo import ImportedPeople, OverwrittenPerson, person_rows
from mentordesk.services.roster.participant_store import (
    insert_new_participants,
    read_participant,
    write_participant,
)
from mentordesk.services.roster.read import read_program_people

#: Territories that write the month first (the United States and a few others).
MONTH_FIRST_TERRITORIES = {"US", "PH", "PR", "GU", "AS", "MP", "VI", "UM", "FM", "MH", "PW", "BZ"}
BULK_CHUNK = 2000


def locale_date_order(locale_name: str | None = None) -> tuple[DateOrder, str]:
    """(order, why) from a locale name like `en_US.UTF-8` (default: the environment's)."""
    if locale_name is None:
        env = os.environ
        locale_name = env.get("LC_ALL") or env.get("LC_TIME") or env.get("LANG") or ""
    territory = locale_name.split(".")[0].replace("-", "_").partition("_")[2].upper()
    if not territory:
        return DateOrder.DAY_FIRST, t("the usual order outside the US; no locale is set")
    why = t("from the locale {locale}", locale=locale_name.split(".")[0])
    if territory in MONTH_FIRST_TERRITORIES:
        return DateOrder.MONTH_FIRST, why
    return DateOrder.DAY_FIRST, why


class SpreadsheetService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ----------------------------------------------------------------- import
    def plan_file(self, path: Path, program_name: str, **options: object) -> ImportPlan:
        """Read `path` and plan its import (see `plan`)."""
        return self.plan(read_table(Path(path)), program_name, **options)  # type: ignore[arg-type]

    def plan(
        self,
        table: Table,
        program_name: str,
        *,
        mapping: Sequence[ColumnMap] | None = None,
        default_role: Role | None = None,
        date_order: DateOrder | None = None,
        locale_name: str | None = None,
        today: dt.date | None = None,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPlan:
        """The dry run: nothing is written. Raises ValidationError when the mapping lacks the
        name, or the role when no default role is given."""
        program_name = program_name.strip()
        if not program_name:
            raise ValidationError(
                t("Choose the program to import into"), {"program": t("required")}
            )
        columns = tuple(mapping) if mapping is not None else guess_mapping(table.headers)
        targets = {c.target for c in columns}
        if "full_name" not in targets and FIRST_NAME not in targets:
            raise ValidationError(
                t(
                    "No column holds the participants' names (expected a header such as 'Full "
                    "name', 'Name' or 'First name' + 'Last name')"
                ),
                {"full_name": t("no column")},
            )
        if "role" not in targets and default_role is None:
            raise ValidationError(
                t("The file has no role column: say whether these people are mentors or mentees"),
                {"role": t("no column")},
            )
        notes = []
        if date_order is None:
            fallback, why = locale_date_order(locale_name)
            date_order, note = decide_date_order(table, columns, fallback, why)
            if note:
                notes.append(note)
        parsed = parse_rows(
            table,
            columns,
            default_role=default_role,
            date_order=date_order,
            today=today,
            cancelled=cancelled,
            progress=progress,
        )
        with self.db.read() as session:
            program_id = session.scalar(
                sa.select(ProgramRecord.id).where(ProgramRecord.name == program_name)
            )
            emails = {row.email_key for row in parsed.rows if row.email_key}
            in_program, elsewhere = _known_emails(session, program_id, emails)
            notes += _ambiguous_choices(session, program_id, parsed.rows)
        if program_id is None:
            notes.append(
                t(
                    "The program {name} does not exist yet; the import creates it.",
                    name=repr(program_name),
                )
            )
        if elsewhere:
            notes.append(
                nt(
                    "{n} person is already in other programs: they are added to this one too, "
                    "and their profile is updated with the file's values.",
                    "{n} people are already in other programs: they are added to this one too, "
                    "and their profile is updated with the file's values.",
                    len(elsewhere),
                )
            )
        return ImportPlan(
            program_name=program_name,
            program_id=program_id,
            source=table.source,
            read_as=table.describe(),
            mapping=columns,
            rows=parsed.rows,
            errors=parsed.errors,
            total_rows=len(table.rows),
            date_order=date_order,
            notes=tuple(notes),
            in_program=in_program,
            elsewhere=elsewhere,
            default_role=default_role.value if default_role else None,
        )

    def apply(
        self,
        plan: ImportPlan,
        *,
        update_duplicates: bool = False,
        skip_bad_rows: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[ImportCounts, ChangeSet]:
        """Write the plan in one transaction: all of it lands, or (on any error) none of it.

        With bad rows and no `skip_bad_rows`, nothing is written (ValidationError).
        """
        counts, changes, _imported = self.apply_undoable(
            plan, update_duplicates=update_duplicates, skip_bad_rows=skip_bad_rows,
            progress=progress,
        )  # fmt: skip
        return counts, changes

    def apply_undoable(
        self,
        plan: ImportPlan,
        *,
        update_duplicates: bool = False,
        skip_bad_rows: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[ImportCounts, ChangeSet, ImportedPeople]:
        """`apply`, also returning what `ImportUndoService.undo` needs: who was added (new or
        from another program) and how every overwritten person was before."""
        if plan.errors and not skip_bad_rows:
            raise ValidationError(
                nt(
                    "{n} row has a problem; nothing was imported (fix it, or import the good "
                    "rows only)",
                    "{n} rows have problems; nothing was imported (fix them, or import the "
                    "good rows only)",
                    len(plan.bad_rows),
                )
            )
        backup_before(self.db, "import")
        with self.db.begin() as session:
            program_id, created = _program_for(session, plan.program_name)
            # Look the e-mails up again: the database may have changed since the dry run.
            emails = {row.email_key for row in plan.rows if row.email_key}
            in_program, elsewhere = _known_emails(session, program_id, emails)
            current = dataclasses.replace(plan, in_program=in_program, elsewhere=elsewhere)
            writes, skipped = current.resolve(update_duplicates)
            counts = current.counts_of(writes, skipped)
            done, total = 0, len(writes)
            fresh = [w for w in writes if w.participant_id is None]
            new_ids: list[int] = []
            for start in range(0, len(fresh), BULK_CHUNK):
                batch = fresh[start : start + BULK_CHUNK]
                people = [_combine(w.rows[0].person, w.rows[1:]) for w in batch]
                new_ids.extend(insert_new_participants(session, program_id, people))
                done += len(batch)
                if progress is not None:
                    progress(done, total)
            linked: list[int] = []
            overwritten: list[OverwrittenPerson] = []
            for write in writes:
                pid = write.participant_id
                if pid is None:
                    continue
                base = read_participant(session, program_id, pid)
                rows_before = person_rows(session, pid)
                write_participant(session, program_id, _combine(base, write.rows), pid)
                overwritten.append(OverwrittenPerson(pid, base, rows_before))
                if not write.update:
                    linked.append(pid)
                done += 1
                if progress is not None and done % 200 == 0:
                    progress(done, total)
            audit(
                session,
                "participants.import",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={
                    "file": plan.source,
                    "added": counts.added,
                    "updated": counts.updated,
                    "skipped": counts.skipped,
                    "rejected": counts.rejected,
                    "update_duplicates": update_duplicates,
                },
            )
        topics = [Topic.PARTICIPANTS] + ([Topic.PROGRAMS] if created else [])
        imported = ImportedPeople(
            program_id=program_id,
            program_name=plan.program_name,
            program_created=created,
            source=plan.source,
            added=tuple(new_ids + linked),
            new_people=frozenset(new_ids),
            overwritten=tuple(overwritten),
        )
        ids = set(new_ids) | {p.participant_id for p in overwritten}
        return counts, ChangeSet.of(*topics, program_id=program_id, ids=ids), imported

    # ----------------------------------------------------------------- export
    def export(
        self,
        program_name: str,
        path: Path,
        *,
        include_sensitive: bool = False,
        replace: bool = False,
    ) -> int:
        """Write the program's roster to `path` (.csv or .xlsx); returns how many people."""
        with self.db.read() as session:
            program_id = session.scalar(
                sa.select(ProgramRecord.id).where(ProgramRecord.name == program_name.strip())
            )
            if program_id is None:
                names = ", ".join(session.scalars(sa.select(ProgramRecord.name))) or t("none yet")
                raise ValidationError(
                    t(
                        "No program named {program_name} (programs: {names})",
                        program_name=repr(program_name),
                        names=names,
                    )
                )
            people = read_program_people(session, program_id)
        return write_people(
            Path(path), people, include_sensitive=include_sensitive, replace=replace
        )


def write_template(path: Path, language: str | None = None, *, replace: bool = False) -> Path:
    """Write the import template in `language` (default: the language of the moment; English
    when none ships for it) to `path`; .csv or .xlsx after the file's extension."""
    from mentordesk.core.i18n import language as current
    from mentordesk.core.outputs import write_output
    from mentordesk.importing.export import file_format, template_path

    source = template_path(language or current(), file_format(Path(path)))
    return write_output(Path(path), source.read_bytes(), replace=replace)


def _combine(base: ParticipantInput, rows: Iterable[ParsedRow]) -> ParticipantInput:
    for row in rows:
        base = merge(base, row)
    return base


def _program_for(session: Session, name: str) -> tuple[int, bool]:
    """(the program's id, whether it was created now)."""
    program_id = session.scalar(sa.select(ProgramRecord.id).where(ProgramRecord.name == name))
    if program_id is not None:
        return program_id, False
    if len(name) > 200:
        raise ValidationError(
            t("The program name is too long"), {"program": t("at most 200 characters")}
        )
    record = ProgramRecord(name=name)
    session.add(record)
    session.flush()
    audit(
        session,
        "program.create",
        program_id=record.id,
        entity="program",
        entity_id=record.id,
        details={"name": name, "by": "import"},
    )
    return record.id, True


def _known_emails(
    session: Session, program_id: int | None, emails: set[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """(in this program, only elsewhere): e-mail → participant id (the oldest record wins)."""
    found: dict[str, list[int]] = {}
    ordered = sorted(emails)
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        query = (
            sa.select(ParticipantRecord.email, ParticipantRecord.id)
            .where(one_of(session, sa.func.lower(ParticipantRecord.email), chunk))
            .order_by(ParticipantRecord.id)
        )
        for email, pid in session.execute(query):
            found.setdefault((email or "").casefold(), []).append(pid)
    members: set[int] = set()
    if program_id is not None and found:
        members = set(
            session.scalars(
                sa.select(MembershipRecord.participant_id).where(
                    MembershipRecord.program_id == program_id
                )
            )
        )
    in_program: dict[str, int] = {}
    elsewhere: dict[str, int] = {}
    for email, pids in found.items():
        inside = [p for p in pids if p in members]
        if inside:
            in_program[email] = inside[0]
        else:
            elsewhere[email] = pids[0]
    return in_program, elsewhere


def _ambiguous_choices(
    session: Session, program_id: int | None, rows: Sequence[ParsedRow]
) -> list[str]:
    """Ranked choices that name several people (in the program or in the file): the matcher
    would not know whom they mean, so the coordinator resolves them by e-mail first."""
    if not any(row.person.ranked_choices for row in rows):
        return []
    people: list[tuple[int, str, str]] = []
    if program_id is not None:
        p, m = ParticipantRecord, MembershipRecord
        people += [
            (r.id, r.full_name, r.email or "")
            for r in session.execute(
                sa.select(p.id, p.full_name, p.email)
                .join(m, m.participant_id == p.id)
                .where(m.program_id == program_id)
            )
        ]
    known = {email.casefold() for _i, _n, email in people if email}
    people += [
        (-row.row, row.person.full_name, row.person.email)
        for row in rows
        if not row.email_key or row.email_key not in known
    ]
    found = ambiguous_choices(
        choice_index(people),
        (
            (t("Row {row} ({name})", row=str(row.row), name=row.person.full_name), choices)
            for row in rows
            for choices in [row.person.ranked_choices]
        ),
    )
    if len(found) > 5:
        more = len(found) - 5
        found = [
            *found[:5],
            nt(
                "… and {n} more ambiguous ranked choice",
                "… and {n} more ambiguous ranked choices",
                more,
            ),
        ]
    return found
