"""The shared page: paper size, header with organization and logo, footer with page X of Y.

Every document builds a list of flowables and hands it to `render()`. Pages are numbered per
document even in a combined batch file: a `DocumentStart` marker opens each document.
"""

from __future__ import annotations

import io
import locale
import os
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentordesk.documents.data import PageSetup
from mentordesk.documents.fonts import (
    SANS,
    SANS_BOLD,
    has_rtl,
    markup,
    register_fonts,
    starts_rtl,
)

# Countries whose offices use US Letter; everyone else uses A4.
_LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "SV", "NI", "PA"}
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")
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


def _style(name: str, **kwargs: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": SANS, "fontSize": 10, "leading": 13.5, "textColor": INK}
    base.update(kwargs)
    return ParagraphStyle(name, **base)


BODY = _style("body", spaceAfter=4)
SMALL = _style("small", fontSize=8.5, leading=11, textColor=MUTED)
CELL = _style("cell", fontSize=9, leading=11.5)
CELL_HEAD = _style("cellhead", fontName=SANS_BOLD, fontSize=9, leading=11.5)
TITLE = _style("title", fontName=SANS_BOLD, fontSize=18, leading=23, spaceAfter=6)
H2 = _style("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
H3 = _style("h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
CENTER = _style("center", alignment=TA_CENTER)
_SHAPED: dict[str, ParagraphStyle] = {}


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text in any script (escaped, font fallback, shaping when RTL)."""
    bold = style.fontName == SANS_BOLD
    if has_rtl(text):
        # Free text that starts in Hebrew or Arabic reads right to left: align it right.
        # Names in table cells stay left-aligned so that columns scan down one edge.
        right = style is BODY and starts_rtl(text)
        key = f"{style.name}-rtl{'-right' if right else ''}"
        shaped = _SHAPED.get(key)
        if shaped is None:
            extra: dict[str, Any] = {"alignment": TA_RIGHT} if right else {}
            shaped = _SHAPED[key] = ParagraphStyle(key, style, shaping=1, **extra)
        style = shaped
    return Paragraph(markup(text, bold=bold), style)


def rich(template: str, style: ParagraphStyle = BODY, **values: str) -> Paragraph:
    """A paragraph from trusted markup with {placeholders} filled by escaped plain text."""
    filled = template.format(**{k: markup(v) for k, v in values.items()})
    if any(has_rtl(v) for v in values.values()):
        style = ParagraphStyle(style.name + "-rtl", style, shaping=1)
    return Paragraph(filled, style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
    *,
    font_size: float = 9,
) -> Table:
    """A table that wraps long cells, splits across pages and repeats its header row."""
    cell = (
        CELL
        if font_size == 9
        else _style(f"cell{font_size}", fontSize=font_size, leading=font_size * 1.28)
    )
    head = (
        CELL_HEAD
        if font_size == 9
        else _style(
            f"head{font_size}", fontName=SANS_BOLD, fontSize=font_size, leading=font_size * 1.28
        )
    )
    data = [[para(h, head) for h in header]]
    data += [[para(str(value), cell) for value in row] for row in rows]
    result = Table(data, colWidths=list(widths) if widths else None, repeatRows=1, hAlign="LEFT")
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
    """Label/value lines (two columns, values wrap)."""
    data = [[para(label, CELL_HEAD), para(value or "—", CELL)] for label, value in pairs]
    result = Table(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
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
    """Signature and date lines with room to sign; each line names its role and the person."""
    rows: list[list[Any]] = []
    for role, name in signers:
        caption = f"{role}: {name}" if name else role
        rows.append(["", "", ""])
        rows.append([para(caption, SMALL), "", para("Date", SMALL)])
    result = Table(rows, colWidths=[width * 0.6, width * 0.08, width * 0.32], hAlign=align)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    for i in range(0, len(rows), 2):
        commands += [
            ("LINEBELOW", (0, i), (0, i), 0.8, INK),
            ("LINEBELOW", (2, i), (2, i), 0.8, INK),
            # Room for a handwritten signature: about 12 mm above each line.
            ("TOPPADDING", (0, i), (-1, i), 34),
        ]
    result.setStyle(TableStyle(commands))
    return KeepTogether([*lead, Spacer(1, 4), result])


class DocumentStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages after it belong to a new document (numbering restarts)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.md_document = self.title
        canvas.md_restart = True


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Defers page output until the end so that every footer can say "Page X of Y"."""

    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.md_setup = setup
        self.md_document = ""
        self.md_restart = False
        self._pages: list[tuple[dict[str, Any], str, int]] = []
        self._section = -1

    def showPage(self) -> None:
        if self.md_restart or self._section < 0:
            self._section += 1
            self.md_restart = False
        self._pages.append((dict(self.__dict__), self.md_document, self._section))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _state, _title, section in self._pages:
            totals[section] = totals.get(section, 0) + 1
        seen: dict[int, int] = {}
        for state, title, section in self._pages:
            self.__dict__.update(state)
            seen[section] = seen.get(section, 0) + 1
            _decorate(self, self.md_setup, title, seen[section], totals[section])
            Canvas.showPage(self)
        Canvas.save(self)


def _decorate(canvas: Canvas, setup: PageSetup, title: str, number: int, total: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    top = height - 9 * mm
    x = MARGIN
    if setup.logo_path:
        try:
            canvas.drawImage(
                setup.logo_path,
                MARGIN,
                top - 9 * mm,
                width=22 * mm,
                height=11 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x = MARGIN + 25 * mm
        except Exception:
            x = MARGIN
    header = Paragraph(
        markup(setup.organization or setup.program, bold=True),
        _style("hdr", fontName=SANS_BOLD, fontSize=10, leading=12),
    )
    sub = para(setup.program if setup.organization else "", SMALL)
    # Stacked, so a long organization name that wraps pushes the program line down.
    y = top
    for item in (header, sub):
        _w, h = item.wrapOn(canvas, width - x - MARGIN, 40)
        y -= h
        item.drawOn(canvas, x, y)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 24 * mm, width - MARGIN, height - 24 * mm)
    canvas.line(MARGIN, 15 * mm, width - MARGIN, 15 * mm)
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, 10 * mm, f"Generated {setup.generated_on.isoformat()}")
    if setup.confidential:
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawCentredString(width / 2, 10 * mm, "Confidential — contains personal data")
        canvas.setFont(SANS, 8)
    canvas.drawRightString(width - MARGIN, 10 * mm, f"Page {number} of {total}")
    canvas.restoreState()


def sheet_size(setup: PageSetup) -> tuple[float, float]:
    """The page size of this document: the paper, turned sideways for wide tables."""
    width, height = page_size(setup.paper)
    return (height, width) if setup.landscape else (width, height)


def content_width(setup: PageSetup) -> float:
    return float(sheet_size(setup)[0] - 2 * MARGIN)


def render(story: Sequence[Flowable], setup: PageSetup, *, title: str = "") -> bytes:
    """Lay out the story on the shared page template and return the PDF bytes."""
    register_fonts()
    size = sheet_size(setup)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=28 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=setup.organization,
        creator="MentorDesk",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        kwargs["initialFontName"] = SANS
        return _NumberedCanvas(*args, setup=setup, **kwargs)

    doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()
