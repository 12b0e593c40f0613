"""District mode: access control that the PostgreSQL server enforces, whatever client connects.

Three group roles (NOLOGIN); each person is a login role that is a member of one of them:

- `mentordesk_admin` — the district administrator: reads and writes every program, creates
  programs, assigns coordinators and viewers (`program_access`).
- `mentordesk_coordinator` — reads and writes only the programs `program_access` assigns to
  the login (or to a group the login belongs to) with access `coordinator`.
- `mentordesk_viewer` — a principal, a funder liaison: reads the programs assigned to it
  (access `viewer`), writes nothing, and never reads a sensitive column: its SELECT privilege
  is granted column by column (`VIEWER_HIDDEN` left out), so `SELECT *` on participants fails
  and the reports, which aggregate and never read those columns, work.

Row-level security policies on every program-scoped table (`SCOPES`) call two functions,
`mentordesk_can_read(program_id)` and `mentordesk_can_write(program_id)`, which read
`program_access`. Child tables find their program through their parent; a person is scoped
through their memberships (a person in no program at all — a row being created — is visible to
coordinators, so that the roster can insert a person before their membership).

The table owner (the role that ran the migrations: the IT person's) is not subject to the
policies (no FORCE), so `pg_dump` and migrations see everything. `district init` is idempotent:
run it again after every upgrade (a new table gets its policies and grants).

Nothing here runs on SQLite: a file is one person's, and whoever opens it sees it all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa

from mentordesk.core.access import Access
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.db.minors import DAY_SETTING, FUNCTION, minor_on_sql

ADMIN = "mentordesk_admin"
COORDINATOR = "mentordesk_coordinator"
VIEWER = "mentordesk_viewer"
GROUPS = (ADMIN, COORDINATOR, VIEWER)


#: How each table finds its program: an SQL expression over the table's own columns giving the
#: program id ("person" = scoped through the person's memberships, "admin" = administrators
#: only). Subqueries read the parent table under the same policies, so an invisible parent
#: hides its children. A test checks every table of the schema is listed here.
_PAIR = "(SELECT p.program_id FROM pairs p WHERE p.id = {t}.pair_id)"
_GOAL = (
    "(SELECT coalesce(p.program_id, i.program_id) FROM goals g "
    "LEFT JOIN pairs p ON p.id = g.pair_id LEFT JOIN idps i ON i.id = g.idp_id "
    "WHERE g.id = {t}.goal_id)"
)
SCOPES: dict[str, str] = {
    "programs": "{t}.id",
    "memberships": "{t}.program_id",
    "exclusions": "{t}.program_id",
    "match_drafts": "{t}.program_id",
    "pairs": "{t}.program_id",
    "idps": "{t}.program_id",
    "audit_log": "{t}.program_id",
    "pair_members": _PAIR,
    "pair_events": _PAIR,
    "agreements": _PAIR,
    "meetings": _PAIR,
    "checkins": _PAIR,
    "closures": _PAIR,
    "goals": (
        "coalesce((SELECT p.program_id FROM pairs p WHERE p.id = {t}.pair_id), "
        "(SELECT i.program_id FROM idps i WHERE i.id = {t}.idp_id))"
    ),
    "action_steps": _GOAL,
    "goal_progress": _GOAL,
    "membership_changes": (
        "(SELECT m.program_id FROM memberships m WHERE m.id = {t}.membership_id)"
    ),
    "participants": "person:{t}.id",
    "screenings": "person:{t}.participant_id",
    "screening_references": "person:{t}.participant_id",
    "trainings": "person:{t}.participant_id",
    "guardians": "person:{t}.participant_id",
}
#: Tables outside the policies: the schema version (read by everyone, written by the owner),
#: the assignments themselves (policies of their own below) and the change counters (one row
#: per topic, no data about anyone: every window polls them, every writer bumps them).
UNSCOPED = ("alembic_version", "program_access", "change_counters")

#: The columns that link rows (ids and the keys the policies follow to a program).
KEY_COLUMNS = frozenset(
    {"id", "program_id", "pair_id", "participant_id", "idp_id", "goal_id", "membership_id"}
)

#: Columns a viewer never reads: the sensitive and confidential fields, contact details, free
#: text about people. A table listed with None is closed to viewers but for its KEY_COLUMNS.
VIEWER_HIDDEN: dict[str, frozenset[str] | None] = {
    "participants": frozenset(
        {
            "email",
            "phone",
            "date_of_birth",
            "gender",
            "pronouns",
            "identity_preferences",
            "notes",
            "location",
        }
    ),
    "screenings": frozenset({"notes", "interview_outcome", "background_check_result"}),
    "screening_references": None,
    "guardians": None,
    "meetings": frozenset({"notes", "topics", "next_steps", "attendees"}),
    "checkins": frozenset({"notes", "safety_note", "follow_up"}),
    "closures": frozenset({"mentor_feedback", "mentee_feedback"}),
    "agreements": None,
    "idps": None,
    # Goals are counted by the reports (goal completion, progress); their text is hidden.
    "goals": frozenset({"statement", "measure", "resources", "mentor_role"}),
    "goal_progress": frozenset({"comment"}),
    "action_steps": None,
    "audit_log": None,
    "exclusions": None,
    "match_drafts": None,
    "memberships": frozenset({"ranked_choices"}),
}

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION mentordesk_is_admin() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, '{ADMIN}', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION mentordesk_has_access(program integer, wanted text[])
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM program_access a JOIN pg_roles r ON r.rolname = a.role_name
    WHERE a.program_id = program AND a.access = ANY (wanted)
      AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

CREATE OR REPLACE FUNCTION mentordesk_can_read(program integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT mentordesk_is_admin()
      OR mentordesk_has_access(program, ARRAY['{Access.COORDINATOR}', '{Access.VIEWER}'])
$$;

CREATE OR REPLACE FUNCTION mentordesk_can_write(program integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT mentordesk_is_admin() OR mentordesk_has_access(program, ARRAY['{Access.COORDINATOR}'])
$$;

-- Whether a person belongs to no program at all, whatever the caller may see (so it runs as
-- the owner). It answers yes or no and reveals nothing else.
CREATE OR REPLACE FUNCTION mentordesk_in_no_program(person integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM memberships m WHERE m.participant_id = person)
$$;

CREATE OR REPLACE FUNCTION mentordesk_person_visible(person integer, writing boolean)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT mentordesk_is_admin()
      OR EXISTS (
        SELECT 1 FROM memberships m WHERE m.participant_id = person
          AND CASE WHEN writing THEN mentordesk_can_write(m.program_id)
                   ELSE mentordesk_can_read(m.program_id) END)
      OR (pg_has_role(current_user, '{COORDINATOR}', 'MEMBER')
          AND mentordesk_in_no_program(person))
$$;
"""

