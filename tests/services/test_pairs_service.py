"""PairService: lifecycle, closure and capacity, agreement, goals, meetings, check-ins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core.changes import Topic
from mentordesk.core.enums import (
    AgreementStatus,
    ClosureType,
    GoalStatus,
    MeetingStatus,
    PairStatus,
    Party,
    Role,
)
from mentordesk.core.errors import RuleError, ValidationError
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, GoalRecord, MeetingRecord, PairEventRecord
from mentordesk.services.pairs.records import (
    CheckinData,
    ClosureData,
    GoalData,
    MeetingData,
    ProgressData,
    StepData,
)
from mentordesk.services.pairs.service import PairService
from mentordesk.services.pairs.store import create_pair, live_pair_counts
from tests.services.pairs_setup import Cohort, make_cohort

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture
def cohort(db: Database) -> Cohort:
    return make_cohort(db)


def new_pair(db: Database, c: Cohort, mentor: int = 0, mentee: int = 0, **kw: object) -> int:
    with db.begin() as s:
        pair = create_pair(
            s,
            c.program_id,
            [c.mentors[mentor]],
            [c.mentees[mentee]],
            start_date=kw.pop("start_date", D(2026, 9, 1)),
            **kw,  # type: ignore[arg-type]
        )
        return pair.id


def test_lifecycle_through_service_writes_history(db: Database, cohort: Cohort) -> None:
    """Pause, resume, close, reopen each write a status event and an audit row."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort, status=PairStatus.PROPOSED)
    svc.activate(pid)
    svc.pause(pid, "exam period", D(2026, 10, 1))
    assert svc.detail(pid).pause_reason == "exam period"
    svc.resume(pid, "exams over", D(2026, 10, 20))
    svc.close(
        pid, ClosureData(date=D(2026, 11, 1), type=ClosureType.EARLY, reason_code="moved away")
    )
    event, changes = svc.reopen(pid, "moved back")
    assert changes.touches(Topic.PAIRS) and event.to_status is PairStatus.ACTIVE
    detail = svc.detail(pid)
    assert [e.to_status for e in detail.events] == [
        PairStatus.PROPOSED,
        PairStatus.ACTIVE,
        PairStatus.PAUSED,
        PairStatus.ACTIVE,
        PairStatus.CLOSED,
        PairStatus.ACTIVE,
    ]
    assert detail.closures[0].reopened_on == TODAY and detail.current_closure is None
    with db.read() as s:
        actions = list(s.scalars(sa.select(AuditRecord.action)))
    assert actions[-5:] == [
        "pair.activate",
        "pair.pause",
        "pair.resume",
        "pair.close",
        "pair.reopen",
    ]


def test_invalid_transitions_refused_by_service(db: Database, cohort: Cohort) -> None:
    """The service refuses moves outside the lifecycle and missing reasons, changing nothing."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)
    with pytest.raises(RuleError, match="Only a closed pair can be reopened"):
        svc.reopen(pid, "why not")
    with pytest.raises(RuleError, match="reason"):
        svc.pause(pid, "")
    with pytest.raises(ValidationError, match="reason code"):
        svc.close(pid, ClosureData(date=TODAY, reason_code=" "))
    assert svc.detail(pid).status is PairStatus.ACTIVE
    assert len(svc.detail(pid).events) == 1


def test_closure_frees_mentor_capacity(db: Database, cohort: Cohort) -> None:
    """Closing a pair drops it from live_pair_counts; reopening at full capacity is refused."""
    svc = PairService(db, TODAY)
    first = new_pair(db, cohort, mentor=1, mentee=0)  # Bruno: capacity 1
    with db.read() as s:
        assert live_pair_counts(s, cohort.program_id, Role.MENTOR)[cohort.mentors[1]] == 1
    svc.close(first, ClosureData(date=TODAY, type=ClosureType.COMPLETED, reason_code="goals met"))
    with db.read() as s:
        assert cohort.mentors[1] not in live_pair_counts(s, cohort.program_id, Role.MENTOR)
    new_pair(db, cohort, mentor=1, mentee=2)
    with pytest.raises(RuleError, match="capacity is 1"):
        svc.reopen(first, "they want to continue")


def test_reopening_a_circle_counts_its_mentees_as_places(db: Database, cohort: Cohort) -> None:
    """Issue 10: capacity is counted in people. Amelia (capacity 2) closed a circle of two and took
    a new mentee; reopening the circle would make three mentees, so it is refused."""
    svc = PairService(db, TODAY)
    with db.begin() as s:
        circle = create_pair(
            s, cohort.program_id, [cohort.mentors[0]], cohort.mentees[:2], start_date=D(2026, 9, 1)
        ).id
    svc.close(circle, ClosureData(date=TODAY, type=ClosureType.COMPLETED, reason_code="done"))
    new_pair(db, cohort, mentor=0, mentee=2)
    with pytest.raises(RuleError, match="already mentors 1 mentee"):
        svc.reopen(circle, "they want to continue")


def test_undo_transition_restores_exactly(db: Database, cohort: Cohort) -> None:
    """Undoing a close removes the closure and event; undoing a reopen re-closes it."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)
    event, _ = svc.close(pid, ClosureData(date=TODAY, reason_code="goals met"))
    svc.undo_transition(pid, event.id)
    detail = svc.detail(pid)
    assert detail.status is PairStatus.ACTIVE and detail.closures == () and len(detail.events) == 1
    svc.close(pid, ClosureData(date=TODAY, reason_code="goals met"))
    event, _ = svc.reopen(pid, "oops")
    svc.undo_transition(pid, event.id)
    detail = svc.detail(pid)
    assert detail.status is PairStatus.CLOSED and detail.current_closure is not None
    with pytest.raises(RuleError, match="no longer"):
        svc.undo_transition(pid, event.id)


