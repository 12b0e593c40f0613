"""The page itself: header with organization and logo, footer with page X of Y, paper and
frames, and `render()` which lays a story of flowables out on it.

Pages are numbered per document even in a combined batch file: a `DocumentStart` marker
opens each document. What goes *on* the page (styles, paragraphs, tables) is `layout`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mentordesk.documents.data import PageSetup
from mentordesk.documents.fonts import (
    SANS,
    SANS_BOLD,
    font_runs,
    has_rtl,
    needs_shaping,
    register_fonts,
)
from mentordesk.documents.i18n import _, day, is_rtl, use
from mentordesk.documents.i18n import language as current_language
from mentordesk.documents.i18n import number as number_text
from mentordesk.documents.layout import (
    ACCENT,
    MARGIN,
    MUTED,
    RULE,
    SMALL,
    page_size,
    para,
    text_style,
)


class DocumentStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the pages after it belong to a new document (numbering restarts, the
    header names the document, a combined file gets a bookmark)."""

    def __init__(self, title: str, language: str | None = None) -> None:
        super().__init__()
        self.title = title
        # The language of the story being built: a combined batch mixes families' languages.
        self.language = language or current_language()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.md_document = self.title
        canvas.md_language = self.language
        canvas.md_restart = True


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Defers page output until the end so that every footer can say "Page X of Y"."""

    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.md_setup = setup
        self.md_document = ""
        self.md_language = setup.language
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
            if seen[section] == 1 and len(totals) > 1 and title:
                key = f"document-{section}"
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=0)
            if not self.md_setup.plain:
                with use(self.md_language):
                    _decorate(self, self.md_setup, title, seen[section], totals[section])
            Canvas.showPage(self)
        if len(totals) > 1:
            self.showOutline()
        Canvas.save(self)


def _draw_text(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, y_top: float, width: float
) -> float:
    """Draw a paragraph with its top at y_top; return its height. Plain text in the main
    font that fits on one line is drawn directly (every page has a header and a footer)."""
    if not is_rtl() and not has_rtl(text) and not needs_shaping(text):
        runs = font_runs(text, bold=style.fontName == SANS_BOLD)
        if len(runs) == 1 and runs[0][0] == style.fontName:
            width_text = stringWidth(text, style.fontName, style.fontSize)
            if width_text <= width:
                canvas.saveState()
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                baseline = y_top - style.fontSize
                if style.alignment == TA_RIGHT:
                    canvas.drawRightString(x + width, baseline, text)
                elif style.alignment == TA_CENTER:
                    canvas.drawCentredString(x + width / 2, baseline, text)
                else:
                    canvas.drawString(x, baseline, text)
                canvas.restoreState()
                return float(style.leading)
    item = para(text, style)
    _w, h = item.wrapOn(canvas, width, 60)
    item.drawOn(canvas, x, y_top - h)
    return float(h)


_HEADER = text_style("hdr", fontName=SANS_BOLD, fontSize=10, leading=12)
_HEADER_DOC = text_style("hdrdoc", fontSize=8.5, leading=10.5, textColor=MUTED, alignment=TA_RIGHT)
_FOOT_LEFT = text_style("footl", fontSize=8, leading=10, textColor=MUTED)
_FOOT_MID = text_style(
    "footm", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
)
_FOOT_RIGHT = text_style("footr", fontSize=8, leading=10, textColor=MUTED, alignment=TA_RIGHT)


def _decorate(canvas: Canvas, setup: PageSetup, title: str, number: int, total: int) -> None:
    """Header (organization, program, the document and whom it is about) and footer (date,
    confidential notice, page X of Y); mirrored in a right-to-left document."""
    width, height = canvas._pagesize
    rtl = is_rtl()
    canvas.saveState()
    top = height - 9 * mm
    inner = width - 2 * MARGIN
    logo_width = 0.0
    if setup.logo_path:
        try:
            x_logo = width - MARGIN - 22 * mm if rtl else MARGIN
            canvas.drawImage(
                setup.logo_path,
                x_logo,
                top - 11 * mm,
                width=22 * mm,
                height=11 * mm,
                preserveAspectRatio=True,
                anchor="se" if rtl else "sw",
                mask="auto",
            )
            logo_width = 25 * mm
        except Exception:
            logo_width = 0.0
    # Organization and program on the reading side, the document's title on the other.
    side = (inner - logo_width) * 0.55
    x_org = MARGIN if rtl else MARGIN + logo_width
    if rtl:
        x_org = width - MARGIN - logo_width - side
    y = top
    y -= _draw_text(canvas, setup.organization or setup.program, _HEADER, x_org, y, side)
    if setup.organization and setup.program:
        _draw_text(canvas, setup.program, SMALL, x_org, y, side)
    if title:
        doc_width = inner - logo_width - side - 6 * mm
        x_doc = MARGIN if rtl else width - MARGIN - doc_width
        _draw_text(canvas, title, _HEADER_DOC, x_doc, top, doc_width)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 24 * mm, width - MARGIN, height - 24 * mm)
    canvas.line(MARGIN, 15 * mm, width - MARGIN, 15 * mm)
    side_foot = inner * 0.27
    # The month abbreviated keeps the footer on one line in every language ("2 dic 2026").
    generated = _("Generated {date}").format(date=day(setup.generated_on, short=True))
    pages = _("Page {number} of {total}").format(
        number=number_text(number), total=number_text(total)
    )
    left, right = (pages, generated) if rtl else (generated, pages)
    y_foot = 13 * mm
    _draw_text(canvas, left, _FOOT_LEFT, MARGIN, y_foot, side_foot)
    if setup.confidential:
        _draw_text(
            canvas,
            _("Confidential — contains personal data"),
            _FOOT_MID,
            MARGIN + side_foot,
            y_foot,
            inner - 2 * side_foot,
        )
    _draw_text(canvas, right, _FOOT_RIGHT, width - MARGIN - side_foot, y_foot, side_foot)
    canvas.restoreState()


def sheet_size(setup: PageSetup) -> tuple[float, float]:
    """The page size of this document: the paper, turned sideways for wide tables."""
    width, height = page_size(setup.paper)
    return (height, width) if setup.landscape else (width, height)


def content_width(setup: PageSetup) -> float:
    return float(sheet_size(setup)[0] - 2 * MARGIN)


def content_height(setup: PageSetup) -> float:
    return float(
        sheet_size(setup)[1]
        - (_TOP if not setup.plain else MARGIN)
        - (_BOTTOM if not setup.plain else MARGIN)
    )


_TOP = 28 * mm
_BOTTOM = 20 * mm


def render(
    story: Sequence[Flowable], setup: PageSetup, *, title: str = "", subject: str = ""
) -> bytes:
    """Lay out the story on the shared page template and return the PDF bytes (title, author,
    subject, language and creator in the file's metadata)."""
    register_fonts()
    size = sheet_size(setup)
    buffer = io.BytesIO()
    top, bottom = (MARGIN, MARGIN) if setup.plain else (_TOP, _BOTTOM)
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=setup.organization or setup.program,
        subject=subject,
        creator="MentorDesk",
        lang=setup.language.replace("_", "-"),
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
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_background(setup))])

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        kwargs["initialFontName"] = SANS
        return _NumberedCanvas(*args, setup=setup, **kwargs)

    with use(setup.language):
        doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()


def _background(setup: PageSetup) -> Any:
    def draw(canvas: Canvas, _doc: Any) -> None:
        if setup.border:
            width, height = canvas._pagesize
            canvas.saveState()
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(3)
            canvas.rect(9 * mm, 9 * mm, width - 18 * mm, height - 18 * mm)
            canvas.setLineWidth(0.8)
            canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
            canvas.restoreState()

    return draw
