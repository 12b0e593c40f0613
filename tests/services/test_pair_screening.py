"""One clearance rule for pairs: activate, resume and reopen refuse an uncleared or withdrawn
mentor unless an override reason is given, and the override is audited."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import (
    ClosureType,
    MemberStatus,
    PairStatus,
    ProgramFormat,
    ScreeningDecision,
)
from mentordesk.core.errors import RuleError
from mentordesk.core.screening import clearance_problem
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, MembershipRecord, ProgramRecord, ScreeningRecord
from mentordesk.services.pairs import ClosureData, PairService, ScreeningRefused, create_pair
from tests.services.pairs_setup import Cohort, make_cohort

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def cohort(db: Database) -> Cohort:
    return make_cohort(db)


def _pair(db: Database, c: Cohort, status: PairStatus) -> int:
    with db.begin() as s:
        return create_pair(
            s, c.program_id, [c.mentors[0]], [c.mentees[0]], status=status, start_date=D(2026, 9, 1)
        ).id


def _screening(db: Database, person: int, decision: ScreeningDecision, expiry: dt.date | None):
    with db.begin() as s:
        record = s.scalar(
            sa.select(ScreeningRecord).where(ScreeningRecord.participant_id == person)
        )
        assert record is not None
        record.decision = decision
        record.background_check_expiry = expiry


def _audits(db: Database, action: str) -> list[AuditRecord]:
    with db.read() as s:
        rows = list(s.scalars(sa.select(AuditRecord).where(AuditRecord.action == action)))
        s.expunge_all()
        return rows


def test_clearance_problem_is_the_screening_rule() -> None:
    """Cleared and valid → ''; pending, not cleared or expired → a reason."""
    assert clearance_problem(ScreeningDecision.CLEARED, None, TODAY) == ""
    assert clearance_problem("cleared", TODAY, TODAY) == ""
    assert clearance_problem(None, None, TODAY) == "screening pending"
    assert clearance_problem("not cleared", None, TODAY) == "screening not cleared"
    assert clearance_problem("cleared", TODAY - dt.timedelta(days=1), TODAY) == (
        "background check expired"
    )


@pytest.mark.parametrize(
    ("decision", "expiry", "why"),
    [
        (ScreeningDecision.PENDING, None, "screening pending"),
        (ScreeningDecision.NOT_CLEARED, None, "screening not cleared"),
        (ScreeningDecision.CLEARED, D(2026, 11, 1), "background check expired"),
    ],
)
def test_activation_refused_for_uncleared_mentor(
    db: Database, cohort: Cohort, decision: ScreeningDecision, expiry: dt.date | None, why: str
) -> None:
    """Activating a proposed pair whose mentor is not cleared is refused, naming the mentor."""
    pid = _pair(db, cohort, PairStatus.PROPOSED)
    _screening(db, cohort.mentors[0], decision, expiry)
    svc = PairService(db, TODAY)
    with pytest.raises(ScreeningRefused, match=f"Amelia Okafor: {why}") as caught:
        svc.activate(pid)
    assert caught.value.problems == (f"Amelia Okafor: {why}",)
    assert svc.detail(pid).status is PairStatus.PROPOSED


def test_override_reason_activates_and_is_audited(db: Database, cohort: Cohort) -> None:
    """With an override reason the pair starts and the audit log keeps who, why and what."""
    pid = _pair(db, cohort, PairStatus.PROPOSED)
    _screening(db, cohort.mentors[0], ScreeningDecision.PENDING, None)
    svc = PairService(db, TODAY)
    svc.activate(pid, override="check cleared by phone, paper on its way")
    assert svc.detail(pid).status is PairStatus.ACTIVE
    [row] = _audits(db, "pair.screening_override")
    assert row.reason == "check cleared by phone, paper on its way"
    assert row.details["problems"] == ["Amelia Okafor: screening pending"]
    assert row.details["action"] == "activate"


def test_blank_override_is_no_override(db: Database, cohort: Cohort) -> None:
    """A reason of spaces does not count as an override."""
    pid = _pair(db, cohort, PairStatus.PROPOSED)
    _screening(db, cohort.mentors[0], ScreeningDecision.NOT_CLEARED, None)
    with pytest.raises(ScreeningRefused):
        PairService(db, TODAY).activate(pid, override="   ")


def test_reopen_refused_when_clearance_lapsed(db: Database, cohort: Cohort) -> None:
    """Reopening a closed pair checks the mentor's clearance as of today."""
    pid = _pair(db, cohort, PairStatus.ACTIVE)
    svc = PairService(db, TODAY)
    svc.close(pid, ClosureData(date=TODAY, type=ClosureType.EARLY, reason_code="moved away"))
    _screening(db, cohort.mentors[0], ScreeningDecision.CLEARED, D(2026, 10, 1))
    with pytest.raises(ScreeningRefused, match="background check expired"):
        svc.reopen(pid, "came back")
    assert svc.detail(pid).status is PairStatus.CLOSED
    svc.reopen(pid, "came back", override="renewal submitted")
    assert svc.detail(pid).status is PairStatus.ACTIVE
    assert _audits(db, "pair.screening_override")[0].details["action"] == "reopen"


def test_resume_refused_for_withdrawn_mentor(db: Database, cohort: Cohort) -> None:
    """Resuming a paused pair whose mentor has withdrawn is refused."""
    pid = _pair(db, cohort, PairStatus.ACTIVE)
    svc = PairService(db, TODAY)
    svc.pause(pid, "holiday")
    with db.begin() as s:
        s.execute(
            sa.update(MembershipRecord)
            .where(MembershipRecord.participant_id == cohort.mentors[0])
            .values(status=MemberStatus.WITHDRAWN)
        )
    with pytest.raises(ScreeningRefused, match="Amelia Okafor has withdrawn"):
        svc.resume(pid, "back")
    assert svc.detail(pid).status is PairStatus.PAUSED


def test_cleared_mentor_needs_no_override(db: Database, cohort: Cohort) -> None:
    """A cleared mentor: activation goes through and nothing is flagged."""
    pid = _pair(db, cohort, PairStatus.PROPOSED)
    svc = PairService(db, TODAY)
    assert svc.start_problems(pid) == ()
    svc.activate(pid)
    assert svc.detail(pid).status is PairStatus.ACTIVE
    assert _audits(db, "pair.screening_override") == []


def test_peer_program_without_screening_does_not_refuse(db: Database, cohort: Cohort) -> None:
    """A program whose matching does not require screening (peer) does not require it here."""
    with db.begin() as s:
        program = s.get(ProgramRecord, cohort.program_id)
        assert program is not None
        program.format = ProgramFormat.PEER
    pid = _pair(db, cohort, PairStatus.PROPOSED)
    _screening(db, cohort.mentors[0], ScreeningDecision.PENDING, None)
    PairService(db, TODAY).activate(pid)


def test_pin_refuses_uncleared_mentor_with_the_same_words(db: Database, cohort: Cohort) -> None:
    """Pinning calls the same rule: an expired check is refused with its reason."""
    from mentordesk.services.matching import MatchingService

    yesterday = dt.date.today() - dt.timedelta(days=1)
    _screening(db, cohort.mentors[0], ScreeningDecision.CLEARED, yesterday)
    service = MatchingService(db)
    with pytest.raises(RuleError, match="background check expired"):
        service.pin(cohort.program_id, cohort.mentors[0], cohort.mentees[0])
