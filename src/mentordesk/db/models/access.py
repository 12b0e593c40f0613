"""District mode: which database role may work on which program (read by the server's
row-level security policies, `db/access.py`)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.db.models.base import Base, utcnow


class ProgramAccessRecord(Base):
    """One role's access to one program: `coordinator` (read and write) or `viewer` (reports).

    On a file (SQLite) the table stays empty: whoever can open the file sees everything.
    """

    __tablename__ = "program_access"

    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    # A PostgreSQL role name (a login, or a group of logins); 63 bytes is the server's limit.
    role_name: Mapped[str] = mapped_column(sa.String(63), primary_key=True, index=True)
    access: Mapped[str] = mapped_column(sa.String(16))
    granted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    granted_by: Mapped[str] = mapped_column(sa.String(63), default="")