#: "Who was a minor on day D" for roles that may not read dates of birth (db/minors.py). A view
#: reads the column with its owner's rights (a viewer cannot), filters the people by the same
#: `mentordesk_person_visible` as the policies (evaluated as the querying role: `current_user`
#: in a view is the caller) and returns ids only; security_barrier keeps the caller's own
#: conditions from being evaluated before that filter. The day travels in a transaction-local
#: setting because a view takes no argument; the function sets it and reads the view.
_DAY = f"NULLIF(current_setting('{DAY_SETTING}', true), '')::date"
_MINORS = f"""
CREATE OR REPLACE VIEW mentordesk_minors WITH (security_barrier) AS
  SELECT p.id AS participant_id FROM participants p
  WHERE {minor_on_sql("p.date_of_birth", _DAY)} AND mentordesk_person_visible(p.id, false);

CREATE OR REPLACE FUNCTION {FUNCTION}(day date) RETURNS SETOF integer
LANGUAGE sql VOLATILE AS $$
  SELECT set_config('{DAY_SETTING}', day::text, true);
  SELECT participant_id FROM mentordesk_minors;
$$;
"""


def _policy_condition(table: str, writing: bool) -> str:
    scope = SCOPES[table].format(t=table)
    if scope.startswith("person:"):
        return f"mentordesk_person_visible({scope.removeprefix('person:')}, {str(writing).lower()})"
    function = "mentordesk_can_write" if writing else "mentordesk_can_read"
    return f"{function}({scope})"


