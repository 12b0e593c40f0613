"""Ranked choices name people by full name or e-mail: one rule for matching and for import.

A name two people share is ambiguous: it is never silently given to one of them (the lower id,
say); the import says so and asks for the e-mail, and the matcher leaves the choice out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


def choice_key(text: str) -> str:
    """How a choice is compared: case- and space-insensitive."""
    return " ".join(text.split()).casefold()


def choice_index(people: Iterable[tuple[int, str, str]]) -> dict[str, set[int]]:
    """(id, full name, e-mail) of everyone who may be chosen → key → the ids it names."""
    index: dict[str, set[int]] = {}
    for person_id, name, email in people:
        for text in (email, name):
            if text and text.strip():
                index.setdefault(choice_key(text), set()).add(person_id)
    return index


def resolve_choice(index: Mapping[str, set[int]], text: str) -> tuple[int | None, int]:
    """(the one person `text` names, or None; how many people it names)."""
    found = index.get(choice_key(text), set())
    if len(found) == 1:
        return next(iter(found)), 1
    return None, len(found)


def ambiguous_choices(
    index: Mapping[str, set[int]], rows: Iterable[tuple[str, Sequence[str]]]
) -> list[str]:
    """One sentence per ranked choice that names several people: (chooser, choices) rows."""
    out: list[str] = []
    for chooser, choices in rows:
        for text in choices:
            _person, count = resolve_choice(index, text)
            if count > 1:
                out.append(
                    f"{chooser}'s ranked choice {text!r} matches {count} people; "
                    "write their e-mail instead"
                )
    return out
