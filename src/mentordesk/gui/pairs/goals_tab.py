"""The Goals tab of the pair detail: SMART goals, action steps, progress log."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.core.enums import GoalStatus
from mentordesk.gui.common import RowTableModel, label, translate
from mentordesk.gui.forms.ui_pair_goals_tab import Ui_GoalsTab
from mentordesk.gui.pairs.commands import (
    AddRecord,
    DeleteRecord,
    EditRecord,
    PairCommand,
)
from mentordesk.gui.pairs.dialogs import (
    GoalDialog,
    ProgressDialog,
)
from mentordesk.gui.pairs.models import GOAL_COLUMNS, fmt_date
from mentordesk.gui.pairs.tabs import Host, selected_row, setup_table
from mentordesk.services.pairs import GoalData, PairDetail

# --------------------------------------------------------------------------- goals


class GoalsTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_GoalsTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[GoalData] = RowTableModel(GOAL_COLUMNS, self)
        setup_table(self.ui.goalsTable, self.model, stretch=0)
        self.ui.goalsTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by priority
        self.ui.goalsSplitter.setSizes([560, 440])
        self.detail: PairDetail | None = None
        ui = self.ui
        ui.addGoalButton.clicked.connect(self.add_goal)
        ui.editGoalButton.clicked.connect(self.edit_goal)
        ui.progressButton.clicked.connect(self.log_progress)
        ui.deleteGoalButton.clicked.connect(self.delete_goal)
        ui.goalsTable.doubleClicked.connect(lambda _i: self.edit_goal())
        ui.goalsTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())

    def show_detail(self, detail: PairDetail) -> None:
        current = selected_row(self.ui.goalsTable)
        self.detail = detail
        self.model.set_rows(detail.goals)
        done = sum(1 for g in detail.goals if g.status is GoalStatus.COMPLETED)
        self.ui.goalsCountLabel.setText(
            translate(
                "pairs.goals_tab", "%n goal(s), {done} completed", None, len(detail.goals)
            ).format(done=done)
        )
        row = next((i for i, g in enumerate(detail.goals) if current and g.id == current.id), 0)
        if detail.goals:
            self.ui.goalsTable.selectRow(row)
        self._show_goal()

    def _show_goal(self) -> None:
        goal = selected_row(self.ui.goalsTable)
        self.ui.goalDetail.setHtml(
            goal_html(goal) if goal else translate("pairs.goals_tab", "<i>No goal selected.</i>")
        )

    def _save(self, make: Callable[[Any], PairCommand]) -> Callable[[Any], object]:
        return lambda value: self.host.run(make(value), raise_errors=True)

    def add_goal(self) -> bool:
        if self.detail is None:
            return False
        pair_id, ctx, svc = self.detail.id, self.host.ctx, self.host.service
        dlg = GoalDialog(GoalData(), self)
        dlg.on_save = self._save(
            lambda v: AddRecord(
                ctx,
                svc,
                translate("pairs.goals_tab", "Add goal"),
                lambda s: s.add_goal(pair_id, v),
                lambda s, i: s.delete_goal(i),
            )
        )
        return bool(dlg.exec())

    def edit_goal(self) -> bool:
        old = selected_row(self.ui.goalsTable)
        if old is None:
            return False
        dlg = GoalDialog(old, self)
        dlg.on_save = self._save(
            lambda v: self._edit_command(old, v, translate("pairs.goals_tab", "Edit goal"))
        )
        return bool(dlg.exec())

    def log_progress(self) -> bool:
        old = selected_row(self.ui.goalsTable)
        if old is None:
            QMessageBox.information(
                self,
                translate("pairs.goals_tab", "Log progress"),
                translate("pairs.goals_tab", "Select a goal first."),
            )
            return False
        dlg = ProgressDialog(old, self.host.today_date, self)
        dlg.on_save = self._save(
            lambda v: self._edit_command(old, v, translate("pairs.goals_tab", "Log progress"))
        )
        return bool(dlg.exec())

    def _edit_command(self, old: GoalData, new: GoalData, text: str) -> PairCommand:
        return EditRecord(
            self.host.ctx, self.host.service, text, lambda s, v: s.update_goal(old.id, v), old, new
        )

    def delete_goal(self) -> None:
        old = selected_row(self.ui.goalsTable)
        if old is None or self.detail is None:
            return
        pair_id = self.detail.id
        self.host.run(
            DeleteRecord(
                self.host.ctx,
                self.host.service,
                translate("pairs.goals_tab", "Delete goal"),
                old.id,
                lambda s, i: s.delete_goal(i),
                lambda s: s.add_goal(pair_id, old),
            )
        )


def goal_html(g: GoalData) -> str:
    e = html.escape
    steps = "".join(
        f"<li>{e(s.description)} — due {fmt_date(s.due_date)} — <b>{e(label(s.status))}</b></li>"
        for s in g.steps
    ) or translate("pairs.goals_tab", "<li><i>none yet</i></li>")
    log = "".join(
        f"<li>{fmt_date(p.date)}: {p.percent} %"
        + (f" — {e(p.comment)}" if p.comment else "")
        + "</li>"
        for p in reversed(g.progress)
    ) or translate("pairs.goals_tab", "<li><i>no progress logged</i></li>")
    rows = [
        (translate("pairs.goals_tab", "Measure of success"), g.measure or "—"),
        (translate("pairs.goals_tab", "Target date"), fmt_date(g.target_date)),
        (translate("pairs.goals_tab", "Priority"), str(g.priority)),
        (
            translate("pairs.goals_tab", "Status"),
            label(g.status)
            + (
                translate("pairs.goals_tab", " on {date}").format(date=fmt_date(g.completed_on))
                if g.completed_on
                else ""
            ),
        ),
        (translate("pairs.goals_tab", "Resources"), g.resources or "—"),
        (translate("pairs.goals_tab", "Mentor's role"), g.mentor_role or "—"),
        (translate("pairs.goals_tab", "In the IDP"), "yes" if g.in_idp else "no"),
    ]
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
    return translate(
        "pairs.goals_tab",
        "<h3>{v0}</h3><table>{table}</table><p><b>Action "
        "steps</b></p><ul>{steps}</ul><p><b>Progress log</b> (latest {percent} "
        "%)</p><ul>{log}</ul>",
    ).format(v0=e(g.statement), table=table, steps=steps, percent=g.percent, log=log)
