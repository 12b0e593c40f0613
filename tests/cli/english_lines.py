"""Which lines a command printed are still English in another language (the CLI's walk).

A line is "still English" when most of its words are English words of the CLI's sources (the
`messages` and `cli` templates) that no translation of that language uses. Data — names,
program names, skills and other values stored in the database, paths — is taken out first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel.messages.pofile import read_po

from mentordesk.core.resources import resource_path

# e-mails, paths, numbers, {fields}, $VARIABLES, --options, [optional parts], METAVARS
_NOT_WORDS = re.compile(
    r"\S+@\S+|\S*[/\\]\S*|\b\w*\d\w*\b|\{[^}]*\}|%\(\w+\)s|\$\w+|--?[\w-]+|\[[^\]]*\]"
    r"|\b[A-Z][A-Z_]+\b"
)
#: A usage line (argparse's "usage:" in any language, and its continuation lines).
_USAGE = re.compile(r"^\s*(\S+:\s+)?mentordesk\b")
DOMAINS = ("messages", "cli", "documents")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", _NOT_WORDS.sub(" ", text))}


@cache
def vocabulary(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(English words of the sources, words the language's catalogs use)."""
    english: set[str] = set()
    foreign: set[str] = set()
    for domain in DOMAINS:
        with resource_path("locale", language, "LC_MESSAGES", f"{domain}.po").open("rb") as f:
            for message in read_po(f, locale=language):
                if not message.id:
                    continue
                ids = [message.id] if isinstance(message.id, str) else list(message.id)
                forms = [message.string] if isinstance(message.string, str) else message.string
                for text in ids:
                    english |= _words(text)
                for text in forms or ():
                    foreign |= _words(text or "")
    return frozenset(english), frozenset(foreign)


def english_lines(output: str, language: str, data: Iterable[str] = ()) -> list[str]:
    """The lines of `output` whose words are mostly English the language does not use."""
    english, foreign = vocabulary(language)
    values = sorted({d for d in data if len(d) > 2}, key=len, reverse=True)
    found = []
    for line in output.splitlines():
        if _USAGE.match(line):
            continue  # what to type (command and option names), not words
        rest = line
        for value in values:
            if value in rest:
                rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
        words = re.findall(r"[^\W\d_]{3,}", _NOT_WORDS.sub(" ", rest))
        only = [w for w in words if w.lower() in english and w.lower() not in foreign]
        if only and len(only) * 2 >= len(words):
            found.append(f"{line.strip()!r} (English words {only})")
    return found


def data_texts(location: str) -> list[str]:
    """Every text stored in the database (names, program names, steps, skills…): data,
    printed as typed whatever the language."""
    import sqlalchemy as sa

    from mentordesk.db.engine import Database

    db = Database(location)
    found: set[str] = set()
    try:
        with db.engine.connect() as connection:
            metadata = sa.MetaData()
            metadata.reflect(connection)
            for table in metadata.tables.values():
                columns = [c for c in table.columns if isinstance(c.type, (sa.String, sa.Text))]
                if columns:
                    for row in connection.execute(sa.select(*columns)):
                        found |= {str(v).strip() for v in row if v and len(str(v).strip()) > 2}
    finally:
        db.close()
    return sorted(found, key=len, reverse=True)
