"""Bar charts for the program summary, drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from mentordesk.documents.fonts import SANS, SANS_BOLD, font_runs
from mentordesk.documents.i18n import _, language

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
    """The font of a chart label: the main font, or the font of its script (labels are
    program words, never names)."""
    runs = font_runs(text, bold=bold)
    return runs[0][0] if len(runs) == 1 else (SANS_BOLD if bold else SANS)


def _label(text: str) -> str:
    return text


def bar_chart(
    title: str, series: Sequence[tuple[str, int]], width: float, *, horizontal: bool = False
) -> Drawing:
    """One titled bar chart; an empty series says so instead of drawing empty axes. The value
    of each bar is written beyond its end, with room kept for it."""
    height = 150 if not horizontal else max(80, 30 + 16 * len(series))
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=_font(title, True), fontSize=10))
    if not series or not any(v for _, v in series):
        empty = _("No data yet.")
        drawing.add(String(0, height - 32, empty, fontName=_font(empty), fontSize=9))
        return drawing
    labels = [_label(label) for label, _ in series]
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
    chart.categoryAxis.labels.fontName = _font("".join(labels))
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
