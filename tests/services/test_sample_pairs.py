"""Sample pairs: every state and every warning present, deterministic for a seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from mentordesk.core.enums import ClosureType, PairStatus
from mentordesk.db.engine import Database
from mentordesk.db.models import ClosureRecord, MeetingRecord, PairRecord
from mentordesk.services.pairs.health import at_risk_pairs
from mentordesk.services.pairs.service import PairService
from mentordesk.services.sample.pairs import populate_pairs
from tests.services.pairs_setup import make_big_cohort

TODAY = dt.date(2026, 11, 22)


def _fingerprint(db: Database) -> list[tuple[object, ...]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                sa.select(
                    MeetingRecord.pair_id,
                    MeetingRecord.date,
                    MeetingRecord.duration_minutes,
                    MeetingRecord.status,
                ).order_by(MeetingRecord.id)
            )
        ]


def test_sample_pairs_cover_every_state(db: Database) -> None:
    """Proposed, active, paused, closed (both types), reopened, and each at-risk reason appear."""
    cohort = make_big_cohort(db)
    with db.begin() as s:
        populate_pairs(s, cohort.program_id, seed=7, today=TODAY)
    with db.read() as s:
        statuses = set(s.scalars(sa.select(PairRecord.status)))
        closure_types = set(s.scalars(sa.select(ClosureRecord.type)))
        reopened = s.scalar(
            sa.select(sa.func.count())
            .select_from(ClosureRecord)
            .where(ClosureRecord.reopened_on.is_not(None))
        )
        risky = at_risk_pairs(s, cohort.program_id, TODAY)
    assert statuses == set(PairStatus)
    assert closure_types == set(ClosureType) and reopened == 1
    reasons = " | ".join(r for h in risky for r in h.reasons)
    for phrase in ("Open safety concern", "rating is 2/5", "Check-in overdue", "No meeting for"):
        assert phrase in reasons
    svc = PairService(db, TODAY)
    pairs = svc.list_pairs(cohort.program_id)
    assert len(pairs) >= 12
    active = [p for p in pairs if p.status is PairStatus.ACTIVE and not p.at_risk]
    detail = svc.detail(active[0].id)
    assert detail.goals and detail.meetings and detail.checkins and detail.idps[0].id
    assert detail.agreement_saved and svc.due_items(cohort.program_id, 14)


def test_sample_pairs_deterministic(tmp_path: Path) -> None:
    """The same seed gives the same pairs and meetings."""
    prints = []
    for name in ("a", "b"):
        db = Database(tmp_path / f"{name}.sqlite")
        cohort = make_big_cohort(db)
        with db.begin() as s:
            populate_pairs(s, cohort.program_id, seed=3, today=TODAY)
        prints.append(_fingerprint(db))
        db.close()
    assert prints[0] == prints[1] and prints[0]


def test_sample_program_obeys_the_screening_rule(db: Database) -> None:
    """No live sample pair has a withdrawn member or a mentor who is not cleared today."""
    from mentordesk.services.sample.program import create_sample_program

    program = create_sample_program(db, participants=300, seed=5, today=TODAY)
    service = PairService(db, TODAY)
    live = [
        p
        for p in service.list_pairs(program.id)
        if p.status in (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
    ]
    assert len(live) > 20
    assert {p.id: service.start_problems(p.id) for p in live if service.start_problems(p.id)} == {}
