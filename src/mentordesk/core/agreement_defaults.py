"""Default agreement terms, in plain language, and how a pair's agreement is pre-filled.

A program may override any of these in `programs.agreement_defaults` (same keys); a pair's
agreement starts from the program's values and is then edited per pair.

The built-in terms are worded in the document's language (the `documents` catalog: they are
printed). What is stored stays language-neutral: a term the coordinator left as the default is
saved as the English source (`neutral`), and shown or printed in the language of the moment
(`in_language`); a default recognised in any shipped language counts as the default, so an
agreement saved from a Spanish window prints in French when the family reads French. A term
the coordinator typed (anything else) is kept and printed exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from mentordesk.core.languages import document_catalog, document_languages

#: A built-in term: its English source, or (singular, plural) when a number is worded in it.
Message = str | tuple[str, str]


def D_(text: str) -> str:
    """Marks a built-in term for the `documents` catalog (tools/extract_messages.py)."""
    return text


def DN_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a built-in term with a number in it ({count}) and its plural form."""
    return (singular, plural)


CONFIDENTIALITY = D_(
    "What we talk about in our meetings stays between us. Neither of us shares the other's "
    "personal matters without permission. The program coordinator may ask either of us how "
    "the mentoring is going; we answer in general terms."
)

CONFIDENTIALITY_MINOR = D_(
    "What we talk about in our meetings stays between us, with one exception: safety comes "
    "first. If the mentee is being hurt or is at risk of harm, or might hurt someone else, the "
    "mentor must tell the program coordinator straight away, and the coordinator will act as the "
    "law and the school's safeguarding policy require (including mandatory reporting). The mentor "
    "will tell the mentee when something has to be passed on. The coordinator may also share "
    "general progress with the mentee's parent or guardian."
)

BOUNDARIES = D_(
    "We meet at the agreed place and time, or online through the agreed channel. We keep our "
    "relationship to mentoring: no gifts of money, no loans, no romantic or business involvement, "
    "and no social-media contact beyond what the program allows. Either of us can say when "
    "something is off limits, and the other respects it."
)

BOUNDARIES_MINOR = D_(
    "We meet in public or program-approved places and never alone in a private home or car. "
    "Contact between meetings goes only through program-approved channels, with the guardian's "
    "knowledge. No gifts of money, no private social-media contact, no photos shared without the "
    "guardian's consent. Either of us can say when something is off limits, and the other "
    "respects it."
)

OBLIGATIONS = D_(
    "We come to meetings on time and prepared, and give notice if we must cancel. We take part "
    "in the program's check-ins with the coordinator and answer short feedback questions. The "
    "mentor completes the program's training. We tell the coordinator about any problem early."
)

ENDING_CLAUSE = DN_(
    "Either of us may end the mentoring relationship at any time, without having to give a "
    "reason and without blame (no-fault ending). We will tell the coordinator first and, where "
    "possible, give {count} day's notice so that we can have a closing meeting together.",
    "Either of us may end the mentoring relationship at any time, without having to give a "
    "reason and without blame (no-fault ending). We will tell the coordinator first and, where "
    "possible, give {count} days' notice so that we can have a closing meeting together.",
)

CONTACT_BETWEEN = D_("Short messages by e-mail or the program's messaging channel, for scheduling.")

WEEKLY = D_("Weekly")
MONTHLY = D_("Monthly")
EVERY_WEEKS = DN_("Every {count} week", "Every {count} weeks")
EVERY_DAYS = DN_("Every {count} day", "Every {count} days")

#: The built-in wordings each field may hold (what `in_language` recognises and re-words).
BUILT_IN: dict[str, tuple[Message, ...]] = {
    "meeting_frequency": (WEEKLY, MONTHLY, EVERY_WEEKS, EVERY_DAYS),
    "contact_between": (CONTACT_BETWEEN,),
    "confidentiality": (CONFIDENTIALITY, CONFIDENTIALITY_MINOR),
    "boundaries": (BOUNDARIES, BOUNDARIES_MINOR),
    "obligations": (OBLIGATIONS,),
    "ending_clause": (ENDING_CLAUSE,),
}

#: The agreement fields a program can set defaults for.
DEFAULT_KEYS = (
    "meeting_frequency",
    "meeting_minutes",
    "meeting_format",
    "usual_time",
    "place",
    "contact_between",
    "duration_months",
    "confidentiality",
    "boundaries",
    "obligations",
    "ending_clause",
    "notice_days",
)


