"""membership history (status and capacity changes with their dates)

Revision ID: figures1
Revises: documents1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "figures1"
down_revision = "documents1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "membership_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("old_status", sa.Enum("applied", "screened", "trained", "active", "withdrawn",
                                        name="memberstatus", native_enum=False,
                                        create_constraint=False, length=24), nullable=False),
        sa.Column("new_status", sa.Enum("applied", "screened", "trained", "active", "withdrawn",
                                        name="memberstatus", native_enum=False,
                                        create_constraint=False, length=24), nullable=False),
        sa.Column("old_capacity", sa.Integer(), nullable=False),
        sa.Column("new_capacity", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_membership_changes_membership_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_changes")),
    )  # fmt: skip
    op.create_index(
        "ix_membership_changes_membership_date",
        "membership_changes",
        ["membership_id", "date"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_membership_changes_membership_date", table_name="membership_changes")
    op.drop_table("membership_changes")
