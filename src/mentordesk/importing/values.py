"""Turning one spreadsheet cell into a field value, or a reason it cannot be one.

Dates come typed every which way; `22/11/2026` is clear, `03/04/2026` is not. The caller
decides the day/month order once per file (`date_order`) from the file's unambiguous dates
or the locale, and says so to the user.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.i18n import N_, t
from mentordesk.core.languages import normalise_language
from mentordesk.core.participant import Kind, is_valid_email


class DateOrder(StrEnum):
    DAY_FIRST = N_("day/month/year")
    MONTH_FIRST = N_("month/day/year")


class CellError(ValueError):
    """The cell's text cannot be read as the field's kind; the message says why."""


_NUMERIC = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T,]+.*)?\s*$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january janv janvier enero ene januar",
            "feb february fev fevr fevrier febrero februar",
            "mar march mars marzo marz",
            "apr april avr avril abril",
            "may mai mayo",
            "jun june juin junio juni",
            "jul july juil juillet julio juli",
            "aug august aou aout agosto",
            "sep sept september septembre septiembre",
            "oct october octobre octubre okt oktober",
            "nov november novembre noviembre",
            "dec december decembre diciembre dez dezember",
        )
    )
    for m in names.split()
}
_WORDY = re.compile(r"[A-Za-zÀ-ÿ]+\.?|\d+")

ROLE_WORDS: dict[str, Role] = {
    "mentor": Role.MENTOR, "mentors": Role.MENTOR, "coach": Role.MENTOR,
    "i want to be a mentor": Role.MENTOR, "i would like to mentor": Role.MENTOR,
    "i want to mentor": Role.MENTOR, "mentor someone": Role.MENTOR, "tutor": Role.MENTOR,
    "mentee": Role.MENTEE, "mentees": Role.MENTEE, "protege": Role.MENTEE,
    "student": Role.MENTEE, "learner": Role.MENTEE, "i want a mentor": Role.MENTEE,
    "i would like a mentor": Role.MENTEE, "i want to be mentored": Role.MENTEE,
    "be mentored": Role.MENTEE, "find a mentor": Role.MENTEE, "i need a mentor": Role.MENTEE,
    "both": Role.BOTH, "mentor and mentee": Role.BOTH, "mentee and mentor": Role.BOTH,
    "either": Role.BOTH, "both mentor and mentee": Role.BOTH, "mentor mentee": Role.BOTH,
}  # fmt: skip
_TRUE = {"yes", "y", "true", "1", "x", "✓", "✔", "oui", "si", "sí", "ja", "agreed", "granted"}
_FALSE = {"no", "n", "false", "0", "non", "nein", "not granted", "declined"}


def cell_text(value: Any) -> str:
    """The cell as text, as the coordinator would read it in their spreadsheet."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def numeric_date_parts(value: Any) -> tuple[int, int, int] | None:
    """(a, b, year) of a `a/b/year` cell, for deciding the file's day/month order."""
    if not isinstance(value, str):
        return None
    match = _NUMERIC.match(value)
    if not match or len(match.group(1)) == 4:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def parse_date(value: Any, order: DateOrder) -> dt.date | None:
    """A date from a typed date, an ISO string, `22/11/2026`, `22.11.26`, `22 Nov 2026` …"""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(t("not a date"))
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return dt.date.fromisoformat(text)  # the common, unambiguous case first
        except ValueError:
            pass
    match = _NUMERIC.match(text)
    try:
        if match:
            a, b, c = (int(g) for g in match.groups())
            if len(match.group(1)) == 4:
                return dt.date(a, b, c)
            day, month = (a, b) if order is DateOrder.DAY_FIRST else (b, a)
            if month > 12 and day <= 12:
                day, month = month, day  # only one reading is a date
            return dt.date(_year(c), month, day)
        return _wordy_date(text)
    except (ValueError, OverflowError):  # 22 Nov 99999999999999999999 overflows a C int
        raise CellError(t("not a date")) from None


