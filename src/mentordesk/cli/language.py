"""The command line in the user's language: gettext's `cli` domain.

Catalogs: `resources/locale/<code>/LC_MESSAGES/cli.po` (translators edit them), compiled to
`cli.mo` beside them (committed; `tools/cli_catalog.py` extracts, merges and compiles, run by
`make translations`). The language comes from `mentordesk.commands.language()`:
$MENTORDESK_LANGUAGE, then the usual LANGUAGE / LC_ALL / LC_MESSAGES / LANG.

What is translated: the top-level description and every command's one-line help, the help of
every option a translator has a message for (the catalog holds all of them), argparse's own
words (usage, options, errors such as an unknown command or a missing argument), and the CLI's
common lines ("interrupted"). Messages that come from the services (a validation error, a
report's rows) stay in English.
"""

from __future__ import annotations

import argparse
import gettext
import os

from mentordesk.commands import language

DOMAIN = "cli"

#: argparse's own messages worth translating (its `_()` reads the `cli` domain once installed).
ARGPARSE_MESSAGES = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "expected one argument",
    "not allowed with argument %s",
    "one of the arguments %s is required",
)
#: The CLI's own common lines.
INTERRUPTED = "interrupted"
COMMON_MESSAGES = (INTERRUPTED,)

_installed: list[str] = []


def install() -> str:
    """Make gettext (and so argparse) read MentorDesk's `cli` catalog in the chosen language;
    returns the language ("en": nothing is installed)."""
    code = language()
    if code == "en" or code in _installed:
        return code
    from mentordesk.core.resources import resource_path

    # gettext picks the language from LANGUAGE first: the chosen one, for this process only.
    os.environ["LANGUAGE"] = code
    gettext.bindtextdomain(DOMAIN, str(resource_path("locale")))
    gettext.textdomain(DOMAIN)
    _installed.append(code)
    return code


def _(text: str) -> str:
    """One message in the chosen language (English when there is no translation)."""
    return gettext.gettext(text) if install() != "en" else text


def localize(parser: argparse.ArgumentParser) -> None:
    """Translate the descriptions and help texts of `parser` and every parser under it."""
    if install() == "en":
        return
    seen: set[int] = set()
    stack = [parser]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.description:
            current.description = gettext.gettext(current.description)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = gettext.gettext(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = gettext.gettext(choice.help)
                stack.extend(action.choices.values())


def strings(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text under `parser`, in order (what the catalog holds)."""
    found: dict[str, None] = {}
    seen: set[int] = set()
    stack = [parser]
    while stack:
        current = stack.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.description:
            found[current.description] = None
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                found[action.help] = None
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        found[choice.help] = None
                stack.extend(action.choices.values())
    return list(found)
