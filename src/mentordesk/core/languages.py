"""The languages documents can be printed in, and which one a document uses.

A language is available when a catalog for it ships (`resources/locale/<code>/LC_MESSAGES/
documents.po`); English is the source language and always available. The program's settings,
a person's `document_language`, the spreadsheet import, the GUI choices and the CLI's
`--language` all check a code here, so adding a catalog adds the language everywhere.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from mentordesk.core.i18n import t
from mentordesk.core.resources import resource_path

if TYPE_CHECKING:
    from babel.support import Translations

DOMAIN = "documents"


@cache
def document_languages() -> tuple[str, ...]:
    """The codes documents can be printed in, English first, then by code."""
    root = resource_path("locale")
    found: set[str] = set()
    if root.is_dir():
        found = {p.name for p in root.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()}
    return ("en", *sorted(found - {"en"}))


@cache
def document_catalog(code: str) -> Translations | None:
    """The `documents` catalog of a language (read from its .po with Babel, no compile step);
    None for English and for a language without one."""
    path = resource_path("locale", code, "LC_MESSAGES", f"{DOMAIN}.po")
    if not path.is_file():
        return None
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def printed_language(own: str, program_default: str) -> str:
    """The language a document about a person prints in when none is asked for: the person's
    own when documents can be printed in it, else the program's default, else English."""
    for code in (own, program_default):
        base = (code or "").replace("-", "_")
        for candidate in (base, base.split("_")[0]):
            if candidate and candidate in document_languages():
                return candidate
    return "en"


def language_name(code: str) -> str:
    """The language's name in its own language ("Español", "العربية"); the code if unknown."""
    from babel import Locale, UnknownLocaleError  # CLDR data: loaded only when names are shown

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


def language_choices() -> list[tuple[str, str]]:
    """(code, name in its own language) of every available language, for menus and combos."""
    return [(code, language_name(code)) for code in document_languages()]


def normalise_language(text: str | None) -> str:
    """A typed or imported language as a stored code: "" stays "" (the program's default);
    "ES", "es-MX", "es_MX" → "es"; a language name ("Spanish", "Español") → its code.
    Raises ValueError with a one-line message for anything else."""
    cleaned = (text or "").strip()
    if not cleaned:
        return ""
    codes = document_languages()
    key = cleaned.replace("-", "_").lower()
    for code in codes:
        if key == code.lower() or key.split("_")[0] == code.lower():
            return code
    names = {name.lower(): code for code, name in language_choices()}
    names |= {_english_name(code).lower(): code for code in codes}
    if cleaned.lower() in names:
        return names[cleaned.lower()]
    raise ValueError(
        t("documents are printed in {names}; leave empty for the default", names=", ".join(codes))
    )


def _english_name(code: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code
