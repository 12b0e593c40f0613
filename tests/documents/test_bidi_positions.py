"""Issue 13: right-to-left words stand on the page where the Unicode bidirectional algorithm
puts them — read back from the PDF with each word's position (pdfplumber), on A4 and Letter,
in paragraphs, table cells and headers."""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber
import pytest
from bidi import get_display

from mentordesk.documents import render_agreement, render_roster
from mentordesk.documents.data import AgreementDoc, Goal, PageSetup, RosterDoc, RosterLine

HEBREW, ARABIC = "שרה בן דוד", "محمد علي"
BRACKETS = "فاطمة (فطوم) 3"  # a name with brackets and a number
_RTL = re.compile("[\u0590-\u08ff]")


def _expected(text: str) -> list[str]:
    """The words of `text` left to right as the bidi algorithm displays them (RTL words
    given in their typed order). Brackets are compared apart from the words: the PDF's text
    gives a right-to-left bracket as the shape drawn (docs/documents.md, limitations)."""
    words = get_display(text).replace(",", " ").split()
    return [_bare(w[::-1] if _RTL.search(w) else w) for w in words]


def _bare(word: str) -> str:
    return word.strip("()[]")


def _lines(data: bytes) -> list[list[str]]:
    """Each printed line's words left to right (RTL words turned back to typed order): the
    characters on one baseline, split where a gap or a space is."""
    out: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[float, list[dict[str, Any]]] = {}
            for char in page.chars:
                rows.setdefault(round(char["matrix"][5], 1), []).append(char)
            for _baseline, chars in sorted(rows.items(), reverse=True):
                words: list[str] = []
                right = None
                for char in sorted(chars, key=lambda c: c["x0"]):
                    gap = right is None or char["x0"] - right > 1.0
                    if char["text"].isspace():
                        right = None
                        continue
                    if gap:
                        words.append("")
                    words[-1] += char["text"]
                    right = char["x1"]
                texts = [w.strip(",.") for w in words]
                out.append([_bare(t[::-1] if _RTL.search(t) else t) for t in texts if t])
    return out


def _in_order(line: list[str], wanted: list[str]) -> bool:
    """`wanted` appears in `line` in this order (other words may stand between)."""
    positions = [line.index(w) for w in wanted if w in line]
    return len(positions) == len(wanted) and positions == sorted(positions)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_words_stand_where_the_bidi_algorithm_puts_them(paper: str) -> None:
    """A mixed list in an English sentence, an Arabic sentence with a number, and names in
    table cells and in the header: word order on the page = the algorithm's."""
    mixed = f"Meet: {HEBREW}, {ARABIC}"
    arabic = f"غرفة 12 مع {ARABIC}"
    doc = AgreementDoc(
        pair_id=1,
        mentors=(HEBREW,),
        mentees=(ARABIC,),
        goals=(Goal(mixed), Goal(arabic)),
        coordinator="Ana",
    )
    setup = PageSetup(paper=paper, organization="مدرسة (النور) 2", program="P")
    lines = _lines(render_agreement(doc, setup))
    checks = {
        "mixed list": _expected(mixed)[1:],
        "Arabic with a number": _expected(arabic),
        "Hebrew name": _expected(HEBREW),
        "header": _expected("مدرسة (النور) 2"),
    }
    for what, wanted in checks.items():
        assert any(_in_order(line, wanted) for line in lines), (what, wanted)
    # The algorithm's order is not the typed one: the check can fail.
    assert _expected(HEBREW) == ["דוד", "בן", "שרה"]
    assert _expected(BRACKETS) == ["3", "فطوم", "فاطمة"]
    roster = RosterDoc(
        tuple(
            RosterLine(name=n, role="mentee", status="active") for n in (HEBREW, ARABIC, BRACKETS)
        )
    )
    cells = _lines(render_roster(roster, PageSetup(paper=paper)))
    for name in (HEBREW, ARABIC, BRACKETS):
        assert any(line[: len(name.split())] == _expected(name) for line in cells), name
