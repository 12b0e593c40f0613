"""Start the next cycle: the coordinator ticks who continues; the rollover service does the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, label, translate
from mentordesk.gui.forms.ui_rollover_dialog import Ui_RolloverDialog
from mentordesk.services.programs import ProgramService
from mentordesk.services.reports import (
    RolloverCandidate,
    RolloverResult,
    rollover,
    rollover_candidates,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CandidateTableModel(QAbstractTableModel):
    """Members of the old program; column 0 is a check box: continues or not."""

    HEADERS = (
        QT_TRANSLATE_NOOP("reports.rollover_dialog", "Continues"),
        QT_TRANSLATE_NOOP("reports.rollover_dialog", "Name"),
        QT_TRANSLATE_NOOP("reports.rollover_dialog", "Role"),
        QT_TRANSLATE_NOOP("reports.rollover_dialog", "Status"),
        QT_TRANSLATE_NOOP("reports.rollover_dialog", "Screening"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RolloverCandidate] = []
        self.chosen: set[int] = set()

    def set_rows(self, rows: Sequence[RolloverCandidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.chosen = {r.participant_id for r in rows if r.continues_by_default}
        self.endResetModel()

    def choose(self, ids: set[int]) -> None:
        self.chosen = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("reports.rollover_dialog", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        chosen = row.participant_id in self.chosen
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            return int(chosen) if role == SORT_ROLE else None
        values = (
            "",
            row.name,
            label(row.role),
            label(row.status),
            label(row.screening) if row.screening else "",
        )
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return values[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        pid = self.rows[index.row()].participant_id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.chosen.add(pid)
        else:
            self.chosen.discard(pid)
        self.dataChanged.emit(index, index, [role])
        return True


class RolloverDialog(QDialog):
    def __init__(
        self, ctx: AppContext, program_id: int, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.program_id = ctx, program_id
        self.result_: RolloverResult | None = None
        self.ui = Ui_RolloverDialog()
        self.ui.setupUi(self)
        program = ProgramService(ctx.db).get(program_id)
        self.setWindowTitle(
            translate("reports.rollover_dialog", "Start the next cycle from {name}").format(
                name=program.name
            )
        )
        self.ui.nameEdit.setText(_next_name(program.name))
        start = _plus_year(program.start_date or today)
        end = _plus_year(program.end_date or (program.start_date or today) + dt.timedelta(days=364))
        self.ui.startDate.setDate(QDate(start.year, start.month, start.day))
        self.ui.endDate.setDate(QDate(end.year, end.month, end.day))
        self.model = CandidateTableModel(self)
        self.model.set_rows(rollover_candidates(ctx.db, program_id, today))
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(proxy)
        self.ui.table.verticalHeader().hide()
        self.ui.table.verticalHeader().setDefaultSectionSize(24)
        self.ui.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.ok_button().setText(translate("reports.rollover_dialog", "Create the next cycle"))
        self.ui.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._connect_signals()
        self._update_count()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.allButton.clicked.connect(
            lambda: self.model.choose({r.participant_id for r in self.model.rows})
        )
        self.ui.noneButton.clicked.connect(lambda: self.model.choose(set()))
        self.ui.defaultButton.clicked.connect(
            lambda: self.model.choose(
                {r.participant_id for r in self.model.rows if r.continues_by_default}
            )
        )
        self.model.dataChanged.connect(lambda *_: self._update_count())
        self.ui.nameEdit.textChanged.connect(lambda _t: self.ui.nameError.clear())

    def _update_count(self) -> None:
        total = len(self.model.rows)
        self.ui.countLabel.setText(
            translate("reports.rollover_dialog", "{v0} of {total} participants continue").format(
                v0=len(self.model.chosen), total=total
            )
        )

    def accept(self) -> None:
        """Run the rollover; errors are shown next to their field and the dialog stays open."""
        self.ui.nameError.clear()
        self.ui.datesError.clear()
        qs, qe = self.ui.startDate.date(), self.ui.endDate.date()
        try:
            self.result_, changes = rollover(
                self.ctx.db,
                self.program_id,
                self.ui.nameEdit.text(),
                participant_ids=sorted(self.model.chosen),
                start_date=dt.date(qs.year(), qs.month(), qs.day()),
                end_date=dt.date(qe.year(), qe.month(), qe.day()),
                archive_old=self.ui.archiveCheck.isChecked(),
            )
        except ValidationError as error:
            target = self.ui.datesError if "end_date" in error.fields else self.ui.nameError
            target.setText(str(error))
            return
        except MentorDeskError as error:
            self.ui.nameError.setText(str(error))
            return
        self.ctx.broadcast(changes)
        super().accept()

    def ok_button(self) -> Any:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _plus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _next_name(name: str) -> str:
    """'Cycle 2026' → 'Cycle 2027'; '2025-26 mentoring' → '2026-27 mentoring'; else '… (next)'."""
    words = name.split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.isdigit() and len(word) == 4:
            words[i] = str(int(word) + 1)
            return " ".join(words)
        parts = word.split("-")
        if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
            width = len(parts[1])
            words[i] = f"{int(parts[0]) + 1}-{(int(parts[1]) + 1) % 10**width:0{width}d}"
            return " ".join(words)
    return translate("reports.rollover_dialog", "{name} (next)").format(name=name)
