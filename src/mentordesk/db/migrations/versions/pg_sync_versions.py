"""record versions for optimistic concurrency; change counters for other windows

People, memberships, pairs, agreements and programs get `version` (SQLAlchemy's
version_id_col: a save against an older version is refused) and `changed_by` (who saved
last; `updated_at` says when). `change_counters` holds one counter per topic, bumped by
every write transaction, which windows poll to refresh what someone else changed.

On PostgreSQL, the per-row check that an e-mail is unique in a program (revision safety1)
becomes one check per INSERT statement on memberships, over the statement's new rows (a
transition table), planned afresh each time: the per-row trigger's cached plan, made while
the tables were empty, scanned every participant for every inserted membership (20,000
people took minutes). Updates keep the per-row trigger.

Revision ID: pgsync1 (Alembic refuses "-" in an identifier)
Revises: safety1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "pgsync1"
down_revision = "pg_district1"
branch_labels = None
depends_on = None

_VERSIONED = ("participants", "memberships", "pairs", "agreements", "programs")
_TOPICS = ("programs", "participants", "matching", "pairs", "records")


_PG_STATEMENT_CHECK = """
CREATE FUNCTION mentordesk_unique_email_inserted() RETURNS trigger LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM inserted n
        JOIN participants p ON p.id = n.participant_id
        JOIN participants other ON lower(other.email) = lower(p.email) AND other.id <> p.id
        JOIN memberships m ON m.participant_id = other.id AND m.program_id = n.program_id
        WHERE coalesce(p.email, '') <> ''
    ) THEN
        RAISE EXCEPTION 'duplicate e-mail in program' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NULL;
END
$$
"""


def _statement_check_on_postgresql() -> None:
    op.execute("DROP TRIGGER IF EXISTS memberships_unique_email ON memberships")
    op.execute(
        "CREATE TRIGGER memberships_unique_email BEFORE UPDATE OF program_id, participant_id "
        "ON memberships FOR EACH ROW EXECUTE FUNCTION mentordesk_unique_email()"
    )
    op.execute(_PG_STATEMENT_CHECK)
    op.execute(
        "CREATE TRIGGER memberships_unique_email_inserted AFTER INSERT ON memberships "
        "REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT "
        "EXECUTE FUNCTION mentordesk_unique_email_inserted()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _statement_check_on_postgresql()
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(
                sa.Column("changed_by", sa.String(200), nullable=False, server_default="")
            )
    counters = op.create_table(
        "change_counters",
        sa.Column("topic", sa.String(24), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("topic", name="pk_change_counters"),
    )
    op.bulk_insert(counters, [{"topic": t, "value": 0} for t in _TOPICS])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS memberships_unique_email_inserted ON memberships")
        op.execute("DROP FUNCTION IF EXISTS mentordesk_unique_email_inserted()")
        op.execute("DROP TRIGGER IF EXISTS memberships_unique_email ON memberships")
        op.execute(
            "CREATE TRIGGER memberships_unique_email BEFORE INSERT OR UPDATE OF program_id, "
            "participant_id ON memberships FOR EACH ROW EXECUTE FUNCTION mentordesk_unique_email()"
        )
    op.drop_table("change_counters")
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("version")