def _policies(table: str) -> list[str]:
    read = _policy_condition(table, writing=False)
    write = _policy_condition(table, writing=True)
    insert = write
    if table == "programs":
        # Creating a program is the administrator's; a coordinator edits assigned ones.
        insert = "mentordesk_is_admin()"
    if table == "audit_log":
        # Every change is signed by the role that made it; rows about no program are the
        # administrator's to read.
        insert = f"actor = current_user AND ({table}.program_id IS NULL OR {write})"
        read = f"({table}.program_id IS NULL AND mentordesk_is_admin()) OR {read}"
    statements = [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        *(
            f"DROP POLICY IF EXISTS mentordesk_{kind} ON {table}"
            for kind in ("read", "insert", "update", "delete")
        ),
        f"CREATE POLICY mentordesk_read ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY mentordesk_insert ON {table} FOR INSERT WITH CHECK ({insert})",
        f"CREATE POLICY mentordesk_update ON {table} FOR UPDATE USING ({write}) "
        f"WITH CHECK ({write})",
        f"CREATE POLICY mentordesk_delete ON {table} FOR DELETE USING ({write})",
    ]
    return statements


def _create_group(name: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} NOLOGIN; END IF; END $$"
    )


def _admin_of(group: str) -> str:
    """The administrator hands out `group` (WITH ADMIN) without inheriting it; granted once
    (a second database's owner on the same server could not grant it again)."""
    return (
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_auth_members am "
        f"JOIN pg_roles g ON g.oid = am.roleid AND g.rolname = '{group}' "
        f"JOIN pg_roles a ON a.oid = am.member AND a.rolname = '{ADMIN}' "
        f"WHERE am.admin_option) THEN GRANT {group} TO {ADMIN} "
        "WITH ADMIN TRUE, INHERIT FALSE, SET FALSE; END IF; END $$"
    )


def _grants(table: str, columns: Sequence[str]) -> list[str]:
    staff = f"{ADMIN}, {COORDINATOR}"
    out = [f"REVOKE ALL ON {table} FROM {ADMIN}, {COORDINATOR}, {VIEWER}"]
    if table == "audit_log":
        # Append-only for everyone but the owner: the log cannot be rewritten.
        out.append(f"GRANT SELECT, INSERT ON {table} TO {staff}")
    else:
        out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {staff}")
    hidden = VIEWER_HIDDEN.get(table, frozenset())
    # A closed table still shows a viewer its keys (rows of assigned programs only): opening a
    # database looks into every table, and the policies of child tables look up their
    # parents' keys as the querying role. Keys link rows; they say nothing about anyone.
    if hidden is None:
        visible = [c for c in columns if c in KEY_COLUMNS]
    else:
        visible = [c for c in columns if c not in hidden]
    out.append(f"GRANT SELECT ({', '.join(visible)}) ON {table} TO {VIEWER}")
    return out


