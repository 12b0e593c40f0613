"""Issue 13: every script right on paper, read back from the PDF with pdftotext / pdfplumber."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
import pytest

from mentordesk.documents import (
    render_agreement,
    render_certificate,
    render_roster,
    render_rotation,
    render_summary,
)
from mentordesk.documents.bidi_layout import visual_units
from mentordesk.documents.data import (
    AgreementDoc,
    AtRiskLine,
    CertificateDoc,
    Goal,
    MeasureLine,
    PageSetup,
    RosterDoc,
    RosterLine,
    RotationDoc,
    SummaryDoc,
)

# Names a city school's roster holds: every script the documents must print.
CORPUS = {
    "Hebrew": "שרה בן דוד",
    "Arabic": "محمد علي",
    "Thai": "สมชาย ใจดี",
    "Devanagari": "अनुष्का शर्मा",
    "Bengali": "রবি দাস",
    "Tamil": "கமலா",
    "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ",
    "Ethiopic": "አበበ ቢቂላ",
    "Khmer": "សុខា",
    "Myanmar": "အောင်",
    "Armenian": "Արամ Պետրոսյան",
    "Georgian": "ნინო ბერიძე",
    "Greek": "Ελένη Παπαδοπούλου",
    "Chinese": "王小明",
    "Long": "Wolfeschlegelsteinhausenberger",
    "Brackets and numbers": "Ana (Nana) Kowalska 2",
    "RTL brackets and numbers": "فاطمة (فطوم) 3",
}
# Scripts whose extracted text must search exactly as typed.
SEARCHABLE = ("Hebrew", "Arabic", "Thai", "Armenian", "Georgian", "Ethiopic", "Greek", "Chinese")


def _text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", handle.name, "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _agreement(**changes: object) -> AgreementDoc:
    values: dict[str, object] = {
        "pair_id": 7,
        "mentors": (CORPUS["Hebrew"], CORPUS["Armenian"]),
        "mentees": (CORPUS["Arabic"], CORPUS["Thai"]),
        "goals": (Goal("Meet: " + ", ".join(CORPUS.values())),),
        "coordinator": "Ana Kowalski",
        "start_date": dt.date(2026, 1, 5),
        "notice_days": 14,
        "mentee_is_minor": True,
    }
    values.update(changes)
    return AgreementDoc(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_script_prints_searchable_without_replacement_or_odd_ligatures(paper: str) -> None:
    setup = PageSetup(paper=paper, organization="مدرسة (النور)", program="Mentoring 2026")
    data = render_agreement(_agreement(), setup)
    text = _text(data)
    assert "\ufffd" not in text
    assert not any(0xFB00 <= ord(c) <= 0xFB4F for c in text), "ligature code points"
    assert not any(0xFE70 <= ord(c) <= 0xFEFF for c in text), "Arabic presentation forms"
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text), "private-use code points"
    for script in SEARCHABLE:
        for word in CORPUS[script].split():
            assert word in text, (script, word)
    # The signature block shares its page with the last clause; nothing is left alone.
    pages = _pages(data)
    signing = [p for p in pages if "Program coordinator" in p]
    assert signing and "Ending the mentoring" in signing[0]
    headings = ("1. What", "2. How", "3. Keeping", "4. Boundaries", "5. What", "6. Ending")
    for page in pages:
        body = [line for line in page.splitlines() if line.strip()][:-1]  # without the footer
        assert not body[-1].startswith(headings), "a heading is the last block of a page"
    # No word of a name is split across lines.
    assert CORPUS["Long"] in " ".join(pages)
    assert "(Nana)" in text and "Kowalska 2" in text


def test_latin_words_beside_rtl_text_keep_plain_letters() -> None:
    """No "ﬆ" in "status" or "Trust" next to Arabic; the words search as typed."""
    doc = _agreement(goals=(Goal("Pair status sheet: Trust محمد"),))
    text = _text(render_agreement(doc, PageSetup()))
    assert "status" in text and "Trust" in text
    assert "\ufb06" not in text and "\ufb05" not in text


def test_rtl_names_keep_word_order_brackets_and_numbers() -> None:
    """Visual order is the bidi algorithm's: the first word of a Hebrew name is rightmost."""
    units = [t for _level, t in visual_units("שרה בן דוד", None) if t.strip()]
    assert units == ["דוד", "בן", "שרה"]
    # Mixed list: each person's words stay together, people in reading order.
    units = [t for _level, t in visual_units("Sitting out: שרה בן דוד, محمد علي", False)]
    text = "".join(units)
    assert text.index("علي") < text.index("محمد") < text.index("דוד") < text.index("שרה")
    # Numbers inside right-to-left text stay left to right.
    units = visual_units("غرفة 12", None)
    assert ("12" in [t for _l, t in units]) and units[0][1] == "12"


