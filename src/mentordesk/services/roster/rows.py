"""The roster table's rows: one way to read them, always (SQL text, no ORM).

`roster_rows` is what `RosterService.rows` returns: one query over the tables plus the
live-pair counts, turned into frozen `RosterRow`s. The query is SQL text (`db/plain.py`), so
the very same read also runs through `sqlite3` alone: `peek_roster` is what the application
shows as it starts, read from the file before SQLAlchemy has even been imported, until
`Database` has opened the file and `roster_rows` has read it again. Neither imports
`sqlalchemy.orm` nor the ORM records (`tests/gui/test_start_roster.py` checks it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.core.changes import Topic
from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision, ScreeningState
from mentordesk.core.participant import is_minor
from mentordesk.core.program import start_program
from mentordesk.core.screening import expires_soon, screening_state
from mentordesk.db.plain import as_date, open_current_file, runner
from mentordesk.services.pairs import live_mentee_counts, live_pair_counts

if TYPE_CHECKING:
    from mentordesk.db.engine import Database


@dataclass(frozen=True)
class RosterRow:
    """One line of the roster table."""

    participant_id: int
    name: str
    role: Role
    status: MemberStatus
    org_unit: str
    #: None for a mentee who has no screening record (mentees are not screened).
    screening: ScreeningState | None
    expiring_soon: bool
    capacity: int
    matched: int
    email: str
    minor: bool
    #: Mentors: mentees held in live pairs, in people (a circle of four uses four places).
    places_used: int = 0


#: Every member of the program with what the roster shows, by name.
ROSTER_SQL = (
    "SELECT p.id, p.full_name, m.role, m.status, p.org_unit, s.decision,"
    " s.background_check_expiry, m.capacity, p.email, p.date_of_birth"
    " FROM participants AS p"
    " JOIN memberships AS m ON m.participant_id = p.id"
    " LEFT OUTER JOIN screenings AS s ON s.participant_id = p.id"
    " WHERE m.program_id = :program_id"
    " ORDER BY p.full_name, p.id"
)

# Stored value → enum member, looked up once per row (Role(value) costs several times more);
# a value no member has still raises ValueError, through the enum itself.
_ROLES = {member.value: member for member in Role}
_STATUSES = {member.value: member for member in MemberStatus}
_DECISIONS = {member.value: member for member in ScreeningDecision}

#: What the start-up needs to choose the program to show (`core.program.start_program`).
PROGRAMS_SQL = "SELECT id, name, archived FROM programs"


def roster_rows(db: Database, program_id: int, today: dt.date | None = None) -> list[RosterRow]:
    """Every participant of the program, as the roster table shows them (fast at 20,000)."""
    with db.connect_read() as connection:
        return read_roster(connection, program_id, today)


def read_roster(
    connection: object, program_id: int, today: dt.date | None = None
) -> list[RosterRow]:
    """The roster read over `connection` (any that `db.plain.runner` takes), in the caller's
    transaction."""
    today = today or dt.date.today()
    matched = live_pair_counts(connection, program_id)
    held = live_mentee_counts(connection, program_id)
    result = runner(connection)(ROSTER_SQL, {"program_id": program_id})
    rows = []
    for pid, name, role, status, unit, decision, expiry, capacity, email, dob in result:
        role = _ROLES.get(role) or Role(role)
        expiry = as_date(expiry)
        if decision is None and role is Role.MENTEE:
            state = None
        else:
            decided = (
                (_DECISIONS.get(decision) or ScreeningDecision(decision)) if decision else None
            )
            state = screening_state(decided, expiry, today)
        rows.append(
            RosterRow(
                participant_id=pid,
                name=name,
                role=role,
                status=_STATUSES.get(status) or MemberStatus(status),
                org_unit=unit or "",
                screening=state,
                expiring_soon=state is ScreeningState.CLEARED and expires_soon(expiry, today),
                capacity=capacity,
                matched=matched.get(pid, 0),
                email=email or "",
                minor=is_minor(as_date(dob), today),
                places_used=held.get(pid, 0),
            )
        )
    return rows


@dataclass(frozen=True)
class EarlyRoster:
    """What `peek_roster` read, in one snapshot of the file."""

    program_id: int | None  # the program a window opens on (`core.program.start_program`)
    rows: list[RosterRow]
    #: The change counters then (`services.common.read_counters`): while they have not moved
    #: and the day is the same, the rows are what `roster_rows` would read.
    counters: dict[Topic, int]
    day: dt.date

    def still_current(self, counters: dict[Topic, int], today: dt.date | None = None) -> bool:
        return counters == self.counters and (today or dt.date.today()) == self.day


def peek_roster(path: Path, prefer: int | None, today: dt.date | None = None) -> EarlyRoster | None:
    """The program to show and its roster rows, read straight from the file at `path` with
    `sqlite3`, before `Database` has opened it; None when only `Database` may read it
    (missing, encrypted, needing a migration, unreadable…: `db.plain.open_current_file`)."""
    import sqlite3

    from mentordesk.services.common import read_counters

    today = today or dt.date.today()
    connection = open_current_file(path)
    if connection is None:
        return None
    try:
        found = runner(connection)(PROGRAMS_SQL, {})
        program_id = start_program([(pid, name, bool(old)) for pid, name, old in found], prefer)
        rows = read_roster(connection, program_id, today) if program_id is not None else []
        counters = read_counters(connection)
    except (sqlite3.Error, ValueError):  # e.g. a value no enum knows: Database will tell
        return None
    finally:
        connection.close()
    return EarlyRoster(program_id, rows, counters, today)