def test_failed_save_rolls_back_whole_transaction(db: Database, cohort: Cohort) -> None:
    """A goal whose IDP is full is refused and nothing of it (goal, steps) is saved."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)
    for n in range(3):
        svc.add_goal(pid, GoalData(statement=f"Goal {n}", in_idp=True))
    with pytest.raises(ValidationError, match="IDP already has 3 goals"):
        svc.add_goal(
            pid, GoalData(statement="Fourth", in_idp=True, steps=(StepData(description="x"),))
        )
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(GoalRecord)) == 3
    detail = svc.detail(pid)
    assert len(detail.idps[0].goals) == 3 and detail.idps[0].id != 0


def test_agreement_prefilled_from_program_and_minor_texts(db: Database, cohort: Cohort) -> None:
    """A new pair's agreement comes from the program defaults; a minor's mentions reporting."""
    svc = PairService(db, TODAY)
    adult = new_pair(db, cohort, mentor=0, mentee=0, planned_end_date=D(2027, 6, 1))
    minor = new_pair(db, cohort, mentor=2, mentee=1)
    a = svc.detail(adult)
    assert not a.agreement_saved
    assert a.agreement.meeting_frequency == "Every 2 weeks" and a.agreement.meeting_minutes == 45
    assert a.agreement.duration_months == 9 and a.agreement.midpoint_review_date == D(2027, 1, 1)
    assert "mandatory reporting" not in a.agreement.confidentiality
    assert "no-fault" in a.agreement.ending_clause and "14 days" in a.agreement.ending_clause
    m = svc.detail(minor).agreement
    assert "mandatory reporting" in m.confidentiality


def test_agreement_signed_needs_every_signature(db: Database, cohort: Cohort) -> None:
    """Signed status needs mentor, mentee, coordinator and (for minors) guardian dates."""
    svc = PairService(db, TODAY)
    minor = new_pair(db, cohort, mentor=2, mentee=1)
    data = svc.agreement(minor)
    signed = dataclasses.replace(
        data,
        status=AgreementStatus.SIGNED,
        mentor_signed_on=TODAY,
        mentee_signed_on=TODAY,
        coordinator_signed_on=TODAY,
    )
    with pytest.raises(ValidationError) as info:
        svc.save_agreement(minor, signed)
    assert info.value.fields == {"guardian_signed_on": "date signed required"}
    saved, _ = svc.save_agreement(minor, dataclasses.replace(signed, guardian_signed_on=TODAY))
    assert saved.id and svc.detail(minor).agreement_saved
    with pytest.raises(ValidationError, match="Meeting length"):
        svc.save_agreement(minor, dataclasses.replace(saved, meeting_minutes=0))
    svc.discard_agreement(minor)
    assert not svc.detail(minor).agreement_saved


def test_goal_with_steps_and_progress(db: Database, cohort: Cohort) -> None:
    """Goals keep their steps and dated progress log; the latest percent is shown."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)
    goal, _ = svc.add_goal(
        pid,
        GoalData(
            statement="Give a 5-minute talk in class",
            measure="talk given",
            target_date=D(2027, 2, 1),
            steps=(StepData(description="Pick a topic", due_date=D(2026, 12, 1)),),
            progress=(
                ProgressData(date=D(2026, 10, 1), percent=20),
                ProgressData(date=D(2026, 11, 1), percent=45, comment="outline done"),
            ),
        ),
    )
    assert goal.percent == 45 and goal.steps[0].description == "Pick a topic"
    done, _ = svc.update_goal(goal.id, dataclasses.replace(goal, status=GoalStatus.COMPLETED))
    assert done.percent == 100 and done.completed_on == D(2026, 11, 1)
    with pytest.raises(ValidationError, match="specific statement"):
        svc.add_goal(pid, GoalData(statement="  "))
    svc.delete_goal(goal.id)
    assert svc.detail(pid).goals == ()


