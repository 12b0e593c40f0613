"""Roster ▸ person ▸ Export their data… and Erase completely…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import AppContext, translate
from mentordesk.services.privacy import ErasurePreview, ErasureService, PersonDataService


def export_person_data(
    parent: QWidget, ctx: AppContext, participant_id: int, path: Path | None = None
) -> Path | None:
    """Ask where (JSON or PDF, by the chosen name) and write everything about the person."""
    service = PersonDataService(ctx.db)
    if path is None:
        name = service.name(participant_id) or "person"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("privacy.person", "Export the data held about {name}").format(name=name),
            str(Path.home() / f"{_file_part(name)}-data.pdf"),
            translate("privacy.person", "Readable PDF (*.pdf);;JSON (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".json"):
        path = path.with_suffix(".pdf")
    try:
        if path.suffix.lower() == ".json":
            service.export_json(participant_id, path)
        else:
            service.export_pdf(participant_id, path)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("privacy.person", "Export their data"),
            translate("privacy.person", "Cannot write {path}: {strerror}").format(
                path=path, strerror=error.strerror
            ),
        )
        return None
    except MentorDeskError as error:
        QMessageBox.warning(parent, translate("privacy.person", "Export their data"), str(error))
        return None
    return path


def _file_part(name: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return kept or "person"


class EraseDialog(QDialog):
    """Confirm an erasure by typing the person's full name; choose what happens to pairs."""

    def __init__(self, preview: ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(translate("privacy.person", "Erase completely"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            translate("privacy.person", "<b>Erase {v0} completely?</b>").format(
                v0=_html(preview.name)
            )
        )
        layout.addWidget(heading)
        programs = ", ".join(preview.programs) or translate("privacy.person", "no program")
        explanation = QLabel(
            translate(
                "privacy.person",
                "Every record about them is deleted ({records} records, in {programs}): "
                "profile, screening, guardian and consent, IDP, goals, match proposals, and "
                "their name in the audit log. <b>This cannot be undone</b>, not even with "
                "Edit ▸ Undo. Backups and exports made before now still hold their data.",
            ).format(records=preview.records, programs=programs)
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        if preview.copies:
            shown = ", ".join(p.name for p in preview.copies[:5])
            more = (
                translate("privacy.person", " and {v0} more").format(v0=len(preview.copies) - 5)
                if len(preview.copies) > 5
                else ""
            )
            copies = QLabel(
                translate(
                    "privacy.person", "Backups made before now still hold them: {shown}{more}."
                ).format(shown=shown, more=more)
            )
            copies.setWordWrap(True)
            layout.addWidget(copies)
            self.copies_label = copies
        self.keep_pairs = QRadioButton(
            translate(
                "privacy.person",
                "Keep their %n pair(s) for the program's statistics, with “Former participant” "
                "in their place",
                None,
                preview.pairs,
            )
        )
        self.remove_pairs = QRadioButton(
            translate("privacy.person", "Remove their pairs completely")
        )
        self.keep_pairs.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_pairs)
        group.addButton(self.remove_pairs)
        if preview.pairs:
            layout.addWidget(self.keep_pairs)
            layout.addWidget(self.remove_pairs)
        layout.addWidget(QLabel(translate("privacy.person", "Type their full name to confirm:")))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(preview.name)
        self.name_edit.setAccessibleName(
            translate("privacy.person", "Full name to confirm the erasure")
        )
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            translate("privacy.person", "Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.accept)

    def _update(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.preview.name.strip())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def erase_person(
    parent: QWidget,
    ctx: AppContext,
    participant_id: int,
    ask: Callable[[EraseDialog], bool] | None = None,
) -> bool:
    """Show the confirmation and erase. `ask` replaces the modal `exec()` in tests."""
    service = ErasureService(ctx.db)
    dialog = EraseDialog(service.preview(participant_id), parent)
    confirmed = ask(dialog) if ask is not None else dialog.exec() == QDialog.DialogCode.Accepted
    if not confirmed:
        return False
    try:
        result = service.erase(
            participant_id,
            confirm_name=dialog.name_edit.text(),
            remove_pairs=dialog.remove_pairs.isChecked(),
        )
    except MentorDeskError as error:
        QMessageBox.warning(parent, translate("privacy.person", "Erase completely"), str(error))
        return False
    # Undo steps may hold a snapshot of the person (a removal's exact copy): drop them all.
    ctx.undo_stack.clear()
    ctx.broadcast(result.changes)
    return True
