"""A sample program built once per test session and copied for each test that needs one."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ExclusionRecord,
    MatchDraftRecord,
    ReferenceRecord,
    ScreeningRecord,
    TrainingRecord,
)
from mentordesk.services.common import audit
from mentordesk.services.roster import RosterService
from mentordesk.services.sample import create_sample_program

SAMPLE_PROGRAM = "Riverside Mentoring 2026–27 (sample)"


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    db = Database(path)
    create_sample_program(db)
    db.close()
    return path


@pytest.fixture
def sample_path(_sample_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample program's file (60 people, pairs, meetings, IDPs …)."""
    target = tmp_path / "work" / "sample.sqlite"
    target.parent.mkdir(mode=0o700)
    shutil.copyfile(_sample_file, target)
    target.chmod(0o600)
    return target


@dataclass(frozen=True)
class Person:
    """A mentee of the sample who has everything: guardian, pair, meetings, IDP, goals,
    screening, a reference, training, an exclusion, a match draft and audit entries."""

    id: int
    name: str
    email: str
    guardian: str
    note: str
    program_id: int
    pair_id: int
    partner_id: int


NOTE = "Confided a worry about home; follow up with the school counsellor"


def enrich(db: Database) -> Person:
    """Pick the sample's first mentee with a guardian and a pair and give them every record."""
    with db.begin() as session:
        pid, pair_id = session.execute(
            sa.text(
                "SELECT g.participant_id, pm.pair_id FROM guardians g"
                " JOIN pair_members pm ON pm.participant_id = g.participant_id"
                " ORDER BY g.participant_id LIMIT 1"
            )
        ).one()
        partner = session.scalar(
            sa.text(
                "SELECT participant_id FROM pair_members"
                " WHERE pair_id = :p AND participant_id != :i"
            ),
            {"p": pair_id, "i": pid},
        )
        program_id = session.scalar(
            sa.text("SELECT program_id FROM memberships WHERE participant_id = :i"), {"i": pid}
        )
        other = session.scalar(
            sa.text(
                "SELECT participant_id FROM memberships WHERE role = 'mentor'"
                " AND participant_id != :p ORDER BY participant_id LIMIT 1"
            ),
            {"p": partner},
        )
        session.add(ScreeningRecord(participant_id=pid, notes="screening note"))
        session.add(ReferenceRecord(participant_id=pid, name="Ref Person", relation="teacher"))
        session.add(TrainingRecord(participant_id=pid, date=dt.date(2026, 9, 1), hours=2))
        session.add(
            ExclusionRecord(
                program_id=program_id, participant_a_id=pid, participant_b_id=other, reason="x"
            )
        )
        session.add(MatchDraftRecord(program_id=program_id, mentor_id=other, mentee_id=pid))
    service = RosterService(db)
    person = service.get(program_id, pid)
    service.update(program_id, pid, replace(person, notes=NOTE))
    with db.read() as session:
        row = session.execute(
            sa.text(
                "SELECT p.full_name, p.email, g.name FROM participants p"
                " JOIN guardians g ON g.participant_id = p.id WHERE p.id = :i"
            ),
            {"i": pid},
        ).one()
        # Someone else ranked this person first: their choice names them.
        session.execute(
            sa.text("UPDATE memberships SET ranked_choices = :c WHERE participant_id = :o"),
            {"c": json.dumps([row.email]), "o": partner},
        )
        session.commit()
    with db.begin() as session:
        audit(session, "exclusion.add", program_id=program_id, details={"a": row.full_name})
    return Person(pid, row.full_name, row.email, row.name, NOTE, program_id, pair_id, partner)
