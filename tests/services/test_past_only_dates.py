"""Every service path that records something that happened refuses a date after its today and
saves nothing: closures and status changes, meetings, check-ins and resolutions, agreement and
IDP signatures, goal progress, and a mentor's screening in the roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from mentordesk.core.enums import (
    ClosureType,
    MeetingStatus,
    MemberStatus,
    Party,
    Role,
    ScreeningDecision,
)
from mentordesk.core.errors import ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.services.pairs import (
    AgreementData,
    CheckinData,
    ClosureData,
    GoalData,
    IdpData,
    MeetingData,
    PairService,
    ProgressData,
    create_pair,
)
from mentordesk.services.roster import RosterService
from tests.services.pairs_setup import make_cohort

TODAY = dt.date(2026, 11, 22)
LATER = dt.date(2026, 12, 24)


def _pair(db: Database) -> tuple[int, int, PairService]:
    c = make_cohort(db)
    with db.begin() as s:
        pid = create_pair(
            s, c.program_id, [c.mentors[0]], [c.mentees[0]], start_date=dt.date(2026, 9, 1)
        ).id
    return c.program_id, pid, PairService(db, TODAY)


ACTIONS: dict[str, Callable[[PairService, int], object]] = {
    "close": lambda s, p: s.close(
        p, ClosureData(date=LATER, type=ClosureType.EARLY, reason_code="moved away")
    ),
    "pause": lambda s, p: s.pause(p, "holiday", LATER),
    "held meeting": lambda s, p: s.add_meeting(p, MeetingData(date=LATER, duration_minutes=45)),
    "no-show": lambda s, p: s.add_meeting(
        p, MeetingData(date=LATER, duration_minutes=0, status=MeetingStatus.NO_SHOW)
    ),
    "check-in": lambda s, p: s.add_checkin(p, CheckinData(date=LATER, party=Party.MENTOR)),
    "resolution": lambda s, p: s.add_checkin(
        p,
        CheckinData(
            date=TODAY,
            party=Party.MENTEE,
            safety_concern=True,
            safety_note="n",
            safety_resolved_on=LATER,
        ),
    ),
    "agreement signature": lambda s, p: s.save_agreement(p, AgreementData(mentor_signed_on=LATER)),
    "IDP signature": lambda s, p: s.save_idp(p, IdpData(mentee_signed_on=LATER)),
    "goal progress": lambda s, p: s.add_goal(
        p, GoalData(statement="Read", progress=(ProgressData(date=LATER, percent=10),))
    ),
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_future_dates_refused(db: Database, action: str) -> None:
    """The action dated after today is refused with one sentence; the pair is unchanged."""
    _program, pid, svc = _pair(db)
    before = svc.detail(pid)
    with pytest.raises(ValidationError, match="cannot be dated in the future"):
        ACTIONS[action](svc, pid)
    after = svc.detail(pid)
    assert (after.summary.status, after.meetings, after.checkins, after.goals) == (
        before.summary.status, before.meetings, before.checkins, before.goals,
    )  # fmt: skip
    assert after.agreement_saved == before.agreement_saved


def test_planned_meeting_and_today_are_fine(db: Database) -> None:
    """A planned meeting may be ahead; anything dated today is accepted."""
    _program, pid, svc = _pair(db)
    svc.add_meeting(pid, MeetingData(date=LATER, status=MeetingStatus.PLANNED))
    svc.add_checkin(pid, CheckinData(date=TODAY, party=Party.MENTOR))
    svc.close(pid, ClosureData(date=TODAY, type=ClosureType.COMPLETED, reason_code="goals met"))


def test_roster_refuses_a_check_done_tomorrow(db: Database) -> None:
    """A mentor 'cleared' by a background check dated in the future is not saved."""
    program_id, _pid, _svc = _pair(db)
    person = ParticipantInput(
        full_name="Tomorrow Mentor", role=Role.MENTOR, status=MemberStatus.ACTIVE, capacity=1,
        screening_decision=ScreeningDecision.CLEARED,
        background_check_date=TODAY + dt.timedelta(days=1),
    )  # fmt: skip
    roster = RosterService(db, today=TODAY)
    with pytest.raises(ValidationError) as info:
        roster.add(program_id, person)
    assert info.value.fields["background_check_date"] == "in the future"
    assert "Tomorrow Mentor" not in {r.name for r in roster.rows(program_id)}
