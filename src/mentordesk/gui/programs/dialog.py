"""Create a program, rename it, or edit its general settings; messages next to the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.program import Program
from mentordesk.gui.common import may_close
from mentordesk.gui.forms.ui_program_dialog import Ui_ProgramDialog

#: Receives the field values (the keyword arguments of ProgramService.create/update).
Submit = Callable[[dict[str, Any]], None]

_FORMAT_LABELS = {
    ProgramFormat.ONE_ON_ONE: "One-on-one",
    ProgramFormat.GROUP: "Group / circle",
    ProgramFormat.PEER: "Peer",
    ProgramFormat.REVERSE: "Reverse",
    ProgramFormat.FLASH: "Flash / speed",
}


class ProgramDialog(QDialog):
    CREATE, RENAME, SETTINGS = "create", "rename", "settings"

    def __init__(
        self,
        mode: str,
        program: Program | None = None,
        *,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgramDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self._submit = submit
        self._server_errors: dict[str, str] = {}
        titles = {
            self.CREATE: "New program",
            self.RENAME: "Rename program",
            self.SETTINGS: "Program settings",
        }
        self.setWindowTitle(titles[mode])
        for value, label in _FORMAT_LABELS.items():
            self.ui.formatEdit.addItem(label, value)
        if program is not None:
            self.ui.nameEdit.setText(program.name)
            self.ui.organizationEdit.setText(program.organization)
            self.ui.formatEdit.setCurrentIndex(self.ui.formatEdit.findData(program.format))
            self.ui.startDateEdit.setDate(program.start_date)
            self.ui.endDateEdit.setDate(program.end_date)
            self.ui.cadenceDaysEdit.setValue(program.cadence_days)
            self.ui.meetingMinutesEdit.setValue(program.meeting_minutes)
            self.ui.objectivesEdit.setPlainText(program.objectives)
        if mode == self.RENAME:
            for widget in self.findChildren(QWidget):
                name = widget.objectName()
                is_field = name.endswith(("Edit", "Label", "Error"))
                if is_field and not name.startswith("name"):
                    widget.hide()
            self.resize(420, 120)
        self._connect_signals()
        self.errors: dict[str, str] = {}
        self._revalidate()
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()
        self._initial = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.nameEdit.text(), ui.organizationEdit.text(), ui.formatEdit.currentIndex(),
            ui.startDateEdit.text(), ui.endDateEdit.text(), ui.cadenceDaysEdit.value(),
            ui.meetingMinutesEdit.value(), ui.objectivesEdit.toPlainText(),
        )  # fmt: skip

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before losing what was typed."""
        if may_close(self, self.is_dirty(), "the program", self.accept):
            super().reject()

    def _connect_signals(self) -> None:
        for edit in (self.ui.nameEdit, self.ui.startDateEdit, self.ui.endDateEdit):
            edit.textChanged.connect(self._on_edited)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        """The fields to save (only the name when renaming)."""
        name = self.ui.nameEdit.text().strip()
        if self.mode == self.RENAME:
            return {"name": name}
        return {
            "name": name,
            "organization": self.ui.organizationEdit.text().strip(),
            "format": self.ui.formatEdit.currentData(),
            "start_date": self.ui.startDateEdit.date(),
            "end_date": self.ui.endDateEdit.date(),
            "cadence_days": self.ui.cadenceDaysEdit.value(),
            "meeting_minutes": self.ui.meetingMinutesEdit.value(),
            "objectives": self.ui.objectivesEdit.toPlainText().strip(),
        }

    def _check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.ui.nameEdit.text().strip():
            errors["name"] = "required"
        elif len(self.ui.nameEdit.text().strip()) > 200:
            errors["name"] = "at most 200 characters"
        if self.mode == self.RENAME:
            return errors
        for key, edit in (("start_date", self.ui.startDateEdit), ("end_date", self.ui.endDateEdit)):
            if edit.error():
                errors[key] = edit.error()
        start, end = self.ui.startDateEdit.date(), self.ui.endDateEdit.date()
        if start and end and end < start:
            errors["end_date"] = "before the start date"
        return errors

    def _on_edited(self) -> None:
        self._server_errors = {}
        self._revalidate()

    def _revalidate(self) -> None:
        self.errors = {**self._check(), **self._server_errors}
        labels: dict[str, QLabel] = {
            "name": self.ui.nameError,
            "start_date": self.ui.startDateError,
            "end_date": self.ui.endDateError,
        }
        for key, label in labels.items():
            label.setText(self.errors.get(key, ""))
            label.setVisible((key in self.errors and self.mode != self.RENAME) or key == "name")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.errors)

    def accept(self) -> None:
        self._revalidate()
        if self.errors:
            return
        if self._submit is not None:
            try:
                self._submit(self.values())
            except ValidationError as error:
                self._server_errors = dict(error.fields) or {"name": str(error)}
                self._revalidate()
                return
            except MentorDeskError as error:
                self._server_errors = {"name": str(error)}
                self._revalidate()
                return
        super().accept()

