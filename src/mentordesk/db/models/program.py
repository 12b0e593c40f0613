"""Programs: one per cohort or school year."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.core.enums import ProgramFormat
from mentordesk.db.models.base import Base, TimestampMixin, VersionedMixin, enum_column, name_type


class ProgramRecord(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(name_type(200), unique=True)
    organization: Mapped[str] = mapped_column(sa.String(200), default="")
    format: Mapped[ProgramFormat] = enum_column(ProgramFormat, default=ProgramFormat.ONE_ON_ONE)
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    objectives: Mapped[str] = mapped_column(sa.Text, default="")
    # Cadence target: a meeting every N days lasting M minutes.
    cadence_days: Mapped[int] = mapped_column(default=14)
    meeting_minutes: Mapped[int] = mapped_column(default=45)
    # Free-form settings owned by later features; plain JSON so they migrate without DDL.
    agreement_defaults: Mapped[dict[str, Any]] = mapped_column(default=dict)
    matching_weights: Mapped[dict[str, Any]] = mapped_column(default=dict)
    matching_options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    checkin_rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    document_settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    archived: Mapped[bool] = mapped_column(default=False)
    # Retention: erase the program's people this many years after its end date (None: never).
    retention_years: Mapped[int | None]
    previous_program_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("programs.id", ondelete="SET NULL")
    )