def _year(value: int) -> int:
    if value >= 100:
        return value
    # Two-digit years: within the next 10 years is this century, otherwise the last.
    this_year = dt.date.today().year
    year = 2000 + value
    return year if year <= this_year + 10 else year - 100


def _wordy_date(text: str) -> dt.date:
    """`22 Nov 2026`, `November 22, 2026`, `Sunday, 22 November 2026`."""
    day = month = year = None
    for token in _WORDY.findall(text.casefold()):
        word = token.rstrip(".")
        if word.isdigit():
            number = int(word)
            if len(word) == 4:
                year = number
            elif day is None and 1 <= number <= 31:
                day = number
            elif year is None:
                year = _year(number)
        elif word in _MONTHS:
            month = _MONTHS[word]
        elif word[:3] in _MONTHS and len(word) > 3 and month is None:
            month = _MONTHS[word[:3]]
    if day is None or month is None or year is None:
        raise ValueError(text)
    return dt.date(year, month, day)


_N = TypeVar("_N", int, float)

#: Larger numbers are no capacity, hour count or rating: a typo, or a hostile file.
NUMBER_LIMIT = 1_000_000_000


def parse_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError(t("not a whole number"))
    if isinstance(value, int):
        return _bounded_number(value)
    if isinstance(value, float):
        if value.is_integer():
            return _bounded_number(int(value))
        raise CellError(t("not a whole number"))
    text = str(value).strip()
    if not text:
        return None
    match = re.fullmatch(r"([+-]?\d{1,18})(?:[.,]0+)?(?:\s+\D.*)?", text)  # "2", "2.0", "2 mentees"
    if not match:
        raise CellError(t("not a whole number"))
    return _bounded_number(int(match.group(1)))


def parse_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _bounded_number(float(value))
    text = str(value).strip().replace(",", ".")
    if not text:
        return None
    match = re.fullmatch(r"([+-]?\d{1,18}(?:\.\d{1,18})?)(?:\s*\D.*)?", text)  # "1.5", "3 h"
    if not match:
        raise CellError(t("not a number"))
    try:
        return _bounded_number(float(match.group(1)))
    except ValueError:  # digits float() does not take
        raise CellError(t("not a number")) from None


def _bounded_number(number: _N) -> _N:
    if not -NUMBER_LIMIT <= number <= NUMBER_LIMIT:  # also refuses NaN
        raise CellError(t("not a number in a sensible range"))
    return number


def parse_list(value: Any) -> tuple[str, ...]:
    """Tags separated by `;` (Google/Microsoft Forms checkboxes), `,` or line breaks."""
    text = cell_text(value)
    if not text:
        return ()
    separator = ";" if ";" in text else ","
    seen: dict[str, str] = {}
    for chunk in text.splitlines():
        for part in chunk.split(separator):
            item = part.strip()
            if item:
                seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _key(text: str) -> str:
    text = text.casefold().replace("é", "e").replace("ó", "o")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def parse_role(value: Any) -> Role | None:
    text = _key(cell_text(value))
    if not text:
        return None
    if text in ROLE_WORDS:
        return ROLE_WORDS[text]
    words = set(text.split())
    has_mentor = bool(words & {"mentor", "mentors", "mentoring"})
    has_mentee = bool(words & {"mentee", "mentees", "mentored", "protege"})
    if (has_mentor and has_mentee) or "both" in words:
        return Role.BOTH
    if has_mentee or ("a mentor" in text and "be a mentor" not in text):
        return Role.MENTEE
    if has_mentor:
        return Role.MENTOR
    raise CellError(t("not a role (mentor, mentee or both)"))


