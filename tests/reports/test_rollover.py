"""Rollover: who continues, what is copied (memberships, settings) and what is not (pairs)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role, ScreeningState
from mentordesk.core.errors import ValidationError
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    AuditRecord,
    ExclusionRecord,
    MembershipRecord,
    PairRecord,
    ProgramRecord,
)
from mentordesk.services.reports.next_cycle import rollover, rollover_candidates
from tests.reports.program_fixture import TODAY, build_cycle, d


def test_candidates_show_screening_and_default_choice(db: Database) -> None:
    """Mentors show their screening state; withdrawn people are not ticked by default."""
    built = build_cycle(db)
    by_name = {c.name: c for c in rollover_candidates(db, built.program_id, TODAY)}
    assert by_name["Noah Mentor"].screening is ScreeningState.EXPIRED
    assert by_name["Ava Mentee"].screening is None
    assert not by_name["Pete Mentor"].continues_by_default
    assert by_name["Maya Mentor"].continues_by_default


def test_rollover_copies_members_and_settings_not_pairs(db: Database) -> None:
    """The chosen people keep role, status and capacity; settings copied; no pairs; audit row."""
    built = build_cycle(db)
    with db.begin() as s:
        s.get_one(ProgramRecord, built.program_id).matching_weights = {"skills": 3}
    chosen = [built.people["Maya"], built.people["Ava"]]
    result, changes = rollover(db, built.program_id, "Cycle 2027", participant_ids=chosen)
    assert (result.copied, result.skipped) == (2, 8)
    new = result.program
    assert (new.start_date, new.end_date) == (d(1, 1, 2027), d(6, 30, 2027))
    assert new.previous_program_id == built.program_id
    assert new.matching_weights == {"skills": 3} and new.cadence_days == 14
    assert changes.program_id == new.id
    with db.read() as s:
        members = s.scalars(
            sa.select(MembershipRecord).where(MembershipRecord.program_id == new.id)
        )
        rows = {(m.participant_id, m.role, m.status, m.capacity) for m in members}
        assert rows == {
            (built.people["Maya"], Role.MENTOR, MemberStatus.ACTIVE, 2),
            (built.people["Ava"], Role.MENTEE, MemberStatus.ACTIVE, 0),
        }
        assert s.scalar(sa.select(sa.func.count()).where(PairRecord.program_id == new.id)) == 0
        assert s.scalar(sa.select(AuditRecord.action).where(AuditRecord.program_id == new.id)) == (
            "program.rollover"
        )
    # Screening belongs to the person: the expired check is still expired in the new cycle.
    by_name = {c.name: c for c in rollover_candidates(db, new.id, TODAY)}
    assert by_name["Maya Mentor"].screening is ScreeningState.CLEARED


def test_rollover_refuses_bad_input(db: Database) -> None:
    """Empty or taken names and people from elsewhere are refused, and nothing is created."""
    built = build_cycle(db)
    with pytest.raises(ValidationError, match="needs a name"):
        rollover(db, built.program_id, "  ")
    with pytest.raises(ValidationError, match="already exists"):
        rollover(db, built.program_id, "Cycle 2026")
    with pytest.raises(ValidationError, match="Not members"):
        rollover(db, built.program_id, "X", participant_ids=[9999])
    with pytest.raises(ValidationError, match="before the start"):
        rollover(db, built.program_id, "X", start_date=d(5, 1), end_date=d(4, 1))
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ProgramRecord)) == 1


def test_exclusions_between_continuing_people_carry_over(db: Database) -> None:
    """A must-not-pair rule is kept when both people continue, dropped otherwise."""
    built = build_cycle(db)
    p = built.people
    with db.begin() as s:
        s.add(ExclusionRecord(program_id=built.program_id, participant_a_id=p["Maya"],
                              participant_b_id=p["Ava"], reason="siblings"))  # fmt: skip
        s.add(ExclusionRecord(program_id=built.program_id, participant_a_id=p["Noah"],
                              participant_b_id=p["Eve"], reason="manager"))  # fmt: skip
    result, _ = rollover(db, built.program_id, "Cycle 2027")  # Eve (withdrawn) stays behind
    with db.read() as s:
        rows = s.execute(
            sa.select(ExclusionRecord.participant_a_id, ExclusionRecord.reason).where(
                ExclusionRecord.program_id == result.program.id
            )
        ).all()
    assert [tuple(r) for r in rows] == [(p["Maya"], "siblings")]
