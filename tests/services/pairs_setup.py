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


def make_big_cohort(db: Database, mentors: int = 14, mentees: int = 22) -> Cohort:
    """A bigger program (a few minors) for sample data and screenshots."""
    first = [
        "Ana",
        "Ben",
        "Chloé",
        "Dara",
        "Emil",
        "Fatima",
        "Georg",
        "Hiro",
        "Inès",
        "Jonas",
        "Kemal",
        "Lena",
        "Mateo",
        "Nadia",
        "Oskar",
        "Priya",
        "Quentin",
        "Rosa",
        "Sami",
        "Tariq",
        "Ulla",
        "Vera",
        "Wen",
        "Ximena",
        "Yusuf",
        "Zoë",
    ]
    last = [
        "Andersen",
        "Baptiste",
        "Castro",
        "Dubois",
        "Eriksen",
        "Fischer",
        "García",
        "Horvat",
        "Ivanova",
        "Jansen",
        "Kowalski",
        "López",
        "Müller",
        "Nakamura",
        "Okonkwo",
        "Popescu",
    ]
    with db.begin() as s:
        program = ProgramRecord(
            name="Riverside Mentoring 2026/27",
            organization="Riverside School",
            start_date=dt.date(2026, 1, 10),
            end_date=dt.date(2027, 6, 30),
            cadence_days=14,
        )
        s.add(program)
        s.flush()
        ids: tuple[list[int], list[int]] = ([], [])
        for n in range(mentors + mentees):
            is_mentor = n < mentors
            name = f"{first[n % len(first)]} {last[(n * 7) % len(last)]}"
            dob = dt.date(2011, 1 + n % 12, 1 + n % 27) if (not is_mentor and n % 3 == 0) else None
            p = ParticipantRecord(
                full_name=name, email=f"{name.split()[0].lower()}{n}@example.org", date_of_birth=dob
            )
            if dob:
                p.guardians = [
                    GuardianRecord(
                        name=f"Guardian of {name.split()[0]}", email=f"guardian{n}@example.org"
                    )
                ]
            if is_mentor:  # mentors in pairs are cleared (an uncleared one puts a pair at risk)
                p.screening = ScreeningRecord(decision=ScreeningDecision.CLEARED)
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program.id,
                    participant_id=p.id,
                    role=Role.MENTOR if is_mentor else Role.MENTEE,
                    status=MemberStatus.ACTIVE,
                    capacity=2 if is_mentor else 0,
                )
            )
            ids[0 if is_mentor else 1].append(p.id)
        return Cohort(program.id, ids[0], ids[1])
