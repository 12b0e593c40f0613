"""People, their membership in programs, screening and guardians."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.db.models.base import (
    Base,
    TimestampMixin,
    VersionedMixin,
    casefolded,
    enum_column,
    name_type,
)


class ParticipantRecord(VersionedMixin, TimestampMixin, Base):
    """A person. Roles and status live on the membership, per program."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(name_type(200), index=True)
    preferred_name: Mapped[str] = mapped_column(sa.String(200), default="")
    # The language documents about this person print in (a guardian's language), e.g. "es";
    # empty: the program's default document language.
    document_language: Mapped[str] = mapped_column(sa.String(16), default="", server_default="")
    email: Mapped[str | None] = mapped_column(sa.String(320))
    phone: Mapped[str] = mapped_column(sa.String(64), default="")
    date_of_birth: Mapped[dt.date | None]
    grade: Mapped[str] = mapped_column(sa.String(32), default="")
    org_unit: Mapped[str] = mapped_column(sa.String(200), default="")
    # Years of experience for staff, school year for students; compared for the seniority rule.
    seniority: Mapped[int | None]
    skills_offered: Mapped[list[str]] = mapped_column(default=list)
    skills_sought: Mapped[list[str]] = mapped_column(default=list)
    interests: Mapped[list[str]] = mapped_column(default=list)
    goals: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    location: Mapped[str] = mapped_column(sa.String(200), default="")
    time_zone: Mapped[str] = mapped_column(sa.String(64), default="")
    # Weekly availability as slot codes such as "mon-am", "wed-pm", "sat-eve".
    availability: Mapped[list[str]] = mapped_column(default=list)
    preferred_format: Mapped[str] = mapped_column(sa.String(24), default="")
    # Sensitive: hidden from printouts and exports unless the coordinator asks.
    gender: Mapped[str] = mapped_column(sa.String(64), default="")
    pronouns: Mapped[str] = mapped_column(sa.String(64), default="")
    identity_preferences: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")  # confidential

    memberships: Mapped[list[MembershipRecord]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    screening: Mapped[ScreeningRecord | None] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    references: Mapped[list[ReferenceRecord]] = relationship(cascade="all, delete-orphan")
    trainings: Mapped[list[TrainingRecord]] = relationship(cascade="all, delete-orphan")
    guardians: Mapped[list[GuardianRecord]] = relationship(cascade="all, delete-orphan")

    # E-mails are looked up without regard to case (unique per program, see safety1).
    __table_args__ = (sa.Index("ix_participants_email", casefolded(email)),)


class MembershipRecord(VersionedMixin, TimestampMixin, Base):
    """A participant's place in one program: role, status and mentor capacity."""

    __tablename__ = "memberships"
    __table_args__ = (sa.UniqueConstraint("program_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = enum_column(Role)
    status: Mapped[MemberStatus] = enum_column(MemberStatus, default=MemberStatus.APPLIED)
    capacity: Mapped[int] = mapped_column(default=0)
    joined_on: Mapped[dt.date | None]
    # Ranked choices imported from a form ("1st choice", "2nd choice" …), by e-mail or name.
    ranked_choices: Mapped[list[str]] = mapped_column(default=list)

    participant: Mapped[ParticipantRecord] = relationship(back_populates="memberships")


class ScreeningRecord(TimestampMixin, Base):
    """Mentor screening: application, interview, background check, decision."""

    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    application_date: Mapped[dt.date | None]
    interview_date: Mapped[dt.date | None]
    interview_outcome: Mapped[str] = mapped_column(sa.String(200), default="")
    background_check_type: Mapped[str] = mapped_column(sa.String(100), default="")
    background_check_date: Mapped[dt.date | None]
    background_check_result: Mapped[str] = mapped_column(sa.String(100), default="")
    background_check_expiry: Mapped[dt.date | None]
    decision: Mapped[ScreeningDecision] = enum_column(
        ScreeningDecision, default=ScreeningDecision.PENDING
    )
    decision_date: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(sa.Text, default="")  # confidential

    participant: Mapped[ParticipantRecord] = relationship(back_populates="screening")


class ReferenceRecord(Base):
    __tablename__ = "screening_references"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    relation: Mapped[str] = mapped_column(sa.String(100), default="")
    contacted_on: Mapped[dt.date | None]
    outcome: Mapped[str] = mapped_column(sa.String(200), default="")


class TrainingRecord(Base):
    __tablename__ = "trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date]
    hours: Mapped[float] = mapped_column(default=0.0)
    topics: Mapped[str] = mapped_column(sa.Text, default="")


class GuardianRecord(TimestampMixin, Base):
    """A minor's parent or guardian with their consent."""

    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    relationship_to_minor: Mapped[str] = mapped_column(sa.String(100), default="")
    email: Mapped[str] = mapped_column(sa.String(320), default="")
    phone: Mapped[str] = mapped_column(sa.String(64), default="")
    consent_date: Mapped[dt.date | None]
    consent_signer: Mapped[str] = mapped_column(sa.String(200), default="")
    media_release: Mapped[bool] = mapped_column(default=False)
