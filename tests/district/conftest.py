"""A district server for the access-control tests: a private PostgreSQL (pgserver), one
database with two programs, an owner (the IT person), an administrator, two coordinators and a
viewer, each a login role. Tests connect as those roles with plain SQL.

Skipped, with the reason, when the PostgreSQL binaries (the pgserver wheel) are missing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.core.access import Access
from mentordesk.db.models import (
    Base,
    CheckInRecord,
    GuardianRecord,
    MeetingRecord,
    MembershipRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.district import DistrictService

_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: needs a PostgreSQL server (skipped without its binaries)"
    )


class ServerDatabase:
    """What the services need of `Database` (begin/read sessions) over a server address.

    Stands in until `Database` itself opens a `postgresql://` address (branch pg-core)."""

    def __init__(self, url: str) -> None:
        self.engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class District:
    host: str
    database: str
    programs: dict[str, int]
    roles: dict[str, str]  # what the test calls the role -> its login name

    def url(self, role: str) -> str:
        return (
            f"postgresql+psycopg://{self.roles.get(role, role)}@/{self.database}?host={self.host}"
        )

    def engine(self, role: str) -> sa.Engine:
        return sa.create_engine(self.url(role), poolclass=sa.pool.NullPool)

    def db(self, role: str) -> ServerDatabase:
        return ServerDatabase(self.url(role))


@pytest.fixture(scope="session")
def pg_host() -> Iterator[str]:
    pgserver = pytest.importorskip(
        "pgserver", reason="no PostgreSQL binaries (pip install pgserver) for district tests"
    )
    folder = tempfile.mkdtemp(prefix="mentordesk-pg-")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    uri = server.get_uri()
    yield uri.split("host=", 1)[1]
    server.cleanup()


def _superuser(host: str) -> sa.Engine:
    return sa.create_engine(
        f"postgresql+psycopg://postgres@/postgres?host={host}",
        isolation_level="AUTOCOMMIT",
        poolclass=sa.pool.NullPool,
    )


@pytest.fixture
def district(pg_host: str) -> Iterator[District]:
    """A fresh database, set up with `district init`, and two programs with people and pairs:
    "North" (coordinator coord_north) and "South" (coordinator coord_south, viewer funder)."""
    n = next(_numbers)
    names = {role: f"{role}_{n}" for role in ("admin", "coord_north", "coord_south", "funder")}
    names["owner"] = "district_owner"  # one owner per server, as at a district
    database = f"district_{n}"
    su = _superuser(pg_host)
    with su.connect() as c:
        if n == 1:
            c.execute(sa.text(f"CREATE ROLE {names['owner']} LOGIN CREATEROLE"))
        for role in ("admin", "coord_north", "coord_south", "funder"):
            c.execute(sa.text(f"CREATE ROLE {names[role]} LOGIN"))
        c.execute(sa.text(f"CREATE DATABASE {database} OWNER {names['owner']}"))
    d = District(pg_host, database, {}, names)
    owner = d.engine("owner")
    Base.metadata.create_all(owner)
    DistrictService(d.db("owner")).init()
    with Session(owner) as session, session.begin():
        for name in ("North", "South"):
            program = ProgramRecord(name=name, start_date=dt.date(2026, 9, 1))
            session.add(program)
            session.flush()
            d.programs[name] = program.id
            _people_and_pair(session, program.id, name)
    with su.connect() as c:
        c.execute(sa.text(f"GRANT mentordesk_admin TO {names['admin']}"))
    owner.dispose()
    admin = DistrictService(d.db("admin"))
    admin.grant(names["coord_north"], "North", Access.COORDINATOR)
    admin.grant(names["coord_south"], "South", Access.COORDINATOR)
    admin.grant(names["funder"], "South", Access.VIEWER)
    yield d
    with su.connect() as c:
        # The roles stay (they are the private server's, gone with it): dropping one that
        # granted group memberships would need DROP OWNED in every database.
        c.execute(sa.text(f"DROP DATABASE {database} WITH (FORCE)"))
    su.dispose()


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
