"""Item models and the field delegate behind the import/export dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mentordesk.core.participant import FIELDS_BY_NAME, Kind, ParticipantInput
from mentordesk.gui.common import QT_TRANSLATE_NOOP, SortRole, readable, translate
from mentordesk.importing.mapping import ColumnMap, all_targets, remap, target_label
from mentordesk.importing.table import Table
from mentordesk.importing.values import cell_text

AnyIndex = QModelIndex | QPersistentModelIndex
COL_HEADER, COL_SAMPLE, COL_TARGET = range(3)
TargetRole = Qt.ItemDataRole.UserRole + 2


class RowsTableModel(QAbstractTableModel):
    """A read-only table of plain values (problems, duplicates, preview)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Any, ...]] = []

    def set_rows(
        self, rows: Sequence[tuple[Any, ...]], headers: Sequence[str] | None = None
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(value)
        if role == SortRole:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class MappingTableModel(QAbstractTableModel):
    """File column → field; the field column is editable (see FieldDelegate)."""

    mappingEdited = Signal(object)  # the new tuple[ColumnMap, ...]

    HEADERS = (
        QT_TRANSLATE_NOOP("roster.import_models", "Column in the file"),
        QT_TRANSLATE_NOOP("roster.import_models", "Example values"),
        QT_TRANSLATE_NOOP("roster.import_models", "Imports into"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mapping: tuple[ColumnMap, ...] = ()
        self._samples: list[str] = []

    def set_mapping(self, mapping: Sequence[ColumnMap], table: Table | None = None) -> None:
        self.beginResetModel()
        self.mapping = tuple(mapping)
        if table is not None:
            self._samples = [_samples(table, c.index) for c in self.mapping]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mapping)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.mapping[index.row()]
        if role == TargetRole:
            return column.target
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_HEADER:
                return column.header
            if index.column() == COL_SAMPLE:
                return self._samples[index.row()] if index.row() < len(self._samples) else ""
            return target_label(column.target)
        if role == Qt.ItemDataRole.ForegroundRole and column.target is None:
            from PySide6.QtGui import QColor

            return readable(QColor("#777777"))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        target = value or None
        if target == self.mapping[index.row()].target:
            return False
        self.set_mapping(remap(self.mapping, self.mapping[index.row()].index, target))
        self.mappingEdited.emit(self.mapping)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("roster.import_models", self.HEADERS[section])
        return None


def _samples(table: Table, index: int, count: int = 3) -> str:
    values = []
    for _, cells in table.rows:
        text = cell_text(cells[index]) if index < len(cells) else ""
        if text:
            values.append(" ".join(text.split())[:40])
        if len(values) >= count:
            break
    return " · ".join(values)


class FieldDelegate(QStyledItemDelegate):
    """A combo of every field (and "(ignore)") for the mapping table's last column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(target_label(None), None)
        for target in all_targets():
            combo.addItem(target_label(target), target)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(TargetRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def preview_rows(
    mapping: Sequence[ColumnMap], people: Sequence[tuple[int, ParticipantInput]]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(headers, rows) for the preview: the row number, then each mapped field's value."""
    names: list[str] = []
    for column in mapping:
        target = column.target
        if target in ("first_name", "last_name"):
            target = "full_name"
        if target is not None and target not in names:
            names.append(target)
    if "role" not in names:
        names.insert(1, "role")
    headers = [translate("roster.import_models", "Row"), *(FIELDS_BY_NAME[n].label for n in names)]
    rows = []
    for row_number, person in people:
        cells: list[Any] = [row_number]
        for name in names:
            value = getattr(person, name)
            if FIELDS_BY_NAME[name].kind is Kind.LIST:
                value = "; ".join(value)
            elif FIELDS_BY_NAME[name].kind is Kind.BOOL:
                value = "yes" if value else "no"
            elif hasattr(value, "value"):
                value = value.value
            cells.append(value)
        rows.append(tuple(cells))
    return headers, rows
