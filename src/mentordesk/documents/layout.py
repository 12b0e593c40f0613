"""What goes on the shared page: paper sizes, colours, text styles, paragraphs in any script,
tables whose cells fit their columns, label/value lines and signature lines.

Every document builds a list of these flowables and hands it to `page.render()`.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.documents.bidi_layout import paragraph, text_width
from mentordesk.documents.fonts import (
    SANS,
    SANS_BOLD,
)
from mentordesk.documents.i18n import _, is_rtl

# Countries whose offices use US Letter; everyone else uses A4.
_LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "SV", "NI", "PA"}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")
ACCENT = colors.HexColor("#24476b")
MARGIN = 18 * mm


def default_paper() -> str:
    """A4, or Letter where the system locale's country uses it."""
    for value in (os.environ.get("LC_PAPER"), os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if value and "_" in value:
            return "Letter" if value.split("_", 1)[1][:2].upper() in _LETTER_COUNTRIES else "A4"
    name = locale.getlocale()[0] or ""
    country = name.split("_", 1)[1][:2].upper() if "_" in name else ""
    return "Letter" if country in _LETTER_COUNTRIES else "A4"


def page_size(paper: str) -> tuple[float, float]:
    """(width, height) in points for "A4" or "Letter" (case-insensitive)."""
    key = paper.strip().lower()
    if key == "a4":
        return (float(A4[0]), float(A4[1]))
    if key in ("letter", "us letter", "us-letter"):
        return (float(LETTER[0]), float(LETTER[1]))
    raise ValueError(f"Unknown paper size {paper!r}: use A4 or Letter")


def text_style(name: str, **kwargs: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 10, "leading": 13.5, "textColor": INK}
    base.update(kwargs)
    return ParagraphStyle(name, **base)


BODY = text_style("body", spaceAfter=4)
SMALL = text_style("small", fontSize=8.5, leading=11, textColor=MUTED)
CELL = text_style("cell", fontSize=9, leading=11.5)
CELL_HEAD = text_style("cellhead", fontName=SANS_BOLD, fontSize=9, leading=11.5)
TITLE = text_style("title", fontName=SANS_BOLD, fontSize=18, leading=23, spaceAfter=6)
# Headings stay on the page of what follows them (ReportLab's keepWithNext).
H2 = text_style(
    "h2",
    fontName=SANS_BOLD,
    fontSize=12.5,
    leading=16,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=1,
)
H3 = text_style(
    "h3",
    fontName=SANS_BOLD,
    fontSize=10.5,
    leading=14,
    spaceBefore=6,
    spaceAfter=2,
    keepWithNext=1,
)
CENTER = text_style("center", alignment=TA_CENTER)
WRITE_IN = text_style("writein", fontSize=10, leading=24, textColor=RULE)


def para(text: str, style: ParagraphStyle = BODY) -> Flowable:
    """A paragraph of plain text in any script: escaped, a font per script, shaped and laid
    out with the bidirectional algorithm when it holds right-to-left text, mirrored in a
    right-to-left document."""
    return paragraph(
        text,
        style,
        bold=style.fontName == SANS_BOLD,
        rtl_document=is_rtl(),
        align_own=style is BODY,
    )


def write_in_lines(count: int, width: float) -> Flowable:
    """Ruled lines to write on by hand (a blank plan, a goal to agree together)."""
    rows = [[""] for _ in range(count)]
    result = Table(rows, colWidths=[width], rowHeights=[22] * count, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), SANS), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
        )
    )
    return result


_MIN_CELL_FONT = 5.5
# Break opportunities inside a token too wide for its column: after these characters.
_SOFT_BREAKS = re.compile(r"(?<=[@./_\-])")


def _cell_style(size: float, bold: bool) -> ParagraphStyle:
    key = f"cell{'b' if bold else ''}{size:.2f}"
    found = _CELL_STYLES.get(key)
    if found is None:
        found = _CELL_STYLES[key] = text_style(
            key, fontName=SANS_BOLD if bold else SANS, fontSize=size, leading=size * 1.28
        )
    return found


_CELL_STYLES: dict[str, ParagraphStyle] = {}


_PADDING = 8.5


def _longest_word(text: str, size: float, bold: bool) -> float:
    """The width of the widest piece of `text` that may not be broken (after "@", "." and
    "-" a break is allowed)."""
    pieces = [p for word in text.split() for p in _SOFT_BREAKS.split(word) if p]
    return max((text_width(p, size, bold) for p in pieces), default=0.0)


