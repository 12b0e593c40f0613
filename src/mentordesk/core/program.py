"""Program as the services hand it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mentordesk.core.enums import ProgramFormat


@dataclass(frozen=True)
class Program:
    id: int
    name: str
    organization: str
    format: ProgramFormat
    start_date: dt.date | None
    end_date: dt.date | None
    objectives: str
    cadence_days: int
    meeting_minutes: int
    archived: bool
    previous_program_id: int | None
    agreement_defaults: dict[str, Any] = field(default_factory=dict)
    matching_weights: dict[str, Any] = field(default_factory=dict)
    matching_options: dict[str, Any] = field(default_factory=dict)
    checkin_rules: dict[str, Any] = field(default_factory=dict)
    document_settings: dict[str, Any] = field(default_factory=dict)
