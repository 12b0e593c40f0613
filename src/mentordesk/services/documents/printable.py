"""Before a document is written: a file name for it, and whether every character can print.

No document is written when a name or a text holds characters no shipped font has: the
coordinator is told which person and which characters (CLI exit 1, a message in the GUI).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from mentordesk.core.errors import RuleError
from mentordesk.core.i18n import t


def slug(text: str, fallback: str = "unnamed") -> str:
    """A file-name part that keeps letters of every script with their vowel signs and marks
    (NFC, combining marks kept), but no path or shell trouble; cut at a character boundary."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        c
        if (c.isalnum() or unicodedata.category(c) in ("Mn", "Mc") or c in "_\u200c\u200d")
        else "-"
        for c in text
    )
    cleaned = re.sub(r"-+", "-", kept).strip("-_")
    cut = cleaned[:60]
    # Never end on a joiner, or start with a mark orphaned by the cut.
    cut = cut.rstrip("\u200c\u200d-")
    return cut or fallback


def check_printable(doc: Any, what: str) -> None:
    """Raise a RuleError naming the person (or text) and the characters when any text of the
    document holds characters no shipped font can print: no document is written then."""
    from mentordesk.documents import missing_characters

    for label, text in _texts(doc):
        chars = missing_characters(text)
        if chars:
            listed = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in chars)
            raise RuleError(
                t(
                    "Cannot print {what}: {label} “{text}” has characters no shipped font can "
                    "print ({listed}). Correct the text or print without it.",
                    what=what,
                    label=label,
                    text=text,
                    listed=listed,
                )
            )


_NAME_FIELDS = {"mentors", "mentees", "name", "mentee", "guardians", "partner_names", "names"}


def _texts(value: Any, field: str = "") -> list[tuple[str, str]]:
    """(label, text) of every string in a document dataclass, names first."""
    out: list[tuple[str, str]] = []
    if isinstance(value, str):
        if value:
            label = "the name" if field in _NAME_FIELDS else f"the text ({field or 'value'})"
            out.append((label, value))
    elif isinstance(value, tuple | list):
        for item in value:
            out += _texts(item, field)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            out += _texts(getattr(value, name), name)
    out.sort(key=lambda item: item[0] != "the name")
    return out


def render(what: str, make: Callable[[], bytes]) -> bytes:
    """Render; a character no font has (in a header, say) stops the document with a message."""
    from mentordesk.documents import MissingGlyphs

    try:
        return make()
    except MissingGlyphs as error:
        raise RuleError(
            t(
                "Cannot print {what}: “{text}” has characters {error}.",
                what=what,
                text=error.text,
                error=error,
            )
        ) from error
