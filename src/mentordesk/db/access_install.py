"""District mode, installed: the SQL that makes the PostgreSQL server enforce db/access.py.

`init_statements` turns the access model (the groups, `SCOPES`, `VIEWER_HIDDEN`) into DDL: the
group roles, the functions the row-level security policies call, the view that tells who was a
minor on a day without showing dates of birth, and per table its policies and column grants.
Every statement is idempotent and the list follows the schema the server reports, so
`district init` is run again after every upgrade (a new table gets its policies and grants) and
refuses a table nobody classified. The table owner (the role that ran the migrations: the IT
person's) is not subject to the policies (no FORCE), so `pg_dump` and migrations see
everything.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from mentordesk.core.access import Access
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.db.access import (
    ADMIN,
    COORDINATOR,
    GROUPS,
    KEY_COLUMNS,
    SCOPES,
    UNSCOPED,
    VIEWER,
    VIEWER_HIDDEN,
)
from mentordesk.db.minors import DAY_SETTING, FUNCTION, minor_on_sql

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
