"""The database file: schema from migrations, pragmas, permissions."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mentordesk.db.engine import Database
from mentordesk.db.models import Base


def test_migrations_build_exactly_the_models(db: Database) -> None:
    """The Alembic revisions and the typed models describe the same schema."""
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only(reason="pragmas, permissions and header of the file")
def test_foreign_keys_and_wal_are_on(db: Database) -> None:
    """Every connection enforces foreign keys and uses the write-ahead log."""
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        bad = sa.text(
            "INSERT INTO memberships (program_id, participant_id, role, status, capacity,"
            " ranked_choices, created_at, updated_at) VALUES (999, 999, 'mentor',"
            " 'applied', 1, '[]', '2026-01-01', '2026-01-01')"
        )
        try:
            connection.execute(bad)
        except sa.exc.IntegrityError:
            pass
        else:
            raise AssertionError("a membership of a missing program was accepted")


@pytest.mark.sqlite_only(reason="pragmas, permissions and header of the file")
def test_file_and_folder_readable_only_by_user(tmp_path: Path) -> None:
    """A new database file is 0600 in a 0700 folder."""
    path = tmp_path / "private" / "mentordesk.sqlite"
    Database(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.sqlite_only(reason="pragmas, permissions and header of the file")
def test_reopening_keeps_data(db_path: Path) -> None:
    """Opening an existing file migrates nothing away and keeps its rows."""
    first = Database(db_path)
    with first.begin() as session:
        session.execute(
            sa.text(
                "INSERT INTO programs (name, organization, format, objectives,"
                " cadence_days, meeting_minutes, agreement_defaults,"
                " matching_weights, matching_options, checkin_rules,"
                " document_settings, archived, created_at, updated_at) VALUES"
                " ('P', '', 'one-on-one', '', 14, 45, '{}', '{}', '{}', '{}', '{}',"
                " 0, '2026-01-01', '2026-01-01')"
            )
        )
    first.close()
    second = Database(db_path)
    with second.read() as session:
        assert session.execute(sa.text("SELECT name FROM programs")).scalar() == "P"
    second.close()


@pytest.mark.sqlite_only(reason="pragmas, permissions and header of the file")
def test_a_new_file_carries_the_mentordesk_application_id(tmp_path: Path) -> None:
    """The desktop's MIME rule matches "MDSK" at offset 68 of the SQLite header."""
    db = Database(tmp_path / "named anything.db")
    db.close()
    header = (tmp_path / "named anything.db").read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[68:72] == b"MDSK"
