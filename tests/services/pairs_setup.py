"""A small program with mentors, mentees (one a minor with a guardian) for the pair tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    GuardianRecord,
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)

MENTORS = [
    ("Amelia Okafor", "amelia@example.org", 2),
    ("Bruno Lefèvre", "bruno@example.org", 1),
    ("Chen Wei", "chen@example.org", 2),
    ("Dmitri Volkov", "dmitri@example.org", 1),
]
MENTEES = [
    ("Eva Novak", "eva@example.org", None),
    ("Farah Haddad", "farah@example.org", dt.date(2011, 3, 4)),  # a minor
    ("Gabriel Silva", "gabriel@example.org", None),
    ("Hana Sato", "hana@example.org", dt.date(2010, 6, 1)),  # a minor
    ("Ivan Petrov", "ivan@example.org", None),
    ("Julia Costa", "julia@example.org", None),
]


@dataclass(frozen=True)
class Cohort:
    program_id: int
    mentors: list[int]
    mentees: list[int]


def make_cohort(db: Database, name: str = "Spring Cohort", cadence_days: int = 14) -> Cohort:
    """Program + participants + memberships, as the roster would leave them."""
    with db.begin() as s:
        program = ProgramRecord(
            name=name,
            organization="Riverside School",
            start_date=dt.date(2026, 8, 15),
            end_date=dt.date(2027, 6, 30),
            cadence_days=cadence_days,
        )
        s.add(program)
        s.flush()
        mentors, mentees = [], []
        for full, email, cap in MENTORS:
            p = ParticipantRecord(full_name=full, email=email, seniority=10)
            p.screening = ScreeningRecord(decision=ScreeningDecision.CLEARED)
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program.id,
                    participant_id=p.id,
                    role=Role.MENTOR,
                    status=MemberStatus.ACTIVE,
                    capacity=cap,
                )
            )
            mentors.append(p.id)
        for full, email, dob in MENTEES:
            p = ParticipantRecord(full_name=full, email=email, date_of_birth=dob, seniority=1)
            if dob is not None:
                p.guardians = [
                    GuardianRecord(
                        name="Parent of " + full.split()[0],
                        email="parent." + email,
                        consent_date=dt.date(2026, 8, 20),
                    )
                ]
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program.id,
                    participant_id=p.id,
                    role=Role.MENTEE,
                    status=MemberStatus.ACTIVE,
                )
            )
            mentees.append(p.id)
        return Cohort(program.id, mentors, mentees)
