"""The roster table's rows: one way to read them, always (SQLAlchemy Core, no ORM).

`roster_rows` is what `RosterService.rows` returns and what the application shows as it
opens a file: one query over the tables (`db/tables.py`) plus the live-pair counts, turned into
frozen `RosterRow`s. It imports neither `sqlalchemy.orm` nor the ORM records, so the window's
roster fills before they have loaded (`tests/gui/test_startup.py` checks it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision, ScreeningState
from mentordesk.core.participant import is_minor
from mentordesk.core.screening import expires_soon, screening_state
from mentordesk.db.engine import Database
from mentordesk.db.tables import memberships, participants, screenings
from mentordesk.services.pairs import live_mentee_counts, live_pair_counts


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


def roster_query(program_id: int) -> sa.Select[Any]:
    """Every member of the program with what the roster shows, by name."""
    p, m, s = participants.c, memberships.c, screenings.c
    return (
        sa.select(
            p.id,
            p.full_name,
            m.role,
            m.status,
            p.org_unit,
            s.decision,
            s.background_check_expiry,
            m.capacity,
            p.email,
            p.date_of_birth,
        )
        .select_from(participants)
        .join(memberships, m.participant_id == p.id)
        .outerjoin(screenings, s.participant_id == p.id)
        .where(m.program_id == program_id)
        .order_by(p.full_name, p.id)
    )


def roster_rows(db: Database, program_id: int, today: dt.date | None = None) -> list[RosterRow]:
    """Every participant of the program, as the roster table shows them (fast at 20,000)."""
    today = today or dt.date.today()
    with db.connect_read() as connection:
        matched = live_pair_counts(connection, program_id)
        held = live_mentee_counts(connection, program_id)
        result = connection.execute(roster_query(program_id)).all()
    rows = []
    for pid, name, role, status, unit, decision, expiry, capacity, email, dob in result:
        role = Role(role)
        if decision is None and role is Role.MENTEE:
            state = None
        else:
            state = screening_state(
                ScreeningDecision(decision) if decision else None, expiry, today
            )
        rows.append(
            RosterRow(
                participant_id=pid,
                name=name,
                role=role,
                status=MemberStatus(status),
                org_unit=unit or "",
                screening=state,
                expiring_soon=state is ScreeningState.CLEARED and expires_soon(expiry, today),
                capacity=capacity,
                matched=matched.get(pid, 0),
                email=email or "",
                minor=is_minor(dob, today),
                places_used=held.get(pid, 0),
            )
        )
    return rows
