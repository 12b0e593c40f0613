"""The Core table handles (`db/tables.py`) name real columns with the records' types."""

from __future__ import annotations

import sqlalchemy as sa

from mentordesk.db import tables
from mentordesk.db.models import Base

#: The type a handle's column may have for each kind of record column.
_COMPATIBLE: list[tuple[type, type]] = [
    (sa.Enum, sa.String),  # an enum column holds its values as text
    (sa.Text, sa.Text),
    (sa.String, sa.String),
    (sa.Boolean, sa.Boolean),
    (sa.Integer, sa.Integer),
    (sa.Float, sa.Float),
    (sa.DateTime, sa.DateTime),  # before Date: not a subclass of it, but check it first
    (sa.Date, sa.Date),
    (sa.JSON, sa.JSON),
]


def _expected(record_type: sa.types.TypeEngine[object]) -> type:
    for kind, handle in _COMPATIBLE:
        if isinstance(record_type, kind):
            return handle
    raise AssertionError(f"no handle type for {record_type!r}")


def test_every_handle_column_is_a_record_column_of_the_same_kind() -> None:
    """A renamed or retyped column in db/models fails here instead of in the quick reads."""
    for handle in tables.ALL:
        table = Base.metadata.tables[handle.name]
        for column in handle.columns:
            assert column.name in table.columns, f"{handle.name}.{column.name}"
            wanted = _expected(table.columns[column.name].type)
            assert type(column.type) is wanted, f"{handle.name}.{column.name}: {column.type!r}"


def test_the_handles_read_what_the_records_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Dates, JSON and booleans come back as Python values through the handles too."""
    import datetime as dt

    from mentordesk.db.engine import Database
    from mentordesk.services.programs import ProgramService

    db = Database(tmp_path / "t.sqlite")
    try:
        service = ProgramService(db)
        program, _ = service.create("Autumn", start_date=dt.date(2026, 9, 1))
        service.update(program.id, matching_weights={"skills": 3}, archived=True)
        with db.connect_read() as connection:
            row = connection.execute(sa.select(tables.programs)).one()
        assert row.start_date == dt.date(2026, 9, 1)
        assert row.matching_weights == {"skills": 3}
        assert row.archived is True
        assert service.get(program.id) == service.list()[0]
        assert service.get(program.id).archived
    finally:
        db.close()
