"""Program ▸ Retention…: erase the program's people N years after it ends, with a preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import AppContext, translate
from mentordesk.services.privacy import DuePerson, RetentionService

NEVER = -1


class RetentionDialog(QDialog):
    """The retention period of the current program and who is due for erasure today."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        parent: QWidget | None = None,
        confirm: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.service = RetentionService(ctx.db)
        self._confirm = confirm or self._ask
        self.setWindowTitle(translate("privacy.retention", "Retention"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.years = QSpinBox()
        self.years.setRange(NEVER, 100)
        self.years.setSpecialValueText(translate("privacy.retention", "Never"))
        self.years.setSuffix(translate("privacy.retention", " years after the program ends"))
        current = self.service.years(program_id)
        self.years.setValue(NEVER if current is None else current)
        form.addRow(translate("privacy.retention", "Erase people"), self.years)
        layout.addLayout(form)
        note = QLabel(
            translate(
                "privacy.retention",
                "A person is erased once every program they are in has passed its retention "
                "period; their pairs are kept for the statistics with “Former participant”.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.due_label = QLabel()
        layout.addWidget(self.due_label)
        self.due_list = QListWidget()
        layout.addWidget(self.due_list)
        self.erase_button = QPushButton(translate("privacy.retention", "Erase them now…"))
        layout.addWidget(self.erase_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase_due)
        self.years.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def _chosen(self) -> int | None:
        return None if self.years.value() == NEVER else self.years.value()

    def refresh(self) -> None:
        """The preview: who the period shown (saved or not) would erase today."""
        self.due: tuple[DuePerson, ...] = self.service.due(assume={self.program_id: self._chosen()})
        self.due_list.clear()
        for person in self.due:
            self.due_list.addItem(
                translate("privacy.retention", "{name} — {v1} (due since {due_since})").format(
                    name=person.name, v1=", ".join(person.programs), due_since=person.due_since
                )
            )
        self.due_label.setText(
            translate("privacy.retention", "Due for erasure today: {v0}").format(v0=len(self.due))
            if self.due
            else translate("privacy.retention", "Nobody is due today.")
        )
        self.erase_button.setEnabled(bool(self.due))

    def save(self) -> bool:
        try:
            changes = self.service.set_years(self.program_id, self._chosen())
        except MentorDeskError as error:
            QMessageBox.warning(self, translate("privacy.retention", "Retention"), str(error))
            return False
        self.ctx.broadcast(changes)
        self.refresh()
        return True

    def _ask(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            translate("privacy.retention", "Erase completely"),
            translate(
                "privacy.retention", "Erase these {count} people completely? This cannot be undone."
            ).format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_due(self) -> int:
        """Save the period shown, then erase who it makes due (after a confirmation)."""
        if not self.due or not self._confirm(len(self.due)) or not self.save():
            return 0
        count = self.service.run()
        self.ctx.undo_stack.clear()
        from mentordesk.core.changes import ChangeSet, Topic

        self.ctx.broadcast(ChangeSet.of(Topic.PARTICIPANTS, Topic.PAIRS, Topic.RECORDS))
        self.refresh()
        return count


def retention_notice(ctx: AppContext) -> str:
    """A line for the status bar at open when someone is due for erasure ('' otherwise)."""
    try:
        due = RetentionService(ctx.db).due()
    except MentorDeskError:
        return ""
    if not due:
        return ""
    return translate(
        "privacy.retention",
        "{v0} people are due for erasure under the retention rule: Program ▸ Retention… "
        "shows them.",
    ).format(v0=len(due))
