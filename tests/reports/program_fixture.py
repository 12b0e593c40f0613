"""A small program built by hand; its figures are worked out in the tests' docstrings/comments.

Cycle 2026 runs 2026-01-01 – 2026-06-30, one meeting every 14 days, default check-in rules.

People (joined 2026-01-01):      role    status     capacity  screening
  Maya Mentor (M1)                mentor  active     2         cleared, check expires 2027-01-01
  Noah Mentor (M2)                mentor  active     1         cleared, check expired 2026-02-01
  Olga Mentor (M3)                mentor  trained    1         pending
  Pete Mentor (M4)                mentor  withdrawn  3         none
  Quinn Mentor (M5)               mentor  applied    1         not cleared
  Ava, Ben, Cleo Mentee (E1–E3)   mentee  active
  Dan Mentee (E4)                 mentee  applied
  Eve Mentee (E5)                 mentee  withdrawn

Pairs:
  P1 M1→E1  start 01-10, planned end 06-30; paused 03-25, resumed 04-05; still active
  P2 M1→E2  start 03-10, planned end 06-30; closed early 05-15 ("moved away")
  P3 M2→E3  start 02-01, planned end 03-20; closed completed 03-20 ("completed")
  P4 M3→E4  proposed 03-05 (a draft: never counted)
  P5 M4→E5  start 01-05, planned end 06-30; closed early 02-15 ("moved away")
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.core.enums import (
    ClosureType,
    GoalStatus,
    MeetingStatus,
    MemberStatus,
    PairStatus,
    Party,
    Role,
    ScreeningDecision,
)
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.services.pairs.store import create_pair

TODAY = dt.date(2026, 7, 15)


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


PEOPLE = [
    (
        "Maya Mentor",
        Role.MENTOR,
        MemberStatus.ACTIVE,
        2,
        (ScreeningDecision.CLEARED, d(1, 1, 2027)),
    ),
    ("Noah Mentor", Role.MENTOR, MemberStatus.ACTIVE, 1, (ScreeningDecision.CLEARED, d(2, 1))),
    ("Olga Mentor", Role.MENTOR, MemberStatus.TRAINED, 1, (ScreeningDecision.PENDING, None)),
    ("Pete Mentor", Role.MENTOR, MemberStatus.WITHDRAWN, 3, None),
    ("Quinn Mentor", Role.MENTOR, MemberStatus.APPLIED, 1, (ScreeningDecision.NOT_CLEARED, None)),
    ("Ava Mentee", Role.MENTEE, MemberStatus.ACTIVE, 0, None),
    ("Ben Mentee", Role.MENTEE, MemberStatus.ACTIVE, 0, None),
    ("Cleo Mentee", Role.MENTEE, MemberStatus.ACTIVE, 0, None),
    ("Dan Mentee", Role.MENTEE, MemberStatus.APPLIED, 0, None),
    ("Eve Mentee", Role.MENTEE, MemberStatus.WITHDRAWN, 0, None),
]


@dataclass(frozen=True)
class Built:
    program_id: int
    people: dict[str, int]
    pairs: dict[str, int]


def make_program(db: Database, name: str = "Cycle 2026", year: int = 2026) -> int:
    with db.begin() as s:
        program = ProgramRecord(
            name=name,
            organization="Hillside School",
            start_date=d(1, 1, year),
            end_date=d(6, 30, year),
            cadence_days=14,
        )
        s.add(program)
        s.flush()
        return program.id


def add_people(db: Database, program_id: int) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.begin() as s:
        for name, role, status, capacity, screening in PEOPLE:
            person = ParticipantRecord(full_name=name, email=f"{name.split()[0].lower()}@x.org")
            if screening is not None:
                person.screening = ScreeningRecord(
                    decision=screening[0], background_check_expiry=screening[1]
                )
            s.add(person)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program_id,
                    participant_id=person.id,
                    role=role,
                    status=status,
                    capacity=capacity,
                    joined_on=d(1, 1),
                )
            )
            ids[name.split()[0]] = person.id
    return ids


def build_cycle(db: Database) -> Built:
    """The whole hand-built program described in the module docstring."""
    program_id = make_program(db)
    p = add_people(db, program_id)
    pairs: dict[str, int] = {}
    with db.begin() as s:

        def pair(key: str, mentor: str, mentee: str, start: dt.date, end: dt.date | None,
                 status: PairStatus = PairStatus.ACTIVE) -> int:  # fmt: skip
            record = create_pair(s, program_id, [p[mentor]], [p[mentee]], status=status,
                                 start_date=start, planned_end_date=end)  # fmt: skip
            pairs[key] = record.id
            return record.id

        def event(pair_id: int, day: dt.date, old: PairStatus, new: PairStatus) -> None:
            s.add(PairEventRecord(pair_id=pair_id, date=day, from_status=old, to_status=new))
            s.get_one(PairRecord, pair_id).status = new

        def close(pair_id: int, day: dt.date, kind: ClosureType, reason: str) -> None:
            event(pair_id, day, PairStatus.ACTIVE, PairStatus.CLOSED)
            s.add(ClosureRecord(pair_id=pair_id, date=day, type=kind, reason_code=reason))

        p1 = pair("P1", "Maya", "Ava", d(1, 10), d(6, 30))
        event(p1, d(3, 25), PairStatus.ACTIVE, PairStatus.PAUSED)
        event(p1, d(4, 5), PairStatus.PAUSED, PairStatus.ACTIVE)
        p2 = pair("P2", "Maya", "Ben", d(3, 10), d(6, 30))
        close(p2, d(5, 15), ClosureType.EARLY, "moved away")
        p3 = pair("P3", "Noah", "Cleo", d(2, 1), d(3, 20))
        close(p3, d(3, 20), ClosureType.COMPLETED, "completed")
        p4 = pair("P4", "Olga", "Dan", d(3, 5), None, PairStatus.PROPOSED)
        p5 = pair("P5", "Pete", "Eve", d(1, 5), d(6, 30))
        close(p5, d(2, 15), ClosureType.EARLY, "moved away")

        held, cancelled, planned = (
            MeetingStatus.HELD,
            MeetingStatus.CANCELLED,
            MeetingStatus.PLANNED,
        )
        for pair_id, day, minutes, status in [
            (p1, d(1, 15), 60, held),
            (p1, d(3, 5), 60, held),
            (p1, d(3, 19), 60, held),
            (p1, d(3, 26), 60, cancelled),
            (p1, d(4, 2), 60, held),
            (p2, d(3, 12), 45, held),
            (p2, d(3, 30), 45, planned),
            (p3, d(2, 5), 45, held),
            (p3, d(2, 20), 45, held),
            (p3, d(3, 2), 30, held),
            (p5, d(1, 20), 30, held),
        ]:
            s.add(MeetingRecord(pair_id=pair_id, date=day, duration_minutes=minutes, status=status))
        for pair_id, day, party, rating in [
            (p1, d(3, 6), Party.MENTOR, 4),
            (p1, d(3, 6), Party.MENTEE, 5),
            (p1, d(3, 20), Party.MENTOR, 3),
            (p2, d(3, 15), Party.GUARDIAN, None),
            (p3, d(3, 10), Party.MENTEE, 4),
            (p5, d(2, 1), Party.MENTOR, 1),
        ]:
            s.add(CheckInRecord(pair_id=pair_id, date=day, party=party, rating=rating))
        goals = [
            GoalRecord(
                pair_id=p1, statement="G1", status=GoalStatus.COMPLETED, completed_on=d(3, 15)
            ),
            GoalRecord(pair_id=p1, statement="G2", status=GoalStatus.OPEN),
            GoalRecord(
                pair_id=p2, statement="G3", status=GoalStatus.COMPLETED, completed_on=d(4, 20)
            ),
            GoalRecord(pair_id=p3, statement="G4", status=GoalStatus.DROPPED),
            GoalRecord(pair_id=p4, statement="G5", status=GoalStatus.OPEN),
        ]
        s.add_all(goals)
        s.flush()
        for day, percent in [(d(2, 1), 20), (d(3, 10), 50), (d(4, 10), 80)]:
            s.add(GoalProgressRecord(goal_id=goals[1].id, date=day, percent=percent))
    return Built(program_id, p, pairs)
