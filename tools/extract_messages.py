"""Regenerate resources/locale/documents.pot, the template translators start from, and report
what each catalog lacks.

    python tools/extract_messages.py            # write the template, list missing messages
    python tools/extract_messages.py --check    # exit 1 when the template is out of date

Messages come from the documents area (`_()`, `N_()` plural, `M_()` data words), the built-in
agreement terms (`D_()`, `DN_()` plural in core/agreement_defaults.py) and from the
measures the program summary prints (the label and formula of each `add(...)` in
services/reports/measure_list.py). A translator then adds the new messages to
resources/locale/<code>/LC_MESSAGES/documents.po; a test fails while one is missing.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "mentordesk"
POT = ROOT / "resources" / "locale" / "documents.pot"
KEYWORDS = {"_": None, "N_": (1, 2), "M_": None}
# In measure_list.py the label is add()'s 2nd argument and the formula its 5th.
MEASURE_KEYWORDS = ({"add": (2,)}, {"add": (5,)})


def template() -> Catalog:
    catalog = Catalog(project="MentorDesk", domain="documents")
    sources = [(path, KEYWORDS) for path in sorted((SRC / "documents").glob("*.py"))]
    sources.append((SRC / "core" / "agreement_defaults.py", {"D_": None, "DN_": (1, 2)}))
    measures = SRC / "services" / "reports" / "measure_list.py"
    sources += [(measures, keywords) for keywords in MEASURE_KEYWORDS]
    for path, keywords in sources:
        # f-strings (measure labels built at run time) are skipped with a warning on stderr:
        # documents/vocabulary.py lists those.
        with contextlib.redirect_stderr(io.StringIO()):
            found = list(extract_from_file("python", path, keywords=keywords, comment_tags=()))
        for line, message, _comments, _context in found:
            where = (str(path.relative_to(ROOT)), line)
            flags = ("python-brace-format",) if "{" in str(message) else ()
            if message in catalog:
                catalog[message].locations.append(where)
            else:
                catalog.add(message, locations=[where], flags=flags)
    return catalog


def rendered(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, omit_header=True, no_location=True, sort_output=False, width=0)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    fresh = rendered(template())
    if "--check" in argv:
        if not POT.is_file() or POT.read_bytes() != fresh:
            print(f"{POT.relative_to(ROOT)} is out of date: run tools/extract_messages.py")
            return 1
        return 0
    POT.write_bytes(fresh)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template() if m.id}
    for po in sorted(POT.parent.glob("*/LC_MESSAGES/documents.po")):
        with po.open("rb") as handle:
            have = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.string}
        for missing in sorted(ids - have):
            print(f"{po.parent.parent.name}: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
