"""Create a program, rename it, or edit its general settings; messages next to the fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QWidget

from mentordesk.core.concurrency import ConcurrentEditError
from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.languages import language_choices
from mentordesk.core.program import (
    PAPER_SIZES,
    DocumentSettings,
    Program,
    validate_document_settings,
)
from mentordesk.gui.common import QT_TRANSLATE_NOOP, Choice, ask_conflict, may_close, translate
from mentordesk.gui.forms.ui_program_dialog import Ui_ProgramDialog

#: Receives the field values (the keyword arguments of ProgramService.create/update).
Submit = Callable[[dict[str, Any]], None]

_FORMAT_LABELS = {
    ProgramFormat.ONE_ON_ONE: QT_TRANSLATE_NOOP("programs.dialog", "One-on-one"),
    ProgramFormat.GROUP: QT_TRANSLATE_NOOP("programs.dialog", "Group / circle"),
    ProgramFormat.PEER: QT_TRANSLATE_NOOP("programs.dialog", "Peer"),
    ProgramFormat.REVERSE: QT_TRANSLATE_NOOP("programs.dialog", "Reverse"),
    ProgramFormat.FLASH: QT_TRANSLATE_NOOP("programs.dialog", "Flash / speed"),
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
            self.CREATE: translate("programs.dialog", "New program"),
            self.RENAME: translate("programs.dialog", "Rename program"),
            self.SETTINGS: translate("programs.dialog", "Program settings"),
        }
        self.setWindowTitle(titles[mode])
        for value, label in _FORMAT_LABELS.items():
            self.ui.formatEdit.addItem(translate("programs.dialog", label), value)
        # The version the settings were read at (core/concurrency.py); `submit` reads it.
        self.program = program
        self.version = program.version if program is not None else None
        self.keep_mine = False
        if program is not None:
            self._load(program)
        ui = self.ui
        ui.paperCombo.addItem(
            translate("programs.dialog", "As the system's locale (A4 or Letter)"), ""
        )
        for paper in PAPER_SIZES:
            ui.paperCombo.addItem(
                translate("programs.dialog", "US Letter") if paper == "Letter" else paper, paper
            )
        for code, language in language_choices():
            ui.languageCombo.addItem(language, code)
        ui.languageCombo.setToolTip(
            translate("programs.dialog", "A person's own document language, when set, comes first")
        )
        for edit in (ui.coordinatorEdit, ui.coordinatorContactEdit, ui.documentOrganizationEdit):
            edit.setMaxLength(200)
        self._set_documents(program.documents if program is not None else DocumentSettings())
        ui.documentsBox.setVisible(mode == self.SETTINGS)
        if mode == self.SETTINGS:
            self.resize(560, 640)
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

    def _load(self, program: Program) -> None:
        self.ui.nameEdit.setText(program.name)
        self.ui.organizationEdit.setText(program.organization)
        self.ui.formatEdit.setCurrentIndex(self.ui.formatEdit.findData(program.format))
        self.ui.startDateEdit.setDate(program.start_date)
        self.ui.endDateEdit.setDate(program.end_date)
        self.ui.cadenceDaysEdit.setValue(program.cadence_days)
        self.ui.meetingMinutesEdit.setValue(program.meeting_minutes)
        self.ui.objectivesEdit.setPlainText(program.objectives)

    def _snapshot(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.nameEdit.text(), ui.organizationEdit.text(), ui.formatEdit.currentIndex(),
            ui.startDateEdit.text(), ui.endDateEdit.text(), ui.cadenceDaysEdit.value(),
            ui.meetingMinutesEdit.value(), ui.objectivesEdit.toPlainText(), self.documents(),
        )  # fmt: skip

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before losing what was typed."""
        if may_close(
            self, self.is_dirty(), translate("programs.dialog", "the program"), self.accept
        ):
            super().reject()

    def _connect_signals(self) -> None:
        for edit in (
            self.ui.nameEdit,
            self.ui.startDateEdit,
            self.ui.endDateEdit,
            self.ui.logoEdit,
        ):
            edit.textChanged.connect(self._on_edited)
        self.ui.logoButton.clicked.connect(self._choose_logo)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _set_documents(self, settings: DocumentSettings) -> None:
        ui = self.ui
        ui.paperCombo.setCurrentIndex(max(0, ui.paperCombo.findData(settings.paper)))
        ui.logoEdit.setText(settings.logo_path)
        ui.coordinatorEdit.setText(settings.coordinator)
        ui.coordinatorContactEdit.setText(settings.coordinator_contact)
        ui.documentOrganizationEdit.setText(settings.organization)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(settings.language)))

    def documents(self) -> DocumentSettings:
        """The document settings as typed (Program ▸ Settings)."""
        ui = self.ui
        return DocumentSettings(
            paper=ui.paperCombo.currentData() or "",
            logo_path=ui.logoEdit.text().strip(),
            coordinator=ui.coordinatorEdit.text().strip(),
            coordinator_contact=ui.coordinatorContactEdit.text().strip(),
            organization=ui.documentOrganizationEdit.text().strip(),
            language=ui.languageCombo.currentData() or "en",
        )

    def _choose_logo(self) -> None:
        start = self.ui.logoEdit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("programs.dialog", "Logo for documents"),
            start,
            translate("programs.dialog", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.ui.logoEdit.setText(path)

    def values(self) -> dict[str, Any]:
        """The fields to save (only the name when renaming; with the document settings in
        Program ▸ Settings)."""
        name = self.ui.nameEdit.text().strip()
        if self.mode == self.RENAME:
            return {"name": name}
        extra: dict[str, Any] = {}
        if self.mode == self.SETTINGS:
            extra["document_settings"] = self.documents()
        return extra | {
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
            errors["name"] = translate("programs.dialog", "required")
        elif len(self.ui.nameEdit.text().strip()) > 200:
            errors["name"] = translate("programs.dialog", "at most 200 characters")
        if self.mode == self.RENAME:
            return errors
        for key, edit in (("start_date", self.ui.startDateEdit), ("end_date", self.ui.endDateEdit)):
            if edit.error():
                errors[key] = edit.error()
        start, end = self.ui.startDateEdit.date(), self.ui.endDateEdit.date()
        if start and end and end < start:
            errors["end_date"] = translate("programs.dialog", "before the start date")
        if self.mode == self.SETTINGS:
            problems = validate_document_settings(self.documents())
            if "logo_path" in problems:
                errors["logo_path"] = problems["logo_path"]
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
            "logo_path": self.ui.logoError,
        }
        for key, label in labels.items():
            label.setText(self.errors.get(key, ""))
            label.setVisible((key in self.errors and self.mode != self.RENAME) or key == "name")
        self.ui.logoError.setVisible("logo_path" in self.errors)
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
            except ConcurrentEditError as error:
                self._resolve(error)
                return
            except MentorDeskError as error:
                self._server_errors = {"name": str(error)}
                self._revalidate()
                return
        super().accept()

    def _resolve(self, error: ConcurrentEditError) -> None:
        """Someone else saved the program first: show the difference, reload or keep mine."""
        theirs = error.theirs if isinstance(error.theirs, Program) else None
        mine: object = None
        shown: object = None
        if theirs is not None:
            # Compared as the form shows them: document settings as typed values.
            shown = dataclasses.replace(
                theirs, document_settings=dataclasses.asdict(theirs.documents)
            )
            values = self.values()
            documents = values.pop("document_settings", theirs.documents)
            values["document_settings"] = dataclasses.asdict(documents)
            mine = dataclasses.replace(theirs, **values)
        choice = ask_conflict(self, error, mine, theirs=shown)
        self.version = error.current if error.current.stamp else None
        if choice is Choice.RELOAD and theirs is not None:
            self.program = theirs
            self._load(theirs)
            self._set_documents(theirs.documents)
            self._initial = self._snapshot()
        elif choice is Choice.KEEP_MINE:
            self.keep_mine = True
            self.accept()