def test_rtl_text_reads_in_order_in_cells_and_header(tmp_path: Path) -> None:
    lines = tuple(
        RosterLine(name=v, role="mentee", status="active", email="ana.kowalski@example.org")
        for v in CORPUS.values()
    )
    setup = PageSetup(organization="مدرسة (النور) الدولية", program="P")
    data = render_roster(RosterDoc(lines), setup)
    text = _text(data)
    assert "מרה" not in text
    assert "مدرسة" in text and "الدولية" in text
    for script in SEARCHABLE:
        assert CORPUS[script].split()[0] in text


def test_sitting_out_list_never_mixes_people() -> None:
    doc = RotationDoc(
        rounds=("Round 1",),
        mentors=("Ana",),
        grid=(((CORPUS["Hebrew"],),),),
        breaks=(("Round 1", (CORPUS["Hebrew"], CORPUS["Arabic"])),),
    )
    pages = _pages(render_rotation(doc, PageSetup()))
    text = "\n".join(pages)
    assert "שרה" in text or "הרש" in text  # pdfplumber keeps visual order


def test_custom_confidentiality_still_prints_the_safety_exception() -> None:
    doc = _agreement(confidentiality="We keep our talks private.")
    text = _text(render_agreement(doc, PageSetup()))
    assert "We keep our talks private." in text
    assert "the mentor tells the program" in text and "coordinator" in text


def test_notice_is_said_once_and_plan_reads_naturally() -> None:
    text = _text(render_agreement(_agreement(), PageSetup()))
    assert text.count("notice") == 1
    assert "We plan to finish on" not in text and "after the program period" not in text


def test_summary_funder_version_names_nobody_internal_version_does() -> None:
    base = {
        "period_start": dt.date(2026, 1, 1),
        "period_end": dt.date(2026, 6, 30),
        "as_of": dt.date(2026, 3, 1),
        "measures": (
            MeasureLine("Screening cleared", "4", "Mentors cleared", section="Participants"),
            MeasureLine("Screening pending", "2", "Mentors waiting", section="Participants"),
        ),
        "at_risk_reasons": (("Open safety concern", 1),),
        "at_risk": (AtRiskLine(3, "Ana Lima → Emma Stone", "Open safety concern"),),
        "at_risk_total": 1,
    }
    funder = _text(render_summary(SummaryDoc(**{**base, "at_risk": ()}), PageSetup(program="P")))
    assert "Screening pending" in funder and "Open safety concern" in funder
    assert "Emma Stone" not in funder
    internal = _text(render_summary(SummaryDoc(**base, internal=True), PageSetup(program="P")))
    assert "Emma Stone" in internal


def test_summary_without_dates_says_so() -> None:
    doc = SummaryDoc(
        period_start=dt.date(2025, 3, 2),
        period_end=dt.date(2026, 3, 1),
        as_of=dt.date(2026, 3, 1),
        measures=(),
        has_dates=False,
    )
    text = _text(render_summary(doc, PageSetup(program="P")))
    assert "no start and end dates" in text and "Whole cycle" not in text


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_documents_print_in_the_chosen_language(language: str) -> None:
    setup = PageSetup(program="P", language=language, generated_on=dt.date(2026, 3, 1))
    text = _text(render_agreement(_agreement(), setup))
    expected = {"es": "Acuerdo de mentoría", "fr": "Accord de mentorat", "ar": "اتفاقية"}[language]
    assert expected in text
    assert "Mentoring agreement" not in text
    # The footer's date in the language's medium form, on one line (the long Spanish date
    # wrapped in the narrow footer column).
    footer = {"es": "Generado el 1 mar 2026", "fr": "Créé le 1 mars 2026"}.get(language)
    assert footer is None or footer in text