def _balance(
    header: list[str], rows: list[list[str]], widths: list[float], size: float
) -> list[float]:
    """Widen a column whose longest word would not fit even in a slightly smaller font, taking
    the room from columns that have some to spare; the total width stays the same."""
    comfortable = max(_MIN_CELL_FONT + 1, size * 0.85)
    need = []
    for c in range(len(widths)):
        cells = [(header[c], True)] + [(row[c], False) for row in rows if c < len(row)]
        need.append(max(_longest_word(t, comfortable, b) for t, b in cells) + _PADDING)
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    if short <= 0 or spare <= 0:
        return widths
    give = min(1.0, short / spare)
    take = min(short, spare)
    out = []
    for n, w in zip(need, widths, strict=True):
        if n > w:
            out.append(w + (n - w) * take / short)
        else:
            out.append(w - (w - n) * give)
    return out


def _fit_cell(text: str, room: float, size: float, bold: bool = False) -> tuple[str, float]:
    """Break a too-wide token after "@", ".", "-", "/" first; return the text and the font
    size at which its widest piece fits the column (whole words are never split)."""
    pieces: list[str] = []
    widest = 0.0
    for word in text.split():
        width = text_width(word, size, bold)
        if width > room:
            parts = [p for p in _SOFT_BREAKS.split(word) if p]
            if len(parts) > 1:
                # Greedy: as many parts per line as fit.
                line = ""
                for part in parts:
                    if line and text_width(line + part, size, bold) > room:
                        pieces.append(line)
                        widest = max(widest, text_width(line, size, bold))
                        line = ""
                    line += part
                pieces.append(line)
                widest = max(widest, text_width(line, size, bold))
                pieces.append("\n")
                continue
        widest = max(widest, width)
        pieces.append(word)
    out = " ".join(pieces).replace(" \n ", "\n").replace(" \n", "\n")
    return out, widest


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
    *,
    font_size: float = 9,
) -> Table:
    """A table that wraps long cells at spaces (then after "@", ".", "-"), shrinks a column's
    font before it would split a word, splits across pages and repeats its header row.
    In a right-to-left document the columns run from right to left."""
    columns = len(header)
    sizes = [float(font_size)] * columns
    texts = [[str(v) for v in row] for row in rows]
    if widths:
        widths = _balance(list(header), texts, list(widths), font_size)
        for c in range(columns):
            room = widths[c] - _PADDING
            cells = [(header[c], True)] + [(row[c], False) for row in texts if c < len(row)]
            for text, bold in cells:
                if not text:
                    continue
                _text, widest = _fit_cell(text, room, sizes[c], bold)
                if widest > room:
                    sizes[c] = max(_MIN_CELL_FONT, sizes[c] * room / widest)
            for r, row in enumerate(texts):
                if c < len(row):
                    texts[r][c] = _fit_cell(row[c], room, sizes[c])[0]
    data = [[para(h, _cell_style(sizes[i], True)) for i, h in enumerate(header)]]
    data += [
        [para(value, _cell_style(sizes[i], False)) for i, value in enumerate(row)] for row in texts
    ]
    col_widths = list(widths) if widths else None
    align = "LEFT"
    if is_rtl():
        data = [list(reversed(row)) for row in data]
        col_widths = list(reversed(col_widths)) if col_widths else None
        align = "RIGHT"
    result = Table(data, colWidths=col_widths, repeatRows=1, hAlign=align)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result


def fields(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value lines (two columns, values wrap); mirrored in a right-to-left document."""
    data: list[list[Any]] = [
        [para(label, CELL_HEAD), para(value or "—", CELL)] for label, value in pairs
    ]
    col_widths = [width * 0.3, width * 0.7]
    if is_rtl():
        data = [list(reversed(row)) for row in data]
        col_widths.reverse()
    result = Table(data, colWidths=col_widths, hAlign="RIGHT" if is_rtl() else "LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result


def signatures(
    signers: Sequence[tuple[str, str]],
    width: float,
    lead: Sequence[Flowable] = (),
    *,
    align: str = "LEFT",
) -> KeepTogether:
    """Signature and date lines with room to sign; each line names its role and the person.
    `lead` (the last clause and the heading) is kept on the same page as the lines."""
    rows: list[list[Any]] = []
    for role, name in signers:
        caption = f"{role}: {name}" if name else role
        rows.append(["", "", ""])
        rows.append([para(caption, SMALL), "", para(_("Date"), SMALL)])
    col_widths = [width * 0.6, width * 0.08, width * 0.32]
    sign_col, date_col = 0, 2
    if is_rtl():
        rows = [list(reversed(r)) for r in rows]
        col_widths.reverse()
        sign_col, date_col = 2, 0
        align = {"LEFT": "RIGHT", "RIGHT": "LEFT"}.get(align, align)
    result = Table(rows, colWidths=col_widths, hAlign=align)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    for i in range(0, len(rows), 2):
        commands += [
            ("LINEBELOW", (sign_col, i), (sign_col, i), 0.8, INK),
            ("LINEBELOW", (date_col, i), (date_col, i), 0.8, INK),
            # Room for a handwritten signature: about 12 mm above each line.
            ("TOPPADDING", (0, i), (-1, i), 34),
        ]
    result.setStyle(TableStyle(commands))
    return KeepTogether([*lead, Spacer(1, 4), result])
