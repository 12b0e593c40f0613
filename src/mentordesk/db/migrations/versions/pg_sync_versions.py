"""record versions for optimistic concurrency; change counters for other windows

People, memberships, pairs, agreements and programs get `version` (SQLAlchemy's
version_id_col: a save against an older version is refused) and `changed_by` (who saved
last; `updated_at` says when). `change_counters` holds one counter per topic, bumped by
every write transaction, which windows poll to refresh what someone else changed.

Revision ID: pgsync1 (Alembic refuses "-" in an identifier)
Revises: safety1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "pgsync1"
down_revision = "safety1"
branch_labels = None
depends_on = None

_VERSIONED = ("participants", "memberships", "pairs", "agreements", "programs")
_TOPICS = ("programs", "participants", "matching", "pairs", "records")


def upgrade() -> None:
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
    op.drop_table("change_counters")
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("version")