def test_certificate_is_framed_without_memo_footer_in_thai() -> None:
    doc = CertificateDoc(name=CORPUS["Thai"], role="mentee", end_date=dt.date(2026, 6, 1))
    text = _text(render_certificate(doc, PageSetup(program="P", organization="Org")))
    assert "สมชาย" in text and "Generated" not in text and "Page 1 of 1" not in text


def test_pdf_metadata_names_document_and_language() -> None:
    from pypdf import PdfReader

    data = render_agreement(_agreement(), PageSetup(organization="Riverside", language="es"))
    reader = PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info is not None and "Riverside" in (info.author or "")
    assert CORPUS["Hebrew"] in (info.title or "")
    assert reader.trailer["/Root"].get("/Lang") == "es"


def test_table_cells_never_split_words() -> None:
    """Narrow columns shrink their font or break after "@" / "." before splitting a word."""
    words = ("Screening", "Engineering", "Kowalski", "Wolfeschlegelsteinhausenberger")
    lines = tuple(
        RosterLine(
            name=f"Anna {words[3]}",
            role="mentor",
            status="active",
            grade_or_unit="Engineering",
            email="anna.kowalski-wolfeschlegel@riverside-school.example.org",
            screening="not cleared",
            matched_with="Piotr Kowalski",
        )
        for _ in range(3)
    )
    for paper in ("A4", "Letter"):
        data = render_roster(RosterDoc(lines, include_sensitive=True), PageSetup(paper=paper))
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            found = {w["text"] for page in pdf.pages for w in page.extract_words()}
        for word in words:
            assert word in found, (paper, word)


def test_blank_plan_has_lines_to_write_on() -> None:
    from mentordesk.documents import render_idp
    from mentordesk.documents.data import IdpDoc

    text = _text(render_idp(IdpDoc(mentee="Emma Stone"), PageSetup()))
    assert "Strengths" in text and "Goal 1" in text and "Goal 3" in text
    assert "Strengths\n\n—" not in text


def test_file_names_keep_vowel_signs() -> None:
    from mentordesk.services.documents import slug

    assert slug("สมชาย ใจดี") == "สมชาย-ใจดี"
    assert slug("अनुष्का शर्मा") == "अनुष्का-शर्मा"
    assert slug("../..", "12") == "12"


def test_combined_file_has_a_bookmark_per_document() -> None:
    from pypdf import PdfReader

    from mentordesk.documents import agreement_story, render_combined

    setup = PageSetup(program="P")
    docs = [_agreement(pair_id=i, mentees=(f"Mentee {i}",)) for i in range(3)]
    data = render_combined([agreement_story(d, setup) for d in docs], setup, "All agreements")
    outline = PdfReader(io.BytesIO(data)).outline
    titles = [item.title for item in outline]
    assert len(titles) == 3 and all(f"Mentee {i}" in titles[i] for i in range(3))


def test_summary_figures_follow_the_language() -> None:
    line = MeasureLine(
        "Match rate", "80.0 % (16 of 20)", "…", number=80.0, unit="percent",
        numerator=16, denominator=20, section="Matching",
    )  # fmt: skip
    doc = SummaryDoc(
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 6, 30),
        as_of=dt.date(2026, 3, 1),
        measures=(line,),
    )
    text = " ".join(_text(render_summary(doc, PageSetup(program="P", language="fr"))).split())
    assert "80,0" in text and "16 sur 20" in text and "Taux d'appariement" in text


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_catalogs_translate_every_message(language: str) -> None:
    """Translators' catalogs are complete: every message of the template has a translation."""
    from babel.messages.pofile import read_po

    from mentordesk.core.resources import resource_path

    with resource_path("locale", "documents.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    path = resource_path("locale", language, "LC_MESSAGES", "documents.po")
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    done = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in catalog
        if m.id and (all(m.string) if isinstance(m.string, tuple) else m.string)
    }
    assert template <= done, sorted(template - done)[:5]


