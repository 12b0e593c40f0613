"""Program-wide pair health: at-risk pairs and their reasons from the database."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from mentordesk.core.enums import MeetingStatus, PairStatus, Party
from mentordesk.core.participant import is_minor
from mentordesk.db.engine import Database
from mentordesk.db.models import CheckInRecord, MeetingRecord
from mentordesk.services.pairs.health import at_risk_pairs, program_health
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import make_cohort

D = dt.date
TODAY = D(2026, 11, 22)


def test_at_risk_pairs_reasons_and_query_count(db: Database) -> None:
    """Each at-risk pair is found with its reasons, in a fixed number of queries."""
    c = make_cohort(db)
    with db.begin() as s:
        ok = create_pair(s, c.program_id, [c.mentors[0]], [c.mentees[0]], start_date=D(2026, 9, 1))
        stale = create_pair(
            s, c.program_id, [c.mentors[1]], [c.mentees[1]], start_date=D(2026, 9, 1)
        )
        low = create_pair(s, c.program_id, [c.mentors[2]], [c.mentees[2]], start_date=D(2026, 9, 1))
        paused = create_pair(
            s,
            c.program_id,
            [c.mentors[3]],
            [c.mentees[4]],
            start_date=D(2026, 9, 1),
            status=PairStatus.PAUSED,
        )
        for pair in (ok, low):
            s.add(MeetingRecord(pair_id=pair.id, date=D(2026, 11, 15), duration_minutes=45))
            s.add(
                CheckInRecord(pair_id=pair.id, date=D(2026, 11, 16), party=Party.MENTOR, rating=4)
            )
        s.add(MeetingRecord(pair_id=stale.id, date=D(2026, 9, 2), duration_minutes=45))
        s.add(MeetingRecord(pair_id=stale.id, date=D(2026, 11, 20), status=MeetingStatus.CANCELLED))
        s.add(CheckInRecord(pair_id=low.id, date=D(2026, 11, 18), party=Party.MENTEE, rating=2))
        s.add(
            CheckInRecord(
                pair_id=paused.id,
                date=D(2026, 11, 1),
                party=Party.MENTEE,
                safety_concern=True,
                safety_note="x",
            )
        )
        ids = (ok.id, stale.id, low.id, paused.id)

    statements: list[str] = []
    sa.event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.read() as s:
        risky = at_risk_pairs(s, c.program_id, TODAY)
    assert len(statements) <= 6
    by_id = {h.pair_id: h.reasons for h in risky}
    assert set(by_id) == {ids[1], ids[2], ids[3]}
    assert by_id[ids[1]][0].startswith("No meeting for 81 days")
    assert "Check-in overdue since 2026-09-04" in by_id[ids[1]]
    guardian_due = {h.pair_id: h.checkins.guardian_next_due for h in risky}
    assert guardian_due[ids[1]] == D(2026, 12, 2)  # Farah is a minor: quarterly guardian contact
    assert guardian_due[ids[2]] is None
    assert by_id[ids[2]] == ("Latest relationship rating is 2/5",)
    assert by_id[ids[3]] == ("Open safety concern",)
    with db.read() as s:
        health = program_health(s, c.program_id, TODAY, pair_ids=[ids[0]])
    assert list(health) == [ids[0]] and health[ids[0]].adherence.held == 1


def test_is_minor() -> None:
    """Minor means under 18 on the given day."""
    assert is_minor(D(2010, 11, 23), TODAY)
    assert not is_minor(D(2008, 11, 22), TODAY)
    assert not is_minor(None, TODAY)
