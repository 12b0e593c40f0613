"""The tabs of the pair detail that are logs: Meetings and Check-ins (RecordsTab), Closure.

Each tab shows a `PairDetail` (`show_detail`) and sends edits as undo commands through its
`host` (the PairsView), which owns the service, the context and `today`. Shared helpers
(`Host`, `setup_table`, `selected_row`) live here too.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import PairStatus
from mentordesk.gui.common import (
    AppContext,
    Column,
    RowRole,
    RowTableModel,
    fit_columns_once,
    label,
    readable_css,
    translate,
)
from mentordesk.gui.forms.ui_pair_closure_tab import Ui_ClosureTab
from mentordesk.gui.forms.ui_pair_records_tab import Ui_RecordsTab
from mentordesk.gui.pairs.commands import (
    AddRecord,
    DeleteRecord,
    EditRecord,
    PairCommand,
)
from mentordesk.gui.pairs.models import (
    EVENT_COLUMNS,
    fmt_date,
    sorting_proxy,
)
from mentordesk.services.pairs import PairDetail, PairService


class Host(Protocol):
    ctx: AppContext

    def service(self) -> PairService: ...

    @property
    def today_date(self) -> dt.date: ...

    def run(self, command: PairCommand, *, raise_errors: bool = False) -> bool: ...

    def change_status(self, action: str) -> bool: ...

    def confirm_leave(self, parent: QWidget | None = None, *, can_cancel: bool = True) -> bool: ...


def setup_table(view: Any, model: RowTableModel[Any], stretch: int, proxy: Any = None) -> Any:
    proxy = proxy if proxy is not None else sorting_proxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.verticalHeader().setVisible(False)
    fit_columns_once(view, stretch)  # sized from a sample once per load, not on every paint
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return proxy


def selected_row(view: Any) -> Any:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, RowRole)


# --------------------------------------------------------------------------- records


class RecordsTab(QWidget):
    """A log of records (meetings or check-ins): summary line, add/edit/delete, a table.
    `noun` names one record and `title` the list (both translated: "meeting", "Meetings")."""

    def __init__(
        self,
        host: Host,
        noun: str,
        title: str,
        columns: Sequence[Column[Any]],
        rows: Callable[[PairDetail], Sequence[Any]],
        summary: Callable[[PairDetail], str],
        new_row: Callable[[PairDetail], Any],
        dialog: Callable[[Any, QWidget, PairDetail], Any],
        add: Callable[[PairService, int, Any], tuple[Any, ChangeSet]],
        update: Callable[[PairService, int, Any], tuple[Any, ChangeSet]],
        delete: Callable[[PairService, int], ChangeSet],
        stretch: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host, self.noun = host, noun
        self.rows, self.summary, self.new_row, self.dialog = rows, summary, new_row, dialog
        self.add_fn, self.update_fn, self.delete_fn = add, update, delete
        self.ui = Ui_RecordsTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        setup_table(self.ui.recordsTable, self.model, stretch=stretch)
        self.ui.recordsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.ui.recordsTable.setAccessibleName(title)
        self.ui.confidentialHint.setText(
            translate("pairs.tabs", "Notes in amber are confidential: never printed or exported")
        )
        self.ui.addButton.setText(translate("pairs.tabs", "Add {noun}…").format(noun=noun))
        self.detail: PairDetail | None = None
        self.ui.addButton.clicked.connect(self.add_record)
        self.ui.editButton.clicked.connect(self.edit_record)
        self.ui.deleteButton.clicked.connect(self.delete_record)
        self.ui.recordsTable.doubleClicked.connect(lambda _i: self.edit_record())

    def show_detail(self, detail: PairDetail) -> None:
        self.detail = detail
        self.model.set_rows(self.rows(detail))
        self.ui.summaryLabel.setText(readable_css(self.summary(detail), self))

    def _open(self, value: Any, save: Callable[[Any], None]) -> bool:
        assert self.detail is not None
        dlg = self.dialog(value, self, self.detail)
        dlg.on_save = save
        return bool(dlg.exec())

    def add_record(self) -> bool:
        if self.detail is None:
            return False
        pair_id = self.detail.id

        def save(value: Any) -> None:
            self.host.run(
                AddRecord(
                    self.host.ctx,
                    self.host.service,
                    translate("pairs.tabs", "Add {noun}").format(noun=self.noun),
                    lambda s: self.add_fn(s, pair_id, value),
                    self.delete_fn,
                ),
                raise_errors=True,
            )

        return self._open(self.new_row(self.detail), save)

    def edit_record(self) -> bool:
        old = selected_row(self.ui.recordsTable)
        if old is None:
            return False
        record_id = old.id

        def save(value: Any) -> None:
            self.host.run(
                EditRecord(
                    self.host.ctx,
                    self.host.service,
                    translate("pairs.tabs", "Edit {noun}").format(noun=self.noun),
                    lambda s, v: self.update_fn(s, record_id, v),
                    old,
                    value,
                ),
                raise_errors=True,
            )

        return self._open(old, save)

    def delete_record(self) -> None:
        old = selected_row(self.ui.recordsTable)
        if old is None or self.detail is None:
            return
        pair_id = self.detail.id
        self.host.run(
            DeleteRecord(
                self.host.ctx,
                self.host.service,
                translate("pairs.tabs", "Delete {noun}").format(noun=self.noun),
                old.id,
                self.delete_fn,
                lambda s: self.add_fn(s, pair_id, old),
            )
        )


# --------------------------------------------------------------------------- closure


class ClosureTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_ClosureTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[Any] = RowTableModel(EVENT_COLUMNS, self)
        setup_table(self.ui.eventsTable, self.model, stretch=3)
        self.ui.eventsTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui = self.ui
        ui.tabCloseButton.clicked.connect(lambda: host.change_status("close"))
        ui.tabReopenButton.clicked.connect(lambda: host.change_status("reopen"))
        ui.tabPauseButton.clicked.connect(lambda: host.change_status("pause"))
        ui.tabResumeButton.clicked.connect(lambda: host.change_status("resume"))

    def show_detail(self, detail: PairDetail) -> None:
        self.model.set_rows(detail.events)
        status = detail.status
        ui = self.ui
        ui.tabCloseButton.setEnabled(status is not PairStatus.CLOSED)
        ui.tabReopenButton.setEnabled(status is PairStatus.CLOSED)
        ui.tabPauseButton.setEnabled(status is PairStatus.ACTIVE)
        ui.tabResumeButton.setEnabled(status is PairStatus.PAUSED)
        e = html.escape
        closure = detail.current_closure
        if closure is not None:
            kind = (
                translate("pairs.tabs", "completed as planned")
                if closure.type.value == "completed"
                else translate("pairs.tabs", "ended early")
            )
            text = translate(
                "pairs.tabs",
                "<b>Closed on {date}: {kind}</b><br>Reason: {reason} · initiated by {who} · "
                "rematch: {rematch}<br>Mentor's exit feedback: {mentor_feedback}<br>"
                "Mentee's exit feedback: {mentee_feedback}",
            ).format(
                date=fmt_date(closure.date),
                kind=kind,
                reason=e(label(closure.reason_code)),
                who=e(label(closure.initiated_by) if closure.initiated_by else "—"),
                rematch=e(label(closure.rematch) if closure.rematch else "—"),
                mentor_feedback=e(closure.mentor_feedback or "—"),
                mentee_feedback=e(closure.mentee_feedback or "—"),
            )
        elif status is PairStatus.PAUSED:
            text = translate("pairs.tabs", "<b>Paused</b>: {reason}").format(
                reason=e(detail.pause_reason or translate("pairs.tabs", "no reason given"))
            )
        else:
            text = translate(
                "pairs.tabs", "<b>The pair is {value}.</b> Close it here when it ends."
            ).format(value=label(status))
        reopened = [c for c in detail.closures if c.reopened_on]
        for c in reopened:
            text += translate(
                "pairs.tabs",
                "<br><span style='color:#707070'>Earlier closure {v0} ({v1}), reopened {v2}</span>",
            ).format(v0=fmt_date(c.date), v1=e(label(c.reason_code)), v2=fmt_date(c.reopened_on))
        ui.closureStateLabel.setText(readable_css(text, self))