def parse_status(value: Any) -> MemberStatus | None:
    text = _key(cell_text(value))
    if not text:
        return None
    for status in MemberStatus:
        if text in (status.value, status.value.rstrip("ed"), status.value[:-1]):
            return status
    aliases = {"new": MemberStatus.APPLIED, "application": MemberStatus.APPLIED,
               "left": MemberStatus.WITHDRAWN, "inactive": MemberStatus.WITHDRAWN,
               "dropped": MemberStatus.WITHDRAWN, "matched": MemberStatus.ACTIVE}  # fmt: skip
    if text in aliases:
        return aliases[text]
    raise CellError(t("not a status ({choices})", choices=", ".join(s.value for s in MemberStatus)))


def parse_decision(value: Any) -> ScreeningDecision | None:
    text = _key(cell_text(value))
    if not text:
        return None
    if text in {"cleared", "clear", "approved", "passed", "pass", "yes", "ok", "accepted"}:
        return ScreeningDecision.CLEARED
    if text in {"not cleared", "rejected", "failed", "fail", "no", "declined", "refused"}:
        return ScreeningDecision.NOT_CLEARED
    if text in {"pending", "in progress", "waiting", "to do", "todo"}:
        return ScreeningDecision.PENDING
    raise CellError(t("not a screening decision (cleared, pending or not cleared)"))


def parse_bool(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = cell_text(value).casefold()
    if not text:
        return None
    if text in _TRUE or text.startswith("yes"):
        return True
    if text in _FALSE or text.startswith("no"):
        return False
    raise CellError(t("not yes or no"))


def parse_language(value: Any) -> str:
    """A document language: a code or a language's name ("es", "Spanish", "Español")."""
    try:
        return normalise_language(cell_text(value))
    except ValueError as error:
        raise CellError(str(error)) from None


def parse_email(value: Any) -> str:
    text = cell_text(value)
    return text.removeprefix("mailto:").strip().strip("<>").strip()


_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))"
)
_SPECIAL_TLDS = {"arpa", "invalid", "local", "localhost", "onion", "test"}


def email_ok(text: str) -> bool:
    """`is_valid_email`, with a quick yes for plain ASCII addresses.

    email-validator takes ~0.2 ms an address, most of a 10,000-row import. Addresses made
    only of the common ASCII characters, with an ordinary domain, are accepted here (a test
    checks this never accepts what email-validator refuses); everything else goes to it.
    """
    match = _PLAIN_EMAIL.fullmatch(text)
    if (
        match is not None
        and len(text) <= 254
        and len(match.group(1)) <= 64
        and match.group(3).lower() not in _SPECIAL_TLDS
        and "--" not in match.group(2)
    ):
        return True
    return is_valid_email(text)


def parser_for(kind: Kind, order: DateOrder) -> Callable[[Any], Any]:
    """The cell parser for a kind (chosen once per column, not once per cell)."""
    if kind is Kind.DATE:
        return lambda value: parse_date(value, order)
    parsers: dict[Kind, Callable[[Any], Any]] = {
        Kind.INT: parse_int,
        Kind.FLOAT: parse_float,
        Kind.LIST: parse_list,
        Kind.ROLE: parse_role,
        Kind.STATUS: parse_status,
        Kind.DECISION: parse_decision,
        Kind.BOOL: parse_bool,
        Kind.EMAIL: parse_email,
        Kind.LANGUAGE: parse_language,
    }
    return parsers.get(kind, cell_text)


def parse_cell(kind: Kind, value: Any, order: DateOrder) -> Any:
    """The field value for one cell (None/empty when the cell is empty)."""
    if kind is Kind.DATE:
        return parse_date(value, order)
    if kind is Kind.INT:
        return parse_int(value)
    if kind is Kind.FLOAT:
        return parse_float(value)
    if kind is Kind.LIST:
        return parse_list(value)
    if kind is Kind.ROLE:
        return parse_role(value)
    if kind is Kind.STATUS:
        return parse_status(value)
    if kind is Kind.DECISION:
        return parse_decision(value)
    if kind is Kind.BOOL:
        return parse_bool(value)
    if kind is Kind.EMAIL:
        return parse_email(value)
    if kind is Kind.LANGUAGE:
        return parse_language(value)
    return cell_text(value)
