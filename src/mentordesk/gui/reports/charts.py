"""The reports' charts, drawn with QtCharts: each chart is rebuilt from plain chart series."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QGridLayout, QWidget

from mentordesk.core.measures import ChartSeries, MeasureComparison, ProgramMeasures, Unit
from mentordesk.gui.common import is_dark, label, measure_name, readable, translate

STATUS_COLOURS = {"active": "#2e7d32", "paused": "#f9a825", "closed": "#78909c"}


def _none(some: bool) -> str:
    """What a chart's title adds when the period has nothing to show."""
    return "" if some else translate("reports.charts", " — none in this period")


BLUE, ORANGE, RED = "#1565c0", "#ef6c00", "#c62828"


def _chart(title: str) -> QChart:
    chart = QChart()
    if is_dark():  # a white chart on a dark window is glaring and its text unreadable
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    chart.setTitle(title)
    _follow_palette(chart)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _follow_palette(chart: QChart) -> None:
    """The chart's background, title and legend in the window's colours (a white chart on a
    dark window is glaring, and its default grey text fails contrast on either)."""
    palette = QGuiApplication.palette()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))


def axis_colours(chart: QChart) -> None:
    """Axis labels and lines in the palette's text colour (after the axes are added)."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    grid = QGuiApplication.palette().color(QPalette.ColorRole.Mid)
    for axis in chart.axes():
        axis.setLabelsBrush(text)
        axis.setLinePenColor(text)
        axis.setGridLineColor(grid)


def _bar_set(name: str, values: Sequence[float], colour: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(readable(colour))  # 3:1 against the chart in any palette
    bar_set.setBorderColor(readable(colour))
    return bar_set


def _axes(
    chart: QChart,
    series: QBarSeries | QStackedBarSeries | QHorizontalStackedBarSeries | QHorizontalBarSeries,
    categories: Sequence[str],
    top: float,
    horizontal: bool = False,
) -> None:
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    category_axis.setTruncateLabels(False)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d")
    if top == 100.0:  # percentages
        value_axis.setRange(0, 100)
    elif top <= 8:  # small counts: one tick per whole number, never "0 0 1 1"
        steps = max(2, math.ceil(top * 1.15))
        value_axis.setRange(0, steps)
        value_axis.setTickCount(steps + 1)
    else:
        value_axis.setRange(0, top * 1.1)
        value_axis.applyNiceNumbers()
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    axis_colours(chart)


def meetings_chart(series: ChartSeries) -> QChart:
    held = any(m.count for m in series.meetings_per_month)
    chart = _chart(translate("reports.charts", "Meetings held per month") + _none(held))
    months = series.meetings_per_month
    bars = QBarSeries()
    bars.append(
        _bar_set(translate("reports.charts", "Meetings held"), [m.count for m in months], BLUE)
    )
    _axes(
        chart,
        bars,
        [_month_label(m.month, short=len(months) > 6) for m in months],
        max((m.count for m in months), default=0),
    )
    chart.legend().hide()
    return chart


def status_chart(series: ChartSeries) -> QChart:
    chart = _chart(translate("reports.charts", "Pairs by status at each month end"))
    snapshots = series.pairs_by_status
    bars = QStackedBarSeries()
    for status, colour in STATUS_COLOURS.items():
        bars.append(
            _bar_set(_capital(label(status)), [s.counts.get(status, 0) for s in snapshots], colour)
        )
    totals = [sum(s.counts.get(k, 0) for k in STATUS_COLOURS) for s in snapshots]
    months = [_month_label(f"{s.date:%Y-%m}", short=len(snapshots) > 6) for s in snapshots]
    _axes(chart, bars, months, max(totals, default=0))
    return chart


def closures_chart(series: ChartSeries) -> QChart:
    chart = _chart(
        translate("reports.charts", "Closures by reason") + _none(bool(series.closures_by_reason))
    )
    reasons = list(reversed(series.closures_by_reason))  # largest on top
    bars = QHorizontalStackedBarSeries()
    bars.append(
        _bar_set(
            translate("reports.charts", "Completed"),
            [r.completed for r in reasons],
            STATUS_COLOURS["active"],
        )
    )
    bars.append(
        _bar_set(translate("reports.charts", "Ended early"), [r.early for r in reasons], RED)
    )
    _axes(
        chart,
        bars,
        [label(r.reason) for r in reasons],
        max((r.total for r in reasons), default=0),
        True,
    )
    return chart


def ratings_chart(series: ChartSeries) -> QChart:
    rated = any(series.ratings.values())
    chart = _chart(translate("reports.charts", "Relationship ratings (check-ins)") + _none(rated))
    bars = QBarSeries()
    counts = [series.ratings.get(r, 0) for r in range(1, 6)]
    bars.append(_bar_set(translate("reports.charts", "Check-ins"), counts, ORANGE))
    _axes(chart, bars, ["1", "2", "3", "4", "5"], max(counts, default=0))
    chart.legend().hide()
    return chart


def comparison_chart(
    rows: Sequence[MeasureComparison], current: ProgramMeasures, other: ProgramMeasures
) -> QChart:
    """Grouped bars of the percentage measures: this program against the other one."""
    chart = _chart(translate("reports.charts", "Rates compared (%)"))
    shown = [r for r in rows if r.unit is Unit.PERCENT and (r.current or r.baseline)]
    shown.reverse()  # the first measure on top
    bars = QHorizontalBarSeries()
    # Added in this order, the current program's bar sits above last cycle's.
    bars.append(_bar_set(other.program_name, [r.baseline or 0 for r in shown], "#90a4ae"))
    bars.append(_bar_set(current.program_name, [r.current or 0 for r in shown], BLUE))
    _axes(chart, bars, [measure_name(r.label) for r in shown], 100.0, True)
    return chart


def _month_label(month: str, short: bool = False) -> str:
    """'Sep 25', or 'Sep' when many months share the axis."""
    year, number = month.split("-")
    names = [
        translate("reports.charts", "Jan"),
        translate("reports.charts", "Feb"),
        translate("reports.charts", "Mar"),
        translate("reports.charts", "Apr"),
        translate("reports.charts", "May"),
        translate("reports.charts", "Jun"),
        translate("reports.charts", "Jul"),
        translate("reports.charts", "Aug"),
        translate("reports.charts", "Sep"),
        translate("reports.charts", "Oct"),
        translate("reports.charts", "Nov"),
        translate("reports.charts", "Dec"),
    ]
    name = names[int(number) - 1]
    return name if short else f"{name} {year[2:]}"


class ChartGrid(QWidget):
    """Four chart views in a 2 × 2 grid; `show_series` redraws all of them."""

    def __init__(self, layout: QGridLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: dict[str, QChartView] = {}
        titles = {
            "meetings": translate("reports.charts", "Meetings chart"),
            "status": translate("reports.charts", "Pair status chart"),
            "closures": translate("reports.charts", "Closures chart"),
            "ratings": translate("reports.charts", "Relationship ratings chart"),
        }
        for i, (name, title) in enumerate(titles.items()):
            view = QChartView(parent)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(120)  # two rows fit a 700-px screen
            view.setAccessibleName(title)
            view.setChart(_chart(""))  # until the first data: the palette's colours, not white
            layout.addWidget(view, i // 2, i % 2)
            self.views[name] = view

    def show_series(self, series: ChartSeries) -> None:
        for name, build in (
            ("meetings", meetings_chart),
            ("status", status_chart),
            ("closures", closures_chart),
            ("ratings", ratings_chart),
        ):
            view = self.views[name]
            old = view.chart()
            view.setChart(build(series))
            if old is not None:
                old.deleteLater()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
