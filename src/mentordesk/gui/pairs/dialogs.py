"""Dialogs of the pair detail view: meeting, check-in, goal, progress, closing.

Each dialog shows a dataclass and returns a new one (`value()`); it never saves. The caller
runs the save through an undo command; a refused save's message is shown in the dialog, next
to the offending field, and the dialog stays open. The field helpers they share with the
Agreement and IDP tabs are in form_fields.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mentordesk.core.enums import (
    ClosureType,
    ContactMethod,
    GoalStatus,
    MeetingFormat,
    MeetingStatus,
    Party,
    StepStatus,
)
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.gui.common import QT_TRANSLATE_NOOP, announce, may_close, translate
from mentordesk.gui.forms.ui_pair_checkin_dialog import Ui_CheckinDialog
from mentordesk.gui.forms.ui_pair_close_dialog import Ui_CloseDialog
from mentordesk.gui.forms.ui_pair_goal_dialog import Ui_GoalDialog
from mentordesk.gui.forms.ui_pair_meeting_dialog import Ui_MeetingDialog
from mentordesk.gui.forms.ui_pair_progress_dialog import Ui_ProgressDialog
from mentordesk.gui.pairs.form_fields import (
    combo_value,
    fill_combo,
    get_date,
    required_date,
    set_date,
    show_error,
)
from mentordesk.services.pairs import (
    CLOSURE_REASONS,
    REMATCH_CHOICES,
    CheckinData,
    ClosureData,
    GoalData,
    MeetingData,
    ProgressData,
    StepData,
)

_UNREADABLE = object()


class _SavingDialog(QDialog):
    """Accept only when `on_save(value)` succeeds; otherwise show the error in place.

    Closing with changes (Cancel, Escape, the window's close button) asks Save / Discard /
    Cancel first.
    """

    ui: Any
    #: What the unsaved-changes question calls this form.
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "this record")

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.on_save: Callable[[Any], object] | None = None
        self.fields: dict[str, QWidget] = {}
        self._shown: Any = _UNREADABLE

    def value(self) -> Any:
        raise NotImplementedError

    def _current(self) -> Any:
        try:
            return self.value()
        except (MentorDeskError, ValueError):
            return _UNREADABLE

    def showEvent(self, event: Any) -> None:
        if self._shown is _UNREADABLE:
            self._shown = self._current()  # what the form held when it opened
        super().showEvent(event)

    def is_dirty(self) -> bool:
        if self._shown is _UNREADABLE:
            return False  # never shown: nothing typed
        now = self._current()
        return now is _UNREADABLE or now != self._shown

    def reject(self) -> None:
        if may_close(self, self.is_dirty(), translate("pairs.dialogs", self.what), self.accept):
            super().reject()

    def accept(self) -> None:
        try:
            value = self.value()
            if self.on_save is not None:
                self.on_save(value)
        except MentorDeskError as error:
            show_error(self, self.ui.errorLabel, error, self.fields)
            announce(self, self.ui.errorLabel.text() or str(error), assertive=True)
            return
        super().accept()


class MeetingDialog(_SavingDialog):
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "this meeting")

    def __init__(self, meeting: MeetingData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.meeting = meeting
        ui = self.ui
        ui.dateEdit.setDate(meeting.date)
        fill_combo(ui.statusCombo, [s.value for s in MeetingStatus], meeting.status.value)
        ui.durationSpin.setValue(meeting.duration_minutes)
        fill_combo(ui.formatCombo, ["", *[f.value for f in MeetingFormat]], meeting.format)
        ui.attendeesEdit.setText(meeting.attendees)
        ui.topicsEdit.setPlainText(meeting.topics)
        ui.nextStepsEdit.setPlainText(meeting.next_steps)
        ui.notesEdit.setPlainText(meeting.notes)
        ui.notesEditLabel.setStyleSheet("color: #8a5a00;")
        self.fields = {
            "date": ui.dateEdit,
            "status": ui.statusCombo,
            "duration_minutes": ui.durationSpin,
        }
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def value(self) -> MeetingData:
        ui = self.ui
        return dataclasses.replace(
            self.meeting,
            date=required_date(ui.dateEdit),
            status=MeetingStatus(combo_value(ui.statusCombo)),
            duration_minutes=ui.durationSpin.value(),
            format=combo_value(ui.formatCombo),
            attendees=ui.attendeesEdit.text().strip(),
            topics=ui.topicsEdit.toPlainText().strip(),
            next_steps=ui.nextStepsEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
        )


class CheckinDialog(_SavingDialog):
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "this check-in")

    def __init__(
        self, checkin: CheckinData, parent: QWidget | None = None, guardian: bool = True
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckinDialog()
        self.ui.setupUi(self)
        self.checkin = checkin
        ui = self.ui
        ui.dateEdit.setDate(checkin.date)
        parties = [p.value for p in Party if guardian or p is not Party.GUARDIAN]
        fill_combo(ui.partyCombo, parties, checkin.party.value)
        fill_combo(ui.methodCombo, [m.value for m in ContactMethod], checkin.method.value)
        ui.ratingSpin.setValue(checkin.rating or 0)
        ui.safetyCheck.setChecked(checkin.safety_concern)
        ui.safetyNoteEdit.setPlainText(checkin.safety_note)
        set_date(ui.resolvedEdit, checkin.safety_resolved_on)
        ui.followUpEdit.setPlainText(checkin.follow_up)
        ui.notesEdit.setPlainText(checkin.notes)
        for amber in (ui.notesEditLabel, ui.safetyNoteEditLabel):
            amber.setStyleSheet("color: #8a5a00;")
        self.fields = {
            "date": ui.dateEdit,
            "rating": ui.ratingSpin,
            "safety_note": ui.safetyNoteEdit,
            "safety_resolved_on": ui.resolvedEdit,
        }
        ui.safetyCheck.toggled.connect(self._sync)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._sync()

    def _sync(self) -> None:
        on = self.ui.safetyCheck.isChecked()
        self.ui.safetyNoteEdit.setEnabled(on)
        self.ui.resolvedEdit.setEnabled(on)

    def value(self) -> CheckinData:
        ui = self.ui
        concern = ui.safetyCheck.isChecked()
        return dataclasses.replace(
            self.checkin,
            date=required_date(ui.dateEdit),
            party=Party(combo_value(ui.partyCombo)),
            method=ContactMethod(combo_value(ui.methodCombo)),
            rating=ui.ratingSpin.value() or None,
            safety_concern=concern,
            safety_note=ui.safetyNoteEdit.toPlainText().strip() if concern else "",
            safety_resolved_on=get_date(ui.resolvedEdit, "safety_resolved_on") if concern else None,
            follow_up=ui.followUpEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
        )


STEP_HEADERS = [
    QT_TRANSLATE_NOOP("pairs.dialogs", "Action step"),
    QT_TRANSLATE_NOOP("pairs.dialogs", "Due"),
    QT_TRANSLATE_NOOP("pairs.dialogs", "Status"),
]


class GoalDialog(_SavingDialog):
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "this goal")

    def __init__(self, goal: GoalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self.goal = goal
        ui = self.ui
        ui.statementEdit.setPlainText(goal.statement)
        ui.measureEdit.setText(goal.measure)
        set_date(ui.targetEdit, goal.target_date)
        fill_combo(
            ui.priorityCombo,
            [
                translate("pairs.dialogs", "1 (high)"),
                translate("pairs.dialogs", "2 (medium)"),
                translate("pairs.dialogs", "3 (low)"),
            ],
            [
                translate("pairs.dialogs", "1 (high)"),
                translate("pairs.dialogs", "2 (medium)"),
                translate("pairs.dialogs", "3 (low)"),
            ][goal.priority - 1],
        )
        fill_combo(ui.goalStatusCombo, [s.value for s in GoalStatus], goal.status.value)
        ui.resourcesEdit.setText(goal.resources)
        ui.mentorRoleEdit.setText(goal.mentor_role)
        ui.idpCheck.setChecked(goal.in_idp)
        self.steps = QStandardItemModel(0, 3, self)
        self.steps.setHorizontalHeaderLabels([translate("pairs.dialogs", h) for h in STEP_HEADERS])
        for step in goal.steps:
            self._add_step(step)
        ui.stepsTable.setModel(self.steps)
        header = ui.stepsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        ui.stepsTable.setToolTip(
            translate(
                "pairs.dialogs", "Due: a date like 2026-12-01. Status: to do, in progress or done."
            )
        )
        self.fields = {
            "statement": ui.statementEdit,
            "priority": ui.priorityCombo,
            "in_idp": ui.idpCheck,
            "steps": ui.stepsTable,
        }
        ui.addStepButton.clicked.connect(lambda: self._add_step(StepData()))
        ui.removeStepButton.clicked.connect(self._remove_step)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(620, 560)

    def _add_step(self, step: StepData) -> None:
        due = QStandardItem(step.due_date.isoformat() if step.due_date else "")
        self.steps.appendRow(
            [QStandardItem(step.description), due, QStandardItem(step.status.value)]
        )

    def _remove_step(self) -> None:
        index = self.ui.stepsTable.currentIndex()
        if index.isValid():
            self.steps.removeRow(index.row())

    def value(self) -> GoalData:
        ui = self.ui
        steps = []
        for row in range(self.steps.rowCount()):
            text = [self.steps.item(row, c).text().strip() for c in range(3)]
            if not any(text):
                continue
            try:
                due = dt.date.fromisoformat(text[1]) if text[1] else None
            except ValueError:
                raise ValidationError(
                    translate(
                        "pairs.dialogs",
                        "Step {step}: the due date “{text}” is not a date like 2026-12-01",
                    ).format(step=row + 1, text=text[1]),
                    {"steps": translate("pairs.dialogs", "bad date")},
                ) from None
            try:
                status = StepStatus(text[2] or StepStatus.TODO.value)
            except ValueError:
                allowed = ", ".join(s.value for s in StepStatus)
                raise ValidationError(
                    translate("pairs.dialogs", "Step {v0}: status must be one of {allowed}").format(
                        v0=row + 1, allowed=allowed
                    ),
                    {"steps": translate("pairs.dialogs", "bad status")},
                ) from None
            old_id = self.goal.steps[row].id if row < len(self.goal.steps) else 0
            steps.append(StepData(old_id, text[0], due, status))
        return dataclasses.replace(
            self.goal,
            statement=ui.statementEdit.toPlainText().strip(),
            measure=ui.measureEdit.text().strip(),
            target_date=get_date(ui.targetEdit, "target_date"),
            priority=ui.priorityCombo.currentIndex() + 1,
            status=GoalStatus(combo_value(ui.goalStatusCombo)),
            resources=ui.resourcesEdit.text().strip(),
            mentor_role=ui.mentorRoleEdit.text().strip(),
            in_idp=ui.idpCheck.isChecked(),
            steps=tuple(steps),
        )


class ProgressDialog(_SavingDialog):
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "this progress entry")

    def __init__(self, goal: GoalData, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        self.goal = goal
        self.ui.dateEdit.setDate(today)
        self.ui.percentSpin.setValue(goal.percent)
        self.setWindowTitle(
            translate("pairs.dialogs", "Log progress: {v0}").format(v0=goal.statement[:50])
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def value(self) -> GoalData:
        entry = ProgressData(
            0,
            required_date(self.ui.dateEdit),
            self.ui.percentSpin.value(),
            self.ui.commentEdit.toPlainText().strip(),
        )
        return dataclasses.replace(self.goal, progress=(*self.goal.progress, entry))


class CloseDialog(_SavingDialog):
    what = QT_TRANSLATE_NOOP("pairs.dialogs", "the closure")

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.dateEdit.setDate(today)
        ui.typeCombo.addItem(
            translate("pairs.dialogs", "completed as planned"), ClosureType.COMPLETED.value
        )
        ui.typeCombo.addItem(translate("pairs.dialogs", "ended early"), ClosureType.EARLY.value)
        fill_combo(
            ui.initiatedCombo,
            [
                "both",
                "mentor",
                "mentee",
                "mentee's family",
                "coordinator",
            ],
            "both",
        )
        fill_combo(ui.reasonCombo, ["", *CLOSURE_REASONS], "")
        fill_combo(ui.rematchCombo, list(REMATCH_CHOICES), "undecided")
        self.fields = {"date": ui.dateEdit, "reason_code": ui.reasonCombo}
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def value(self) -> ClosureData:
        ui = self.ui
        return ClosureData(
            date=required_date(ui.dateEdit),
            type=ClosureType(ui.typeCombo.currentData()),
            initiated_by=combo_value(ui.initiatedCombo).strip(),
            reason_code=combo_value(ui.reasonCombo).strip(),
            mentor_feedback=ui.mentorFeedbackEdit.toPlainText().strip(),
            mentee_feedback=ui.menteeFeedbackEdit.toPlainText().strip(),
            rematch=combo_value(ui.rematchCombo).strip(),
        )
