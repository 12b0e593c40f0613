"""Row-level security on a district server, proved with plain SQL as each role."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mentordesk.core.access import Access
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.services.district import DistrictService
from tests.district.conftest import District

pytestmark = pytest.mark.postgresql


def _all(district: District, role: str, sql: str, **params: object) -> list[tuple]:
    engine = district.engine(role)
    try:
        with engine.connect() as c:
            return [tuple(r) for r in c.execute(sa.text(sql), params)]
    finally:
        engine.dispose()


def _run(district: District, role: str, sql: str, **params: object) -> int:
    """Execute a write as `role`; the number of rows it changed."""
    engine = district.engine(role)
    try:
        with engine.begin() as c:
            return c.execute(sa.text(sql), params).rowcount
    finally:
        engine.dispose()


def _names(district: District, role: str) -> set[str]:
    return {r[0] for r in _all(district, role, "SELECT full_name FROM participants")}


def test_coordinator_reads_only_assigned_program(district: District) -> None:
    """A coordinator sees the people, pairs, meetings and guardians of their program only."""
    assert _names(district, "coord_north") == {"North Mentor", "North Mentee"}
    north, south = district.programs["North"], district.programs["South"]
    assert _all(district, "coord_north", "SELECT id FROM programs") == [(north,)]
    assert {r[0] for r in _all(district, "coord_north", "SELECT program_id FROM pairs")} == {north}
    notes = _all(district, "coord_north", "SELECT notes FROM meetings")
    assert notes == [("North meeting notes",)]
    assert _all(district, "coord_north", "SELECT name FROM guardians") == [("North Guardian",)]
    assert _all(district, "coord_north", "SELECT count(*) FROM checkins") == [(1,)]
    # Even asked for by id, the other program's rows are not there.
    rows = "SELECT count(*) FROM memberships WHERE program_id = :p"
    assert _all(district, "coord_north", rows, p=south) == [(0,)]


def test_coordinator_cannot_write_other_program(district: District) -> None:
    """Updates and deletes of another program's rows touch nothing; inserts are refused."""
    south = district.programs["South"]
    assert _run(district, "coord_north", "UPDATE participants SET notes = 'x'") == 2
    assert (
        _run(
            district, "coord_north", "DELETE FROM meetings WHERE pair_id IN (SELECT id FROM pairs)"
        )
        == 1
    )
    assert (
        _run(district, "coord_north", "UPDATE programs SET name = 'Mine' WHERE id = :p", p=south)
        == 0
    )
    south_pair = _all(district, "coord_south", "SELECT id FROM pairs")[0][0]
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        _run(
            district,
            "coord_north",
            "INSERT INTO meetings (pair_id, date, duration_minutes, "
            "format, status, topics, notes, next_steps, attendees, created_at, updated_at) "
            "VALUES (:p, '2026-10-01', 30, '', 'held', '', '', '', '', now(), now())",
            p=south_pair,
        )
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        _run(district, "coord_north", "UPDATE pairs SET program_id = :p", p=south)
    # South's data is as it was.
    assert _all(district, "coord_south", "SELECT count(*) FROM meetings") == [(1,)]
    assert _all(district, "coord_south", "SELECT notes FROM participants WHERE notes = 'x'") == []


def test_coordinator_cannot_create_programs_or_grant_itself(district: District) -> None:
    """Programs and assignments are the administrator's."""
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        _run(
            district,
            "coord_north",
            "INSERT INTO programs (name, organization, format, "
            "objectives, cadence_days, meeting_minutes, agreement_defaults, matching_weights, "
            "matching_options, checkin_rules, document_settings, archived, created_at, "
            "updated_at) VALUES ('Mine', '', 'one_on_one', '', 14, 45, '{}', '{}', '{}', '{}', "
            "'{}', false, now(), now())",
        )
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _run(
            district,
            "coord_north",
            "INSERT INTO program_access (program_id, role_name, "
            "access, granted_at, granted_by) VALUES (:p, current_user, 'coordinator', now(), "
            "'')",
            p=district.programs["South"],
        )
    with pytest.raises(ValidationError, match="administrator"):
        DistrictService(district.db("coord_north")).grant(
            district.roles["coord_north"], "South", Access.COORDINATOR
        )


