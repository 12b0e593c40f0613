"""On a district server a coordinator's edit is signed with its own role, in the record's
changed_by and in the audit log alike."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from mentordesk.services.roster.people import RosterService
from tests.district.conftest import District

pytestmark = pytest.mark.postgresql


def test_coordinator_signs_record_and_audit_with_its_role(district: District) -> None:
    """changed_by = audit actor = the coordinator's login, not the URL's or the OS user."""
    db = district.db("coord_north")
    north = district.programs["North"]
    service = RosterService(db)
    row = service.rows(north)[0]
    person = service.get(north, row.participant_id)
    service.update(north, row.participant_id, dataclasses.replace(person, phone="0202"))
    engine = district.engine("owner")
    with engine.connect() as c:
        changed_by = c.execute(
            sa.text("SELECT changed_by FROM participants WHERE id = :i"),
            {"i": row.participant_id},
        ).scalar_one()
        actor = c.execute(
            sa.text("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")
        ).scalar_one()
    engine.dispose()
    assert changed_by == actor == district.roles["coord_north"]
