"""The language of what the lower layers say: gettext domain `messages`.

Every sentence that core, matching, importing, db and the services compose for a person to
read — a refusal, a validation message, an import row's error, an at-risk reason, a measure's
detail line, a match's "why" line, a run's summary — goes through this module. Catalogs:
`resources/locale/<code>/LC_MESSAGES/messages.po` (translators edit them), compiled to
`messages.mo` beside them (committed; `tools/messages_catalog.py` extracts with Babel, merges,
compiles and checks — `make translations` / `make check-translations`).

The language is one process-wide setting, decided ONCE by the front end and handed down as a
plain code: the GUI's `install_language` (environment, Preferences, system) and the CLI's
`commands.language()` (environment, locale variables) call `set_language(code)`. Nothing
below `gui` knows about Qt or reads settings; English is the default (tests, scripts).

Two ways to say something:
- `t(template, **args)` / `nt(singular, plural, n, **args)`: the sentence now, in the current
  language — for errors and lines shown once (raised, printed, returned to a view).
- `Text(template, args)`: a sentence kept as its template and arguments, worded when shown
  (`str()`), for what is stored (a match's explanation lines live in the database as JSON and
  are read later, perhaps in another language).

Arguments are formatted for the language: ints and floats as Babel decimals, dates as CLDR's
abbreviated date ("2 dic 2026"), nested `Text` worded in the same language. Templates use
plain `{name}` fields (no format specs): numbers are the language's business.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

DOMAIN = "messages"
SOURCE_LANGUAGE = "en"

_language = SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Make `code` ("es", "fr_CA", "ar") the language of every message from now on; a
    language without a catalog (or None/"") means English. Returns the language used."""
    global _language
    cleaned = (code or "").strip().replace("-", "_")
    base = cleaned.split("_")[0].split(".")[0].lower()
    _language = base if base and _catalog(base) is not None else SOURCE_LANGUAGE
    return _language


def language() -> str:
    """The language messages are worded in now (a code such as "es"; "en" by default)."""
    return _language


@cache
def _catalog(code: str) -> gettext.NullTranslations | None:
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    from mentordesk.core.resources import resource_path  # it raises through this module

    folder = resource_path("locale")
    try:
        return gettext.translation(DOMAIN, str(folder), languages=[code])
    except OSError:
        return None


def _translations(code: str | None = None) -> gettext.NullTranslations:
    return _catalog(code or _language) or gettext.NullTranslations()


def _(message: str) -> str:
    """`message` in the current language (as is when the catalog lacks it)."""
    return _translations().gettext(message) if message else message  # "" is the header


def word_in(code: str, message: str) -> str:
    """A marked message (`N_`) in language `code` instead of the language of the moment
    (a file made for a given language: the import template)."""
    return _translations(code).gettext(message) if message else message


def has_catalog(code: str) -> bool:
    """Whether messages can be worded in `code` (English always can)."""
    return _catalog(code) is not None


def N_(message: str) -> str:
    """Marks a message for the catalog that is translated later (a table of labels)."""
    return message


class Worded(str):
    """A sentence in the current language that remembers its English wording (`.english`):
    code that sorts sentences by kind (the summary's at-risk categories) reads that one."""

    english: str

    def __new__(cls, text: str, english: str | None = None) -> Worded:
        made = super().__new__(cls, text)
        made.english = text if english is None else english
        return made


def t(template: str, /, **args: Any) -> str:
    """The template translated into the current language, its `{fields}` filled with `args`
    formatted for that language."""
    text = fill(_translations().gettext(template), args, _language)
    if _language == SOURCE_LANGUAGE:
        return Worded(text)
    return Worded(text, fill(template, args, SOURCE_LANGUAGE))


def nt(singular: str, plural: str, n: int, /, **args: Any) -> str:
    """The plural form for `n` in the current language (Arabic has six), filled like `t`;
    `n` is also available to the template as `{n}`."""
    args = {"n": n, **args}
    text = fill(_translations().ngettext(singular, plural, n), args, _language)
    if _language == SOURCE_LANGUAGE:
        return Worded(text)
    return Worded(text, fill(singular if n == 1 else plural, args, SOURCE_LANGUAGE))


def english(text: str) -> str:
    """The English wording of a sentence from `t`/`nt` (the text itself otherwise)."""
    return getattr(text, "english", text)


