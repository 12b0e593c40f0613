"""district mode: program access for the server's policies; who wrote each audit row

`program_access` says which database role may work on which program (coordinator or viewer);
the row-level security policies that `mentordesk district init` installs read it. On a file
it stays empty. `audit_log.actor` records who made each change (`current_user` on a server,
the operating-system user on a file); rows written before this revision read "".

Revision ID: pg_district1
Revises: safety1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "pg_district1"
down_revision = "safety1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "program_access",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("access", sa.String(length=16), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("granted_by", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_access_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("program_id", "role_name", name=op.f("pk_program_access")),
    )
    op.create_index(
        op.f("ix_program_access_role_name"), "program_access", ["role_name"], unique=False
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(
            sa.Column("actor", sa.String(length=63), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("actor")
    op.drop_index(op.f("ix_program_access_role_name"), table_name="program_access")
    op.drop_table("program_access")