def test_viewer_reads_figures_never_sensitive_columns(district: District) -> None:
    """A viewer counts the assigned program's rows but cannot read contact, sensitive or
    confidential columns, guardians, or anything of other programs, and writes nothing."""
    assert _all(district, "funder", "SELECT count(*) FROM pairs") == [(1,)]
    assert _all(district, "funder", "SELECT count(*), sum(duration_minutes) FROM meetings") == [
        (1, 60)
    ]
    assert _all(district, "funder", "SELECT rating FROM checkins") == [(4,)]
    assert _names(district, "funder") == {"South Mentor", "South Mentee"}
    for column in ("email", "gender", "pronouns", "notes", "date_of_birth", "phone"):
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _all(district, "funder", f"SELECT {column} FROM participants")
    for sql in (
        "SELECT * FROM participants",
        "SELECT notes FROM meetings",
        "SELECT safety_note FROM checkins",
        "SELECT name FROM guardians",
    ):
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _all(district, "funder", sql)
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _run(district, "funder", "UPDATE pairs SET rationale = 'x'")


def test_administrator_sees_every_program(district: District) -> None:
    """The district administrator reads and writes all programs."""
    assert _names(district, "admin") == {
        "North Mentor",
        "North Mentee",
        "South Mentor",
        "South Mentee",
    }
    assert _run(district, "admin", "UPDATE pairs SET rationale = 'reviewed'") == 2


def test_audit_rows_name_the_role_that_wrote_them(district: District) -> None:
    """The server records current_user as the actor and refuses a forged one."""
    north = district.programs["North"]
    insert = (
        "INSERT INTO audit_log (at, program_id, action, entity, details, reason{col}) "
        "VALUES (now(), :p, 'test', '', '{{}}', ''{val})"
    )
    _run(district, "coord_north", insert.format(col="", val=""), p=north)
    actors = _all(district, "admin", "SELECT actor FROM audit_log WHERE action = 'test'")
    assert actors == [(district.roles["coord_north"],)]
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        _run(district, "coord_north", insert.format(col=", actor", val=", 'someone_else'"), p=north)
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _run(district, "coord_north", "DELETE FROM audit_log")


def test_grant_and_revoke_change_what_a_role_sees(district: District) -> None:
    """After grant the coordinator sees the second program; after revoke, neither."""
    admin = DistrictService(district.db("admin"))
    coord = district.roles["coord_north"]
    admin.grant(coord, "South", Access.COORDINATOR)
    assert len(_names(district, "coord_north")) == 4
    admin.revoke(coord, "South")
    assert _names(district, "coord_north") == {"North Mentor", "North Mentee"}
    admin.revoke(coord, "North")
    # With no program left the role leaves the coordinator group: no table is open to it.
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _names(district, "coord_north")
    listed = {(g.program_name, g.role_name, g.access) for g in admin.grants()}
    assert listed == {
        ("South", district.roles["coord_south"], Access.COORDINATOR),
        ("South", district.roles["funder"], Access.VIEWER),
    }
    actions = _all(
        district,
        "admin",
        "SELECT action, actor FROM audit_log WHERE action LIKE 'district.%' ORDER BY id",
    )
    assert actions[-1] == ("district.revoke", district.roles["admin"])


def test_grant_refuses_bad_requests(district: District) -> None:
    """Unknown roles and programs, and a viewer who is already a coordinator, are refused."""
    admin = DistrictService(district.db("admin"))
    with pytest.raises(ValidationError, match="no role 'nobody'"):
        admin.grant("nobody", "North", Access.COORDINATOR)
    with pytest.raises(NotFoundError, match="No program named 'West'"):
        admin.grant(district.roles["coord_north"], "West", Access.COORDINATOR)
    with pytest.raises(ValidationError, match="coordinator elsewhere"):
        admin.grant(district.roles["coord_north"], "South", Access.VIEWER)
    with pytest.raises(ValidationError, match="not a role name"):
        admin.grant('x"; DROP TABLE programs; --', "North", Access.COORDINATOR)


def test_init_runs_again_without_change(district: District) -> None:
    """district init is idempotent: a second run keeps assignments and policies."""
    DistrictService(district.db("owner")).init()
    assert _names(district, "coord_north") == {"North Mentor", "North Mentee"}
    assert _all(district, "funder", "SELECT count(*) FROM pairs") == [(1,)]
