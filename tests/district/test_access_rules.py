"""The access rules cover the whole schema (no server needed)."""

from __future__ import annotations

import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.db import access, access_install
from mentordesk.db.models import Base


def test_every_table_has_an_access_rule() -> None:
    """A new table must say how it finds its program, or a coordinator would read it all."""
    tables = set(Base.metadata.tables)
    assert tables - set(access.SCOPES) - set(access.UNSCOPED) == set()
    assert set(access.SCOPES) <= tables


def test_viewer_hidden_columns_exist() -> None:
    """Every column hidden from viewers is a real column (a typo would hide nothing)."""
    for table, hidden in access.VIEWER_HIDDEN.items():
        columns = set(Base.metadata.tables[table].columns.keys())
        assert hidden is None or hidden <= columns, table


def test_init_refuses_an_unclassified_table() -> None:
    """district init stops before granting anything on a table it does not know."""
    tables = {name: [c.name for c in t.columns] for name, t in Base.metadata.tables.items()}
    tables["secret_notes"] = ["id", "text"]
    with pytest.raises(ValidationError, match="secret_notes"):
        access_install.init_statements(tables, "public")


def test_viewer_is_granted_only_visible_columns() -> None:
    """The viewer's column grant on participants leaves out every sensitive field."""
    tables = {name: [c.name for c in t.columns] for name, t in Base.metadata.tables.items()}
    statements = access_install.init_statements(tables, "public")
    (grant,) = [s for s in statements if s.startswith("GRANT SELECT (") and " participants " in s]
    for column in ("gender", "pronouns", "identity_preferences", "notes", "email", "phone"):
        assert f" {column}," not in grant and f"({column}," not in grant
    assert "full_name" in grant
    assert "GRANT SELECT (id, participant_id) ON guardians TO mentordesk_viewer" in statements


def test_every_sensitive_person_field_is_hidden_from_viewers() -> None:
    """A field core.participant marks sensitive never reaches a viewer."""
    from mentordesk.core.participant import FIELDS

    columns = set(Base.metadata.tables["participants"].columns.keys())
    sensitive = {f.name for f in FIELDS if f.sensitive} & columns
    assert sensitive and sensitive <= (access.VIEWER_HIDDEN["participants"] or set())
    assert access.VIEWER_HIDDEN["guardians"] is None  # guardians' fields are all sensitive
