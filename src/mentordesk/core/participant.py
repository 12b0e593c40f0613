"""Everything a coordinator types or imports about one person in one program.

`FIELDS` is the single description of those fields (label, kind, sensitivity, group): the
participant dialog, the spreadsheet import (header matching), the export columns and the
documents all read it, so a new field is added in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.happened import future_dates
from mentordesk.core.i18n import N_, _, t
from mentordesk.core.languages import document_languages


class Kind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    DATE = "date"
    INT = "int"
    FLOAT = "float"
    LIST = "list"  # tags, separated by ; or , in spreadsheets
    ROLE = "role"
    STATUS = "status"
    DECISION = "decision"
    BOOL = "bool"
    LANGUAGE = "language"  # a document language code (core.languages), "" for the default


class Group(StrEnum):
    PROFILE = "Profile"
    MATCHING = "Matching"
    SENSITIVE = "Sensitive"
    SCREENING = "Screening"
    GUARDIAN = "Guardian"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: Kind
    group: Group
    sensitive: bool = False


@dataclass(frozen=True)
class ParticipantInput:
    """One person's profile, membership, screening and guardian, as plain values."""

    full_name: str
    email: str = ""
    phone: str = ""
    role: Role = Role.MENTEE
    status: MemberStatus = MemberStatus.APPLIED
    capacity: int = 0
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    grade: str = ""
    org_unit: str = ""
    seniority: int | None = None
    skills_offered: tuple[str, ...] = ()
    skills_sought: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    location: str = ""
    time_zone: str = ""
    availability: tuple[str, ...] = ()
    preferred_format: str = ""
    document_language: str = ""  # documents about this person (their family's language)
    ranked_choices: tuple[str, ...] = ()
    gender: str = ""
    pronouns: str = ""
    identity_preferences: str = ""
    notes: str = ""
    application_date: dt.date | None = None
    interview_date: dt.date | None = None
    interview_outcome: str = ""
    background_check_type: str = ""
    background_check_date: dt.date | None = None
    background_check_result: str = ""
    background_check_expiry: dt.date | None = None
    screening_decision: ScreeningDecision = ScreeningDecision.PENDING
    training_date: dt.date | None = None
    training_hours: float | None = None
    guardian_name: str = ""
    guardian_relationship: str = ""
    guardian_email: str = ""
    guardian_phone: str = ""
    consent_date: dt.date | None = None
    consent_signer: str = ""
    media_release: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _f(name: str, label: str, kind: Kind, group: Group, sensitive: bool = False) -> FieldSpec:
    return FieldSpec(name, label, kind, group, sensitive)


P, M, S, SC, G = Group.PROFILE, Group.MATCHING, Group.SENSITIVE, Group.SCREENING, Group.GUARDIAN
FIELDS: tuple[FieldSpec, ...] = (
    _f("full_name", N_("Full name"), Kind.TEXT, P),
    _f("preferred_name", N_("Preferred name"), Kind.TEXT, P),
    _f("email", N_("Email"), Kind.EMAIL, P),
    _f("phone", N_("Phone"), Kind.TEXT, P),
    _f("role", N_("Role"), Kind.ROLE, P),
    _f("status", N_("Status"), Kind.STATUS, P),
    _f("capacity", N_("Mentor capacity"), Kind.INT, P),
    _f("org_unit", N_("Department / class"), Kind.TEXT, P),
    _f("grade", N_("Grade"), Kind.TEXT, P),
    _f("seniority", N_("Seniority / years"), Kind.INT, P),
    _f("date_of_birth", N_("Date of birth"), Kind.DATE, P, sensitive=True),
    _f("location", N_("Location"), Kind.TEXT, P),
    _f("document_language", N_("Document language"), Kind.LANGUAGE, P),
    _f("time_zone", N_("Time zone"), Kind.TEXT, M),
    _f("skills_offered", N_("Skills offered"), Kind.LIST, M),
    _f("skills_sought", N_("Skills sought"), Kind.LIST, M),
    _f("interests", N_("Interests"), Kind.LIST, M),
    _f("goals", N_("Goals"), Kind.LIST, M),
    _f("languages", N_("Languages"), Kind.LIST, M),
    _f("availability", N_("Availability"), Kind.LIST, M),
    _f("preferred_format", N_("Preferred format"), Kind.TEXT, M),
    _f("ranked_choices", N_("Ranked choices"), Kind.LIST, M),
    _f("gender", N_("Gender"), Kind.TEXT, S, sensitive=True),
    _f("pronouns", N_("Pronouns"), Kind.TEXT, S, sensitive=True),
    _f("identity_preferences", N_("Identity preferences"), Kind.TEXT, S, sensitive=True),
    _f("notes", N_("Confidential notes"), Kind.TEXT, S, sensitive=True),
    _f("application_date", N_("Application date"), Kind.DATE, SC),
    _f("interview_date", N_("Interview date"), Kind.DATE, SC),
    _f("interview_outcome", N_("Interview outcome"), Kind.TEXT, SC),
    _f("background_check_type", N_("Background check type"), Kind.TEXT, SC),
    _f("background_check_date", N_("Background check date"), Kind.DATE, SC),
    _f("background_check_result", N_("Background check result"), Kind.TEXT, SC),
    _f("background_check_expiry", N_("Background check expiry"), Kind.DATE, SC),
    _f("screening_decision", N_("Screening decision"), Kind.DECISION, SC),
    _f("training_date", N_("Training date"), Kind.DATE, SC),
    _f("training_hours", N_("Training hours"), Kind.FLOAT, SC),
    _f("guardian_name", N_("Guardian name"), Kind.TEXT, G, sensitive=True),
    _f("guardian_relationship", N_("Guardian relationship"), Kind.TEXT, G, sensitive=True),
    _f("guardian_email", N_("Guardian email"), Kind.EMAIL, G, sensitive=True),
    _f("guardian_phone", N_("Guardian phone"), Kind.TEXT, G, sensitive=True),
    _f("consent_date", N_("Guardian consent date"), Kind.DATE, G, sensitive=True),
    _f("consent_signer", N_("Consent signed by"), Kind.TEXT, G, sensitive=True),
    _f("media_release", N_("Media release"), Kind.BOOL, G, sensitive=True),
)
FIELDS_BY_NAME = {spec.name: spec for spec in FIELDS}


