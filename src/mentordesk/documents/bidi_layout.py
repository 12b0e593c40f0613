"""Right-to-left and mixed text on paper: the Unicode bidirectional algorithm, line by line.

ReportLab lays words out left to right in the order they come. For a paragraph holding Hebrew
or Arabic (or any paragraph of a right-to-left document) `BidiParagraph`:

1. breaks the text into lines itself, in logical order, measuring each word in its fonts;
2. resolves the embedding level of every character of each line with `python-bidi` (the Rust
   `unicode-bidi` implementation of UAX #9: numbers inside right-to-left text, brackets,
   neutrals between scripts);
3. reorders the runs of each line visually (rule L2) and writes each line as Paragraph markup:
   right-to-left runs keep their logical order and are shaped right to left by HarfBuzz
   (`documents.shaping`, which also mirrors their brackets); neutral runs at an odd level are
   reversed and mirrored here.

So "שרה בן דוד" reads right to left in the right word order, in a cell, a sentence or a header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from mentordesk.documents.fonts import (
    font_name,
    font_runs,
    has_rtl,
    markup,
    needs_shaping,
    run_markup,
)
from mentordesk.documents.shaping import is_rtl_char

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


@lru_cache(maxsize=4096)
def levels(text: str, rtl: bool | None) -> tuple[int, ...]:
    """The resolved embedding level of every character (even: left to right, odd: right to
    left) of one line, with the paragraph direction given (None: from its first letter)."""
    if rtl is None:
        rtl = bool(get_base_level(text)) if text.strip() else False
    info = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    section = info.split("levels:", 1)[1].split("paragraphs:", 1)[0]
    by_byte = [int(x) for x in _LEVEL.findall(section)]
    out: list[int] = []
    index = 0
    for char in text:
        out.append(by_byte[index] if index < len(by_byte) else (1 if rtl else 0))
        index += len(char.encode("utf-8"))
    # Rule L1: whitespace at the end of the line takes the paragraph level.
    base = 1 if rtl else 0
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            break
        out[i] = base
    return tuple(out)


def _reorder(units: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run of units
    at that level or higher."""
    if not units:
        return units
    result = list(units)
    highest = max(level for level, _ in result)
    lowest_odd = min((level for level, _ in result if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(result):
            if result[i][0] >= level:
                j = i
                while j < len(result) and result[j][0] >= level:
                    j += 1
                result[i:j] = result[i:j][::-1]
                i = j
            else:
                i += 1
    return result


def visual_units(line: str, rtl: bool | None) -> list[tuple[int, str]]:
    """(level, logical text) runs of one line in visual order, spaces as runs of their own."""
    found = levels(line, rtl)
    units: list[tuple[int, str]] = []
    for char, level in zip(line, found, strict=True):
        space = char == " "
        if units and units[-1][0] == level and (units[-1][1][-1] == " ") == space:
            units[-1] = (level, units[-1][1] + char)
        else:
            units.append((level, char))
    return _reorder(units)


def _mirror(text: str) -> str:
    return "".join(MIRRORED.get(c, c) for c in reversed(text))


@lru_cache(maxsize=20_000)
def line_markup(line: str, rtl: bool | None, bold: bool) -> str:
    """Paragraph markup of one line in visual order (see the module doc)."""
    main = font_name("Main", bold)
    out: list[str] = []
    for level, text in visual_units(line, rtl):
        if text.startswith(" "):
            out.append(" ")
            continue
        if level % 2 and not any(is_rtl_char(c) for c in text):
            text = _mirror(text)  # a neutral run read right to left: HarfBuzz shapes it LTR
            runs = font_runs(text, bold=bold)
        else:
            runs = font_runs(text, bold=bold)
            if level % 2:
                # Runs in visual order; a run without right-to-left letters (a bracket in
                # another font) is shaped left to right, so it is reversed and mirrored here.
                runs = [
                    (name, t if any(is_rtl_char(c) for c in t) else _mirror(t))
                    for name, t in reversed(runs)
                ]
        # Every run its own <font> fragment, so the shaper sees each run separately.
        out.append(
            "".join(run_markup([run], "") for run in runs)
            if len(runs) > 1
            else run_markup(runs, main)
        )
    return "".join(out)


@lru_cache(maxsize=20_000)
def text_width(text: str, size: float, bold: bool) -> float:
    return float(sum(stringWidth(t, name, size) for name, t in font_runs(text, bold=bold)))


@lru_cache(maxsize=5_000)
def wrap(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
    """Break `text` into lines no wider than `width` (words whole; a word wider than a line is
    broken between characters as a last resort)."""
    lines: list[str] = []
    space = stringWidth(" ", font_name("Main", bold), size)
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = text_width(word, size, bold)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            if w > width and not current:
                pieces = _split_long(word, width, size, bold)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                w = text_width(word, size, bold)
            used = used + space + w if current else w
            current.append(word)
        lines.append(" ".join(current))
    return tuple(lines)


def _split_long(word: str, width: float, size: float, bold: bool) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, size, bold) > width:
            pieces.append(current)
            current = ""
        current += char
    pieces.append(current)
    return pieces


_STYLES: dict[tuple[str, bool], ParagraphStyle] = {}


def directed_style(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    """The style with shaping on and, for a right-to-left paragraph, its alignment mirrored."""
    key = (style.name, rtl)
    found = _STYLES.get(key)
    if found is None:
        alignment = style.alignment
        if rtl and alignment == TA_LEFT:
            alignment = TA_RIGHT
        elif rtl and alignment == TA_RIGHT:
            alignment = TA_LEFT
        found = _STYLES[key] = ParagraphStyle(
            f"{style.name}-{'rtl' if rtl else 'bidi'}",
            style,
            shaping=1,
            alignment=alignment,
            splitLongWords=0,
        )
    return found


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph laid out with the bidirectional algorithm at the width it gets."""

    def __init__(
        self, text: str, style: ParagraphStyle, *, bold: bool, rtl: bool | None, mirror: bool
    ) -> None:
        super().__init__()
        self.text = text
        self.style = directed_style(style, mirror)
        self.bold = bold
        self.rtl = rtl
        self._width = -1.0
        self._inner: Paragraph | None = None
        self._wrapped: tuple[float, float, float] | None = None

    def _build(self, width: float) -> Paragraph:
        if self._inner is None or abs(width - self._width) > 0.01:
            size = self.style.fontSize
            # A little slack: HarfBuzz widths differ slightly from the unshaped measure.
            lines = wrap(self.text, max(width * 0.97 - 1, size), size, self.bold)
            body = "<br/>".join(line_markup(line, self.rtl, self.bold) for line in lines)
            self._inner = Paragraph(body, self.style)
            self._width = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Tables and KeepTogether ask several times at the same width: break the lines once.
        if self._wrapped is not None and abs(self._wrapped[0] - availWidth) < 0.01:
            return self._wrapped[1], self._wrapped[2]
        inner = self._build(availWidth)
        w, h = inner.wrap(availWidth, availHeight)
        self.width, self.height = w, h
        self._wrapped = (availWidth, w, h)
        return w, h

    def split(self, availWidth: float, availHeight: float) -> Sequence[Flowable]:
        return self._build(availWidth).split(availWidth, availHeight)  # type: ignore[no-any-return]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._inner is not None
        self._inner.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn delegates
        pass

    def minWidth(self) -> float:
        size = self.style.fontSize
        return max((text_width(w, size, self.bold) for w in self.text.split()), default=0.0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def getKeepWithNext(self) -> bool:
        return bool(getattr(self.style, "keepWithNext", False))


def paragraph(
    text: str, style: ParagraphStyle, *, bold: bool, rtl_document: bool, align_own: bool = False
) -> Flowable:
    """A Paragraph for any text: the bidi layout when it holds right-to-left letters or the
    document reads right to left, else ReportLab's own (shaped when the script needs it).

    In a right-to-left document every paragraph reads right to left and its alignment is
    mirrored; elsewhere a paragraph takes its direction from its first letter, and with
    `align_own` (free text) one that starts right to left is aligned right."""
    if rtl_document:
        return BidiParagraph(text, style, bold=bold, rtl=True, mirror=True)
    if has_rtl(text):
        own = bool(get_base_level(text)) if text.strip() else False
        return BidiParagraph(text, style, bold=bold, rtl=None, mirror=own and align_own)
    if needs_shaping(text):
        return Paragraph(markup(text, bold=bold), directed_style(style, False))
    return Paragraph(markup(text, bold=bold), style)


__all__ = ["TA_CENTER", "BidiParagraph", "levels", "line_markup", "paragraph", "visual_units"]
