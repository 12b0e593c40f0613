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

The statements that install all this on a server (`district init`) are built in
access_install.py; this module is the model they follow (the groups, how each table finds its
program, what a viewer never reads) and the look-ups of who is connected.

Nothing here runs on SQLite: a file is one person's, and whoever opens it sees it all.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t

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
