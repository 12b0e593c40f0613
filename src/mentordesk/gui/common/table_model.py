"""The one generic read-only table model: a list of frozen rows shown through column specs.

Every model exposes `SortRole` (the raw value, so dates and numbers sort right) and `RowRole`
(the frozen dataclass of the row). Views sit behind a `QSortFilterProxyModel`, or sort in the
model itself (`sort`), which keeps big tables fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from mentordesk.gui.common.colors import readable
from mentordesk.gui.common.i18n import translate

Row = TypeVar("Row")
#: The raw value a column sorts by (numbers as numbers, dates as ISO strings).
SortRole = Qt.ItemDataRole.UserRole + 1
#: The row object itself.
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#8a8a8a")


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its title, the cell text and, optionally, sort key, tooltip and look."""

    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None
    color: Callable[[Row], QColor | None] | None = None
    bold: Callable[[Row], bool] | None = None
    header_tip: str = ""


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of frozen rows, one column definition per column.

    `muted(row)` greys a whole row out, `background(row)` tints it; a column's own `color`
    wins over `muted`.
    """

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self.muted: Callable[[Row], bool] = lambda _row: False
        self.background: Callable[[Row], QColor | None] = lambda _row: None
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def row_at(self, index: QModelIndex) -> Row | None:
        return self.rows[index.row()] if index.isValid() else None

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort or spec.text
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with the column's key: one key call per row, not one per comparison."""
        if not 0 <= column < len(self.columns):
            self._sorted = None
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.rows[i.row()], i.column()) for i in persistent]
        self._sort_rows(column, order)
        where = {id(row): k for k, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent, [self.index(where[id(row)], c) for row, c in kept]
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            # Titles declared at module level are marked QT_TRANSLATE_NOOP("Column", …) and
            # translated here; titles translated where the columns are built pass unchanged.
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Column", self.columns[section].title)
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].header_tip:
                return translate("Column", self.columns[section].header_tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            return _sortable(column.sort(row) if column.sort else column.text(row))
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip(row) or None) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = column.color(row) if column.color else None
            if color is None and self.muted(row):
                color = MUTED
            return QBrush(readable(color)) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            color = self.background(row)
            return QBrush(readable(color)) if color else None
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


class SourceSortProxy(QSortFilterProxyModel):
    """Filters here, sorts in the source model (`RowTableModel.sort`): sorting thousands of rows
    through lessThan() would call data() from Python hundreds of thousands of times."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def _sortable(value: Any) -> Any:
    """Dates as ISO strings, None last-ish: Qt compares QVariants of one type only."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def fit_columns_once(view: Any, stretch: int | None = None, sample: int = 40) -> None:
    """Size the view's columns to their contents once per reset of its model, from `sample`
    rows, instead of ResizeToContents (which measures again on every layout change and paint
    of a table of thousands of rows, calling data() tens of thousands of times from Python).
    The `stretch` column takes the room left; the coordinator can still drag the others.
    A table that is not on screen (a hidden tab or view) is measured when it is next shown;
    once measured with rows, a reload (after Approve all, say) keeps the widths: measuring
    again costs the UI thread tens of milliseconds per table and undoes the coordinator's
    own widths."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setResizeContentsPrecision(sample)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    pending = [False]
    stale = [False]
    fitted = [False]  # measured with rows in the model

    def fit() -> None:
        pending[0] = False
        model = view.model()
        if fitted[0] or model is None:
            return
        if not view.isVisible():
            stale[0] = True  # measured on the next Show event
            return
        stale[0] = False
        fitted[0] = model.rowCount() > 0
        for column in range(header.count()):
            if column != stretch:
                view.resizeColumnToContents(column)

    def later(*_args: Any) -> None:
        if not pending[0]:
            pending[0] = True
            QTimer.singleShot(0, header, fit)  # dropped if the view is gone by then

    class _OnShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and stale[0]:
                later()
            return False

    view._fit_on_show = _OnShow(view)  # kept with the view
    view.installEventFilter(view._fit_on_show)
    model = view.model()
    model.modelReset.connect(later)
    model.layoutChanged.connect(later)
    later()
