"""Removing someone in a pair: live pairs are named and refused unless the coordinator gives a
reason to end them; no pair is ever left without a mentor or a mentee; undo is exact."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core.changes import Topic
from mentordesk.core.enums import ClosureType, PairStatus, Role
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    AuditRecord,
    Base,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
)
from mentordesk.services.pairs import ClosureData, PairService, create_pair
from mentordesk.services.roster import LivePairsRefused, RosterService
from tests.services.pairs_setup import Cohort, make_cohort

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def cohort(db: Database) -> Cohort:
    return make_cohort(db)


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as session:
        return {
            t.name: sorted(tuple(r) for r in session.execute(sa.select(t)))
            for t in Base.metadata.sorted_tables
            if t.name not in ("audit_log", "change_counters")
        }


def _pair(db: Database, c: Cohort, mentors: list[int], mentees: list[int], **kw: object) -> int:
    with db.begin() as s:
        pair = create_pair(
            s, c.program_id, [c.mentors[i] for i in mentors], [c.mentees[i] for i in mentees],
            start_date=dt.date(2026, 9, 1), **kw,  # type: ignore[arg-type]
        )  # fmt: skip
        s.add(MeetingRecord(pair_id=pair.id, date=dt.date(2026, 9, 8), duration_minutes=45))
        return pair.id


def _orphans(db: Database) -> list[int]:
    """Pairs lacking a mentor or a mentee."""
    with db.read() as s:
        roles = s.execute(sa.select(PairMemberRecord.pair_id, PairMemberRecord.role)).all()
        pairs = s.scalars(sa.select(PairRecord.id)).all()
    have: dict[int, set[Role]] = {p: set() for p in pairs}
    for pid, role in roles:
        have[pid].add(Role(role))
    return [p for p, r in have.items() if not {Role.MENTOR, Role.MENTEE} <= r]


@pytest.mark.parametrize("status", [PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.PROPOSED])
def test_removing_someone_in_a_live_pair_is_refused_naming_it(
    db: Database, cohort: Cohort, status: PairStatus
) -> None:
    """No reason given: refused, the pair named with its status, nothing removed."""
    _pair(db, cohort, [0], [0], status=status)
    before = _dump(db)
    service = RosterService(db, TODAY)
    with pytest.raises(LivePairsRefused, match=f"Amelia Okafor & Eva Novak \\({status.value}\\)"):
        service.remove(cohort.program_id, cohort.mentors[0])
    assert _dump(db) == before


def test_removal_with_reason_ends_the_pair_whole_and_undo_restores(
    db: Database, cohort: Cohort
) -> None:
    """With a reason the live pair goes with its mentor (audited), never left without one."""
    pid = _pair(db, cohort, [0], [0])
    before = _dump(db)
    service = RosterService(db, TODAY)
    assert [p.pair_id for p in service.live_pairs(cohort.program_id, [cohort.mentors[0]])] == [pid]
    removed, changes = service.remove(cohort.program_id, cohort.mentors[0], "entered by mistake")
    assert _orphans(db) == []
    assert PairService(db, TODAY).list_pairs(cohort.program_id) == []
    with db.read() as s:
        [reason] = s.scalars(
            sa.select(AuditRecord.reason).where(AuditRecord.action == "pair.close")
        ).all()
    assert reason == "entered by mistake"
    assert changes.touches(Topic.PAIRS)
    service.restore(removed)
    assert _dump(db) == before


def test_closed_pair_goes_with_its_member_not_left_empty(db: Database, cohort: Cohort) -> None:
    """A closed pair needs no reason, but is never left with a missing mentee."""
    pid = _pair(db, cohort, [0], [0])
    PairService(db, TODAY).close(
        pid, ClosureData(date=TODAY, type=ClosureType.EARLY, reason_code="moved away")
    )
    before = _dump(db)
    service = RosterService(db, TODAY)
    removed, _ = service.remove(cohort.program_id, cohort.mentees[0])
    assert _orphans(db) == []
    service.restore(removed)
    assert _dump(db) == before


def test_group_pair_keeps_going_without_one_of_two_mentees(db: Database, cohort: Cohort) -> None:
    """A group keeps its mentor and its other mentee; only the removed member's place goes."""
    pid = _pair(db, cohort, [0], [0, 1])
    service = RosterService(db, TODAY)
    with pytest.raises(LivePairsRefused):
        service.remove(cohort.program_id, cohort.mentees[0])
    service.remove(cohort.program_id, cohort.mentees[0], "left the school")
    detail = PairService(db, TODAY).detail(pid)
    assert detail.status is PairStatus.ACTIVE
    assert [p.name for p in detail.summary.mentees] == ["Farah Haddad"]


def test_removing_both_members_of_a_pair_restores_in_order(db: Database, cohort: Cohort) -> None:
    """Mentor and mentee removed together: one snapshot holds the pair; undo is exact."""
    _pair(db, cohort, [0], [0])
    _pair(db, cohort, [2], [1, 2])
    before = _dump(db)
    service = RosterService(db, TODAY)
    ids = [cohort.mentees[0], cohort.mentors[0], cohort.mentees[1], cohort.mentors[2]]
    removed, _ = service.remove_many(cohort.program_id, ids, "duplicate import")
    assert _orphans(db) == []
    service.restore_many(removed)
    assert _dump(db) == before


@pytest.mark.parametrize(("mentors", "mentees"), [([], [0]), ([0], []), ([], [])])
def test_a_pair_cannot_be_created_without_mentor_or_mentee(
    db: Database, cohort: Cohort, mentors: list[int], mentees: list[int]
) -> None:
    """create_pair (the one way to make a pair) refuses an empty side and writes nothing."""
    from mentordesk.core.errors import RuleError

    with pytest.raises(RuleError, match="at least one mentor and one mentee"), db.begin() as s:
        create_pair(
            s, cohort.program_id, [cohort.mentors[i] for i in mentors],
            [cohort.mentees[i] for i in mentees],
        )  # fmt: skip
    assert PairService(db, TODAY).list_pairs(cohort.program_id) == []
