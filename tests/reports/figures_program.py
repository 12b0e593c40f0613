"""A program built through the services with known dates, for the "figures that hold" tests.

Each step runs with the service's `today` set to the day it happens (the coordinator records
things as they go), so the history tables hold what a real file would. Dates are relative to the
cycle's first year Y (2026 for the current cycle, 2025 for the previous one): D(10, 25) is
Y-10-25, D(1, 15) is (Y+1)-01-15.

Cycle Y/Y+1: 09-01 – 06-30, one meeting every 14 days, default check-in schedule (first meeting
+ 2, 15, 30, 60, 90 … days).

People (added on 09-01; all active):     role    capacity  screening
  Ana Mentor                              mentor  2         cleared, check expires Y+1-08-20
  Ben Mentor                              mentor  1         cleared, check expires Y+1-08-20
  Cai Mentor                              mentor  1         cleared, check expires Y-10-20
  Dia, Eli, Fay, Gus Mentee               mentee

Pairs (created by the pair store, as an approval does):
  P1 Ana→Dia start 09-01. Held 09-03 09-17 10-01 10-15 10-29 (60 min).
     Check-ins 09-04 mentor 4, 09-16 mentee 5, 10-01 mentor 4, 10-30 mentee 3.
  P2 Ana→Eli start 09-15. Held 09-16 10-05 (45 min). Check-in 09-17 mentor 3.
     Closed early 10-25 ("moved away").
  P3 Cai→Fay start 09-10. Held 09-12 09-26 10-10 (30 min). Check-ins 09-14 mentee 4,
     10-09 mentor 4.

Later edits (`later_edits`): 11-10 P2 reopened; on 12-01 Gus withdrawn, Ana's capacity 2 → 3,
a P2 check-in dated 10-14 (mentor, rating 2) entered late (inside October) and a P1 meeting
dated 11-12 entered late (outside October).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.core.enums import ClosureType, MemberStatus, Party, Role, ScreeningDecision
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.services.pairs import (
    CheckinData,
    ClosureData,
    MeetingData,
    PairService,
    create_pair,
)
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService


@dataclass(frozen=True)
class Figures:
    program_id: int
    year: int
    people: dict[str, int]
    pairs: dict[str, int]

    def day(self, month: int, day: int) -> dt.date:
        return dt.date(self.year if month >= 9 else self.year + 1, month, day)


def build(db: Database, year: int = 2026, name: str = "") -> Figures:
    """The program of the module docstring up to 11-01 (before the later edits)."""

    def D(month: int, day: int) -> dt.date:
        return dt.date(year if month >= 9 else year + 1, month, day)

    program, _ = ProgramService(db).create(
        name or f"Cycle {year}/{year + 1}",
        start_date=D(9, 1),
        end_date=D(6, 30),
        cadence_days=14,
    )
    roster = RosterService(db, today=D(9, 1))
    people: dict[str, int] = {}
    for first, role, capacity, expiry in [
        ("Ana", Role.MENTOR, 2, D(8, 20).replace(year=year + 1)),
        ("Ben", Role.MENTOR, 1, D(8, 20).replace(year=year + 1)),
        ("Cai", Role.MENTOR, 1, D(10, 20)),
        ("Dia", Role.MENTEE, 0, None),
        ("Eli", Role.MENTEE, 0, None),
        ("Fay", Role.MENTEE, 0, None),
        ("Gus", Role.MENTEE, 0, None),
    ]:
        mentor = role is Role.MENTOR
        person = ParticipantInput(
            full_name=f"{first} {'Mentor' if mentor else 'Mentee'}",
            email=f"{first.lower()}@example.org",
            role=role,
            status=MemberStatus.ACTIVE,
            capacity=capacity,
            seniority=10 if mentor else 1,
            screening_decision=ScreeningDecision.CLEARED if mentor else ScreeningDecision.PENDING,
            background_check_date=dt.date(year, 8, 20) if mentor else None,
            background_check_expiry=expiry,
        )
        people[first], _ = roster.add(program.id, person)

    # Matching judges clearance on the real today, so the pairs are created by the pairs area's
    # one pair writer (what matching's approval calls), each with its start date.
    pairs: dict[str, int] = {}
    with db.begin() as session:
        for key, mentor, mentee, start in [
            ("P1", "Ana", "Dia", D(9, 1)),
            ("P3", "Cai", "Fay", D(9, 10)),
            ("P2", "Ana", "Eli", D(9, 15)),
        ]:
            pair = create_pair(
                session, program.id, [people[mentor]], [people[mentee]], start_date=start
            )
            pairs[key] = pair.id

    def meeting(pair: str, day: dt.date, minutes: int) -> None:
        PairService(db, day).add_meeting(
            pairs[pair], MeetingData(date=day, duration_minutes=minutes)
        )

    def checkin(pair: str, day: dt.date, party: Party, rating: int) -> None:
        PairService(db, day).add_checkin(
            pairs[pair], CheckinData(date=day, party=party, rating=rating)
        )

    for day in (D(9, 3), D(9, 17), D(10, 1), D(10, 15), D(10, 29)):
        meeting("P1", day, 60)
    for day, party, rating in [
        (D(9, 4), Party.MENTOR, 4),
        (D(9, 16), Party.MENTEE, 5),
        (D(10, 1), Party.MENTOR, 4),
        (D(10, 30), Party.MENTEE, 3),
    ]:
        checkin("P1", day, party, rating)
    for day in (D(9, 16), D(10, 5)):
        meeting("P2", day, 45)
    checkin("P2", D(9, 17), Party.MENTOR, 3)
    for day in (D(9, 12), D(9, 26), D(10, 10)):
        meeting("P3", day, 30)
    checkin("P3", D(9, 14), Party.MENTEE, 4)
    checkin("P3", D(10, 9), Party.MENTOR, 4)
    PairService(db, D(10, 25)).close(
        pairs["P2"],
        ClosureData(
            date=D(10, 25), type=ClosureType.EARLY, initiated_by="mentee", reason_code="moved away"
        ),
    )
    return Figures(program.id, year, people, pairs)


def later_edits(db: Database, f: Figures) -> None:
    """What happens after October: a reopen, a withdrawal, a capacity raise, late entries."""
    PairService(db, f.day(11, 10)).reopen(f.pairs["P2"], "back in town")
    december = f.day(12, 1)
    roster = RosterService(db, today=december)
    gus = roster.get(f.program_id, f.people["Gus"])
    roster.update(f.program_id, f.people["Gus"], _with(gus, status=MemberStatus.WITHDRAWN))
    ana = roster.get(f.program_id, f.people["Ana"])
    roster.update(f.program_id, f.people["Ana"], _with(ana, capacity=3))
    pairs = PairService(db, december)
    pairs.add_checkin(f.pairs["P2"], CheckinData(date=f.day(10, 14), party=Party.MENTOR, rating=2))
    pairs.add_meeting(f.pairs["P1"], MeetingData(date=f.day(11, 12), duration_minutes=60))


def _with(person: ParticipantInput, **changes: object) -> ParticipantInput:
    from dataclasses import replace

    return replace(person, **changes)  # type: ignore[arg-type]
