"""History the reports need so that a past period's figures never change after later edits.

A membership's status and capacity are kept on `memberships` as they are now; each change is
also written here with the day it was made, so "the status on day D" is the `old_status` of the
first change dated after D (or today's status when there is none). Pair status history is in
`pair_events`; closures stay as rows when a pair is reopened (`closures.reopened_on`).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.core.enums import MemberStatus
from mentordesk.db.models.base import Base, enum_column, utcnow


class MembershipChangeRecord(Base):
    """One change of a membership's status and/or capacity, dated the day it was made."""

    __tablename__ = "membership_changes"
    __table_args__ = (sa.Index("ix_membership_changes_membership_date", "membership_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(sa.ForeignKey("memberships.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    old_status: Mapped[MemberStatus] = enum_column(MemberStatus)
    new_status: Mapped[MemberStatus] = enum_column(MemberStatus)
    old_capacity: Mapped[int]
    new_capacity: Mapped[int]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
