"""Measure cards: the figure, what it counts (hover: the formula), the change against a baseline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mentordesk.core.measures import (
    Measure,
    MeasureComparison,
    ProgramMeasures,
    Unit,
    format_value,
)
from mentordesk.gui.common import ERROR, GOOD, MUTED, measure_name, pick, translate

#: The headline figures shown as cards (all measures are in the "All measures" tab).
HEADLINE = (
    "match_rate",
    "utilization",
    "pairs_active",
    "pairs_new",
    "meetings_vs_target",
    "mentoring_hours",
    "checkin_rate",
    "pairs_at_risk",
    "goal_completion",
    "rating_avg",
    "early_closure_rate",
    "retention",
)
COLUMNS = 6


def detail_text(measure: Measure) -> str:
    """The line under a figure. A count compared with what was expected reads "112 expected"
    (not "141 of 112", which is no sentence when more were done than expected)."""
    if measure.unit is Unit.COUNT and measure.denominator:
        expected = format_value(measure.denominator, Unit.COUNT)
        return translate("reports.cards", "{expected} expected in the period").format(
            expected=expected
        )
    return measure.detail()


class MeasureCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("measureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#measureCard { background: palette(base); border: 1px solid #d0d4d9;"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.title = QLabel(self)
        # Captions in a muted colour readable on the card in a light and in a dark palette.
        muted = pick(MUTED, self).name()
        self.title.setStyleSheet(f"color: {muted}; font-size: 11px;")
        self.value = QLabel(self)
        self.value.setStyleSheet("font-size: 21px; font-weight: 600;")
        self.detail = QLabel(self)
        self.detail.setStyleSheet(f"color: {muted}; font-size: 11px;")
        self.change = QLabel(self)
        self.change.setStyleSheet("font-size: 11px;")
        for label in (self.title, self.value, self.detail, self.change):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # Long texts must not widen the window: the full text is in the tooltip.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        # A measure's name may be longer in another language: it wraps rather than being cut.
        self.title.setWordWrap(True)

    def show_measure(
        self, measures: ProgramMeasures, change: MeasureComparison | None, baseline_name: str
    ) -> None:
        measure = measures.get(self.key)
        self.title.setText(measure_name(measure.label))
        self.value.setText(measure.display())
        self.detail.setText(detail_text(measure) or " ")
        text, colour = " ", pick(MUTED, self).name()
        if change is not None and change.change is not None:
            arrow = "▲" if change.change > 0 else "▼" if change.change < 0 else "="
            text = f"{arrow} {change.change_text()}"
            if change.improved is not None:
                colour = pick(GOOD if change.improved else ERROR, self).name()
        elif change is not None:
            text = translate("reports.cards", "— no earlier figure")
        self.change.setText(text)
        self.change.setStyleSheet(f"font-size: 11px; color: {colour};")
        before = ""
        if change is not None and change.baseline is not None:
            before = f"\n{baseline_name}: {format_value(change.baseline, measure.unit)}"
        self.setToolTip(f"{measure_name(measure.label)} = {measure.formula_text()}{before}")
        self.setAccessibleName(f"{measure_name(measure.label)}: {measure.display()}")


class CardGrid:
    """The headline cards laid out in a grid inside `area`."""

    def __init__(self, area: QWidget) -> None:
        layout = QGridLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.cards: dict[str, MeasureCard] = {}
        for i, key in enumerate(HEADLINE):
            card = MeasureCard(key, area)
            layout.addWidget(card, i // COLUMNS, i % COLUMNS)
            self.cards[key] = card

    def show(
        self,
        measures: ProgramMeasures,
        comparison: Sequence[MeasureComparison],
        baseline_name: str,
    ) -> None:
        changes = {c.key: c for c in comparison}
        for key, card in self.cards.items():
            card.show_measure(measures, changes.get(key), baseline_name)