def field_label(name: str) -> str:
    """A field's label in the language of the moment ("Nombre completo"); `FieldSpec.label`
    stays the English one (the exported and template headers the importer reads)."""
    return _(FIELDS_BY_NAME[name].label)


assert set(FIELDS_BY_NAME) == {f.name for f in fields(ParticipantInput)} - {"extra"}

#: (earlier, later, message for the later field): dates that must be in order.
DATE_ORDER = (
    ("application_date", "interview_date", "before the application date"),
    ("background_check_date", "background_check_expiry", "before the check date"),
    ("application_date", "training_date", "before the application date"),
)


#: Dates of things already done: never after today (a cleared check cannot be dated tomorrow).
PAST_ONLY_DATES = (
    "application_date",
    "interview_date",
    "background_check_date",
    "training_date",
    "consent_date",
)


def is_valid_email(value: str) -> bool:
    """Syntax only: no network look-up (the application works offline)."""
    # Imported here: compiling its patterns costs start-up time before any email is checked.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def validate(person: ParticipantInput, today: dt.date | None = None) -> dict[str, str]:
    """field name → what is wrong with it; empty when the input can be saved."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if not person.full_name.strip():
        errors["full_name"] = t("required")
    elif len(person.full_name) > 200:
        errors["full_name"] = t("at most 200 characters")
    for name in ("email", "guardian_email"):
        value = getattr(person, name).strip()
        if value and not is_valid_email(value):
            errors[name] = t("not an email address")
    if person.document_language and person.document_language not in document_languages():
        errors["document_language"] = t("not a language the documents are printed in")
    if person.capacity < 0:
        errors["capacity"] = t("must be 0 or more")
    if person.seniority is not None and person.seniority < 0:
        errors["seniority"] = t("must be 0 or more")
    if person.training_hours is not None and person.training_hours < 0:
        errors["training_hours"] = t("must be 0 or more")
    if person.date_of_birth and person.date_of_birth > today:
        errors["date_of_birth"] = t("in the future")
    # Screening steps and consent are recorded after they happened (core.happened).
    errors.update(future_dates({name: getattr(person, name) for name in PAST_ONLY_DATES}, today))
    for earlier, later, message in DATE_ORDER:
        first, second = getattr(person, earlier), getattr(person, later)
        if first and second and second < first and later not in errors:
            errors[later] = message
    return errors


#: Below this age a person is a minor (guardian consent and check-ins). The server's answer for
#: roles that may not read dates of birth (`db/minors.py`) is built from it too.
AGE_OF_MAJORITY = 18


def is_minor(
    date_of_birth: dt.date | None, today: dt.date, age_of_majority: int = AGE_OF_MAJORITY
) -> bool:
    """Whether a person born on `date_of_birth` was under `age_of_majority` on `today`."""
    if date_of_birth is None:
        return False
    years = today.year - date_of_birth.year
    if (today.month, today.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years < age_of_majority
