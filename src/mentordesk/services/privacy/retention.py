"""Retention: erase a program's people a number of years after the program ends.

A person is due when every program they belong to has ended, has a retention period, and
that period has passed; someone still in a running program (or in one without a retention
setting) is kept. The coordinator previews who is due and runs the erasure on request (the
application also offers it at open when someone is due).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, ParticipantRecord, ProgramRecord
from mentordesk.services.common import audit
from mentordesk.services.privacy.erasure import FORMER, ErasureService

MAX_YEARS = 100


@dataclass(frozen=True)
class DuePerson:
    """Someone the retention rule says to erase now."""

    participant_id: int
    name: str
    programs: tuple[str, ...]
    due_since: dt.date


def years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class RetentionService:
    """The retention setting of each program, who is due, and erasing them."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.today = today

    def years(self, program_id: int) -> int | None:
        with self.db.read() as session:
            program = session.get(ProgramRecord, program_id)
            if program is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            return program.retention_years

    def set_years(self, program_id: int, years: int | None) -> ChangeSet:
        """Erase this program's people `years` after it ends (None: keep them)."""
        if years is not None and not 0 <= years <= MAX_YEARS:
            raise ValidationError(
                t(
                    "The retention period must be between 0 and {MAX_YEARS} years",
                    MAX_YEARS=MAX_YEARS,
                ),
                {"retention_years": t("out of range")},
            )
        with self.db.begin() as session:
            program = session.get(ProgramRecord, program_id)
            if program is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            if program.end_date is None and years is not None:
                raise ValidationError(
                    t("Set the program's end date first: retention counts from it"),
                    {"retention_years": t("no end date")},
                )
            before = program.retention_years
            program.retention_years = years
            audit(
                session,
                "program.retention",
                program_id=program_id,
                entity="program",
                entity_id=program_id,
                details={"before": before, "after": years},
            )
        return ChangeSet.of(Topic.PROGRAMS, program_id=program_id)

    def due(
        self, today: dt.date | None = None, *, assume: dict[int, int | None] | None = None
    ) -> tuple[DuePerson, ...]:
        """Everyone the retention rule says to erase on `today` (default: today), by name.

        `assume` previews other settings ({program id: years or None}) before they are saved.
        """
        today = today or self.today()
        assume = assume or {}
        with self.db.read() as session:
            rows = session.execute(
                sa.select(
                    ProgramRecord.id,
                    MembershipRecord.participant_id,
                    ParticipantRecord.full_name,
                    ProgramRecord.name,
                    ProgramRecord.end_date,
                    ProgramRecord.retention_years,
                )
                .join(ProgramRecord, ProgramRecord.id == MembershipRecord.program_id)
                .join(ParticipantRecord, ParticipantRecord.id == MembershipRecord.participant_id)
            ).all()
        people: dict[int, list[tuple[str, str, dt.date | None]]] = defaultdict(list)
        for program_id, pid, name, program, end, saved in rows:
            years = assume.get(program_id, saved)
            if name == FORMER:  # an anonymous stand-in: already nobody
                continue
            until = years_after(end, years) if end is not None and years is not None else None
            people[pid].append((name, program, until))
        due = []
        for pid, memberships in people.items():
            untils = [until for _n, _p, until in memberships]
            if all(until is not None and until <= today for until in untils):
                due.append(
                    DuePerson(
                        pid,
                        memberships[0][0],
                        tuple(sorted(p for _n, p, _u in memberships)),
                        max(u for u in untils if u is not None),
                    )
                )
        return tuple(sorted(due, key=lambda d: (d.name.casefold(), d.participant_id)))

    def run(self, today: dt.date | None = None, *, remove_pairs: bool = False) -> int:
        """Erase everyone due (see `due`); returns how many people were erased."""
        due = self.due(today)
        return ErasureService(self.db).erase_many(
            [d.participant_id for d in due], remove_pairs=remove_pairs
        )
