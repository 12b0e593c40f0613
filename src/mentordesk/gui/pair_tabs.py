"""The tabs of the pair detail: Agreement, Goals, Meetings, Check-ins, IDP, Closure.

Each tab shows a `PairDetail` (`show_detail`) and sends edits as undo commands through its
`host` (the PairsView), which owns the service, the context and `today`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QWidget

from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import AgreementStatus, GoalStatus, MeetingFormat, PairStatus
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.context import AppContext
from mentordesk.gui.forms.ui_pair_agreement_tab import Ui_AgreementTab
from mentordesk.gui.forms.ui_pair_closure_tab import Ui_ClosureTab
from mentordesk.gui.forms.ui_pair_goals_tab import Ui_GoalsTab
from mentordesk.gui.forms.ui_pair_idp_tab import Ui_IdpTab
from mentordesk.gui.forms.ui_pair_records_tab import Ui_RecordsTab
from mentordesk.gui.pair_commands import (
    AddRecord,
    DeleteRecord,
    EditRecord,
    PairCommand,
    SaveAgreement,
    SaveIdp,
)
from mentordesk.gui.pair_dialogs import (
    GoalDialog,
    ProgressDialog,
    fill_combo,
    get_date,
    set_date,
    show_error,
)
from mentordesk.gui.pair_models import (
    EVENT_COLUMNS,
    GOAL_COLUMNS,
    Column,
    RecordTableModel,
    RowRole,
    fmt_date,
    sorting_proxy,
)
from mentordesk.services.pair_types import AgreementData, GoalData, IdpData, PairDetail
from mentordesk.services.pairs import PairService


class Host(Protocol):
    ctx: AppContext

    def service(self) -> PairService: ...

    @property
    def today_date(self) -> dt.date: ...

    def run(self, command: PairCommand, *, raise_errors: bool = False) -> bool: ...

    def change_status(self, action: str) -> bool: ...


def setup_table(view: Any, model: RecordTableModel[Any], stretch: int, proxy: Any = None) -> Any:
    proxy = proxy if proxy is not None else sorting_proxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return proxy


def selected_row(view: Any) -> Any:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, RowRole)


# --------------------------------------------------------------------------- agreement


class AgreementTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_AgreementTab()
        self.ui.setupUi(self)
        self.detail: PairDetail | None = None
        fill_combo(self.ui.formatCombo, ["", *[f.value for f in MeetingFormat]], "")
        fill_combo(self.ui.agreementStatusCombo, [s.value for s in AgreementStatus], "draft")
        ui = self.ui
        self.fields: dict[str, QWidget] = {
            "meeting_minutes": ui.minutesSpin,
            "meeting_format": ui.formatCombo,
            "duration_months": ui.durationSpin,
            "notice_days": ui.noticeSpin,
            "mentor_signed_on": ui.mentorSignedEdit,
            "mentee_signed_on": ui.menteeSignedEdit,
            "guardian_signed_on": ui.guardianSignedEdit,
            "coordinator_signed_on": ui.coordinatorSignedEdit,
        }
        ui.saveAgreementButton.clicked.connect(self.save)
        ui.revertAgreementButton.clicked.connect(self.revert)

    def show_detail(self, detail: PairDetail) -> None:
        self.detail = detail
        self._fill(detail.agreement)
        ui = self.ui
        if detail.agreement_saved:
            state = f"Agreement {detail.agreement.status.value}."
        else:
            state = "Pre-filled from the program's defaults, not saved yet: adjust and save."
        ui.agreementStateLabel.setText(state)
        minor = detail.summary.has_minor
        ui.guardianSignedEdit.setEnabled(minor)
        ui.guardianSignedEditLabel.setText(
            "Guardian signed" if minor else "Guardian signed (adults: not needed)"
        )
        goals = [g for g in detail.goals if g.status is not GoalStatus.DROPPED][:3]
        ui.agreementGoalsLabel.setText(
            "<br>".join(
                f"{n}. {html.escape(g.statement)}" + (" <i>(IDP)</i>" if g.in_idp else "")
                for n, g in enumerate(goals, 1)
            )
            or "<i>No goals yet: add them in the Goals tab.</i>"
        )
        show_error(self, ui.agreementErrorLabel, MentorDeskError(""), self.fields)

    def _fill(self, a: AgreementData) -> None:
        ui = self.ui
        ui.frequencyEdit.setText(a.meeting_frequency)
        ui.minutesSpin.setValue(a.meeting_minutes or 0)
        fill_combo(ui.formatCombo, ["", *[f.value for f in MeetingFormat]], a.meeting_format)
        ui.usualTimeEdit.setText(a.usual_time)
        ui.placeEdit.setText(a.place)
        ui.contactEdit.setPlainText(a.contact_between)
        ui.durationSpin.setValue(a.duration_months or 0)
        set_date(ui.midpointEdit, a.midpoint_review_date)
        ui.noticeSpin.setValue(a.notice_days or 0)
        ui.agreementStatusCombo.setCurrentText(a.status.value)
        set_date(ui.mentorSignedEdit, a.mentor_signed_on)
        set_date(ui.menteeSignedEdit, a.mentee_signed_on)
        set_date(ui.guardianSignedEdit, a.guardian_signed_on)
        set_date(ui.coordinatorSignedEdit, a.coordinator_signed_on)
        ui.confidentialityEdit.setPlainText(a.confidentiality)
        ui.boundariesEdit.setPlainText(a.boundaries)
        ui.obligationsEdit.setPlainText(a.obligations)
        ui.endingEdit.setPlainText(a.ending_clause)

    def value(self) -> AgreementData:
        assert self.detail is not None
        ui = self.ui
        return dataclasses.replace(
            self.detail.agreement,
            meeting_frequency=ui.frequencyEdit.text().strip(),
            meeting_minutes=ui.minutesSpin.value() or None,
            meeting_format=ui.formatCombo.currentText(),
            usual_time=ui.usualTimeEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            contact_between=ui.contactEdit.toPlainText().strip(),
            duration_months=ui.durationSpin.value() or None,
            midpoint_review_date=get_date(ui.midpointEdit),
            notice_days=ui.noticeSpin.value(),
            status=AgreementStatus(ui.agreementStatusCombo.currentText()),
            mentor_signed_on=get_date(ui.mentorSignedEdit),
            mentee_signed_on=get_date(ui.menteeSignedEdit),
            guardian_signed_on=get_date(ui.guardianSignedEdit),
            coordinator_signed_on=get_date(ui.coordinatorSignedEdit),
            confidentiality=ui.confidentialityEdit.toPlainText().strip(),
            boundaries=ui.boundariesEdit.toPlainText().strip(),
            obligations=ui.obligationsEdit.toPlainText().strip(),
            ending_clause=ui.endingEdit.toPlainText().strip(),
        )

    def save(self) -> bool:
        if self.detail is None:
            return False
        d = self.detail
        command = SaveAgreement(
            self.host.ctx, self.host.service, d.id, d.agreement, d.agreement_saved, self.value()
        )
        try:
            return self.host.run(command, raise_errors=True)
        except MentorDeskError as error:
            show_error(self, self.ui.agreementErrorLabel, error, self.fields)
            return False

    def revert(self) -> None:
        if self.detail is not None:
            self.show_detail(self.detail)


# --------------------------------------------------------------------------- records


class RecordsTab(QWidget):
    """A log of records (meetings or check-ins): summary line, add/edit/delete, a table."""

    def __init__(
        self,
        host: Host,
        noun: str,
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
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        setup_table(self.ui.recordsTable, self.model, stretch=stretch)
        self.ui.recordsTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.ui.recordsTable.setAccessibleName(noun.capitalize() + "s")
        self.ui.confidentialHint.setText(
            "Notes in amber are confidential: never printed or exported"
        )
        self.ui.addButton.setText(f"Add {noun}…")
        self.detail: PairDetail | None = None
        self.ui.addButton.clicked.connect(self.add_record)
        self.ui.editButton.clicked.connect(self.edit_record)
        self.ui.deleteButton.clicked.connect(self.delete_record)
        self.ui.recordsTable.doubleClicked.connect(lambda _i: self.edit_record())

    def show_detail(self, detail: PairDetail) -> None:
        self.detail = detail
        self.model.set_rows(self.rows(detail))
        self.ui.summaryLabel.setText(self.summary(detail))

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
                    f"Add {self.noun}",
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
                    f"Edit {self.noun}",
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
                f"Delete {self.noun}",
                old.id,
                self.delete_fn,
                lambda s: self.add_fn(s, pair_id, old),
            )
        )


# --------------------------------------------------------------------------- goals


class GoalsTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_GoalsTab()
        self.ui.setupUi(self)
        self.model: RecordTableModel[GoalData] = RecordTableModel(GOAL_COLUMNS, self)
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
        self.ui.goalsCountLabel.setText(f"{len(detail.goals)} goal(s), {done} completed")
        row = next((i for i, g in enumerate(detail.goals) if current and g.id == current.id), 0)
        if detail.goals:
            self.ui.goalsTable.selectRow(row)
        self._show_goal()

    def _show_goal(self) -> None:
        goal = selected_row(self.ui.goalsTable)
        self.ui.goalDetail.setHtml(goal_html(goal) if goal else "<i>No goal selected.</i>")

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
                "Add goal",
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
        dlg.on_save = self._save(lambda v: self._edit_command(old, v, "Edit goal"))
        return bool(dlg.exec())

    def log_progress(self) -> bool:
        old = selected_row(self.ui.goalsTable)
        if old is None:
            QMessageBox.information(self, "Log progress", "Select a goal first.")
            return False
        dlg = ProgressDialog(old, self.host.today_date, self)
        dlg.on_save = self._save(lambda v: self._edit_command(old, v, "Log progress"))
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
                "Delete goal",
                old.id,
                lambda s, i: s.delete_goal(i),
                lambda s: s.add_goal(pair_id, old),
            )
        )


def goal_html(g: GoalData) -> str:
    e = html.escape
    steps = (
        "".join(
            f"<li>{e(s.description)} — due {fmt_date(s.due_date)} — <b>{e(s.status.value)}</b></li>"
            for s in g.steps
        )
        or "<li><i>none yet</i></li>"
    )
    log = (
        "".join(
            f"<li>{fmt_date(p.date)}: {p.percent} %"
            + (f" — {e(p.comment)}" if p.comment else "")
            + "</li>"
            for p in reversed(g.progress)
        )
        or "<li><i>no progress logged</i></li>"
    )
    rows = [
        ("Measure of success", g.measure or "—"),
        ("Target date", fmt_date(g.target_date)),
        ("Priority", str(g.priority)),
        ("Status", g.status.value + (f" on {fmt_date(g.completed_on)}" if g.completed_on else "")),
        ("Resources", g.resources or "—"),
        ("Mentor's role", g.mentor_role or "—"),
        ("In the IDP", "yes" if g.in_idp else "no"),
    ]
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
    return (
        f"<h3>{e(g.statement)}</h3><table>{table}</table>"
        f"<p><b>Action steps</b></p><ul>{steps}</ul>"
        f"<p><b>Progress log</b> (latest {g.percent} %)</p><ul>{log}</ul>"
    )


# --------------------------------------------------------------------------- IDP


class IdpTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_IdpTab()
        self.ui.setupUi(self)
        self.detail: PairDetail | None = None
        self.fields: dict[str, QWidget] = {
            "baseline_rating": self.ui.baselineSpin,
            "final_rating": self.ui.finalSpin,
            "period_end": self.ui.periodEndEdit,
        }
        self.ui.saveIdpButton.clicked.connect(self.save)
        self.ui.revertIdpButton.clicked.connect(self._fill_current)
        self.ui.menteeCombo.currentIndexChanged.connect(lambda _i: self._fill_current())

    def show_detail(self, detail: PairDetail) -> None:
        self.detail = detail
        combo = self.ui.menteeCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for idp in detail.idps:
            combo.addItem(idp.mentee_name, idp.participant_id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.setEnabled(len(detail.idps) > 1)
        combo.blockSignals(False)
        self._fill_current()

    def current(self) -> IdpData | None:
        if self.detail is None or not self.detail.idps:
            return None
        return self.detail.idps[max(0, self.ui.menteeCombo.currentIndex())]

    def _fill_current(self) -> None:
        idp = self.current()
        ui = self.ui
        if idp is None:
            return
        ui.idpStateLabel.setText(
            f"Individual Development Plan of {idp.mentee_name}."
            + ("" if idp.id else " Not saved yet: fill in and save.")
        )
        set_date(ui.periodStartEdit, idp.period_start)
        set_date(ui.periodEndEdit, idp.period_end)
        set_date(ui.idpMidpointEdit, idp.midpoint_review_date)
        set_date(ui.finalReviewEdit, idp.final_review_date)
        ui.baselineSpin.setValue(idp.baseline_rating or 0)
        ui.finalSpin.setValue(idp.final_rating or 0)
        set_date(ui.idpMenteeSignedEdit, idp.mentee_signed_on)
        set_date(ui.idpMentorSignedEdit, idp.mentor_signed_on)
        set_date(ui.idpCoordinatorSignedEdit, idp.coordinator_signed_on)
        ui.strengthsEdit.setPlainText(idp.strengths)
        ui.growthEdit.setPlainText(idp.growth_areas)
        ui.shortTermEdit.setPlainText(idp.short_term_aspirations)
        ui.longTermEdit.setPlainText(idp.long_term_aspirations)
        goals = "".join(
            f"<p><b>{html.escape(g.statement)}</b> ({g.percent} %)<br>"
            f"Action plan: {html.escape('; '.join(s.description for s in g.steps) or '—')}<br>"
            f"Resources: {html.escape(g.resources or '—')}<br>"
            f"Mentor's role: {html.escape(g.mentor_role or '—')}</p>"
            for g in idp.goals
        )
        ui.idpGoalsBrowser.setHtml(
            goals or "<i>No IDP goals yet: in the Goals tab, tick “Part of the mentee's IDP”.</i>"
        )
        show_error(self, ui.idpErrorLabel, MentorDeskError(""), self.fields)

    def value(self) -> IdpData:
        idp = self.current()
        assert idp is not None
        ui = self.ui
        return dataclasses.replace(
            idp,
            period_start=get_date(ui.periodStartEdit),
            period_end=get_date(ui.periodEndEdit),
            midpoint_review_date=get_date(ui.idpMidpointEdit),
            final_review_date=get_date(ui.finalReviewEdit),
            baseline_rating=ui.baselineSpin.value() or None,
            final_rating=ui.finalSpin.value() or None,
            mentee_signed_on=get_date(ui.idpMenteeSignedEdit),
            mentor_signed_on=get_date(ui.idpMentorSignedEdit),
            coordinator_signed_on=get_date(ui.idpCoordinatorSignedEdit),
            strengths=ui.strengthsEdit.toPlainText().strip(),
            growth_areas=ui.growthEdit.toPlainText().strip(),
            short_term_aspirations=ui.shortTermEdit.toPlainText().strip(),
            long_term_aspirations=ui.longTermEdit.toPlainText().strip(),
        )

    def save(self) -> bool:
        idp = self.current()
        if idp is None or self.detail is None:
            return False
        command = SaveIdp(self.host.ctx, self.host.service, self.detail.id, idp, self.value())
        try:
            return self.host.run(command, raise_errors=True)
        except MentorDeskError as error:
            show_error(self, self.ui.idpErrorLabel, error, self.fields)
            return False


# --------------------------------------------------------------------------- closure


class ClosureTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_ClosureTab()
        self.ui.setupUi(self)
        self.model: RecordTableModel[Any] = RecordTableModel(EVENT_COLUMNS, self)
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
            kind = "completed as planned" if closure.type.value == "completed" else "ended early"
            text = (
                f"<b>Closed on {fmt_date(closure.date)}: {kind}</b><br>"
                f"Reason: {e(closure.reason_code)} · initiated by {e(closure.initiated_by or '—')}"
                f" · rematch: {e(closure.rematch or '—')}<br>"
                f"Mentor's exit feedback: {e(closure.mentor_feedback or '—')}<br>"
                f"Mentee's exit feedback: {e(closure.mentee_feedback or '—')}"
            )
        elif status is PairStatus.PAUSED:
            text = f"<b>Paused</b>: {e(detail.pause_reason or 'no reason given')}"
        else:
            text = f"<b>The pair is {status.value}.</b> Close it here when it ends."
        reopened = [c for c in detail.closures if c.reopened_on]
        for c in reopened:
            text += (
                f"<br><span style='color:#707070'>Earlier closure {fmt_date(c.date)} "
                f"({e(c.reason_code)}), reopened {fmt_date(c.reopened_on)}</span>"
            )
        ui.closureStateLabel.setText(text)