def fill(text: str, args: Mapping[str, Any], code: str | None = None) -> str:
    """`text.format(**args)` with numbers, dates and nested `Text` worded for `code`."""
    if not args:
        return text
    code = code or _language
    return text.format(**{key: word(value, code) for key, value in args.items()})


def word(value: Any, code: str | None = None) -> Any:
    """One argument as the language writes it."""
    code = code or _language
    if isinstance(value, Text):
        return value.render(code)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return number(value, code)
    if isinstance(value, dt.datetime):
        return moment(value, code)
    if isinstance(value, dt.date):
        return day(value, code)
    return value


def number(value: float, code: str | None = None) -> str:
    """A number in the language's digits and separators (12,345.5 · 12.345,5 · 12 345,5)."""
    code = code or _language
    if code == SOURCE_LANGUAGE:  # as the services always wrote them: English stays unchanged
        return f"{value:g}" if isinstance(value, float) else str(value)
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=code, group_separator=True))


def decimal(value: float, places: int, code: str | None = None) -> str:
    """A number with exactly `places` decimals, in the language's way ("72.5", "72,5")."""
    code = code or _language
    if code == SOURCE_LANGUAGE:
        return f"{value:.{places}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(value, format=pattern, locale=code))


def day(value: dt.date, code: str | None = None) -> str:
    """A date as the language abbreviates it (CLDR yMMMd: 1 mar 2026 · 1 mars 2026); English
    keeps the ISO dates the services always wrote (2026-03-01)."""
    code = code or _language
    if code == SOURCE_LANGUAGE:
        return value.isoformat()
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMd", value, locale=code))


def month_name(value: dt.date, code: str | None = None) -> str:
    """The month and year as the language names them (CLDR yMMMM: marzo de 2026)."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMM", value, locale=code or _language))


def short_day(value: dt.date, code: str | None = None) -> str:
    """Day and abbreviated month (CLDR MMMd: 15 feb)."""
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMd", value, locale=code or _language))


def moment(value: dt.datetime, code: str | None = None) -> str:
    """A date and time (yMMMd + 24-hour clock) in the language (English: 2 Dec 2026 at 10:41)."""
    code = code or _language
    if code == SOURCE_LANGUAGE:
        return f"{value:%d %b %Y at %H:%M}"
    from babel.dates import format_time

    return f"{day(value.date(), code)} {format_time(value, 'HH:mm', locale=code)}"


def listing(names: list[str], limit: int = 4) -> Text:
    """The first `limit` names joined by commas, then "(+N more)" in the language."""
    shown = ", ".join(names[:limit])
    if len(names) <= limit:
        return Text("{names}", {"names": shown})
    return Text("{names} (+{more} more)", {"names": shown, "more": len(names) - limit})


def ntext(singular: str, plural: str, n: int, /, **args: Any) -> Text:
    """A plural sentence worded when shown (the form for `n`; `{n}` in the template)."""
    return Text(singular, {"n": n, **args}, plural)


@dataclass(frozen=True, eq=False)
class Text:
    """A sentence worded when shown: `template` (the catalog's msgid) and its arguments;
    with `plural`, `args["n"]` chooses the form. JSON round-trips it (stored explanations)."""

    template: str
    args: Mapping[str, Any] = field(default_factory=dict)
    plural: str | None = None

    def render(self, code: str | None = None) -> str:
        code = code or _language
        if not self.template:
            return ""  # gettext("") is the catalog's header
        found = _translations(code)
        if self.plural is not None:
            text = found.ngettext(self.template, self.plural, int(self.args.get("n", 0)))
        else:
            text = found.gettext(self.template)
        return fill(text, self.args, code)

    def english(self) -> str:
        return self.render(SOURCE_LANGUAGE)

    def __eq__(self, other: object) -> bool:
        """Equal to another Text of the same message, and to the string it reads as now."""
        if isinstance(other, Text):
            return (self.template, self.plural, dict(self.args)) == (
                other.template,
                other.plural,
                dict(other.args),
            )
        if isinstance(other, str):
            return self.render() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.template, self.plural))

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        args = {k: v.to_json() if isinstance(v, Text) else v for k, v in self.args.items()}
        return {"template": self.template, "args": args} | (
            {"plural": self.plural} if self.plural is not None else {}
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Text:
        args = {
            k: cls.from_json(v) if isinstance(v, Mapping) and "template" in v else v
            for k, v in dict(data.get("args") or {}).items()
        }
        plural = data.get("plural")
        return cls(str(data.get("template", "")), args, None if plural is None else str(plural))
