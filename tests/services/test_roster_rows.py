"""The one roster read (`roster_rows`, SQL text) agrees with the records themselves, and the
start-up's read straight from the file (`peek_roster`, the same SQL through `sqlite3`) agrees
with it or declines."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import PairStatus, Role, ScreeningDecision
from mentordesk.core.participant import ParticipantInput, is_minor
from mentordesk.core.screening import screening_state
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, PairRecord
from mentordesk.services.common import ChangeFeed
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService, peek_roster, roster_rows
from mentordesk.services.sample import create_sample_program

TODAY = dt.date(2026, 11, 22)
LIVE = (PairStatus.ACTIVE, PairStatus.PAUSED)


def test_rows_count_live_pairs_and_places_as_the_records_do(db: Database) -> None:
    """matched = live pairs a person is in; places used = distinct mentees a mentor holds in
    live pairs; proposed and closed pairs count for neither (the sample has all kinds)."""
    program = create_sample_program(db, participants=120, seed=3, today=TODAY)
    with db.read() as session:
        statuses = {p.status for p in session.scalars(sa.select(PairRecord))}
        assert {PairStatus.ACTIVE, PairStatus.CLOSED} <= statuses
        matched: dict[int, int] = {}
        places: dict[int, set[int]] = {}
        for pair in session.scalars(sa.select(PairRecord).where(PairRecord.status.in_(LIVE))):
            mentees = {m.participant_id for m in pair.members if m.role is Role.MENTEE}
            for member in pair.members:
                matched[member.participant_id] = matched.get(member.participant_id, 0) + 1
                if member.role is Role.MENTOR:
                    places.setdefault(member.participant_id, set()).update(mentees)
        members = session.scalars(
            sa.select(MembershipRecord).where(MembershipRecord.program_id == program.id)
        ).all()
        expected = {
            m.participant_id: (m.participant.full_name, m.role, m.status, m.capacity)
            for m in members
        }
        minors = {m.participant_id for m in members if is_minor(m.participant.date_of_birth, TODAY)}
        screened = {
            m.participant_id: screening_state(
                ScreeningDecision(s.decision) if s.decision else None,
                s.background_check_expiry,
                TODAY,
            )
            for m in members
            if (s := m.participant.screening) is not None
        }
    rows = roster_rows(db, program.id, TODAY)
    assert rows == RosterService(db, today=TODAY).rows(program.id)
    assert {r.participant_id for r in rows} == set(expected)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert any(r.matched for r in rows) and any(r.places_used for r in rows)
    for row in rows:
        assert (row.name, row.role, row.status, row.capacity) == expected[row.participant_id]
        assert row.matched == matched.get(row.participant_id, 0), row.name
        assert row.places_used == len(places.get(row.participant_id, ())), row.name
        assert row.minor == (row.participant_id in minors), row.name  # dates read back
        if row.participant_id in screened:
            assert row.screening is screened[row.participant_id], row.name
    assert minors and any(row.minor for row in rows)
    assert {r.screening for r in rows} - {None}, "the sample screens its mentors"


@pytest.mark.sqlite_only("reads the file with sqlite3, before Database opens it")
def test_peek_reads_what_roster_rows_reads(db_path: Path) -> None:
    """The start-up's early read gives the program a window opens on and the same rows."""
    db = Database(db_path)
    try:
        program = create_sample_program(db, participants=80, seed=5, today=TODAY)
        other, _ = ProgramService(db).create("Another program")
        expected = roster_rows(db, program.id, TODAY)
    finally:
        db.close()
    early = peek_roster(db_path, program.id, TODAY)
    assert early is not None and (early.program_id, early.rows) == (program.id, expected)
    empty = peek_roster(db_path, other.id, TODAY)
    assert empty is not None and (empty.program_id, empty.rows) == (other.id, [])
    # No program remembered (or one the file no longer has): the first in the selector's order.
    first = min((program, other), key=lambda p: p.name.casefold())
    anyone = peek_roster(db_path, 99999, TODAY)
    assert anyone is not None and anyone.program_id == first.id
    # The counters it read are the file's: current until something is written.
    db = Database(db_path)
    try:
        assert early.still_current(ChangeFeed(db).counters(), TODAY)
        assert not early.still_current(ChangeFeed(db).counters(), TODAY + dt.timedelta(days=1))
        RosterService(db).add(program.id, ParticipantInput(full_name="Dee Late", role=Role.MENTEE))
        assert not early.still_current(ChangeFeed(db).counters(), TODAY)
    finally:
        db.close()
    assert not Path(f"{db_path}-shm").exists() or Path(f"{db_path}-wal").exists()


@pytest.mark.sqlite_only("reads the file with sqlite3, before Database opens it")
def test_peek_declines_what_only_database_may_open(db_path: Path, tmp_path: Path) -> None:
    """Missing, empty, not a database, not MentorDesk's, an older schema, a damaged file: None
    (Database then opens, migrates or refuses it with its own message), and nothing is
    written to any of them."""
    missing = tmp_path / "missing.sqlite"
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database\n")
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    db = Database(db_path)
    create_sample_program(db, participants=20, seed=1, today=TODAY)
    db.close()
    older = tmp_path / "older.sqlite"
    older.write_bytes(db_path.read_bytes())
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'pgsync0'")
    connection.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree: unreadable
    damaged.write_bytes(bytes(data))
    for path in (missing, empty, text, foreign, older, damaged):
        before = sorted(p.name for p in tmp_path.iterdir())
        assert peek_roster(path, None, TODAY) is None, path.name
        assert sorted(p.name for p in tmp_path.iterdir()) == before, path.name
    assert not missing.exists()
