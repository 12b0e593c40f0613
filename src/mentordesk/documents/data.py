"""Plain data the documents print: frozen dataclasses filled by the services, no database here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageSetup:
    """What every page carries: paper, organization header, optional logo, confidentiality."""

    paper: str = "A4"  # "A4" or "Letter"
    organization: str = ""
    program: str = ""
    logo_path: str | None = None
    confidential: bool = True
    landscape: bool = False
    generated_on: dt.date = field(default_factory=dt.date.today)
    language: str = "en"  # a code of documents.i18n.available(): wording, dates, direction
    plain: bool = False  # no header and footer (a certificate)
    border: bool = False  # a framed page (a certificate)


@dataclass(frozen=True)
class Step:
    description: str
    due_date: dt.date | None = None
    status: str = ""


@dataclass(frozen=True)
class Progress:
    date: dt.date
    percent: int
    comment: str = ""


@dataclass(frozen=True)
class Goal:
    statement: str
    measure: str = ""
    target_date: dt.date | None = None
    priority: int = 2
    status: str = "open"
    resources: str = ""
    mentor_role: str = ""
    steps: tuple[Step, ...] = ()
    progress: tuple[Progress, ...] = ()


@dataclass(frozen=True)
class AgreementDoc:
    """A mentoring agreement: the pair, its terms and who signs."""

    pair_id: int
    mentors: tuple[str, ...]
    mentees: tuple[str, ...]
    guardians: tuple[str, ...] = ()  # signature lines; non-empty when a mentee is a minor
    mentee_is_minor: bool = False
    coordinator: str = ""
    start_date: dt.date | None = None
    planned_end_date: dt.date | None = None
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
    goals: tuple[Goal, ...] = ()
    language: str = ""  # the mentee's (family's) document language; "" = the program's


@dataclass(frozen=True)
class IdpDoc:
    """An Individual Development Plan of one mentee."""

    mentee: str
    mentors: tuple[str, ...] = ()
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
    goals: tuple[Goal, ...] = ()
    coordinator: str = ""
    language: str = ""  # the mentee's document language; "" = the program's


@dataclass(frozen=True)
class CertificateDoc:
    """A certificate of completion for one person of a pair that closed as completed."""

    name: str
    role: str  # "mentor" or "mentee"
    partner_names: tuple[str, ...] = ()
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    coordinator: str = ""
    language: str = ""  # the person's document language; "" = the program's


@dataclass(frozen=True)
class MeetingLine:
    date: dt.date
    minutes: int
    format: str
    status: str
    topics: str = ""


@dataclass(frozen=True)
class CheckInLine:
    date: dt.date
    party: str
    method: str
    rating: int | None
    safety_concern: bool
    follow_up: str = ""


@dataclass(frozen=True)
class PairSheetDoc:
    """One page a coordinator takes to a check-in: where a pair stands."""

    pair_id: int
    status: str
    mentors: tuple[str, ...]
    mentees: tuple[str, ...]
    start_date: dt.date | None = None
    planned_end_date: dt.date | None = None
    agreement_status: str = "none"
    meetings_held: int = 0
    hours: float = 0.0
    last_meeting: dt.date | None = None
    last_checkin: dt.date | None = None
    goals: tuple[Goal, ...] = ()
    meetings: tuple[MeetingLine, ...] = ()
    checkins: tuple[CheckInLine, ...] = ()
    closure: str = ""


@dataclass(frozen=True)
class RosterLine:
    name: str
    role: str
    status: str
    grade_or_unit: str = ""
    email: str = ""
    phone: str = ""
    screening: str = ""
    matched_with: str = ""
    # Sensitive: printed only when the coordinator asks (include_sensitive).
    gender: str = ""
    pronouns: str = ""
    identity_preferences: str = ""
    guardian_contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RosterDoc:
    lines: tuple[RosterLine, ...]
    include_sensitive: bool = False
    total: int | None = None  # everyone in the program, when `lines` holds only the first ones


@dataclass(frozen=True)
class RotationDoc:
    """Flash-mentoring rotation: grid[round][mentor column] → mentee names at that table."""

    rounds: tuple[str, ...]
    mentors: tuple[str, ...]
    grid: tuple[tuple[tuple[str, ...], ...], ...]
    title: str = "Rotation schedule"
    #: (round label, mentees sitting that round out), listed under the grid.
    breaks: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class MeasureLine:
    """One measure as printed: its value now, last cycle's value, and what it means."""

    name: str
    value: str
    definition: str
    previous: str = ""
    section: str = ""
    # The figures themselves, when known, so that the page writes them in its language
    # (value/previous above are the English fallback).
    number: float | None = None
    unit: str = ""  # count / percent / hours / rating / days
    numerator: float | None = None
    denominator: float | None = None
    previous_number: float | None = None
    has_previous: bool = False
    # `definition` is a message with named arguments (dates, numbers, status words) filled in
    # the page's language; no arguments: it is printed as it is (translated when catalogued).
    definition_args: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class AtRiskLine:
    pair_id: int
    names: str
    reason: str
    last_contact: dt.date | None = None


@dataclass(frozen=True)
class SummaryDoc:
    """The program summary: the funder version (counts only) unless `internal` is set, which
    adds the names of the pairs at risk for the coordinator's own use."""

    period_start: dt.date
    period_end: dt.date
    as_of: dt.date
    measures: tuple[MeasureLine, ...]
    has_dates: bool = True  # False: the program has no dates; the figures cover 12 months
    participation: tuple[tuple[str, int], ...] = ()  # label → count (role / status)
    matches_by_status: tuple[tuple[str, int], ...] = ()
    meetings_per_month: tuple[tuple[str, int], ...] = ()  # "2026-01" → meetings held
    closures_by_type: tuple[tuple[str, int], ...] = ()
    at_risk_reasons: tuple[tuple[str, int], ...] = ()  # reason → pairs (funder version)
    at_risk: tuple[AtRiskLine, ...] = ()  # names: only in the internal version
    at_risk_total: int = 0
    internal: bool = False
    previous_program: str = ""
    objectives: str = ""
