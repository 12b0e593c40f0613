"""Default agreement terms, in plain language, and how a pair's agreement is pre-filled.

A program may override any of these in `programs.agreement_defaults` (same keys); a pair's
agreement starts from the program's values and is then edited per pair.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

CONFIDENTIALITY = (
    "What we talk about in our meetings stays between us. Neither of us shares the other's "
    "personal matters without permission. The program coordinator may ask either of us how "
    "the mentoring is going; we answer in general terms."
)

CONFIDENTIALITY_MINOR = (
    "What we talk about in our meetings stays between us, with one exception: safety comes "
    "first. If the mentee is being hurt or is at risk of harm, or might hurt someone else, the "
    "mentor must tell the program coordinator straight away, and the coordinator will act as the "
    "law and the school's safeguarding policy require (including mandatory reporting). The mentor "
    "will tell the mentee when something has to be passed on. The coordinator may also share "
    "general progress with the mentee's parent or guardian."
)

BOUNDARIES = (
    "We meet at the agreed place and time, or online through the agreed channel. We keep our "
    "relationship to mentoring: no gifts of money, no loans, no romantic or business involvement, "
    "and no social-media contact beyond what the program allows. Either of us can say when "
    "something is off limits, and the other respects it."
)

BOUNDARIES_MINOR = (
    "We meet in public or program-approved places and never alone in a private home or car. "
    "Contact between meetings goes only through program-approved channels, with the guardian's "
    "knowledge. No gifts of money, no private social-media contact, no photos shared without the "
    "guardian's consent. Either of us can say when something is off limits, and the other "
    "respects it."
)

OBLIGATIONS = (
    "We come to meetings on time and prepared, and give notice if we must cancel. We take part "
    "in the program's check-ins with the coordinator and answer short feedback questions. The "
    "mentor completes the program's training. We tell the coordinator about any problem early."
)

ENDING_CLAUSE = (
    "Either of us may end the mentoring relationship at any time, without having to give a "
    "reason and without blame (no-fault ending). We will tell the coordinator first and, where "
    "possible, give {notice} days' notice so that we can have a closing meeting together."
)

CONTACT_BETWEEN = "Short messages by e-mail or the program's messaging channel, for scheduling."

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


def frequency_label(cadence_days: int) -> str:
    """'Every 2 weeks' for 14, 'Weekly' for 7, 'Monthly' around 30 …"""
    if cadence_days == 7:
        return "Weekly"
    if cadence_days % 7 == 0:
        return f"Every {cadence_days // 7} weeks"
    if 28 <= cadence_days <= 31:
        return "Monthly"
    return f"Every {cadence_days} days"


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
) -> dict[str, Any]:
    """The agreement values for a new pair: program defaults over the built-in texts."""
    defaults = dict(program_defaults or {})
    notice = int(defaults.get("notice_days") or 14)
    end = planned_end or program_end
    duration = months_between(start, end) if start and end and end > start else 9
    values: dict[str, Any] = {
        "meeting_frequency": frequency_label(cadence_days),
        "meeting_minutes": meeting_minutes,
        "meeting_format": "in person",
        "usual_time": "",
        "place": "",
        "contact_between": CONTACT_BETWEEN,
        "duration_months": duration,
        "confidentiality": CONFIDENTIALITY_MINOR if mentee_is_minor else CONFIDENTIALITY,
        "boundaries": BOUNDARIES_MINOR if mentee_is_minor else BOUNDARIES,
        "obligations": OBLIGATIONS,
        "ending_clause": ENDING_CLAUSE.format(notice=notice),
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
    if start is not None:
        half = max(1, int(values["duration_months"] or duration) // 2)
        values["midpoint_review_date"] = add_months(start, half)
    else:
        values["midpoint_review_date"] = None
    return values
