"""Retention: a program's people are erased N years after it ends, after a preview."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.cli import main
from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.participant import ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord
from mentordesk.services.privacy import RetentionService, years_after
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService


@pytest.fixture
def programs(db: Database) -> tuple[int, int]:
    old, _ = ProgramService(db).create(
        "2020", start_date=dt.date(2019, 9, 1), end_date=dt.date(2020, 6, 30)
    )
    running, _ = ProgramService(db).create(
        "2026", start_date=dt.date(2026, 9, 1), end_date=dt.date(2027, 6, 30)
    )
    roster = RosterService(db, today=lambda: dt.date(2026, 10, 1))
    roster.add(old.id, ParticipantInput(full_name="Old Only", email="old@x.org", role=Role.MENTEE))
    pid, _ = roster.add(
        old.id, ParticipantInput(full_name="Still Here", email="still@x.org", role=Role.MENTOR)
    )
    with db.begin() as session:  # the same person, in the running program too
        session.add(MembershipRecord(program_id=running.id, participant_id=pid, role=Role.MENTOR))
    return old.id, running.id


def test_years_after_handles_leap_days() -> None:
    """29 February plus a year is 28 February."""
    assert years_after(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_due_previews_only_people_whose_every_program_has_expired(
    db: Database, programs: tuple[int, int]
) -> None:
    """Someone also in a running program is kept; the period counts from the end date."""
    old, _running = programs
    service = RetentionService(db)
    assert service.due(dt.date(2030, 1, 1)) == ()  # no retention set: nobody
    service.set_years(old, 3)
    assert service.due(dt.date(2023, 6, 29)) == ()
    due = service.due(dt.date(2023, 6, 30))
    assert [d.name for d in due] == ["Old Only"]
    assert due[0].due_since == dt.date(2023, 6, 30)


def test_run_erases_the_people_due(db: Database, programs: tuple[int, int]) -> None:
    """Running the rule erases exactly the people due; they are no longer due afterwards."""
    old, _running = programs
    service = RetentionService(db)
    service.set_years(old, 1)
    assert service.run(dt.date(2024, 1, 1)) == 1
    assert service.due(dt.date(2024, 1, 1)) == ()
    names = {r.name for r in RosterService(db).rows(old)}
    assert "Old Only" not in names and "Still Here" in names


def test_bad_settings_are_refused(db: Database, programs: tuple[int, int]) -> None:
    """A negative period, or a program with no end date, gets a clear message."""
    old, _running = programs
    with pytest.raises(ValidationError, match="between"):
        RetentionService(db).set_years(old, -1)
    undated, _ = ProgramService(db).create("Undated")
    with pytest.raises(ValidationError, match="end date"):
        RetentionService(db).set_years(undated.id, 2)


def test_cli_retention(
    db: Database, db_location: str, programs: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """`retention set`, `retention due` and `retention run --yes` from the command line."""
    base = ["--db", str(db_location), "retention"]
    assert main([*base, "set", "--program", "2020", "--years", "2"]) == 0
    assert main([*base, "due", "--today", "2023-01-01"]) == 0
    assert "Old Only" in capsys.readouterr().out
    assert main([*base, "run", "--today", "2023-01-01", "--yes"]) == 0
    assert "Erased 1 person." in capsys.readouterr().out
    assert main([*base, "set", "--program", "2020", "--years", "soon"]) == 1