def init_statements(session_tables: dict[str, list[str]], schema: str) -> list[str]:
    """Every statement `district init` runs, in order (each one idempotent).

    `session_tables` maps each table of the schema to its columns (read from the server, so
    the grants follow the schema the migrations built)."""
    unknown = sorted(set(session_tables) - set(SCOPES) - set(UNSCOPED))
    if unknown:
        # A table nobody classified would be readable by every coordinator: refuse.
        raise ValidationError(
            t(
                "These tables have no access rule yet: {names}; update MentorDesk",
                names=", ".join(unknown),
            )
        )
    statements = [_create_group(name) for name in GROUPS]
    statements += [
        f"GRANT USAGE ON SCHEMA {schema} TO {', '.join(GROUPS)}",
        *(_admin_of(group) for group in (COORDINATOR, VIEWER)),
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {ADMIN}, {COORDINATOR}",
        _FUNCTIONS.replace("{schema}", schema),
        "REVOKE ALL ON FUNCTION mentordesk_in_no_program(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION mentordesk_in_no_program(integer) TO {', '.join(GROUPS)}",
        _MINORS,
        "REVOKE ALL ON mentordesk_minors FROM PUBLIC",
        f"GRANT SELECT ON mentordesk_minors TO {', '.join(GROUPS)}",
    ]
    for table, columns in sorted(session_tables.items()):
        if table == "alembic_version":
            statements.append(f"GRANT SELECT ON alembic_version TO {', '.join(GROUPS)}")
        elif table == "change_counters":
            statements += [
                f"GRANT SELECT ON change_counters TO {', '.join(GROUPS)}",
                f"GRANT INSERT, UPDATE ON change_counters TO {ADMIN}, {COORDINATOR}",
            ]
        elif table == "program_access":
            statements += [
                f"REVOKE ALL ON program_access FROM {', '.join(GROUPS)}",
                f"GRANT SELECT ON program_access TO {', '.join(GROUPS)}",
                f"GRANT INSERT, UPDATE, DELETE ON program_access TO {ADMIN}",
                "ALTER TABLE program_access ENABLE ROW LEVEL SECURITY",
                *(
                    f"DROP POLICY IF EXISTS mentordesk_{kind} ON program_access"
                    for kind in ("read", "admin")
                ),
                # Everyone may see their own assignments (the policies need them); the
                # administrator sees and changes them all.
                "CREATE POLICY mentordesk_read ON program_access FOR SELECT USING ("
                "mentordesk_is_admin() OR role_name IN (SELECT r.rolname FROM pg_roles r "
                "WHERE pg_has_role(current_user, r.oid, 'MEMBER')))",
                "CREATE POLICY mentordesk_admin ON program_access FOR ALL "
                "USING (mentordesk_is_admin()) WITH CHECK (mentordesk_is_admin())",
            ]
        else:
            statements += _grants(table, columns)
            statements += _policies(table)
            if table == "audit_log":
                # Whoever writes, with whatever client, the row names the role that wrote it.
                statements.append(
                    "ALTER TABLE audit_log ALTER COLUMN actor SET DEFAULT current_user"
                )
    return statements


def schema_tables(connection: sa.Connection) -> tuple[str, dict[str, list[str]]]:
    """The current schema's name and its tables with their columns, as the server sees them."""
    schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
    rows = connection.execute(
        sa.text(
            # Tables only: the views district init creates are not part of the schema.
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
            "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
            "WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position"
        )
    ).all()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return schema, tables


def install(connection: sa.Connection) -> int:
    """Create the group roles, policies and grants (idempotent); returns the tables covered.

    Run by the owner of the tables (who must also be allowed to create roles)."""
    schema, tables = schema_tables(connection)
    if "programs" not in tables:
        raise ValidationError(
            t(
                "This database has no MentorDesk tables yet; open it once with MentorDesk (or "
                "run `mentordesk --db … programs`) to create them, then run district init"
            )
        )
    for statement in init_statements(tables, schema):
        connection.execute(sa.text(statement))
    return sum(1 for t in tables if t in SCOPES)


_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-@]{0,62}$")


def quote_role(connection: sa.Connection, name: str) -> str:
    """A role name checked and quoted for DDL (GRANT … TO "name")."""
    if not _ROLE_NAME.match(name):
        raise ValidationError(t("{name} is not a role name MentorDesk accepts", name=repr(name)))
    quoted: str = connection.execute(sa.text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()
    return quoted


def role_exists(connection: sa.Connection, name: str) -> bool:
    return bool(
        connection.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
    )


def member_of(connection: sa.Connection, name: str) -> set[str]:
    """The MentorDesk groups `name` belongs to (directly or through another group)."""
    rows = connection.execute(
        sa.text(
            "SELECT g FROM unnest(CAST(:groups AS text[])) AS g WHERE pg_has_role(:n, g, 'MEMBER')"
        ),
        {"groups": list(GROUPS), "n": name},
    ).scalars()
    return set(rows)


def role_kind(connection: sa.Connection) -> tuple[str, str | None]:
    """The connected role and what it is in MentorDesk: "admin", "coordinator", "viewer", or
    None (no group: the tables' owner, or someone not granted yet)."""
    role = current_role(connection)
    groups = member_of(connection, role)
    for group, kind in ((ADMIN, "admin"), (COORDINATOR, "coordinator"), (VIEWER, "viewer")):
        if group in groups:
            return role, kind
    return role, None


def current_role(connection: sa.Connection) -> str:
    return str(connection.execute(sa.text("SELECT current_user")).scalar_one())
