"""A database and a file for import-undo tests: one update, one person linked from another
program, two new people; `snapshot()` reads back everything a coordinator could see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, ParticipantRecord
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import read_participant, write_participant
from mentordesk.services.roster.people import RosterService

TODAY = dt.date(2026, 11, 22)
FILE = (
    "Full name,Email,Role,Phone,Training date,Training hours,Guardian name,Screening decision\n"
    "Ana Lima,ana@example.org,mentor,555-0101,2026-10-01,3,,cleared\n"  # updated
    "Kim Park,kim@example.org,mentee,,,,Pat Park,\n"  # linked from Autumn
    "Zed Zhou,zed@example.org,mentee,,,,,\n"  # new
    "Yu Yang,yu@example.org,mentor,,2026-09-01,2,,\n"  # new
)


@dataclass(frozen=True)
class Setup:
    spring: int
    autumn: int
    ana: int
    kim: int


def populate(db: Database) -> Setup:
    """Spring has Ana (no phone, training, screening); Autumn has Kim."""
    spring, _ = ProgramService(db).create("Spring")
    autumn, _ = ProgramService(db).create("Autumn")
    with db.begin() as session:
        ana = write_participant(
            session, spring.id, ParticipantInput("Ana Old", "ana@example.org", role=Role.MENTEE)
        ).id
        kim = write_participant(
            session, autumn.id, ParticipantInput("Kim", "kim@example.org", role=Role.MENTOR)
        ).id
    return Setup(spring.id, autumn.id, ana, kim)


def snapshot(db: Database, program_id: int) -> dict[str, Any]:
    """The roster rows, and a full read-back of every person in every program."""
    with db.read() as session:
        memberships = session.execute(
            sa.select(MembershipRecord.program_id, MembershipRecord.participant_id)
        ).all()
        people = {(prog, pid): read_participant(session, prog, pid) for prog, pid in memberships}
        everyone = set(session.scalars(sa.select(ParticipantRecord.id)))
    rows = RosterService(db, today=TODAY).rows(program_id)
    return {"rows": rows, "people": people, "ids": everyone}
