"""Program service: create, rename, archive with validation and audit."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mentordesk.core.changes import Topic
from mentordesk.core.errors import ValidationError
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord
from mentordesk.services.programs.catalog import ProgramService


def test_create_rename_archive(db: Database) -> None:
    """A program can be created, renamed and archived; each returns a change set."""
    service = ProgramService(db)
    program, changes = service.create("Mentors 2026", organization="Acme")
    assert changes.touches(Topic.PROGRAMS)
    renamed, _ = service.rename(program.id, "Mentors 2026–27")
    assert renamed.name == "Mentors 2026–27"
    archived, _ = service.set_archived(program.id, True)
    assert archived.archived
    assert service.list(include_archived=False) == []
    with db.read() as session:
        actions = session.scalars(sa.select(AuditRecord.action)).all()
    assert actions == ["program.create", "program.update", "program.update"]


@pytest.mark.parametrize("name", ["", "   "])
def test_blank_name_refused(db: Database, name: str) -> None:
    """A program without a name is refused with a field message."""
    with pytest.raises(ValidationError) as error:
        ProgramService(db).create(name)
    assert error.value.fields == {"name": "required"}


def test_duplicate_name_refused_and_nothing_written(db: Database) -> None:
    """Creating or renaming onto an existing name fails and changes nothing."""
    service = ProgramService(db)
    service.create("A")
    b, _ = service.create("B")
    with pytest.raises(ValidationError):
        service.create("A")
    with pytest.raises(ValidationError):
        service.rename(b.id, "A")
    assert [p.name for p in service.list()] == ["A", "B"]
