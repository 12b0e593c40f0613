"""What the coordinator tells the matcher: exclusions and draft proposals (pins, rejections)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.core.enums import DraftState
from mentordesk.db.models.base import Base, TimestampMixin, enum_column


class ExclusionRecord(TimestampMixin, Base):
    """Must-not-pair: two people who may never be matched (siblings, direct manager …)."""

    __tablename__ = "exclusions"
    __table_args__ = (sa.UniqueConstraint("program_id", "participant_a_id", "participant_b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    participant_a_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE")
    )
    participant_b_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE")
    )
    reason: Mapped[str] = mapped_column(sa.String(200), default="")


class MatchDraftRecord(TimestampMixin, Base):
    """A proposed (mentor, mentee) before approval; pinned drafts survive re-runs."""

    __tablename__ = "match_drafts"
    __table_args__ = (sa.UniqueConstraint("program_id", "mentor_id", "mentee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[int] = mapped_column(sa.ForeignKey("participants.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = mapped_column(sa.ForeignKey("participants.id", ondelete="CASCADE"))
    state: Mapped[DraftState] = enum_column(DraftState, default=DraftState.PROPOSED)
    score: Mapped[float | None]
    explanation: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
