"""Edits are never lost without a word: a form with unsaved changes asks Save / Discard / Cancel
before it is left (a dialog closed, another pair opened, the window closed)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.gui.common.i18n import translate


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str, *, can_cancel: bool = True) -> Answer:
    """ "Save your changes to the agreement?" with Save, Discard and (usually) Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("common.unsaved", "Unsaved changes"),
        translate("common.unsaved", "Save your changes to {what}?").format(what=what),
        parent=parent,
    )
    box.setObjectName("unsavedChangesBox")
    box.setInformativeText(
        translate("common.unsaved", "If you don't save, what you typed is lost.")
    )
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    if can_cancel:
        buttons |= QMessageBox.StandardButton.Cancel
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(
        QMessageBox.StandardButton.Cancel if can_cancel else QMessageBox.StandardButton.Save
    )
    clicked = QMessageBox.StandardButton(box.exec())
    if clicked == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if clicked == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def may_close(parent: QWidget, dirty: bool, what: str, save: Callable[[], object]) -> bool:
    """For a dialog's reject(): True to close now. Save runs `save` (the dialog's accept,
    which closes it when the save works and stays open with the message when it does not)."""
    if not dirty:
        return True
    answer = ask_unsaved(parent, what)
    if answer is Answer.SAVE:
        save()
        return False
    return answer is Answer.DISCARD
