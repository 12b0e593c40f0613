"""Test helpers: people and programs for matching tests, screenshots and the CLI tests."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.core.enums import MemberStatus, ProgramFormat, Role, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)

FIRST = [
    "Amira",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tessa",
    "Umar",
    "Vera",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoé",
    "Aiko",
    "Bjørn",
    "Camille",
    "Deniz",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Haddad",
    "García",
    "Nakamura",
    "Schmidt",
    "Rossi",
    "Novak",
    "Kowalski",
    "Dubois",
    "Mensah",
    "Jensen",
    "Costa",
    "Ivanova",
]
SKILLS = [
    "Python",
    "public speaking",
    "budgeting",
    "leadership",
    "negotiation",
    "data analysis",
    "design",
    "writing",
    "project management",
    "hiring",
    "sales",
    "research",
]
INTERESTS = ["chess", "running", "music", "cooking", "hiking", "photography", "reading", "film"]
UNITS = ["Finance", "Engineering", "Marketing", "Operations", "Sales", "HR"]
SLOTS = ["mon-am", "mon-pm", "tue-am", "wed-pm", "thu-am", "thu-pm", "fri-am", "fri-eve"]
ZONES = ["UTC", "UTC+1", "UTC+2", "UTC-5", "UTC+5:30", "Europe/Paris", "America/New_York"]
FORMATS = ["in person", "video", "mixed", "phone"]


def add_program(db: Database, name: str = "Spring cohort", **fields: Any) -> int:
    with db.begin() as session:
        record = ProgramRecord(name=name, **fields)
        session.add(record)
        session.flush()
        return record.id


def add_person(
    session: Session,
    program_id: int,
    name: str,
    role: Role,
    *,
    capacity: int = 1,
    screening: ScreeningDecision | None = ScreeningDecision.CLEARED,
    check_expiry: dt.date | None = None,
    status: MemberStatus = MemberStatus.ACTIVE,
    ranked: tuple[str, ...] = (),
    **fields: Any,
) -> int:
    """One participant with a membership (and, for mentors, a screening) in a program."""
    person = ParticipantRecord(full_name=name, email=f"{name.lower().replace(' ', '.')}@x.org")
    for key, value in fields.items():
        setattr(person, key, list(value) if isinstance(value, tuple) else value)
    session.add(person)
    session.flush()
    session.add(
        MembershipRecord(
            program_id=program_id,
            participant_id=person.id,
            role=role,
            status=status,
            capacity=capacity,
            ranked_choices=list(ranked),
        )
    )
    if screening is not None and role in (Role.MENTOR, Role.BOTH):
        session.add(
            ScreeningRecord(
                participant_id=person.id,
                decision=screening,
                background_check_expiry=check_expiry,
            )
        )
    session.flush()
    return person.id


def realistic_program(
    db: Database,
    *,
    mentees: int = 38,
    mentors: int = 22,
    seed: int = 7,
    program_format: ProgramFormat = ProgramFormat.ONE_ON_ONE,
    name: str = "Spring mentoring 2026",
) -> int:
    """A program like a real one: ~60 people, a few mentors not cleared or expired."""
    rng = random.Random(seed)
    program_id = add_program(db, name, format=program_format, organization="Northwind")
    names = iter(
        f"{first} {last}"
        for first, last in rng.sample([(f, ln) for f in FIRST for ln in LAST], mentees + mentors)
    )
    today = dt.date.today()
    both = program_format is ProgramFormat.PEER
    with db.begin() as session:
        for k in range(mentors):
            screening = ScreeningDecision.CLEARED
            expiry = today + dt.timedelta(days=300)
            if k % 9 == 4:
                screening = ScreeningDecision.PENDING
            if k % 11 == 6:
                expiry = today - dt.timedelta(days=20)
            add_person(
                session,
                program_id,
                next(names),
                Role.BOTH if both else Role.MENTOR,
                capacity=rng.choice([1, 1, 2, 2, 3]),
                screening=screening,
                check_expiry=expiry,
                org_unit=rng.choice(UNITS),
                seniority=rng.randint(6, 25),
                skills_offered=rng.sample(SKILLS, 4),
                goals=rng.sample(SKILLS, 2),
                interests=rng.sample(INTERESTS, 3),
                languages=rng.sample(["English", "French", "Spanish"], rng.choice([1, 1, 2])),
                time_zone=rng.choice(ZONES),
                availability=rng.sample(SLOTS, 3),
                preferred_format=rng.choice(FORMATS),
            )
        for _k in range(mentees):
            add_person(
                session,
                program_id,
                next(names),
                Role.BOTH if both else Role.MENTEE,
                org_unit=rng.choice(UNITS),
                seniority=rng.randint(0, 8),
                skills_sought=rng.sample(SKILLS, 3),
                goals=rng.sample(SKILLS, 2),
                interests=rng.sample(INTERESTS, 2),
                languages=rng.sample(["English", "French", "Spanish"], 1),
                time_zone=rng.choice(ZONES),
                availability=rng.sample(SLOTS, 3),
                preferred_format=rng.choice(FORMATS),
            )
    return program_id
