"""Bar charts for the program summary, drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from mentordesk.documents.fonts import SANS, SANS_BOLD

BAR = colors.HexColor("#3e7cb1")


def bar_chart(
    title: str, series: Sequence[tuple[str, int]], width: float, *, horizontal: bool = False
) -> Drawing:
    """One titled bar chart; an empty series says so instead of drawing empty axes."""
    height = 150 if not horizontal else max(80, 28 + 16 * len(series))
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=SANS_BOLD, fontSize=10))
    if not series or not any(v for _, v in series):
        drawing.add(String(0, height - 32, "No data yet.", fontName=SANS, fontSize=9))
        return drawing
    labels = [label for label, _ in series]
    values = [value for _, value in series]
    chart: HorizontalBarChart | VerticalBarChart
    if horizontal:
        chart = HorizontalBarChart()
        chart.x, chart.y = 110, 8
        chart.width, chart.height = width - 150, height - 34
    else:
        chart = VerticalBarChart()
        chart.x, chart.y = 32, 36
        chart.width, chart.height = width - 44, height - 70
    chart.data = [values]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values)
    if top <= 10:
        # Counts are whole numbers: no 0.2 / 0.4 ticks on a small axis.
        chart.valueAxis.valueStep = 1
        chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal and len(labels) > 8:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
