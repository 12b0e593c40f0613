"""Merge documents.pot with a {msgid: translation} table into a .po catalog (used once to
seed es/fr/ar; translators then edit the .po files directly).

    python tools/make_catalogs.py LANG TABLE.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent / "resources" / "locale"


def main(language: str, table_path: str) -> None:
    table = runpy.run_path(table_path)["T"]
    with (ROOT / "documents.pot").open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale=language, domain="documents", project="MentorDesk")
    missing = []
    for message in template:
        if not message.id:
            continue
        found = table.get(message.id)
        if found is None:
            missing.append(message.id)
            continue
        if isinstance(found, tuple):
            # Pad to the language's number of plural forms (French has three in CLDR: the
            # last form given stands for the others).
            forms = list(found)[: catalog.num_plurals]
            forms += [forms[-1]] * (catalog.num_plurals - len(forms))
            found = tuple(forms)
        catalog.add(message.id, found)
    target = ROOT / language / "LC_MESSAGES" / "documents.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False)
    print(f"{target}: {len(catalog)} messages, {len(missing)} missing")
    for message_id in missing:
        print("  missing:", message_id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
