"""documents: a person's document language (the family's language for agreements, IDPs and
certificates; empty = the program's default)

Revision ID: documents1
Revises: privacy1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "documents1"
down_revision = "privacy1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(
            sa.Column("document_language", sa.String(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("document_language")
