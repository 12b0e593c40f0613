"""The SQL form of the screening rule agrees with core.screening for every combination."""

from __future__ import annotations

import datetime as dt
import itertools

import sqlalchemy as sa

from mentordesk.core.enums import ScreeningDecision, ScreeningState
from mentordesk.core.screening import screening_state
from mentordesk.db.engine import Database
from mentordesk.db.models import ParticipantRecord, ScreeningRecord
from mentordesk.services.reports.history_sql import screening_state_sql

TODAY = dt.date(2026, 3, 31)


def test_sql_rule_matches_python_rule(db: Database) -> None:
    """Every decision × expiry (none, past, today, future; no screening) gives the same state."""
    decisions: list[ScreeningDecision | None] = [None, *ScreeningDecision]
    expiries = [None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=1)]
    expected: dict[int, ScreeningState] = {}
    with db.begin() as s:
        for decision, expiry in itertools.product(decisions, expiries):
            person = ParticipantRecord(full_name=f"{decision} {expiry}")
            if decision is not None:
                person.screening = ScreeningRecord(
                    decision=decision, background_check_expiry=expiry
                )
            s.add(person)
            s.flush()
            expected[person.id] = screening_state(decision, expiry if decision else None, TODAY)
    sr = ScreeningRecord
    with db.read() as s:
        rows = s.execute(
            sa.select(
                ParticipantRecord.id,
                screening_state_sql(sr.decision, sr.background_check_expiry, TODAY),
            ).outerjoin(sr, sr.participant_id == ParticipantRecord.id)
        ).all()
    assert len(rows) == len(expected)
    for person_id, state in rows:
        assert ScreeningState(state) is expected[person_id], person_id
