"""Item models of the reports view: all measures (with a comparison), pairs at risk."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from mentordesk.core.measures import (
    AtRiskPair,
    Measure,
    MeasureComparison,
    format_value,
    label_text,
)
from mentordesk.gui.common import QT_TRANSLATE_NOOP, measure_name, readable, translate
from mentordesk.gui.reports.cards import detail_text

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
GOOD, BAD = QColor("#1b7f3b"), QColor("#b00020")


class MeasureTableModel(QAbstractTableModel):
    """One row per measure: section, measure, value, detail, [baseline, change], formula."""

    COL_SECTION, COL_LABEL, COL_VALUE, COL_DETAIL = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._measures: list[Measure] = []
        self._changes: dict[str, MeasureComparison] = {}
        self._baseline_title = ""

    def set_measures(
        self,
        measures: Sequence[Measure],
        comparison: Sequence[MeasureComparison] = (),
        baseline_title: str = "",
    ) -> None:
        self.beginResetModel()
        self._measures = list(measures)
        self._changes = {c.key: c for c in comparison}
        self._baseline_title = baseline_title if comparison else ""
        self.endResetModel()

    @property
    def has_comparison(self) -> bool:
        return bool(self._baseline_title)

    def _keys(self) -> list[str]:
        """The columns by what they hold (the headers are translated: never compare them)."""
        keys = ["Section", "Measure", "Value", "Detail"]
        if self.has_comparison:
            keys += ["Baseline", "Change"]
        return [*keys, "Formula"]

    def _headers(self) -> list[str]:
        headers = [
            translate("reports.models", "Section"),
            translate("reports.models", "Measure"),
            translate("reports.models", "Value"),
            translate("reports.models", "Detail"),
        ]
        if self.has_comparison:
            headers += [self._baseline_title, translate("reports.models", "Change")]
        return [*headers, translate("reports.models", "Formula")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._measures):
            return None
        measure = self._measures[index.row()]
        header = self._keys()[index.column()]
        change = self._changes.get(measure.key)
        if role == ROW_ROLE:
            return measure
        if role == Qt.ItemDataRole.ToolTipRole:
            return measure.formula_text()
        if role == Qt.ItemDataRole.ForegroundRole and header == "Change" and change:
            return None if change.improved is None else readable(GOOD if change.improved else BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and header in ("Value", "Baseline", "Change"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if header == "Section":
            return label_text(measure.section.value)
        if header == "Measure":
            return measure_name(measure.label)
        if header == "Value":
            return measure.display() if role == Qt.ItemDataRole.DisplayRole else measure.value
        if header == "Detail":
            return detail_text(measure)
        if header == "Formula":
            return measure.formula_text()
        if header == "Change":
            return change.change_text() if change else ""
        if change is None:
            return ""
        return format_value(change.baseline, measure.unit)


class AtRiskTableModel(QAbstractTableModel):
    """Pairs at risk with their reasons; ROW_ROLE gives the pair id."""

    HEADERS = (
        QT_TRANSLATE_NOOP("reports.models", "Pair"),
        QT_TRANSLATE_NOOP("reports.models", "Mentor → mentee"),
        QT_TRANSLATE_NOOP("reports.models", "Why"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AtRiskPair] = []

    def set_rows(self, rows: Sequence[AtRiskPair]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("reports.models", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        pair = self._rows[index.row()]
        if role == ROW_ROLE:
            return pair.pair_id
        if role == SORT_ROLE:
            return (pair.pair_id, pair.names, len(pair.reasons))[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"#{pair.pair_id}", pair.names, "\n".join(pair.reasons))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "\n".join(pair.reasons)
        return None
