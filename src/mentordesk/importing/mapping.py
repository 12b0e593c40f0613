"""Matching a file's column headers to participant fields.

Headers are compared case- and punctuation-insensitively ("E-mail", "EMAIL ADDRESS:" and
"Email address" are the same) against each field's label and its synonyms, including the
questions Google Forms and Microsoft Forms put in the header row. A column can also be a
"first name" or "last name" part; the two are joined into the full name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from mentordesk.core.i18n import N_, _, has_catalog, t, word_in
from mentordesk.core.languages import document_languages
from mentordesk.core.participant import FIELDS, FIELDS_BY_NAME, Kind, field_label

FIRST_NAME = "first_name"
LAST_NAME = "last_name"
#: Targets a column can have besides the FIELDS names (None means "ignore").
NAME_PARTS = {FIRST_NAME: N_("First name (joined with last name)"), LAST_NAME: N_("Last name")}

# Best first: when two columns claim a field, the one with the earlier synonym wins.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "full name", "name", "your name", "your full name", "participant name", "student name",
        "participant", "student", "name surname", "first and last name", "nom", "nombre",
        "nom complet", "nombre completo", "vollstandiger name",
    ),
    FIRST_NAME: ("first name", "given name", "forename", "first", "prenom", "vorname"),
    LAST_NAME: ("last name", "surname", "family name", "last", "nom de famille", "nachname",
                "apellido", "apellidos"),
    "preferred_name": ("preferred name", "nickname", "goes by", "known as", "preferred first name"),
    "email": (
        "email", "email address", "e mail", "e mail address", "your email", "your email address",
        "mail", "work email", "school email", "contact email", "courriel", "correo",
        "correo electronico",
    ),
    "phone": ("phone", "phone number", "telephone", "mobile", "mobile number", "cell",
              "cell phone", "tel", "contact number"),
    "role": (
        "role", "mentor or mentee", "are you a mentor or mentee", "mentor mentee",
        "would you like to be a mentor or a mentee", "participant type", "type",
        "i want to be", "i would like to", "sign up as", "joining as", "registering as",
    ),
    # "etat": the French template's header for Status until the glossary made it "Statut".
    "status": ("status", "participant status", "membership status", "etat"),
    "capacity": ("mentor capacity", "capacity", "number of mentees", "how many mentees",
                 "max mentees", "mentees"),
    "org_unit": (
        "department class", "department", "class", "dept", "team", "unit", "division",
        "organization unit", "organisation unit", "faculty", "homeroom", "form", "house",
        "school", "business unit",
    ),
    "grade": ("grade", "year group", "grade level", "school year", "year level"),
    "seniority": ("seniority years", "seniority", "years of experience", "experience years",
                  "years experience", "experience", "years"),
    "date_of_birth": ("date of birth", "birth date", "birthday", "dob", "birthdate"),
    "location": ("location", "city", "office", "campus", "site", "where are you based"),
    "time_zone": ("time zone", "timezone", "tz"),
    "document_language": ("document language", "documents language", "language of documents",
                          "print language", "family language", "home language"),
    "skills_offered": ("skills offered", "skills", "skills i can offer", "expertise",
                       "areas of expertise", "what can you offer", "strengths", "can help with"),
    "skills_sought": ("skills sought", "skills wanted", "skills to develop", "areas to develop",
                      "what would you like to learn", "want to learn", "help wanted",
                      "development areas", "learning goals"),
    "interests": ("interests", "hobbies", "hobbies and interests", "interests hobbies"),
    "goals": ("goals", "your goals", "mentoring goals", "what do you hope to achieve",
              "objectives"),
    "languages": ("languages", "language", "languages spoken", "spoken languages",
                  "preferred language"),
    "availability": ("availability", "weekly availability", "available", "when are you available",
                     "days available", "preferred times"),
    "preferred_format": ("preferred format", "meeting format", "format", "preferred meeting format",
                         "how would you like to meet"),
    "ranked_choices": ("ranked choices", "choices", "preferences", "1st choice", "2nd choice",
                       "3rd choice", "first choice", "second choice", "third choice",
                       "choice 1", "choice 2", "choice 3", "preferred mentor", "preferred mentee"),
    "gender": ("gender", "sex", "gender identity"),
    "pronouns": ("pronouns", "preferred pronouns"),
    "identity_preferences": ("identity preferences", "identity preference",
                             "matching preferences", "identity"),
    "notes": ("confidential notes", "notes", "note", "comments", "comment", "remarks",
              "anything else", "additional information"),
    "application_date": ("application date", "applied on", "date applied", "timestamp",
                         "submitted", "submission date", "completion time", "date"),
    "interview_date": ("interview date", "interviewed on"),
    "interview_outcome": ("interview outcome", "interview result"),
    "background_check_type": ("background check type", "check type", "dbs type"),
    "background_check_date": ("background check date", "check date", "dbs date"),
    "background_check_result": ("background check result", "check result", "dbs result"),
    "background_check_expiry": ("background check expiry", "check expiry", "expiry",
                                "dbs expiry", "expiry date", "expires"),
    "screening_decision": ("screening decision", "screening", "cleared", "screening status"),
    "training_date": ("training date", "trained on"),
    "training_hours": ("training hours", "hours of training"),
    "guardian_name": ("guardian name", "parent name", "parent guardian name", "guardian",
                      "parent", "parent or guardian", "parent guardian"),
    "guardian_relationship": ("guardian relationship", "relationship", "relationship to student",
                              "relationship to participant"),
    "guardian_email": ("guardian email", "parent email", "parent guardian email",
                       "guardian email address", "parent email address"),
    "guardian_phone": ("guardian phone", "parent phone", "parent guardian phone",
                       "guardian phone number", "parent phone number"),
    "consent_date": ("guardian consent date", "consent date", "consent given on"),
    "consent_signer": ("consent signed by", "consent signer", "signed by"),
    "media_release": ("media release", "photo consent", "photo permission", "media consent"),
}  # fmt: skip

#: Columns the forms add that are never participant data.
IGNORED = {"id", "start time", "last modified time", "score", "total points", "row", "no"}


@dataclass(frozen=True)
class ColumnMap:
    """One column of the file and the field it imports into (None: ignored)."""

    index: int
    header: str
    target: str | None


def normalize(header: str) -> str:
    """Lower case, accents removed, punctuation as spaces: `E-Mail Address:` → `e mail address`."""
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\[.*?\]|\(.*?\)", " ", text)  # "(optional)", "[Monday]" qualifiers
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


def _lookup() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for spec in FIELDS:
        table.setdefault(normalize(spec.label), (spec.name, 0))
        table.setdefault(normalize(spec.name), (spec.name, 0))
    for target, phrases in SYNONYMS.items():
        for rank, phrase in enumerate(phrases):
            table.setdefault(normalize(phrase), (target, rank))
    # The labels in every shipped language: a translated template's headers read back.
    for code in document_languages():
        if code != "en" and has_catalog(code):
            for spec in FIELDS:
                table.setdefault(normalize(word_in(code, spec.label)), (spec.name, 0))
    return table


_LOOKUP = _lookup()


def target_label(target: str | None) -> str:
    """What the mapping table shows for a target, in the language of the moment."""
    if target is None:
        return t("(ignore)")
    if target in NAME_PARTS:
        return _(NAME_PARTS[target])
    return field_label(target)


def all_targets() -> list[str]:
    """Every field a column can import into, in FIELDS order, name parts after the name."""
    names = [spec.name for spec in FIELDS]
    return [names[0], FIRST_NAME, LAST_NAME, *names[1:]]


def allows_several(target: str) -> bool:
    """List fields take several columns (e.g. "1st choice", "2nd choice"); others one."""
    return target in FIELDS_BY_NAME and FIELDS_BY_NAME[target].kind is Kind.LIST


def guess_target(header: str) -> tuple[str, int] | None:
    """(target, rank) for one header, or None when nothing matches."""
    key = normalize(header)
    if not key or key in IGNORED:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    words = key.split()
    # Form questions are long: "What is your email address?" → email (last resort, rank 99).
    if "guardian" in words or "parent" in words:
        for word, target in (("email", "guardian_email"), ("phone", "guardian_phone")):
            if word in words or (word == "email" and "mail" in words):
                return target, 99
        return None
    for word, target in (
        ("email", "email"), ("mail", "email"), ("phone", "phone"), ("mentor", "role"),
        ("department", "org_unit"), ("pronouns", "pronouns"), ("languages", "languages"),
    ):  # fmt: skip
        if word in words:
            return target, 99
    return None


def guess_mapping(headers: Sequence[str]) -> tuple[ColumnMap, ...]:
    """The automatic mapping: each field gets its best-matching column (list fields: all)."""
    guesses = [guess_target(h) for h in headers]
    best: dict[str, tuple[int, int]] = {}
    for index, guess in enumerate(guesses):
        if guess is None:
            continue
        target, rank = guess
        if target not in best or rank < best[target][0]:
            best[target] = (rank, index)
    chosen: list[str | None] = []
    for index, guess in enumerate(guesses):
        if guess is None:
            chosen.append(None)
            continue
        target = guess[0]
        keep = best[target][1] == index or (allows_several(target) and guess[1] < 99)
        chosen.append(target if keep else None)
    # A full-name column makes separate first/last columns redundant, and the other way round.
    if "full_name" in chosen and FIRST_NAME in chosen and LAST_NAME in chosen:
        chosen = [None if t == "full_name" else t for t in chosen]
    return tuple(ColumnMap(i, h, t) for i, (h, t) in enumerate(zip(headers, chosen, strict=True)))


def remap(mapping: Sequence[ColumnMap], index: int, target: str | None) -> tuple[ColumnMap, ...]:
    """The mapping with column `index` sent to `target`; a single-column field moves over."""
    result = []
    for column in mapping:
        if column.index == index:
            result.append(ColumnMap(column.index, column.header, target))
        elif target is not None and column.target == target and not allows_several(target):
            result.append(ColumnMap(column.index, column.header, None))
        else:
            result.append(column)
    return tuple(result)
