"""A district server for the access-control tests: the session's private PostgreSQL
(`pg_server`, tests/conftest.py), one database with two programs, an owner (the IT person),
an administrator, two coordinators and a viewer, each a login role. Tests connect as those
roles with plain SQL, and with MentorDesk's own `Database`.

They run in both passes of the suite (they need a server whatever the engine under test) and
are skipped, with the reason, without the PostgreSQL binaries.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.access import Access
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    CheckInRecord,
    GuardianRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.district import DistrictService
from tests.pgserver_fixture import PgForTests

_numbers = itertools.count(1)
OWNER = "district_owner"  # one owner per server, as at a district


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: needs a PostgreSQL server (skipped without its binaries)"
    )


@dataclass
class District:
    server: PgForTests
    database: str
    programs: dict[str, int]
    roles: dict[str, str]  # what the test calls the role -> its login name
    opened: list[Database] = field(default_factory=list)

    def url(self, role: str) -> str:
        return self.server.url(self.database, self.roles.get(role, role))

    def engine(self, role: str) -> sa.Engine:
        """A plain SQLAlchemy engine as `role` (the tests' "plain SQL")."""
        url = self.url(role).replace("postgresql://", "postgresql+psycopg://", 1)
        return sa.create_engine(url, poolclass=sa.pool.NullPool)

    def db(self, role: str) -> Database:
        """MentorDesk's own Database, connected as `role`."""
        database = Database(self.url(role))
        self.opened.append(database)
        return database


@pytest.fixture
def district(pg_server: PgForTests) -> Iterator[District]:
    """A database the owner built (migrations) and set up with `district init`, with two
    programs: "North" (coordinator coord_north) and "South" (coordinator coord_south, viewer
    funder), and an administrator. Roles are the server's: they stay until it stops."""
    n = next(_numbers)
    logins = ("admin", "coord_north", "coord_south", "funder")
    names = {role: f"{role}_{n}" for role in logins}
    names["owner"] = OWNER
    database = f"district_{os.getpid()}_{n}"
    pg_server.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER}') "
        f"THEN CREATE ROLE {OWNER} LOGIN CREATEROLE; END IF; END $$",
        *(f"CREATE ROLE {names[r]} LOGIN" for r in logins),
        f"CREATE DATABASE {database} OWNER {OWNER}",
    )
    d = District(pg_server, database, {}, names)
    DistrictService(d.db("owner")).init()  # the first open as the owner ran the migrations
    owner = d.engine("owner")
    with Session(owner) as session, session.begin():
        for name in ("North", "South"):
            program = ProgramRecord(name=name, start_date=dt.date(2026, 9, 1))
            session.add(program)
            session.flush()
            d.programs[name] = program.id
            _people_and_pair(session, program.id, name)
    owner.dispose()
    pg_server.execute(f"GRANT mentordesk_admin TO {names['admin']}")
    admin = DistrictService(d.db("admin"))
    admin.grant(names["coord_north"], "North", Access.COORDINATOR)
    admin.grant(names["coord_south"], "South", Access.COORDINATOR)
    admin.grant(names["funder"], "South", Access.VIEWER)
    yield d
    for opened in d.opened:
        opened.close()
    pg_server.drop_database(database)


def _people_and_pair(session: Session, program_id: int, name: str) -> None:
    mentor = ParticipantRecord(
        full_name=f"{name} Mentor", email=f"mentor@{name}.example", gender="f", notes="private"
    )
    mentee = ParticipantRecord(
        full_name=f"{name} Mentee", email=f"mentee@{name}.example", pronouns="they"
    )
    session.add_all([mentor, mentee])
    session.flush()
    session.add(GuardianRecord(participant_id=mentee.id, name=f"{name} Guardian"))
    session.add_all(
        [
            MembershipRecord(
                program_id=program_id,
                participant_id=mentor.id,
                role="mentor",
                status="active",
                capacity=1,
            ),
            MembershipRecord(
                program_id=program_id, participant_id=mentee.id, role="mentee", status="active"
            ),
        ]
    )
    pair = PairRecord(program_id=program_id, status="active", start_date=dt.date(2026, 9, 15))
    session.add(pair)
    session.flush()
    session.add_all(
        [
            PairMemberRecord(pair_id=pair.id, participant_id=mentor.id, role="mentor"),
            PairMemberRecord(pair_id=pair.id, participant_id=mentee.id, role="mentee"),
            # Active since its start (the reports read the status from the history).
            PairEventRecord(pair_id=pair.id, date=pair.start_date, to_status="active"),
            MeetingRecord(
                pair_id=pair.id,
                date=dt.date(2026, 9, 20),
                duration_minutes=60,
                notes=f"{name} meeting notes",
            ),
            CheckInRecord(
                pair_id=pair.id,
                date=dt.date(2026, 9, 22),
                party="mentor",
                rating=4,
                safety_note=f"{name} safety",
            ),
        ]
    )
