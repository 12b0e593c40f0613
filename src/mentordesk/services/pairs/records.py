"""What the pair services hand out and take in: frozen dataclasses, never ORM rows.

The `*Data` classes are used both ways: read from a service, and passed back (with
`dataclasses.replace`) to save an edit. `id == 0` means "not saved yet".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mentordesk.core.cadence import CheckinDue, MeetingAdherence
from mentordesk.core.concurrency import Version
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


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    email: str
    role: Role
    is_minor: bool = False
    guardian_name: str = ""
    guardian_email: str = ""  # sensitive: shown in the GUI, never exported


@dataclass(frozen=True)
class PairSummary:
    id: int
    program_id: int
    status: PairStatus
    mentors: tuple[PersonRef, ...]
    mentees: tuple[PersonRef, ...]
    start_date: dt.date | None
    planned_end_date: dt.date | None
    score: float | None
    last_meeting: dt.date | None
    next_checkin_due: dt.date | None
    checkin_overdue: bool
    reasons: tuple[str, ...]

    @property
    def at_risk(self) -> bool:
        return bool(self.reasons)

    @property
    def mentor_names(self) -> str:
        return ", ".join(p.name for p in self.mentors)

    @property
    def mentee_names(self) -> str:
        return ", ".join(p.name for p in self.mentees)

    @property
    def title(self) -> str:
        return f"{self.mentor_names} & {self.mentee_names}"

    @property
    def has_minor(self) -> bool:
        return any(p.is_minor for p in self.mentees)


@dataclass(frozen=True)
class AgreementData:
    id: int = 0
    meeting_frequency: str = ""
    meeting_minutes: int | None = None
    meeting_format: str = ""
    usual_time: str = ""
    place: str = ""
    contact_between: str = ""
    duration_months: int | None = None
    midpoint_review_date: dt.date | None = None
    confidentiality: str = ""
    boundaries: str = ""
    obligations: str = ""
    ending_clause: str = ""
    notice_days: int | None = None
    status: AgreementStatus = AgreementStatus.DRAFT
    mentor_signed_on: dt.date | None = None
    mentee_signed_on: dt.date | None = None
    guardian_signed_on: dt.date | None = None
    coordinator_signed_on: dt.date | None = None
    #: The version an edit starts from (core/concurrency.py); not a term of the agreement.
    version: Version | None = field(default=None, compare=False)


@dataclass(frozen=True)
class StepData:
    id: int = 0
    description: str = ""
    due_date: dt.date | None = None
    status: StepStatus = StepStatus.TODO


@dataclass(frozen=True)
class ProgressData:
    id: int = 0
    date: dt.date = dt.date(2000, 1, 1)
    percent: int = 0
    comment: str = ""


@dataclass(frozen=True)
class GoalData:
    id: int = 0
    statement: str = ""
    measure: str = ""
    target_date: dt.date | None = None
    priority: int = 2
    status: GoalStatus = GoalStatus.OPEN
    completed_on: dt.date | None = None
    resources: str = ""
    mentor_role: str = ""
    in_idp: bool = False
    steps: tuple[StepData, ...] = ()
    progress: tuple[ProgressData, ...] = ()

    @property
    def percent(self) -> int:
        """Latest logged progress (100 once completed)."""
        if self.status is GoalStatus.COMPLETED:
            return 100
        if not self.progress:
            return 0
        return max(self.progress, key=lambda p: (p.date, p.id)).percent


@dataclass(frozen=True)
class MeetingData:
    id: int = 0
    date: dt.date = dt.date(2000, 1, 1)
    duration_minutes: int = 0
    format: str = ""
    status: MeetingStatus = MeetingStatus.HELD
    topics: str = ""
    notes: str = ""  # confidential
    next_steps: str = ""
    attendees: str = ""


@dataclass(frozen=True)
class CheckinData:
    id: int = 0
    date: dt.date = dt.date(2000, 1, 1)
    party: Party = Party.MENTOR
    method: ContactMethod = ContactMethod.PHONE
    rating: int | None = None
    safety_concern: bool = False
    safety_note: str = ""  # confidential
    safety_resolved_on: dt.date | None = None
    follow_up: str = ""
    notes: str = ""  # confidential


@dataclass(frozen=True)
class IdpData:
    id: int = 0
    participant_id: int = 0
    mentee_name: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    midpoint_review_date: dt.date | None = None
    final_review_date: dt.date | None = None
    strengths: str = ""
    growth_areas: str = ""
    short_term_aspirations: str = ""
    long_term_aspirations: str = ""
    baseline_rating: int | None = None
    final_rating: int | None = None
    mentee_signed_on: dt.date | None = None
    mentor_signed_on: dt.date | None = None
    coordinator_signed_on: dt.date | None = None
    goals: tuple[GoalData, ...] = ()


@dataclass(frozen=True)
class ClosureData:
    id: int = 0
    date: dt.date = dt.date(2000, 1, 1)
    type: ClosureType = ClosureType.COMPLETED
    initiated_by: str = ""
    reason_code: str = ""
    mentor_feedback: str = ""
    mentee_feedback: str = ""
    rematch: str = ""
    reopened_on: dt.date | None = None


@dataclass(frozen=True)
class PairEvent:
    id: int
    date: dt.date
    from_status: PairStatus | None
    to_status: PairStatus
    reason: str


@dataclass(frozen=True)
class PairDetail:
    summary: PairSummary
    program_name: str
    cadence_days: int
    explanation: tuple[dict[str, Any], ...]
    rationale: str
    approved_by: str
    pause_reason: str
    agreement: AgreementData
    agreement_saved: bool
    goals: tuple[GoalData, ...]
    meetings: tuple[MeetingData, ...]
    checkins: tuple[CheckinData, ...]
    idps: tuple[IdpData, ...]
    closures: tuple[ClosureData, ...]
    events: tuple[PairEvent, ...]
    adherence: MeetingAdherence
    checkin_due: CheckinDue
    latest_rating: int | None
    open_safety_concerns: int

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def status(self) -> PairStatus:
        return self.summary.status

    @property
    def current_closure(self) -> ClosureData | None:
        open_ = [c for c in self.closures if c.reopened_on is None]
        return open_[-1] if open_ else None


@dataclass(frozen=True)
class DueItem:
    """Something the coordinator should do or watch for, on a date."""

    date: dt.date
    kind: str  # "check-in", "guardian check-in", "meeting", "mid-point review", …
    pair_id: int
    pair_title: str
    overdue: bool
    detail: str = ""
    minutes: int | None = None  # planned meetings: length, for the calendar
    emails: tuple[str, ...] = field(default=())
    # Which record the item comes from ("action-step-12", "pair-3-check-in"): the calendar's
    # UID, so two items never share one and a re-import updates instead of duplicating.
    key: str = ""
