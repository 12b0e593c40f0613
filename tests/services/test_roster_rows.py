"""The one roster read (`roster_rows`, Core queries) agrees with the records themselves."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from mentordesk.core.enums import PairStatus, Role
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, PairRecord
from mentordesk.services.roster import RosterService, roster_rows
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
    rows = roster_rows(db, program.id, TODAY)
    assert rows == RosterService(db, today=TODAY).rows(program.id)
    assert {r.participant_id for r in rows} == set(expected)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert any(r.matched for r in rows) and any(r.places_used for r in rows)
    for row in rows:
        assert (row.name, row.role, row.status, row.capacity) == expected[row.participant_id]
        assert row.matched == matched.get(row.participant_id, 0), row.name
        assert row.places_used == len(places.get(row.participant_id, ())), row.name
