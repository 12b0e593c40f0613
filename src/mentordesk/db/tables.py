"""SQLAlchemy Core handles on the tables that the quick reads use (no ORM).

The roster, the live-pair counts and the program list are read the moment the application
opens a file, before the first click; `mentordesk match` reads a program and rewrites its drafts
in well under a second. They use these handles, so they need neither `sqlalchemy.orm` nor the
21 mapped records of `db/models` (a quarter of a second and more under load, on the interpreter
lock the window is painting with). Only their readers use them, so each of these reads still
has one definition.

The schema is still declared once, by the records in `db/models` (and built by the
migrations). These handles only name the tables and the columns those reads need, with the
types that turn stored values back into Python ones (dates, JSON, booleans); enums come back as
their stored values. `tests/db/test_tables.py` checks every column against the records.
"""

from __future__ import annotations

import sqlalchemy as sa

participants = sa.table(
    "participants",
    sa.column("id", sa.Integer),
    sa.column("full_name", sa.String),
    sa.column("org_unit", sa.String),
    sa.column("email", sa.String),
    sa.column("date_of_birth", sa.Date),
    # What matching reads of a person (services/matching/data.py).
    sa.column("seniority", sa.Integer),
    sa.column("time_zone", sa.String),
    sa.column("preferred_format", sa.String),
    sa.column("gender", sa.String),
    sa.column("identity_preferences", sa.Text),
    sa.column("skills_offered", sa.JSON),
    sa.column("skills_sought", sa.JSON),
    sa.column("interests", sa.JSON),
    sa.column("goals", sa.JSON),
    sa.column("languages", sa.JSON),
    sa.column("availability", sa.JSON),
)

memberships = sa.table(
    "memberships",
    sa.column("id", sa.Integer),
    sa.column("program_id", sa.Integer),
    sa.column("participant_id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("status", sa.String),
    sa.column("capacity", sa.Integer),
    sa.column("ranked_choices", sa.JSON),
)

screenings = sa.table(
    "screenings",
    sa.column("participant_id", sa.Integer),
    sa.column("decision", sa.String),
    sa.column("background_check_expiry", sa.Date),
)

pairs = sa.table(
    "pairs",
    sa.column("id", sa.Integer),
    sa.column("program_id", sa.Integer),
    sa.column("status", sa.String),
)

pair_members = sa.table(
    "pair_members",
    sa.column("pair_id", sa.Integer),
    sa.column("participant_id", sa.Integer),
    sa.column("role", sa.String),
)

programs = sa.table(
    "programs",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("organization", sa.String),
    sa.column("format", sa.String),
    sa.column("start_date", sa.Date),
    sa.column("end_date", sa.Date),
    sa.column("objectives", sa.Text),
    sa.column("cadence_days", sa.Integer),
    sa.column("meeting_minutes", sa.Integer),
    sa.column("archived", sa.Boolean),
    sa.column("previous_program_id", sa.Integer),
    sa.column("agreement_defaults", sa.JSON),
    sa.column("matching_weights", sa.JSON),
    sa.column("matching_options", sa.JSON),
    sa.column("checkin_rules", sa.JSON),
    sa.column("document_settings", sa.JSON),
    sa.column("version", sa.Integer),
    sa.column("changed_by", sa.String),
    sa.column("updated_at", sa.DateTime),
)

#: Matching's own tables: a run reads the exclusions and rewrites the drafts without the ORM.
exclusions = sa.table(
    "exclusions",
    sa.column("id", sa.Integer),
    sa.column("program_id", sa.Integer),
    sa.column("participant_a_id", sa.Integer),
    sa.column("participant_b_id", sa.Integer),
    sa.column("reason", sa.String),
)

match_drafts = sa.table(
    "match_drafts",
    sa.column("id", sa.Integer),
    sa.column("program_id", sa.Integer),
    sa.column("mentor_id", sa.Integer),
    sa.column("mentee_id", sa.Integer),
    sa.column("state", sa.String),
    sa.column("score", sa.Float),
    sa.column("explanation", sa.JSON),
    sa.column("reason", sa.Text),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
)

#: The audit log, as `services.common.audit` writes it on a Core connection.
audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("program_id", sa.Integer),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("details", sa.JSON),
    sa.column("reason", sa.Text),
)

#: What another window or process changed (services.common.ChangeFeed polls it every couple
#: of seconds from the moment a file is open, before the ORM has loaded).
change_counters = sa.table(
    "change_counters",
    sa.column("topic", sa.String),
    sa.column("value", sa.Integer),
)

ALL = (
    participants,
    memberships,
    screenings,
    pairs,
    pair_members,
    programs,
    exclusions,
    match_drafts,
    audit_log,
    change_counters,
)
