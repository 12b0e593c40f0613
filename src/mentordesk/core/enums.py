"""Closed vocabularies of the domain, stored by value in the database."""

from __future__ import annotations

from enum import StrEnum


class ProgramFormat(StrEnum):
    ONE_ON_ONE = "one-on-one"
    GROUP = "group"
    PEER = "peer"
    REVERSE = "reverse"
    FLASH = "flash"


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"


class MemberStatus(StrEnum):
    APPLIED = "applied"
    SCREENED = "screened"
    TRAINED = "trained"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class ScreeningState(StrEnum):
    """What the roster shows: derived from the screening decision and the check's expiry."""

    CLEARED = "cleared"
    PENDING = "pending"
    EXPIRED = "expired"
    NOT_CLEARED = "not cleared"


class ScreeningDecision(StrEnum):
    PENDING = "pending"
    CLEARED = "cleared"
    NOT_CLEARED = "not cleared"


class MeetingFormat(StrEnum):
    IN_PERSON = "in person"
    VIDEO = "video"
    PHONE = "phone"
    MIXED = "mixed"


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class DraftState(StrEnum):
    """A matching proposal before it becomes a pair."""

    PROPOSED = "proposed"
    PINNED = "pinned"
    REJECTED = "rejected"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class GoalStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    DROPPED = "dropped"


class StepStatus(StrEnum):
    TODO = "to do"
    DOING = "in progress"
    DONE = "done"


class MeetingStatus(StrEnum):
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no-show"
    PLANNED = "planned"


class Party(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    GUARDIAN = "guardian"


class ContactMethod(StrEnum):
    IN_PERSON = "in person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    TEXT = "text"


class ClosureType(StrEnum):
    COMPLETED = "completed"
    EARLY = "early"