def test_cjk_names_print_bold_where_latin_is_bold() -> None:
    """WenQuanYi has no bold face: the bold name fills and outlines its glyphs."""
    from pypdf import PdfReader

    doc = CertificateDoc(name="王小明 Wang", role="mentee", end_date=dt.date(2026, 6, 1))
    data = render_certificate(doc, PageSetup(program="P"))
    assert "王小明" in _text(data)
    contents = PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert contents is not None
    content = contents.get_data()
    assert b"2 Tr" in content and b"0 Tr" in content


def _every_kind(paper: str) -> dict[str, bytes]:
    """Each document kind once, filled with the corpus."""
    from mentordesk.documents import render_idp, render_pair_sheet
    from mentordesk.documents.data import (
        CheckInLine,
        IdpDoc,
        MeetingLine,
        PairSheetDoc,
        Progress,
        Step,
    )

    names = tuple(CORPUS.values())
    setup = PageSetup(paper=paper, organization="مدرسة (النور) 2", program="Mentoring 2026")
    goal = Goal(
        "Meet: " + ", ".join(names[:6]),
        steps=(Step(names[7], dt.date(2026, 2, 1), "to do"),),
        progress=(Progress(dt.date(2026, 2, 2), 40, names[8]),),
    )
    return {
        "agreement": render_agreement(_agreement(), setup),
        "idp": render_idp(IdpDoc(mentee=names[2], mentors=names[:2], goals=(goal,)), setup),
        "sheet": render_pair_sheet(
            PairSheetDoc(
                pair_id=3,
                status="active",
                mentors=names[:1],
                mentees=names[1:3],
                goals=(goal,),
                meetings=(MeetingLine(dt.date(2026, 2, 3), 45, "video", "held", names[9]),),
                checkins=(CheckInLine(dt.date(2026, 2, 4), "mentee", "phone", 4, False),),
            ),
            setup,
        ),
        "roster": render_roster(
            RosterDoc(tuple(RosterLine(name=n, role="mentee", status="active") for n in names)),
            setup,
        ),
        "rotation": render_rotation(
            RotationDoc(
                rounds=("Round 1", "Round 2"),
                mentors=names[:3],
                grid=tuple(
                    tuple((names[(r + c + 3) % len(names)],) for c in range(3)) for r in range(2)
                ),
                breaks=(("Round 1", names[6:9]),),
            ),
            setup,
        ),
        "certificate": render_certificate(
            CertificateDoc(name=names[2], role="mentee", partner_names=names[:2]), setup
        ),
        "summary": render_summary(
            SummaryDoc(
                period_start=dt.date(2026, 1, 1),
                period_end=dt.date(2026, 6, 30),
                as_of=dt.date(2026, 3, 1),
                measures=(MeasureLine("Match rate", "80 %", "…", section="Matching"),),
                at_risk=tuple(AtRiskLine(i, n, "Open safety concern") for i, n in enumerate(names)),
                at_risk_reasons=(("Open safety concern", len(names)),),
                at_risk_total=len(names),
                internal=True,
            ),
            setup,
        ),
    }


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_every_document_kind_prints_the_corpus(paper: str) -> None:
    """Every kind, every script: no replacement mark, no odd code point, names searchable, no
    heading alone at the foot of a page."""
    headings = ("Goals", "Meetings", "Support check-ins", "Sitting out", "Pairs at risk")
    for kind, data in _every_kind(paper).items():
        text = _text(data)
        assert "\ufffd" not in text, kind
        assert not any(
            0xFB00 <= ord(c) <= 0xFB4F or 0xFE70 <= ord(c) <= 0xFEFF or 0xE000 <= ord(c) <= 0xF8FF
            for c in text
        ), kind
        assert "مدرسة" in text, kind
        for page in _pages(data):
            body = [line for line in page.splitlines() if line.strip()][:-1]
            assert not body or body[-1].strip() not in headings, (kind, body[-1])
        if kind == "roster":
            for script in SEARCHABLE:
                assert CORPUS[script].split()[0] in text, script
