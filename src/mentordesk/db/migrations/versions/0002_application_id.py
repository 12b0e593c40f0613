"""mark the file as a MentorDesk database (SQLite application_id "MDSK")

A desktop's file-type database (packaging/linux/org.mentordesk.MentorDesk.xml) recognises a
MentorDesk file by these four bytes at offset 68 of the SQLite header, whatever its name.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: "MDSK" read as a big-endian 32-bit integer, as SQLite stores it in the header.
APPLICATION_ID = int.from_bytes(b"MDSK", "big")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
