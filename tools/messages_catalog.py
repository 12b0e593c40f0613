"""The lower layers' catalogs (gettext domain `messages`): extract, merge, compile, check.

    python tools/messages_catalog.py          # .pot from the code, merged into each .po, .mo
    python tools/messages_catalog.py --check  # fail on anything below

What `--check` refuses:
- a message of the code missing from a catalog, untranslated, fuzzy, or with an empty plural
  form (each language's number of forms: Spanish and French 3, Arabic 6);
- a translation whose `{fields}` differ from the source's (`.format()` would raise or lose one);
- `messages.pot` or a `.mo` older than the code / the `.po`, and a `.po` still holding a
  message the code no longer has. Source locations (`#:` lines) are left out of the
  comparison: code that only moves a translated line passes without regenerating catalogs
  (`make translations` still refreshes them for translators).
- a sentence in the code that escapes extraction: a string literal or f-string handed to an
  error a person reads (`raise SomethingError("…")`, `ValidationError(…, {"field": "…"})`) in
  core, matching, importing, db, services or cli, instead of `t()` / `nt()` / `Text()`.

Extraction is Babel's Python extractor with the keywords of `mentordesk.core.i18n`:
`t(template, …)`, `nt(singular, plural, n, …)`, `Text(template, …)`, `ntext(singular, plural,
n, …)` and the marker `N_(…)`. Translators edit resources/locale/<code>/LC_MESSAGES/messages.po.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import re
import sys
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "mentordesk"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "messages"
#: The areas whose sentences this domain holds (gui has Qt's catalogs, documents its own).
AREAS = ("core", "matching", "importing", "db", "services", "cli")
KEYWORDS = {"t": None, "nt": (1, 2), "Text": None, "ntext": (1, 2), "N_": None}
#: The measures' labels (add()'s 2nd argument) and definitions (its 5th) in measure_list.py:
#: the reports view and `mentordesk report` show them (the printed summary has its own
#: `documents` catalog, which already words them; `make translations` copies its wording).
MEASURES = SOURCE / "services" / "reports" / "measure_list.py"
MEASURE_KEYWORDS = ({"add": (2,)}, {"add": (5,)})
LANGUAGES = ("es", "fr", "ar")
#: Exceptions that speak to a programmer, never to a coordinator.
PROGRAMMER_ERRORS = frozenset(
    {
        "TypeError",
        "AssertionError",
        "NotImplementedError",
        "RuntimeError",
        "KeyError",
        "IndexError",
        "AttributeError",
        "SystemExit",
        "StopIteration",
    }
)
#: Helpers whose arguments end up in a sentence a person reads: name → (positions, keywords).
SPEAKING_ARGS = {
    "refuse_future": ((2,), ("what", "hint")),
    "require_date": ((2,), ("label",)),
    "check_range": ((4,), ("label",)),
    "lost_race": ((0,), ("what",)),
    "check_version": ((0,), ("what",)),
}
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}")


def sources() -> list[Path]:
    return sorted(p for area in AREAS for p in (SOURCE / area).rglob("*.py"))


def _found(path: Path, keywords: dict[str, Any]) -> list[tuple[int, Any, list[str], Any]]:
    # f-strings (labels built at run time) are skipped with a warning on stderr
    with contextlib.redirect_stderr(io.StringIO()):
        return list(
            extract_from_file(
                "python", str(path), keywords=keywords, comment_tags=("TRANSLATORS:",)
            )
        )


def template() -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="MentorDesk", fuzzy=False)
    passes: list[tuple[Path, dict[str, Any]]] = [(path, KEYWORDS) for path in sources()]
    passes += [(MEASURES, keywords) for keywords in MEASURE_KEYWORDS]
    for path, keywords in passes:
        relative = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, context in _found(path, keywords):
            if not message or (isinstance(message, tuple) and not message[0]):
                continue
            if message in (("{names}",), "{names}"):
                continue
            flags = ("python-brace-format",) if FIELD.search(str(message)) else ()
            existing = catalog.get(message if isinstance(message, str) else message[0])
            if existing is not None:
                existing.locations.append((relative, lineno))
                continue
            catalog.add(
                message,
                locations=[(relative, lineno)],
                auto_comments=comments,
                flags=flags,
                context=context,
            )
    return catalog


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(code: str) -> Catalog:
    path = po_path(code)
    if not path.exists():
        return Catalog(locale=code, domain=DOMAIN, project="MentorDesk", fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=code, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def rendered(catalog: Catalog, **options: bool) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=True, **options)
    return buffer.getvalue()


def fields(text: str) -> set[str]:
    return set(FIELD.findall(text))


def catalog_problems(code: str, catalog: Catalog, wanted: Catalog) -> list[str]:
    """What keeps `catalog` (language `code`) from wording every message of `wanted`."""
    problems = []
    count = get_plural(code).num_plurals  # gettext's: Spanish and French 3, Arabic 6
    for message in wanted:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        found = catalog.get(key)
        where = f"{code}/{DOMAIN}.po"
        if found is None or found.fuzzy:
            problems.append(f"{where}: not translated: {key!r}")
            continue
        source = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [found.string] if isinstance(found.string, str) else list(found.string or ())
        if isinstance(message.id, tuple) and len(strings) != count:
            problems.append(f"{where}: {key!r} has {len(strings)} plural forms, needs {count}")
        if any(not s for s in strings):
            problems.append(f"{where}: empty translation (or plural form) for {key!r}")
            continue
        allowed = set().union(*(fields(s) for s in source))
        for text in strings:
            if fields(text) - allowed or (
                isinstance(message.id, str) and fields(text) != fields(message.id)
            ):
                problems.append(f"{where}: {key!r}: fields {sorted(fields(text))} ≠ source")
                break
    return problems


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if "%(" in node.value:  # a logging format, not a sentence
            return False
        return bool(node.value.strip()) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):  # "…" + "…", "…" % x
        return _literal(node.left)
    return False


def _worded(node: ast.expr) -> bool:
    """A literal or f-string with words in it (not a bare "{a}\t{b}" or "mentordesk: {e}")."""
    if not _literal(node):
        return False
    parts = [node] if isinstance(node, ast.Constant) else getattr(node, "values", [])
    text = " ".join(str(p.value) for p in parts if isinstance(p, ast.Constant))
    return bool(re.search(r"[A-Za-z]{2,}", text.replace("mentordesk", "")))


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def escapes(path: Path, text: str | None = None) -> list[str]:
    """Sentences for a person that do not go through the catalog, as "file:line: text"."""
    source = text if text is not None else path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _literal(node.value):
            # errors["field"] = "…" (a field's message, shown beside the field)
            target = node.targets[0]
            if (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and target.value.id in ("errors", "problems", "fields")
            ):
                found.append(f"{path}:{node.lineno}: {ast.unparse(node.value)[:90]}")
            continue
        if not isinstance(node, ast.Call):
            continue
        if "# untranslated:" in lines[max(0, node.lineno - 2)]:
            continue  # said why on the line before (an installation fault: no catalog yet)
        name = _called(node)
        if name == "print" and "/cli/" in path.as_posix():
            # a command's output line (tables of data pass: no words of their own)
            found.extend(
                f"{path}:{a.lineno}: {ast.unparse(a)[:90]}" for a in node.args[:1] if _worded(a)
            )
            continue
        if name in SPEAKING_ARGS:
            positions, keywords = SPEAKING_ARGS[name]
            args = [node.args[i] for i in positions if i < len(node.args)]
            args += [k.value for k in node.keywords if k.arg in keywords]
            found.extend(f"{path}:{a.lineno}: {ast.unparse(a)[:90]}" for a in args if _literal(a))
            continue
        speaks = (
            name.endswith(("Error", "Refused", "Conflict")) or name == "Cancelled"
        ) and name not in PROGRAMMER_ERRORS
        # an error class's own sentence: super().__init__("…")
        speaks |= name == "__init__" and isinstance(node.func, ast.Attribute)
        if not speaks:
            continue
        candidates = list(node.args) + [k.value for k in node.keywords if k.arg == "message"]
        for arg in node.args[1:2] + [k.value for k in node.keywords if k.arg == "fields"]:
            if isinstance(arg, ast.Dict):
                candidates.extend(v for v in arg.values if v is not None)
        for arg in candidates:
            if _literal(arg):
                found.append(f"{path}:{arg.lineno}: {ast.unparse(arg)[:90]}")
    return found


def all_escapes() -> list[str]:
    out = []
    for path in sources():
        out.extend(escapes(path.relative_to(ROOT)) if False else escapes(path))
    return [line.replace(str(ROOT) + "/", "") for line in out]


def template_problems(pot: Path, wanted: Catalog) -> list[str]:
    """The template on disk against the code's messages, locations aside: a message added,
    changed or removed (or its flags, comments) makes it stale; a line that moved does not."""
    if pot.exists():
        with pot.open("rb") as handle:
            shipped = read_po(handle, domain=DOMAIN)
        if rendered(shipped, no_location=True) == rendered(wanted, no_location=True):
            return []
    return [f"{DOMAIN}.pot is older than the code: run make translations"]


def removed_problems(code: str, catalog: Catalog, wanted: Catalog) -> list[str]:
    """Messages a catalog still holds that the code no longer asks for."""
    keys = {m.id if isinstance(m.id, str) else m.id[0] for m in wanted if m.id}
    return [
        f"{code}/{DOMAIN}.po: no longer in the code: {key!r}"
        for message in catalog
        if message.id
        and (key := message.id if isinstance(message.id, str) else message.id[0]) not in keys
    ]


def check() -> list[str]:
    problems = all_escapes()
    wanted = template()
    problems.extend(template_problems(LOCALE / f"{DOMAIN}.pot", wanted))
    for code in LANGUAGES:
        catalog = read(code)
        problems.extend(catalog_problems(code, catalog, wanted))
        problems.extend(removed_problems(code, catalog, wanted))
        mo = po_path(code).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(catalog):
            problems.append(f"{code}/{DOMAIN}.mo is older than its .po")
    return problems


def borrowed(code: str) -> dict[str, str]:
    """Wording the other catalogs of `code` already give (documents.po, the GUI's .ts): a
    message they share starts from the same words, so the vocabulary stays one."""
    import xml.etree.ElementTree as ElementTree

    found: dict[str, str] = {}
    ts = ROOT / "resources" / "translations" / f"mentordesk_{code}.ts"
    if ts.exists():
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if source.text and translation.text:
                found.setdefault(source.text, translation.text)
    documents = LOCALE / code / "LC_MESSAGES" / "documents.po"
    if documents.exists():
        with documents.open("rb") as handle:
            for message in read_po(handle, locale=code):
                if isinstance(message.id, str) and message.id and message.string:
                    found[message.id] = str(message.string)
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for problem in problems[:60]:
            print(problem, file=sys.stderr)
        if len(problems) > 60:
            print(f"… and {len(problems) - 60} more", file=sys.stderr)
        return 1 if problems else 0
    pot = template()
    (LOCALE / f"{DOMAIN}.pot").write_bytes(rendered(pot))
    for code in LANGUAGES:
        catalog = read(code)
        # A copy per language: update() adds the template's own message objects, so wording
        # borrowed for one language would otherwise show up in the next one's catalog.
        catalog.update(copy.deepcopy(pot), no_fuzzy_matching=True)
        known = borrowed(code)
        for message in catalog:
            if isinstance(message.id, str) and message.id and not message.string:
                wording = known.get(message.id)
                if wording and fields(wording) == fields(message.id):
                    message.string = wording
        po_path(code).parent.mkdir(parents=True, exist_ok=True)
        with po_path(code).open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        po_path(code).with_suffix(".mo").write_bytes(compiled(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
