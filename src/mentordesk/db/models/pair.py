"""Pairs and groups, and everything recorded while they run."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.core.enums import (
    AgreementStatus,
    ClosureType,
    ContactMethod,
    GoalStatus,
    MeetingStatus,
    PairStatus,
    Party,
    Role,
    StepStatus,
)
from mentordesk.db.models.base import Base, TimestampMixin, VersionedMixin, enum_column


class PairRecord(VersionedMixin, TimestampMixin, Base):
    """A pair (one mentor, one mentee) or a group/circle (members in pair_members)."""

    __tablename__ = "pairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[PairStatus] = enum_column(PairStatus, default=PairStatus.PROPOSED, index=True)
    start_date: Mapped[dt.date | None]
    planned_end_date: Mapped[dt.date | None]
    score: Mapped[float | None]
    explanation: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    rationale: Mapped[str] = mapped_column(sa.Text, default="")
    approved_by: Mapped[str] = mapped_column(sa.String(200), default="")
    approved_at: Mapped[dt.datetime | None]
    pause_reason: Mapped[str] = mapped_column(sa.Text, default="")

    members: Mapped[list[PairMemberRecord]] = relationship(
        back_populates="pair", cascade="all, delete-orphan"
    )


class PairMemberRecord(Base):
    __tablename__ = "pair_members"
    __table_args__ = (sa.UniqueConstraint("pair_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = enum_column(Role)

    pair: Mapped[PairRecord] = relationship(back_populates="members")


class PairEventRecord(Base):
    """Status history of a pair: drives 'pairs by status over time' and the audit of transitions."""

    __tablename__ = "pair_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date]
    from_status: Mapped[PairStatus | None] = enum_column(PairStatus, nullable=True)
    to_status: Mapped[PairStatus] = enum_column(PairStatus)
    reason: Mapped[str] = mapped_column(sa.Text, default="")


class AgreementRecord(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"), unique=True)
    meeting_frequency: Mapped[str] = mapped_column(sa.String(100), default="")
    meeting_minutes: Mapped[int | None]
    meeting_format: Mapped[str] = mapped_column(sa.String(24), default="")
    usual_time: Mapped[str] = mapped_column(sa.String(100), default="")
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    contact_between: Mapped[str] = mapped_column(sa.Text, default="")
    duration_months: Mapped[int | None]
    midpoint_review_date: Mapped[dt.date | None]
    confidentiality: Mapped[str] = mapped_column(sa.Text, default="")
    boundaries: Mapped[str] = mapped_column(sa.Text, default="")
    obligations: Mapped[str] = mapped_column(sa.Text, default="")
    ending_clause: Mapped[str] = mapped_column(sa.Text, default="")
    notice_days: Mapped[int | None]
    status: Mapped[AgreementStatus] = enum_column(AgreementStatus, default=AgreementStatus.DRAFT)
    mentor_signed_on: Mapped[dt.date | None]
    mentee_signed_on: Mapped[dt.date | None]
    guardian_signed_on: Mapped[dt.date | None]
    coordinator_signed_on: Mapped[dt.date | None]


class IdpRecord(TimestampMixin, Base):
    """Individual Development Plan of a mentee within a program."""

    __tablename__ = "idps"
    __table_args__ = (sa.UniqueConstraint("program_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(sa.ForeignKey("programs.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    midpoint_review_date: Mapped[dt.date | None]
    final_review_date: Mapped[dt.date | None]
    strengths: Mapped[str] = mapped_column(sa.Text, default="")
    growth_areas: Mapped[str] = mapped_column(sa.Text, default="")
    short_term_aspirations: Mapped[str] = mapped_column(sa.Text, default="")
    long_term_aspirations: Mapped[str] = mapped_column(sa.Text, default="")
    baseline_rating: Mapped[int | None]
    final_rating: Mapped[int | None]
    mentee_signed_on: Mapped[dt.date | None]
    mentor_signed_on: Mapped[dt.date | None]
    coordinator_signed_on: Mapped[dt.date | None]


class GoalRecord(TimestampMixin, Base):
    """A SMART goal of a pair, optionally part of the mentee's IDP."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("pairs.id", ondelete="CASCADE"), index=True
    )
    idp_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("idps.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    statement: Mapped[str] = mapped_column(sa.Text)
    measure: Mapped[str] = mapped_column(sa.Text, default="")
    target_date: Mapped[dt.date | None]
    priority: Mapped[int] = mapped_column(default=2)
    status: Mapped[GoalStatus] = enum_column(GoalStatus, default=GoalStatus.OPEN)
    completed_on: Mapped[dt.date | None]
    resources: Mapped[str] = mapped_column(sa.Text, default="")
    mentor_role: Mapped[str] = mapped_column(sa.Text, default="")


class ActionStepRecord(Base):
    __tablename__ = "action_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(sa.ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(sa.Text)
    due_date: Mapped[dt.date | None]
    status: Mapped[StepStatus] = enum_column(StepStatus, default=StepStatus.TODO)


class GoalProgressRecord(Base):
    __tablename__ = "goal_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(sa.ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date]
    percent: Mapped[int]
    comment: Mapped[str] = mapped_column(sa.Text, default="")


class MeetingRecord(TimestampMixin, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        sa.Index("ix_meetings_pair_date", "pair_id", "date"),
        # Covering index: meeting counts, hours and first/last meeting per pair without row reads.
        sa.Index("ix_meetings_pair_status_date", "pair_id", "status", "date", "duration_minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=0)
    format: Mapped[str] = mapped_column(sa.String(24), default="")
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, default=MeetingStatus.HELD)
    topics: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")  # confidential
    next_steps: Mapped[str] = mapped_column(sa.Text, default="")
    attendees: Mapped[str] = mapped_column(sa.Text, default="")


class CheckInRecord(TimestampMixin, Base):
    """The coordinator's support contact with a pair's mentor, mentee or guardian."""

    __tablename__ = "checkins"
    __table_args__ = (sa.Index("ix_checkins_pair_date", "pair_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    party: Mapped[Party] = enum_column(Party)
    method: Mapped[ContactMethod] = enum_column(ContactMethod, default=ContactMethod.PHONE)
    rating: Mapped[int | None]
    safety_concern: Mapped[bool] = mapped_column(default=False)
    safety_note: Mapped[str] = mapped_column(sa.Text, default="")  # confidential
    safety_resolved_on: Mapped[dt.date | None]
    follow_up: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")  # confidential


class ClosureRecord(TimestampMixin, Base):
    """How a pair ended. A reopened pair keeps its closure row with reopened_on set."""

    __tablename__ = "closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(sa.ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date]
    type: Mapped[ClosureType] = enum_column(ClosureType)
    initiated_by: Mapped[str] = mapped_column(sa.String(100), default="")
    reason_code: Mapped[str] = mapped_column(sa.String(100), default="")
    mentor_feedback: Mapped[str] = mapped_column(sa.Text, default="")
    mentee_feedback: Mapped[str] = mapped_column(sa.Text, default="")
    rematch: Mapped[str] = mapped_column(sa.String(100), default="")
    reopened_on: Mapped[dt.date | None]
