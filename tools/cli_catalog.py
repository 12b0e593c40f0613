"""The command line's catalogs (gettext domain `cli`): extract, merge, compile, check.

    python tools/cli_catalog.py          # cli.pot from the parser, merged into each cli.po, .mo
    python tools/cli_catalog.py --check  # fail if a cli.po lacks a message, keeps one the
                                         # parser no longer has, or a .mo is stale

The messages are read from the parser itself (every command registered: descriptions, option
help, command help), plus argparse's own words and the CLI's common lines
(`mentordesk.cli.language`). Translators edit resources/locale/<code>/LC_MESSAGES/cli.po.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from mentordesk.cli import build_parser
from mentordesk.cli.language import ARGPARSE_MESSAGES, COMMON_MESSAGES, strings
from mentordesk.commands import CLI_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"


def messages() -> list[str]:
    return list(dict.fromkeys([*strings(build_parser("*")), *ARGPARSE_MESSAGES, *COMMON_MESSAGES]))


def template() -> Catalog:
    catalog = Catalog(domain="cli", project="MentorDesk", fuzzy=False)
    for text in messages():
        flags = ("python-format",) if "%(" in text or "%s" in text else ()
        catalog.add(text, flags=flags)
    return catalog


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / "cli.po"


def read(code: str) -> Catalog:
    path = po_path(code)
    if not path.exists():
        return Catalog(locale=code, domain="cli", project="MentorDesk", fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=code, domain="cli")


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def check() -> list[str]:
    problems = []
    wanted = messages()
    for code in CLI_LANGUAGES:
        catalog = read(code)
        for text in wanted:
            message = catalog.get(text)
            if message is None or not message.string or message.fuzzy:
                problems.append(f"{code}/cli.po: not translated: {text!r}")
        known = set(wanted)
        problems.extend(
            f"{code}/cli.po: no longer in the parser: {m.id!r}"
            for m in catalog
            if isinstance(m.id, str) and m.id and m.id not in known
        )
        mo = po_path(code).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(catalog):
            problems.append(f"{code}/cli.mo is older than its .po")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for problem in problems[:40]:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    pot = template()
    with (LOCALE / "cli.pot").open("wb") as handle:
        write_po(handle, pot, width=100, omit_header=True)
    for code in CLI_LANGUAGES:
        catalog = read(code)
        catalog.update(pot, no_fuzzy_matching=True)
        po_path(code).parent.mkdir(parents=True, exist_ok=True)
        with po_path(code).open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        po_path(code).with_suffix(".mo").write_bytes(compiled(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
