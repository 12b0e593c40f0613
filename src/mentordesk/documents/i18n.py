"""The language of a document: translated wording (gettext catalogs), dates and numbers (CLDR).

Every sentence a document prints goes through `_()` (or `N_()` for plural forms). The catalogs
are standard gettext files, `resources/locale/<code>/LC_MESSAGES/documents.po`, read at run time
with Babel (no compile step); `resources/locale/documents.pot` is the template translators start
from (`tools/extract_messages.py` regenerates it). A message missing from a catalog prints in
English. Dates and numbers follow the language's conventions through Babel's CLDR data.

The language is set for the story being built with `use(code)` (a context variable, so two
batches in two threads do not mix languages).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from babel.support import Translations

from mentordesk.core.languages import document_catalog, document_languages

RTL = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})
_current: ContextVar[str] = ContextVar("document_language", default="en")


class UnknownLanguage(ValueError):
    pass


def normalise(code: str | None) -> str:
    """ "ES", "es_MX", "es-MX" → "es" (or "es_MX" when a catalog for it exists); "" → "en".
    Raises UnknownLanguage for codes CLDR does not know."""
    if not code or not code.strip():
        return "en"
    cleaned = code.strip().replace("-", "_")
    try:
        locale = Locale.parse(cleaned)
    except (ValueError, UnknownLocaleError) as error:
        raise UnknownLanguage(
            f"Unknown language {code!r}: use a code such as en, es, fr, ar"
        ) from error
    full = str(locale)
    if full in available():
        return full
    return locale.language


def available() -> tuple[str, ...]:
    """The languages a document can be printed in (English plus every shipped catalog)."""
    return document_languages()


def _translations(code: str) -> Translations | None:
    return document_catalog(code)


def M_(message: str) -> str:
    """Marks a word for the catalogs that is translated later with `_()` (a status value)."""
    return message


def language() -> str:
    return _current.get()


def is_rtl(code: str | None = None) -> bool:
    return (code or _current.get()).split("_")[0] in RTL


@contextlib.contextmanager
def use(code: str) -> Iterator[None]:
    token = _current.set(code)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """The message in the current document language (English when untranslated)."""
    code = _current.get()
    if code == "en":
        return message
    found = _translations(code) or _translations(code.split("_")[0])
    return found.gettext(message) if found else message


def N_(singular: str, plural: str, count: int) -> str:
    code = _current.get()
    found = None if code == "en" else (_translations(code) or _translations(code.split("_")[0]))
    if found is None:
        return singular if count == 1 else plural
    return found.ngettext(singular, plural, count)


def day(value: dt.date | None, empty: str = "—", *, short: bool = False) -> str:
    """A date as the page prints it, in the language's long form (14 March 2026,
    14 de marzo de 2026, ١٤ مارس ٢٠٢٦); `short` where room is short, month abbreviated
    (14 mar 2026, 14 mars 2026: CLDR's yMMMd)."""
    if value is None:
        return empty
    if short:
        return format_skeleton("yMMMd", value, locale=_current.get())
    return format_date(value, format="long", locale=_current.get())


def number(value: float, digits: int = 0) -> str:
    fmt = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=fmt, locale=_current.get())
