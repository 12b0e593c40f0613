"""Closed vocabularies of the domain, stored by value in the database."""

from __future__ import annotations

from enum import StrEnum

from mentordesk.core.i18n import N_, _


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


#: The stored words above as a sentence shows them: `value_word(value)` gives the language's word.
#: (Marked here so the `messages` catalog holds every one; the GUI has its own vocabulary.)
WORDS = (
    N_("draft"),
    N_("signed"),
    N_("completed"),
    N_("early"),
    N_("in person"),
    N_("phone"),
    N_("video"),
    N_("email"),
    N_("text"),
    N_("proposed"),
    N_("pinned"),
    N_("rejected"),
    N_("open"),
    N_("dropped"),
    N_("mixed"),
    N_("held"),
    N_("cancelled"),
    N_("no-show"),
    N_("planned"),
    N_("applied"),
    N_("screened"),
    N_("trained"),
    N_("active"),
    N_("withdrawn"),
    N_("paused"),
    N_("closed"),
    N_("mentor"),
    N_("mentee"),
    N_("guardian"),
    N_("one-on-one"),
    N_("group"),
    N_("peer"),
    N_("reverse"),
    N_("flash"),
    N_("both"),
    N_("pending"),
    N_("cleared"),
    N_("not cleared"),
    N_("expired"),
    N_("to do"),
    N_("in progress"),
    N_("done"),
)


def value_word(value: str) -> str:
    """A stored value (a status, a role, a format) in the language of the moment."""
    return _(str(value))
