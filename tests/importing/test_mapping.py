"""Matching headers to fields: case, punctuation, synonyms, forms exports, name parts."""

from __future__ import annotations

import pytest

from mentordesk.core.participant import FIELDS
from mentordesk.importing.mapping import (
    FIRST_NAME,
    LAST_NAME,
    guess_mapping,
    guess_target,
    normalize,
    remap,
)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Full name", "full_name"),
        ("NAME", "full_name"),
        ("Email Address", "email"),
        ("E-mail", "email"),
        ("e_mail:", "email"),
        ("Department / Class", "org_unit"),
        ("Mentor or mentee?", "role"),
        ("Role", "role"),
        ("Timestamp", "application_date"),
        ("What is your email address?", "email"),
        ("Parent/guardian e-mail", "guardian_email"),
        ("Skills (optional)", "skills_offered"),
        ("Prénom", FIRST_NAME),
        ("Statut", "status"),
        ("État", "status"),  # the French template's header before the glossary round
        ("Surname", LAST_NAME),
        ("Favourite colour", None),
        ("ID", None),
    ],
)
def test_header_synonyms(header: str, target: str | None) -> None:
    """Headers are matched case- and punctuation-insensitively with common synonyms."""
    guess = guess_target(header)
    assert (guess[0] if guess else None) == target


def test_every_field_label_maps_to_its_field() -> None:
    """The template's headers (the FIELDS labels) map back to exactly their fields."""
    mapping = guess_mapping([spec.label for spec in FIELDS])
    assert [c.target for c in mapping] == [spec.name for spec in FIELDS]


def test_google_forms_headers() -> None:
    """A Google Forms export: timestamp, the form's questions, an unrelated extra question."""
    headers = [
        "Timestamp", "Email Address", "Full name", "Are you a mentor or mentee?",
        "Department / Class", "Interests", "Anything else we should know?", "T-shirt size",
    ]  # fmt: skip
    targets = [c.target for c in guess_mapping(headers)]
    assert targets == [
        "application_date", "email", "full_name", "role", "org_unit", "interests", None, None,
    ]  # fmt: skip


def test_microsoft_forms_headers_prefer_the_question_over_the_account_name() -> None:
    """Microsoft Forms' account "Name" column loses to the form's own "Full name" question."""
    headers = ["ID", "Start time", "Completion time", "Email", "Name", "Full name", "Role"]
    targets = [c.target for c in guess_mapping(headers)]
    assert targets == [None, None, "application_date", "email", None, "full_name", "role"]


def test_first_and_last_name_columns() -> None:
    """Separate first/last name columns are both kept (joined later) and a vague "Name" drops."""
    targets = [c.target for c in guess_mapping(["First name", "Last name", "Email"])]
    assert targets == [FIRST_NAME, LAST_NAME, "email"]


def test_ranked_choice_columns_all_feed_one_list() -> None:
    """Several "choice" columns all map to the ranked choices list."""
    targets = [c.target for c in guess_mapping(["Name", "1st choice", "2nd choice", "3rd choice"])]
    assert targets == ["full_name", "ranked_choices", "ranked_choices", "ranked_choices"]


def test_remap_moves_a_single_field() -> None:
    """Mapping a second column to a single-valued field takes it away from the first."""
    mapping = guess_mapping(["Email", "Work mail"])
    changed = remap(mapping, 1, "email")
    assert [c.target for c in changed] == [None, "email"]


def test_normalize() -> None:
    """Accents, case, punctuation and bracketed qualifiers do not matter."""
    assert normalize("  E-Mail  Adresse (optional):") == "e mail adresse"
