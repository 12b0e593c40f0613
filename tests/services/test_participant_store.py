"""Writing and reading one participant with membership, screening, guardian and training."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.participant import ParticipantInput, validate
from mentordesk.db.engine import Database
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.participant_store import read_participant, write_participant

TODAY = dt.date(2026, 11, 22)


def test_round_trip_every_field(db: Database) -> None:
    """What is written is read back unchanged, across all five tables."""
    program, _ = ProgramService(db).create("P")
    person = ParticipantInput(
        full_name="Zoë Ångström",
        email="zoe@example.org",
        role=Role.MENTOR,
        status=MemberStatus.TRAINED,
        capacity=2,
        skills_offered=("python", "public speaking"),
        languages=("en", "sv"),
        date_of_birth=dt.date(1990, 5, 1),
        application_date=dt.date(2026, 9, 1),
        background_check_date=dt.date(2026, 9, 10),
        background_check_expiry=dt.date(2029, 9, 10),
        screening_decision=ScreeningDecision.CLEARED,
        training_date=dt.date(2026, 9, 20),
        training_hours=3.5,
        guardian_name="",
        notes="prefers mornings",
    )
    with db.begin() as session:
        pid = write_participant(session, program.id, person).id
    with db.read() as session:
        assert read_participant(session, program.id, pid) == person
    changed = dataclasses.replace(person, capacity=3, guardian_name="Ana", consent_date=TODAY)
    with db.begin() as session:
        write_participant(session, program.id, changed, pid)
    with db.read() as session:
        assert read_participant(session, program.id, pid) == changed


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"full_name": "  "}, "full_name", "required"),
        ({"email": "not-an-email"}, "email", "not an email address"),
        ({"capacity": -1}, "capacity", "must be 0 or more"),
        (
            {"application_date": TODAY, "interview_date": TODAY - dt.timedelta(days=1)},
            "interview_date",
            "before the application date",
        ),
        (
            {"background_check_date": TODAY, "background_check_expiry": dt.date(2020, 1, 1)},
            "background_check_expiry",
            "before the check date",
        ),
        ({"date_of_birth": TODAY + dt.timedelta(days=1)}, "date_of_birth", "in the future"),
    ],
)
def test_validation_names_the_field(changes: dict[str, object], field: str, message: str) -> None:
    """Each kind of bad input is reported against its own field."""
    person = dataclasses.replace(ParticipantInput(full_name="A"), **changes)  # type: ignore[arg-type]
    assert validate(person, TODAY)[field] == message


def test_valid_input_has_no_errors() -> None:
    """A plain, complete input validates clean."""
    assert validate(ParticipantInput(full_name="Иван Петров", email="ivan@example.ru"), TODAY) == {}
