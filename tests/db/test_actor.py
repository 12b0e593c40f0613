"""One "who changed it": a record's changed_by and the audit log's actor name the same writer
— the server's role on PostgreSQL, the operating-system user (and host) on a file."""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa

from mentordesk.db.actor import current_actor
from mentordesk.db.engine import Database
from mentordesk.services.roster.people import RosterService
from tests.services.pairs_setup import make_cohort


def test_changed_by_and_audit_actor_agree(db: Database) -> None:
    """An edit signs the person and its audit row with one name, the engine's writer."""
    cohort = make_cohort(db)
    program_id, person_id = cohort.program_id, cohort.mentees[0]
    service = RosterService(db)
    person = service.get(program_id, person_id)
    service.update(program_id, person_id, dataclasses.replace(person, phone="0101"))
    with db.connect_read() as c:
        changed_by = c.execute(
            sa.text("SELECT changed_by FROM participants WHERE id = :i"), {"i": person_id}
        ).scalar_one()
        actor = c.execute(
            sa.text(
                "SELECT actor FROM audit_log WHERE action = 'participant.update' "
                "ORDER BY id DESC LIMIT 1"
            )
        ).scalar_one()
        if db.is_server:
            expected = c.execute(sa.text("SELECT current_user")).scalar_one()
        else:
            expected = current_actor()
    assert changed_by == actor == expected
