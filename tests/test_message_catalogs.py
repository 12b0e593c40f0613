"""The `messages` catalogs (what core, matching, importing, db, services and the CLI's output
say): complete in every shipped language, plural forms filled, placeholders kept, compiled
files fresh, and no sentence for a person left outside the catalog."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import messages_catalog as mc  # noqa: E402  (a tool, not a package)


def test_shipped_catalogs_are_complete_and_fresh() -> None:
    """es, fr, ar word every extracted message (Arabic with six forms), the template and the
    .mo files match the code and the .po files, and nothing escapes extraction."""
    assert mc.check() == []


def test_a_sentence_outside_the_catalog_is_found(tmp_path: Path) -> None:
    """A refusal, a field message or a CLI output line written as a bare literal or f-string
    is reported; the same through t() is not; data and log formats pass."""
    path = tmp_path / "src" / "mentordesk" / "cli" / "x.py"
    caught = mc.escapes(
        path,
        "raise ValidationError(f'No pair {n}', {'date': 'required'})\n"
        "errors['email'] = 'not an email address'\n"
        "print(f'wrote {n} rows')\n"
        "super().__init__('Nothing can be approved')\n",
    )
    assert len(caught) == 5, caught
    clean = mc.escapes(
        path,
        "raise ValidationError(t('No pair {n}', n=n), {'date': t('required')})\n"
        "errors['email'] = t('not an email address')\n"
        "print(f'{a}\\t{b}')\n"
        "raise KeyError(f'no {key}')\n"
        "logging.Formatter.__init__(self, '%(levelname)s %(message)s')\n"
        "# untranslated: the catalogs are in that folder\n"
        "raise FileNotFoundError(f'no {folder}')\n",
    )
    assert clean == []


def _catalog(code: str, *messages: tuple[object, object]) -> Catalog:
    catalog = Catalog(locale=code, domain="messages")
    for msgid, msgstr in messages:
        catalog.add(msgid, msgstr)  # type: ignore[arg-type]
    return catalog


def test_a_broken_catalog_is_refused() -> None:
    """A missing message, an empty Arabic plural form, a lost or invented placeholder and a
    fuzzy entry each make the check fail; the complete catalog passes."""
    plural = ("{n} minute", "{n} minutes")
    wanted = _catalog("en", ("required", None), (plural, None), ("No pair {n}", None))
    six = ("0 دقيقة", "دقيقة واحدة", "دقيقتان", "{n} دقائق", "{n} دقيقة", "{n} دقيقة")
    good = _catalog("ar", ("required", "مطلوب"), (plural, six), ("No pair {n}", "لا ثنائي {n}"))
    assert mc.catalog_problems("ar", good, wanted) == []

    missing = _catalog("ar", (plural, six), ("No pair {n}", "لا ثنائي {n}"))
    assert any("not translated" in p for p in mc.catalog_problems("ar", missing, wanted))
    short = _catalog(
        "ar", ("required", "مطلوب"), (plural, (*six[:5], "")), ("No pair {n}", "لا ثنائي {n}")
    )
    assert any("empty" in p for p in mc.catalog_problems("ar", short, wanted))
    five = _catalog("ar", ("required", "مطلوب"), (plural, six[:5]), ("No pair {n}", "لا {n}"))
    assert any("needs 6" in p for p in mc.catalog_problems("ar", five, wanted))
    lost = _catalog("ar", ("required", "مطلوب"), (plural, six), ("No pair {n}", "لا ثنائي"))
    assert any("fields" in p for p in mc.catalog_problems("ar", lost, wanted))
    fuzzy = _catalog("ar", ("required", "مطلوب"), (plural, six), ("No pair {n}", "{n}"))
    fuzzy["No pair {n}"].flags.add("fuzzy")
    assert any("not translated" in p for p in mc.catalog_problems("ar", fuzzy, wanted))


@pytest.mark.parametrize("code", mc.LANGUAGES)
def test_every_language_has_its_own_plural_rule(code: str) -> None:
    """The compiled catalog picks the language's form: French says 0 and 1 alike, Spanish
    only 1 is singular, Arabic has six."""
    import gettext

    found = gettext.translation("messages", str(ROOT / "resources" / "locale"), languages=[code])
    assert isinstance(found, gettext.GNUTranslations)
    forms = {n: found.plural(n) for n in (0, 1, 2, 3, 11, 100)}  # type: ignore[attr-defined]
    expected = {"es": 2, "fr": 2, "ar": 6}[code]
    assert len(set(forms.values())) == expected, forms
    assert (forms[0] == forms[1]) is (code == "fr")


def _shifted(catalog: Catalog, lines: int) -> Catalog:
    """The same messages with every source location moved down `lines` lines."""
    moved = Catalog(domain=catalog.domain, project="MentorDesk", fuzzy=False)
    for message in catalog:
        if message.id:
            moved.add(
                message.id,
                locations=[(path, line + lines) for path, line in message.locations],
                auto_comments=message.auto_comments,
                flags=message.flags,
                context=message.context,
            )
    return moved


def test_a_moved_line_passes_and_a_changed_message_fails(tmp_path: Path) -> None:
    """A template whose `#:` locations are stale (code above a message moved) is fresh; a
    template with a message changed, added or removed is not."""
    wanted = mc.template()
    pot = tmp_path / "messages.pot"
    pot.write_bytes(mc.rendered(_shifted(wanted, 7)))
    assert pot.read_bytes() != mc.rendered(wanted)  # the locations really differ
    assert mc.template_problems(pot, wanted) == []

    first = next(m for m in wanted if m.id and isinstance(m.id, str))
    changed = _shifted(wanted, 0)
    changed.delete(first.id)
    changed.add(first.id + " now", locations=first.locations)
    pot.write_bytes(mc.rendered(changed))
    assert mc.template_problems(pot, wanted) != []
    removed = _shifted(wanted, 0)
    removed.delete(first.id)
    pot.write_bytes(mc.rendered(removed))
    assert mc.template_problems(pot, wanted) != []


def test_a_catalog_keeping_a_removed_message_is_refused() -> None:
    """A .po that still words a message the code dropped is reported; the shipped ones are not."""
    wanted = _catalog("en", ("required", None))
    stale = _catalog("es", ("required", "obligatorio"), ("No pair {n}", "Ninguna pareja {n}"))
    assert mc.removed_problems("es", stale, wanted) == [
        "es/messages.po: no longer in the code: 'No pair {n}'"
    ]
    assert mc.removed_problems("es", mc.read("es"), mc.template()) == []


def test_the_cli_catalog_refuses_a_dropped_option_help(monkeypatch: pytest.MonkeyPatch) -> None:
    """cli.po: a help text the parser no longer has fails the check; the shipped catalogs pass."""
    import cli_catalog

    assert cli_catalog.check() == []
    wanted = cli_catalog.messages()
    monkeypatch.setattr(cli_catalog, "messages", lambda: wanted[1:])
    found = cli_catalog.check()
    assert found and all("no longer in the parser" in p for p in found)


def test_no_catalog_carries_another_languages_wording() -> None:
    """`make translations` fills each language from its own borrowed wording: the Arabic
    catalog holds no Spanish sentence (a template shared between languages once copied the
    Spanish wording of new messages into French and Arabic)."""
    spanish = mc.read("es")
    copied = [
        m.id
        for m in mc.read("ar")
        if isinstance(m.id, str)
        and m.string
        and (found := spanish.get(m.id)) is not None
        and found.string == m.string
        and re.search(r"[A-Za-z]{3,}", mc.FIELD.sub("", str(m.string)))
    ]
    assert copied == []
