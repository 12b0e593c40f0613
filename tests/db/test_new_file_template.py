"""A new file is a copy of the template the migrations made at install time, when current."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentordesk.db import schema, sqlite_file
from mentordesk.db.engine import Database
from mentordesk.db.template import build_template


def _schema(path: Path) -> tuple[list[tuple[str, str]], int, list[str]]:
    connection = sqlite3.connect(path)
    try:
        objects = connection.execute(
            "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        revisions = [r for (r,) in connection.execute("SELECT version_num FROM alembic_version")]
        return objects, application_id, revisions
    finally:
        connection.close()


def _new_file(path: Path) -> Path:
    Database(path).close()
    return path


def test_template_file_equals_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tables, indexes, triggers, application id and revision: the same either way, and the
    copy needs no Alembic."""
    template = tmp_path / "template" / "new-file.sqlite"
    template.parent.mkdir()
    assert build_template(template) is True
    assert build_template(template) is False  # current: not built again
    monkeypatch.setattr(sqlite_file, "NEW_FILE_TEMPLATE", template)
    calls: list[object] = []
    monkeypatch.setattr(sqlite_file, "migrate", lambda e: calls.append(e))
    copied = _new_file(tmp_path / "copied.sqlite")
    assert calls == []  # built from the template
    monkeypatch.undo()
    monkeypatch.setattr(sqlite_file, "NEW_FILE_TEMPLATE", tmp_path / "missing.sqlite")
    migrated = _new_file(tmp_path / "migrated.sqlite")
    assert _schema(copied) == _schema(migrated)
    assert any("TRIGGER" in sql for _kind, sql in _schema(copied)[0])
    assert (copied.stat().st_mode & 0o777) == 0o600


def test_stale_template_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A template at another revision (an update added a migration) is ignored: the
    migrations build the file."""
    template = tmp_path / "new-file.sqlite"
    build_template(template)
    connection = sqlite3.connect(template)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
        connection.execute("CREATE TABLE marker (id INTEGER)")
    connection.close()
    monkeypatch.setattr(sqlite_file, "NEW_FILE_TEMPLATE", template)
    made = _new_file(tmp_path / "new.sqlite")
    objects, _id, revisions = _schema(made)
    assert revisions == sorted(schema._script_heads())
    assert not any("marker" in sql for _kind, sql in objects)
    assert build_template(template) is True  # and `make` rebuilds it


def test_damaged_template_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A template that is not a database at all is ignored, never copied."""
    template = tmp_path / "new-file.sqlite"
    template.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(sqlite_file, "NEW_FILE_TEMPLATE", template)
    made = _new_file(tmp_path / "new.sqlite")
    assert _schema(made)[2] == sorted(schema._script_heads())
