"""Issue 13: the translators' catalogs cover every message the documents print, with every
plural form of each language, and the summary's measure definitions are translated with their
dates written in the document's language."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mentordesk.core.languages import document_languages
from mentordesk.core.resources import resource_path
from mentordesk.db.engine import Database
from mentordesk.services.documents import DocumentService
from tests.documents import pdfcheck
from tests.documents.sample import build

TOOL = Path(__file__).resolve().parents[2] / "tools" / "extract_messages.py"


def test_template_lists_every_message_in_the_code() -> None:
    """documents.pot is what tools/extract_messages.py finds in the code (documents area and
    the measures' labels and formulas): a new message cannot skip the catalogs."""
    tool = runpy.run_path(str(TOOL))
    assert tool["main"](["--check"]) == 0


@pytest.mark.parametrize("language", [c for c in document_languages() if c != "en"])
def test_every_plural_message_has_every_plural_form(language: str) -> None:
    """A plural message carries as many forms as the language has (Arabic six, French
    three in CLDR), none of them empty."""
    path = resource_path("locale", language, "LC_MESSAGES", "documents.po")
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    plural = [m for m in catalog if m.id and isinstance(m.id, tuple)]
    assert plural
    for message in plural:
        assert isinstance(message.string, tuple)
        assert len(message.string) == catalog.num_plurals, message.id
        assert all(message.string), message.id


@pytest.mark.parametrize(
    ("language", "translated", "date"),
    [
        ("es", "inscripciones hechas hasta el", "de junio de 2026"),
        ("fr", "inscriptions faites au plus tard le", "juin 2026"),
        ("ar", "العضويات", "يونيو"),
    ],
)
def test_summary_definitions_are_translated(
    db: Database, language: str, translated: str, date: str
) -> None:
    """The "What it means" column is in the document's language, dates in its long form."""
    sample = build(db)
    data = DocumentService(db).summary(sample.program_id, language=language)
    text = " ".join(pdfcheck.text(data).split())
    assert translated in text and date in text
    for english in ("memberships that joined by", "meetings marked held", "2026-06-30"):
        assert english not in text


def test_every_measure_the_summary_prints_is_catalogued(db: Database) -> None:
    """Each measure's name and definition, as the reports area computes them, has a
    translation in every catalog (a formula built outside a literal would slip past the
    extraction tool: this catches it)."""
    import datetime as dt

    from mentordesk.core.periods import PeriodPreset
    from mentordesk.services.reports import compute_measures, period_for

    sample = build(db)
    today = dt.date(2026, 6, 30)
    period = period_for(db, sample.program_id, PeriodPreset.CYCLE, today)
    measures = compute_measures(db, sample.program_id, period, today).measures
    wanted = {m.label for m in measures} | {m.formula_template or m.formula for m in measures}
    wanted |= {str(v) for m in measures for _k, v in m.formula_args if isinstance(v, str)}
    for language in [c for c in document_languages() if c != "en"]:
        path = resource_path("locale", language, "LC_MESSAGES", "documents.po")
        with path.open("rb") as handle:
            done = {m.id for m in read_po(handle, locale=language) if m.id and m.string}
        assert not wanted - done, (language, sorted(wanted - done)[:3])
