"""Add or edit one participant: every field of ParticipantInput, checked as the user types.

The tabs and their layouts come from ui/participant_dialog.ui; the rows inside them are built
from core.participant.FIELDS, so a new field appears here without touching the form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.languages import language_choices
from mentordesk.core.participant import (
    FIELDS,
    FIELDS_BY_NAME,
    FieldSpec,
    Group,
    Kind,
    ParticipantInput,
    validate,
)
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    Choice,
    DateEdit,
    announce,
    ask_conflict,
    choice_text,
    field_label,
    may_close,
    saved_by,
    translate,
)
from mentordesk.gui.forms.ui_participant_dialog import Ui_ParticipantDialog
from mentordesk.gui.roster.field_text import field_text as _to_text
from mentordesk.gui.roster.field_text import parse_field as _parse

Submit = Callable[[ParticipantInput], object]

_ENUMS: dict[Kind, type[Role] | type[MemberStatus] | type[ScreeningDecision]] = {
    Kind.ROLE: Role,
    Kind.STATUS: MemberStatus,
    Kind.DECISION: ScreeningDecision,
}
_MULTILINE = {"notes", "identity_preferences"}
_PLACEHOLDERS = {
    Kind.LIST: QT_TRANSLATE_NOOP("roster.participant_dialog", "separate values with ;"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("roster.participant_dialog", "name@example.org"),
}
_ERROR_STYLE = "color: #c62828;"
#: The groups in the order of the form's tabs.
_PAGES = (Group.PROFILE, Group.MATCHING, Group.SCREENING, Group.GUARDIAN, Group.SENSITIVE)


class ParticipantDialog(QDialog):
    """Returns a valid ParticipantInput; `submit` (if given) saves it and may still refuse."""

    def __init__(
        self,
        person: ParticipantInput | None = None,
        *,
        title: str | None = None,
        submit: Submit | None = None,
        today: dt.date | None = None,
        version: Version | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`version`: what the person was when the dialog opened; `submit` reads it (and
        `keep_mine`) so that a save over someone else's newer save is refused and asked."""
        super().__init__(parent)
        self.version = version
        self.keep_mine = False
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        # Translated here, not as the default value: that would be read once, at import,
        # in whatever language was installed then.
        self.setWindowTitle(title or translate("roster.participant_dialog", "Add participant"))
        self._submit = submit
        self._today = today
        self._original = person or ParticipantInput(full_name="")
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._server_errors: dict[str, str] = {}
        self._tab_titles = [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]
        forms = {
            Group.PROFILE: self.ui.profileForm,
            Group.MATCHING: self.ui.matchingForm,
            Group.SCREENING: self.ui.screeningForm,
            Group.GUARDIAN: self.ui.guardianForm,
            Group.SENSITIVE: self.ui.sensitiveForm,
        }
        for spec in FIELDS:
            self._add_row(forms[spec.group], spec)
        self._name_pages()
        self._order_tabs()
        self._load(self._original)
        self._connect_signals()
        self.errors: dict[str, str] = {}
        self._revalidate()
        self.editors["full_name"].setFocus()
        self._initial = self._collect()

    def is_dirty(self) -> bool:
        """Something typed since the dialog opened (readable or not)."""
        return self._collect() != self._initial

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before losing what was typed."""
        name = self.value().full_name.strip()
        if may_close(
            self,
            self.is_dirty(),
            name or translate("roster.participant_dialog", "this participant"),
            self.accept,
        ):
            super().reject()

    # -- building --------------------------------------------------------------------------
    def _name_pages(self) -> None:
        """Each page's scroll area (a stop of its own for Tab) is named after its tab."""
        for index, title in enumerate(self._tab_titles):
            page = self.ui.tabs.widget(index)
            if page is None:
                continue
            areas = [page] if isinstance(page, QScrollArea) else page.findChildren(QScrollArea)
            for area in areas:
                area.setAccessibleName(title)

    def tab_chain(self) -> list[QWidget]:
        """Every control in the order Tab visits them: the tab bar, then each page's fields
        top to bottom (a date: its text, then its calendar button), then the buttons. Tab
        skips the fields of the pages not shown."""
        chain: list[QWidget] = [self.ui.tabs.tabBar()]
        for group in _PAGES:
            for spec in FIELDS:
                if spec.group is group:
                    chain.append(self.editors[spec.name])
        chain += [b for b in self.ui.buttonBox.buttons() if b.isVisibleTo(self.ui.buttonBox)]
        return chain

    def _order_tabs(self) -> None:
        """Tab follows what is seen (the rows are built after the form, so by default their
        fields came before the tab bar). The pages' scroll areas are no stop of their own:
        the shown page's first field follows the tab bar, and the area still scrolls to the
        field that has the focus."""
        for area in self.ui.tabs.findChildren(QScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    def _add_row(self, form: QFormLayout, spec: FieldSpec) -> None:
        editor: QWidget
        if spec.kind in _ENUMS:
            combo = QComboBox(self)
            for member in _ENUMS[spec.kind]:
                combo.addItem(choice_text(member), member)  # shown translated, stored as is
            editor = combo
        elif spec.kind is Kind.LANGUAGE:
            combo = QComboBox(self)
            combo.addItem(translate("roster.participant_dialog", "Program default"), "")
            for code, name in language_choices():
                combo.addItem(name, code)
            combo.setToolTip(
                translate(
                    "roster.participant_dialog",
                    "The language of the documents printed for this person",
                )
            )
            editor = combo
        elif spec.kind is Kind.BOOL:
            editor = QCheckBox(self)
        elif spec.kind is Kind.DATE:
            editor = DateEdit(self)
        elif spec.name in _MULTILINE:
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            editor = text
        else:
            line = QLineEdit(self)
            line.setPlaceholderText(
                translate("roster.participant_dialog", _PLACEHOLDERS.get(spec.kind, ""))
            )
            if spec.kind in (Kind.INT, Kind.FLOAT):
                line.setMaximumWidth(120)
            editor = line
        editor.setObjectName(f"{spec.name}Edit")
        editor.setAccessibleName(_label(spec.name))
        error = QLabel(self)
        error.setObjectName(f"{spec.name}Error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setVisible(False)
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(error)
        label = _label(spec.name) + (" *" if spec.name == "full_name" else "")
        form.addRow(label, cell)
        self.editors[spec.name] = editor
        self.error_labels[spec.name] = error

    def _connect_signals(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit, DateEdit)):
                editor.textChanged.connect(self._on_edited)
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self._on_edited)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(self._on_edited)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    # -- values in and out -----------------------------------------------------------------
    def _load(self, person: ParticipantInput) -> None:
        for name, editor in self.editors.items():
            value = getattr(person, name)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            elif isinstance(editor, DateEdit):
                editor.setDate(value)
            elif isinstance(editor, QLineEdit):
                editor.setText(_to_text(value))

    def set_text(self, name: str, text: str) -> None:
        """Type into a field (used by tests and by callers that prefill)."""
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, (QLineEdit, DateEdit)):
            editor.setText(text)
        else:
            raise TypeError(f"{name} is not a text field")

    def _collect(self) -> tuple[ParticipantInput, dict[str, str]]:
        """The input as typed, and the fields whose text cannot be read (not a date …)."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, editor in self.editors.items():
            spec = FIELDS_BY_NAME[name]
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, DateEdit):
                if editor.error():
                    problems[name] = editor.error()
                else:
                    values[name] = editor.date()
            elif isinstance(editor, QLineEdit):
                try:
                    values[name] = _parse(spec.kind, editor.text())
                except ValueError as error:
                    problems[name] = str(error)
        if values.get("capacity", 0) is None:
            values["capacity"] = 0  # an empty capacity means none, not "unknown"
        fallback = dataclasses.replace(self._original)
        values = {k: v for k, v in values.items() if k not in problems}
        return dataclasses.replace(fallback, **values), problems

    def value(self) -> ParticipantInput:
        return self._collect()[0]

    # -- validation ------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._server_errors = {}
        self._revalidate()

    def _revalidate(self) -> None:
        person, problems = self._collect()
        errors = {**validate(person, self._today), **problems, **self._server_errors}
        self.errors = errors
        for name, label in self.error_labels.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        groups_with_errors = {FIELDS_BY_NAME[name].group for name in errors}
        for i, group in enumerate(_PAGES):
            mark = " ⚠" if group in groups_with_errors else ""
            self.ui.tabs.setTabText(i, self._tab_titles[i] + mark)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not errors)
        if errors:
            labels = ", ".join(_label(n) for n in errors)
            self.ui.summaryLabel.setText(
                translate("roster.participant_dialog", "Please check: {labels}.").format(
                    labels=labels
                )
            )
            self.ui.summaryLabel.setStyleSheet(_ERROR_STYLE)
        else:
            self.ui.summaryLabel.setText(
                translate("roster.participant_dialog", "Fields marked * are required.")
            )
            self.ui.summaryLabel.setStyleSheet("")

    def show_errors(self, fields: dict[str, str], message: str = "") -> None:
        """Show errors the service found (e.g. an e-mail already used) next to their fields."""
        self._server_errors = {k: v for k, v in fields.items() if k in self.editors}
        self._revalidate()
        announce(self, message or self.ui.summaryLabel.text(), assertive=True)  # save failed
        if message and not self._server_errors:
            self.ui.summaryLabel.setText(message)
            self.ui.summaryLabel.setStyleSheet(_ERROR_STYLE)
        for name in self._server_errors:
            self.focus_field(name)
            break

    def focus_field(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(_PAGES.index(FIELDS_BY_NAME[name].group))
        self.editors[name].setFocus()

    def accept(self) -> None:
        self._revalidate()
        if self.errors:
            self.focus_field(next(iter(self.errors)))
            return
        if self._submit is not None:
            try:
                self._submit(self.value())
            except ValidationError as error:
                self.show_errors(error.fields, str(error))
                return
            except ConcurrentEditError as error:
                self._resolve(error)
                return
            except MentorDeskError as error:
                self.show_errors({}, str(error))
                return
        super().accept()

    def _resolve(self, error: ConcurrentEditError) -> None:
        """Someone else saved this person first: show the difference, then reload or keep."""
        choice = ask_conflict(self, error, self.value(), label=field_label)
        # A lost race (no stored version known): keeping mine saves without comparing.
        self.version = error.current if error.current.stamp else None
        if choice is Choice.RELOAD and isinstance(error.theirs, ParticipantInput):
            self._original = error.theirs
            self._load(error.theirs)
            self._on_edited()
            self.ui.summaryLabel.setText(
                translate(
                    "roster.participant_dialog", "Reloaded the version saved by {saved_by}."
                ).format(saved_by=saved_by(error.current))
            )
        elif choice is Choice.KEEP_MINE:
            self.keep_mine = True
            self.accept()


def _label(name: str) -> str:
    """A field's name in the GUI's language (core's FIELDS name it in English)."""
    return field_label(name)
