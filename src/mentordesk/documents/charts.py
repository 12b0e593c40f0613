"""Bar charts for the program summary, drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth

from mentordesk.documents.bidi_layout import visual_units
from mentordesk.documents.fonts import (
    SANS,
    SANS_BOLD,
    covers,
    font_runs,
    has_rtl,
    needs_shaping,
)
from mentordesk.documents.i18n import _, language
from mentordesk.documents.shaping import shape_frag_word

BAR = colors.HexColor("#3e7cb1")


def month_label(month: str) -> str:
    """ "2026-01" → "Jan 2026" in the document language (CLDR abbreviated month)."""
    from babel.dates import format_date

    try:
        year, number = (int(x) for x in month.split("-", 1))
        return format_date(dt.date(year, number, 1), "MMM y", locale=language())
    except ValueError:
        return month


def _font(text: str, bold: bool = False) -> str:
    """The font of a chart label: the font of its script, else the main font (labels are
    program words and months, never names)."""
    main = SANS_BOLD if bold else SANS
    runs = font_runs(text, bold=bold)
    others = {name for name, _run in runs if name not in (SANS, SANS_BOLD)}
    if len(others) == 1 and covers(next(iter(others)), text.replace(" ", "")):
        return others.pop()
    return main


def _label(text: str, size: float = 7, bold: bool = False) -> str:
    """A label as drawn: right-to-left and joined text is ordered and shaped here (graphics
    strings are drawn as they come), in one font."""
    if not (has_rtl(text) or needs_shaping(text)):
        return text
    font = _font(text, bold)
    if not covers(font, text.replace(" ", "")):
        return text  # mixed scripts: drawn unshaped in the main font rather than as boxes
    out: str = ""
    for _level, unit in visual_units(text, None):
        if unit.startswith(" "):
            out = out + " "
            continue
        word = [stringWidth(unit, font, size), (ABag(fontName=font, fontSize=size), unit)]
        shaped = shape_frag_word(word, force=True)
        piece = "".join(str(t) for _f, t in shaped[1:]) if len(shaped) > 2 else shaped[1][1]
        out = out + piece
    return out


def bar_chart(
    title: str, series: Sequence[tuple[str, int]], width: float, *, horizontal: bool = False
) -> Drawing:
    """One titled bar chart; an empty series says so instead of drawing empty axes. The value
    of each bar is written beyond its end, with room kept for it."""
    height = 150 if not horizontal else max(80, 30 + 16 * len(series))
    drawing = Drawing(width, height)
    drawing.add(
        String(0, height - 12, _label(title, 10, True), fontName=_font(title, True), fontSize=10)
    )
    if not series or not any(v for _, v in series):
        empty = _("No data yet.")
        drawing.add(String(0, height - 32, _label(empty, 9), fontName=_font(empty), fontSize=9))
        return drawing
    labels = [_label(label) for label, _ in series]
    raw = "".join(label for label, _ in series)
    values = [value for _, value in series]
    chart: HorizontalBarChart | VerticalBarChart
    if horizontal:
        chart = HorizontalBarChart()
        chart.x, chart.y = 120, 8
        chart.width, chart.height = width - 150, height - 34
    else:
        chart = VerticalBarChart()
        chart.x, chart.y = 32, 36
        chart.width, chart.height = width - 44, height - 74
    chart.data = [values]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values)
    # Headroom so that the value printed past the end of the longest bar stays inside.
    chart.valueAxis.valueMax = max(1, top * 1.18 + (1 if top <= 10 else 0))
    if top <= 10:
        chart.valueAxis.valueStep = 1 if top <= 6 else 2
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = _font(raw)
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal and len(labels) > 8:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.nudge = 3
    drawing.add(chart)
    return drawing
