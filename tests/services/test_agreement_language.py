"""Issue 16: the built-in agreement terms are worded in the document's language when shown
and printed, stored as their English source; the coordinator's own words stay as typed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core import agreement_defaults as terms
from mentordesk.core.languages import document_languages
from mentordesk.db.engine import Database
from mentordesk.db.models import AgreementRecord, PairMemberRecord, ParticipantRecord
from mentordesk.services.documents.produce import DocumentService
from mentordesk.services.pairs.service import PairService
from mentordesk.services.pairs.store import create_pair
from mentordesk.services.programs import ProgramService
from tests.documents import pdfcheck
from tests.services.pairs_setup import Cohort, make_cohort

TODAY = dt.date(2026, 11, 22)


def _prefill(language: str, *, minor: bool = False, cadence: int = 14) -> dict[str, object]:
    return terms.prefill(
        {},
        cadence_days=cadence,
        meeting_minutes=45,
        start=dt.date(2026, 9, 1),
        planned_end=None,
        program_end=dt.date(2027, 6, 1),
        mentee_is_minor=minor,
        language=language,
    )


def test_every_shipped_language_words_every_built_in_term() -> None:
    """es, fr and ar each have their own wording of each term (none falls back to English),
    and any language's wording is recognised and stored as the English source."""
    assert set(document_languages()) >= {"en", "es", "fr", "ar"}
    for language in document_languages():
        for minor in (False, True):
            worded = _prefill(language, minor=minor)
            for key in terms.BUILT_IN:
                if language != "en":
                    assert worded[key] != _prefill("en", minor=minor)[key], (language, key)
            assert terms.neutral(worded) == terms.neutral(_prefill("en", minor=minor))
    assert "mandatory reporting" in terms.neutral(_prefill("ar", minor=True))["confidentiality"]
    assert terms.neutral(_prefill("fr"))["meeting_frequency"] == "Every 2 weeks"


@pytest.mark.parametrize(
    ("language", "notice", "expected"),
    [
        ("es", 1, "con 1 día de antelación"),
        ("es", 14, "con 14 días de antelación"),
        ("fr", 21, "préviendrons 21 jours à l'avance"),
        ("ar", 1, "قبل يوم واحد"),
        ("ar", 2, "قبل يومين"),
        ("ar", 7, "قبل 7 أيام"),
        ("ar", 14, "قبل 14 يومًا"),
    ],
)
def test_the_notice_period_takes_the_language_plural(
    language: str, notice: int, expected: str
) -> None:
    """The ending clause's notice uses the catalog's plural form, and is recognised back."""
    text = terms.word(terms.ENDING_CLAUSE, language, notice)
    assert expected in text
    assert terms.recognise("ending_clause", text) == (terms.ENDING_CLAUSE, notice)
    english = terms.in_language({"ending_clause": text}, "en")["ending_clause"]
    assert english == terms.word(terms.ENDING_CLAUSE, "en", notice)


def test_own_words_and_other_fields_are_left_alone() -> None:
    """A clause the coordinator wrote, an edited default, or an empty one is not re-worded."""
    edited = terms.word(terms.BOUNDARIES, "es") + " Y nada de videojuegos."
    values = {"boundaries": edited, "obligations": "", "place": "Biblioteca", "confidentiality": 3}
    assert terms.in_language(values, "fr") == values
    assert terms.frequency_label(30, "fr") == "Chaque mois"
    assert terms.frequency_label(10, "ar") == "كل 10 أيام"


@pytest.fixture
def cohort(db: Database) -> Cohort:
    return make_cohort(db)


def _pair(db: Database, cohort: Cohort, mentee: int = 0) -> int:
    with db.begin() as session:
        return create_pair(
            session,
            cohort.program_id,
            [cohort.mentors[mentee]],
            [cohort.mentees[mentee]],
            start_date=dt.date(2026, 9, 1),
        ).id


def _program_language(db: Database, program_id: int, language: str) -> None:
    programs = ProgramService(db)
    current = programs.get(program_id).documents
    programs.save_document_settings(program_id, dataclasses.replace(current, language=language))


def test_prefill_shows_the_documents_language_and_stores_english(
    db: Database, cohort: Cohort
) -> None:
    """A French program's pair shows French terms; saved unchanged they are stored in
    English; a Spanish-reading mentee's pair shows them in Spanish; own words stay as typed."""
    _program_language(db, cohort.program_id, "fr")
    svc = PairService(db, TODAY)
    pair = _pair(db, cohort)
    shown = svc.agreement(pair)
    assert shown.meeting_frequency == "Toutes les 2 semaines"
    assert shown.obligations == terms.word(terms.OBLIGATIONS, "fr")
    assert "14 jours à l'avance" in shown.ending_clause
    own = "Nous nous voyons au CDI, jamais ailleurs."
    saved, _ = svc.save_agreement(pair, dataclasses.replace(shown, boundaries=own))
    assert saved.obligations == shown.obligations and saved.boundaries == own
    with db.read() as session:
        row = session.scalar(sa.select(AgreementRecord).where(AgreementRecord.pair_id == pair))
        assert row is not None
        assert row.obligations == terms.OBLIGATIONS
        assert row.meeting_frequency == "Every 2 weeks"
        assert row.contact_between == terms.CONTACT_BETWEEN
        assert row.boundaries == own
    with db.begin() as session:
        mentee = session.scalar(
            sa.select(PairMemberRecord.participant_id).where(
                PairMemberRecord.pair_id == pair, PairMemberRecord.role == "mentee"
            )
        )
        session.get(ParticipantRecord, mentee).document_language = "es"
    again = svc.agreement(pair)
    assert again.obligations == terms.word(terms.OBLIGATIONS, "es")
    assert again.meeting_frequency == "Cada 2 semanas" and again.boundaries == own


def test_the_printed_agreement_words_defaults_in_its_language(db: Database, cohort: Cohort) -> None:
    """An agreement saved from the English defaults prints its terms in Spanish when printed
    in Spanish and in French in French; the coordinator's own clause prints as typed."""
    svc = PairService(db, TODAY)
    pair = _pair(db, cohort)
    own = "We meet in the library."
    svc.save_agreement(pair, dataclasses.replace(svc.agreement(pair), place=own))
    documents = DocumentService(db, today=lambda: TODAY)
    spanish = " ".join(pdfcheck.text(documents.agreement(pair, language="es")).split())
    assert "Llegamos a las reuniones puntuales y preparados" in spanish
    assert "Cada 2 semanas" in spanish and own in spanish
    assert "We come to meetings on time" not in spanish
    french = " ".join(pdfcheck.text(documents.agreement(pair, language="fr")).split())
    assert "Nous arrivons aux rencontres à l'heure" in french