def word(message: Message, language: str, count: int | None = None) -> str:
    """A built-in term in a document language (English when the catalog lacks it)."""
    catalog = None if language == "en" else document_catalog(language)
    if isinstance(message, tuple):
        n = count if count is not None else 2
        text = catalog.ngettext(*message, n) if catalog else message[n != 1]
        return text.format(count=n)
    return catalog.gettext(message) if catalog else message


def _normal(text: str) -> str:
    return " ".join(text.split())


def recognise(key: str, text: object) -> tuple[Message, int | None] | None:
    """(term, its number) when `text` is a built-in wording of field `key` in any shipped
    language; None for the coordinator's own words."""
    if not isinstance(text, str) or not text.strip() or key not in BUILT_IN:
        return None
    wanted = _normal(text)
    # the number written in the text, or 1 and 2 (Arabic words "one day", "two days")
    counts = sorted({int(n) for n in re.findall(r"\d+", wanted)} | {1, 2})
    for language in document_languages():
        for message in BUILT_IN[key]:
            for count in counts if isinstance(message, tuple) else [None]:
                if _normal(word(message, language, count)) == wanted:
                    return message, count
    return None


def in_language(values: Mapping[str, Any], language: str) -> dict[str, Any]:
    """`values` with every built-in term re-worded in `language`; own words untouched."""
    out = dict(values)
    for key in BUILT_IN:
        found = recognise(key, out.get(key))
        if found is not None:
            out[key] = word(found[0], language, found[1])
    return out


def neutral(values: Mapping[str, Any]) -> dict[str, Any]:
    """What is stored: built-in terms as their English source, own words as typed."""
    return in_language(values, "en")


def frequency_label(cadence_days: int, language: str = "en") -> str:
    """'Every 2 weeks' for 14, 'Weekly' for 7, 'Monthly' around 30 …"""
    if cadence_days == 7:
        return word(WEEKLY, language)
    if cadence_days % 7 == 0:
        return word(EVERY_WEEKS, language, cadence_days // 7)
    if 28 <= cadence_days <= 31:
        return word(MONTHLY, language)
    return word(EVERY_DAYS, language, cadence_days)


def months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(1, months)


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def prefill(
    program_defaults: Mapping[str, Any] | None,
    *,
    cadence_days: int,
    meeting_minutes: int,
    start: dt.date | None,
    planned_end: dt.date | None,
    program_end: dt.date | None,
    mentee_is_minor: bool,
    language: str = "en",
) -> dict[str, Any]:
    """The agreement values for a new pair: program defaults over the built-in texts, the
    built-in ones worded in `language` (the document's)."""
    defaults = dict(program_defaults or {})
    notice = int(defaults.get("notice_days") or 14)
    end = planned_end or program_end
    duration = months_between(start, end) if start and end and end > start else 9
    values: dict[str, Any] = {
        "meeting_frequency": frequency_label(cadence_days, language),
        "meeting_minutes": meeting_minutes,
        "meeting_format": "in person",
        "usual_time": "",
        "place": "",
        "contact_between": word(CONTACT_BETWEEN, language),
        "duration_months": duration,
        "confidentiality": word(
            CONFIDENTIALITY_MINOR if mentee_is_minor else CONFIDENTIALITY, language
        ),
        "boundaries": word(BOUNDARIES_MINOR if mentee_is_minor else BOUNDARIES, language),
        "obligations": word(OBLIGATIONS, language),
        "ending_clause": word(ENDING_CLAUSE, language, notice),
        "notice_days": notice,
    }
    for key in DEFAULT_KEYS:
        value = defaults.get(key)
        if value not in (None, ""):
            values[key] = value
    # A program may keep a separate text for minors (e.g. its own safeguarding wording).
    if mentee_is_minor:
        for key in ("confidentiality", "boundaries"):
            if defaults.get(f"{key}_minor"):
                values[key] = defaults[f"{key}_minor"]
    values = in_language(values, language)  # a program's default that is a built-in term
    if start is not None:
        half = max(1, int(values["duration_months"] or duration) // 2)
        values["midpoint_review_date"] = add_months(start, half)
    else:
        values["midpoint_review_date"] = None
    return values