def test_meetings_and_checkins_validated(db: Database, cohort: Cohort) -> None:
    """Bad meeting/check-in input is refused with the field named; good input is logged."""
    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)
    with pytest.raises(ValidationError) as info:
        svc.add_meeting(pid, MeetingData(date=D(2026, 12, 1), duration_minutes=45))
    assert "status" in info.value.fields
    with pytest.raises(ValidationError, match="duration"):
        svc.add_meeting(pid, MeetingData(date=D(2026, 11, 1)))
    m, _ = svc.add_meeting(pid, MeetingData(date=D(2026, 11, 1), duration_minutes=50, notes="n"))
    svc.add_meeting(pid, MeetingData(date=D(2026, 12, 1), status=MeetingStatus.PLANNED))
    with pytest.raises(ValidationError, match="rating"):
        svc.add_checkin(pid, CheckinData(date=TODAY, rating=6))
    with pytest.raises(ValidationError, match="safety concern"):
        svc.add_checkin(pid, CheckinData(date=TODAY, safety_concern=True))
    svc.add_checkin(pid, CheckinData(date=TODAY, party=Party.MENTEE, rating=2))
    detail = svc.detail(pid)
    assert detail.adherence.held == 1 and detail.adherence.minutes == 50
    assert (
        detail.latest_rating == 2 and "Latest relationship rating is 2/5" in detail.summary.reasons
    )
    svc.update_meeting(m.id, dataclasses.replace(m, duration_minutes=60))
    assert svc.detail(pid).adherence.minutes == 60
    svc.delete_meeting(m.id)
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(MeetingRecord)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(PairEventRecord)) == 1


def test_list_pairs_filters(db: Database, cohort: Cohort) -> None:
    """The list filters by status and by at-risk."""
    svc = PairService(db, TODAY)
    healthy = new_pair(db, cohort, mentor=0, mentee=0, start_date=D(2026, 11, 15))
    risky = new_pair(db, cohort, mentor=2, mentee=2, start_date=D(2026, 9, 1))
    paused = new_pair(db, cohort, mentor=3, mentee=4, status=PairStatus.PAUSED)
    assert [p.id for p in svc.list_pairs(cohort.program_id)] == [healthy, risky, paused]
    assert [p.id for p in svc.list_pairs(cohort.program_id, at_risk_only=True)] == [risky]
    only = svc.list_pairs(cohort.program_id, status=PairStatus.PAUSED)
    assert [p.id for p in only] == [paused]
    assert only[0].title == "Dmitri Volkov & Ivan Petrov"


def test_failure_after_writes_leaves_nothing(
    db: Database, cohort: Cohort, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the close was applied rolls back status, event and closure together."""
    import mentordesk.services.pairs.lifecycle as lifecycle

    svc = PairService(db, TODAY)
    pid = new_pair(db, cohort)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(lifecycle, "audit", broken)
    with pytest.raises(RuntimeError):
        svc.close(pid, ClosureData(date=TODAY, reason_code="goals met"))
    detail = svc.detail(pid)
    assert detail.status is PairStatus.ACTIVE and detail.closures == () and len(detail.events) == 1
