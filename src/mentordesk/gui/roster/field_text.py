"""Text fields of the participant dialog: a stored value as text, and text read back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentordesk.core.participant import Kind
from mentordesk.gui.common import translate


def field_text(value: Any) -> str:
    """A stored value as a text field shows it."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_field(kind: Kind, text: str) -> Any:
    """What a text field holds, as its kind stores it; ValueError (translated) when not."""
    text = text.strip()
    if kind is Kind.DATE:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                translate("roster.participant_dialog", "not a date (use YYYY-MM-DD)")
            ) from None
    if kind is Kind.INT:
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(translate("roster.participant_dialog", "not a whole number")) from None
    if kind is Kind.FLOAT:
        if not text:
            return None
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise ValueError(translate("roster.participant_dialog", "not a number")) from None
    if kind is Kind.LIST:
        parts = text.replace(",", ";").split(";")
        return tuple(p.strip() for p in parts if p.strip())
    return text
