"""The documents read back: content, page size, embedded fonts, every script, splitting tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentordesk.documents import (
    render_agreement,
    render_certificate,
    render_rotation,
    render_summary,
)
from mentordesk.documents.data import (
    AgreementDoc,
    CertificateDoc,
    MeasureLine,
    PageSetup,
    RotationDoc,
    SummaryDoc,
)
from mentordesk.documents.fonts import markup
from mentordesk.documents.layout import default_paper, table
from tests.documents import pdfcheck
from tests.documents.sample import MENTEES, MENTORS, SCRIPT_WORDS

SETUP = PageSetup("A4", "Riverside School", "Mentoring 2026", generated_on=dt.date(2026, 3, 1))


def _agreement(**kwargs: object) -> AgreementDoc:
    base: dict[str, object] = dict(
        pair_id=7, mentors=(MENTORS[0],), mentees=(MENTEES[0],), coordinator="Ms Okafor"
    )
    base.update(kwargs)
    return AgreementDoc(**base)  # type: ignore[arg-type]


def test_agreement_has_terms_signatures_and_page_furniture() -> None:
    """An agreement names both people, its sections, signature lines and 'Page 1 of N'."""
    text = pdfcheck.text(render_agreement(_agreement(), SETUP))
    for expected in (
        "Mentoring agreement",
        "Riverside School",
        "Mentoring 2026",
        "Keeping things private",
        "Ending the mentoring",
        "nobody is to blame",
        "Mentor: Zoë Ñúñez-Løvgren",
        "Program coordinator: Ms Okafor",
        "Page 1 of",
        "Generated Mar 1, 2026",
        "Confidential",
    ):
        assert expected in text, expected
    assert "Parent or guardian" not in text


def test_minor_agreement_has_guardian_line() -> None:
    """A minor's agreement carries a signature line for the named guardian."""
    doc = _agreement(mentee_is_minor=True)
    assert "Parent or guardian (name and signature)" in pdfcheck.text(render_agreement(doc, SETUP))


@pytest.mark.parametrize(("paper", "size"), [("A4", (210, 297)), ("Letter", (216, 279))])
def test_paper_size(paper: str, size: tuple[int, int]) -> None:
    """The paper setting decides the page size."""
    data = render_agreement(_agreement(), PageSetup(paper))
    assert pdfcheck.size_mm(data) == size


def test_every_script_is_text_and_fonts_are_embedded(tmp_path: Path) -> None:
    """Names in eight scripts come out as text, and every font in the file is embedded."""
    names = tuple(MENTORS + MENTEES)
    grid = tuple(tuple((MENTEES[(r + c) % 4],) for c in range(4)) for r in range(4))
    rounds = tuple(f"Round {r + 1}" for r in range(4))
    data = render_rotation(RotationDoc(rounds, tuple(MENTORS), grid), SETUP)
    data2 = render_agreement(_agreement(mentors=names[:4], mentees=names[4:]), SETUP)
    for blob in (data, data2):
        text = pdfcheck.text(blob)
        for script, word in SCRIPT_WORDS.items():
            assert word in text, script
        path = tmp_path / "x.pdf"
        path.write_bytes(blob)
        fonts = pdfcheck.fonts(path)
        assert fonts and all(embedded for _name, embedded in fonts)
        assert {n.split("+")[-1] for n, _ in fonts} >= {"DejaVuSans", "WenQuanYiMicroHei-0"}


def test_markup_escapes_and_switches_fonts() -> None:
    """Markup escapes XML and puts CJK and Arabic runs in their own fonts."""
    assert markup("a < b & c") == "a &lt; b &amp; c"
    assert 'name="MD-CJK"' in markup("王小明")
    assert 'name="MD-Arabic"' in markup("فاطمة")
    assert "font" not in markup("Ελένη Дмитрий Zoë")


def test_long_table_splits_with_repeated_header() -> None:
    """A 150-row table runs over several pages and every page repeats the header row."""
    from mentordesk.documents.page import render

    rows = [(f"Person {i}", "long text " * (i % 7 + 1)) for i in range(150)]
    data = render([table(("Name-header", "Remark-header"), rows, (150, 300))], SETUP)
    reader_pages = pdfcheck.pages(data)
    assert reader_pages >= 3
    import io

    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(data)).pages:
        assert "Name-header" in page.extract_text()
    text = pdfcheck.text(data)
    assert "Person 0" in text and "Person 149" in text


def test_certificate_and_summary() -> None:
    """A certificate names the person and program; the summary prints measures, definitions
    and the previous cycle."""
    cert = pdfcheck.text(
        render_certificate(
            CertificateDoc("김민준", "mentee", ("王小明",), coordinator="Ms Okafor"), SETUP
        )
    )
    assert "Certificate of Completion" in cert and "김민준" in cert and "Mentoring 2026" in cert
    summary = SummaryDoc(
        period_start=dt.date(2026, 1, 5),
        period_end=dt.date(2026, 6, 30),
        as_of=dt.date(2026, 6, 30),
        measures=(MeasureLine("Match rate", "80 %", "Matched mentees ÷ eligible mentees", "70 %"),),
        participation=(("mentors", 5), ("mentees", 6)),
        meetings_per_month=(("2026-01", 4), ("2026-02", 6)),
        previous_program="Mentoring 2025",
    )
    text = pdfcheck.text(render_summary(summary, SETUP))
    for expected in (
        "Match rate",
        "80 %",
        "70 %",
        "eligible mentees",
        "Mentoring 2025",
        "Meetings held per month",
        "No pair is at risk",
    ):
        assert expected in text, expected


def test_default_paper_follows_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """US locales default to Letter, others to A4."""
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_paper() == "Letter"
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert default_paper() == "A4"


def test_rtl_text_is_shaped_and_right_aligned() -> None:
    """Free text starting in Arabic is shaped (joined) and right-aligned; names in cells are not."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    from mentordesk.documents.layout import BODY, CELL, para

    body = para("هدفي أن أقرأ كتابا كل شهر", BODY)
    assert body.style.shaping == 1 and body.style.alignment == TA_RIGHT
    cell = para("فاطمة الزهراء", CELL)
    assert cell.style.shaping == 1 and cell.style.alignment == TA_LEFT
    assert not getattr(para("Zoë", BODY).style, "shaping", 0)


def test_characters_no_font_has_stop_the_document() -> None:
    """A character missing from every shipped font stops the document: never a box or U+FFFD."""
    from mentordesk.documents import MissingGlyphs
    from mentordesk.documents.layout import para
    from mentordesk.documents.page import render

    with pytest.raises(MissingGlyphs) as error:
        render([para("Emma \U0001f984 Stone")], SETUP)
    assert "U+1F984" in str(error.value)
