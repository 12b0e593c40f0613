"""Asking before removing people who are in live pairs: the pairs are named, and they end only
with a reason the coordinator types (kept in the audit log)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.common import translate

if TYPE_CHECKING:  # loads the removal code (and the ORM records): not needed to build the view
    from mentordesk.services.roster import LivePair


class EndPairsDialog(QDialog):
    """ "Remove X? These live pairs end with them: … Reason: [ ]" — Remove is enabled once a
    reason is typed."""

    def __init__(self, who: str, pairs: list[LivePair], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endPairsDialog")
        self.setWindowTitle(translate("roster.removal_dialog", "Remove participants in live pairs"))
        layout = QVBoxLayout(self)
        items = "".join(f"<li>{html.escape(p.label)}</li>" for p in pairs)
        self.message = QLabel(
            translate(
                "roster.removal_dialog",
                "<p><b>{who}</b> — in %n live pair(s):</p><ul>{items}</ul><p>A pair "
                "cannot go on without its mentor or mentee: removing ends these pairs and "
                "removes them too (Edit ▸ Undo brings everything back). To keep a pair's "
                "history, close it in Pairs and set the person's status to withdrawn "
                "instead.</p>",
                None,
                len(pairs),
            ).format(who=html.escape(who), items=items),
            self,
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                translate(
                    "roster.removal_dialog", "Why do these pairs end? (kept in the audit log)"
                ),
                self,
            )
        )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(
            translate("roster.removal_dialog", "e.g. mentor left the organization")
        )
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = QPushButton(
            translate("roster.removal_dialog", "End pairs and remove"), self
        )
        self.remove_button.setObjectName("endPairsButton")
        self.remove_button.setEnabled(False)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(
            lambda text: self.remove_button.setEnabled(bool(text.strip()))
        )
        self.resize(520, self.sizeHint().height())

    def value(self) -> str:
        return self.reason.text().strip()
