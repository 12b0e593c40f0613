"""District ▸ Coordinators…: the administrator assigns programs to coordinators and viewers.

Layout from ui/coordinators_dialog.ui; every change goes through `DistrictService` (the same
calls as `mentordesk district grant/revoke`) and is enforced by the server.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.access import Access
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import (
    ERROR,
    QT_TRANSLATE_NOOP,
    AppContext,
    Column,
    RowRole,
    RowTableModel,
    SortRole,
    label,
    pick,
    translate,
)
from mentordesk.gui.forms.ui_coordinators_dialog import Ui_CoordinatorsDialog
from mentordesk.services.district import DistrictService, Grant
from mentordesk.services.programs import ProgramService

COLUMNS: list[Column[Grant]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Program"), lambda g: g.program_name),
    Column(QT_TRANSLATE_NOOP("Column", "Login"), lambda g: g.role_name),
    Column(QT_TRANSLATE_NOOP("Column", "Access"), lambda g: label(g.access)),
    Column(QT_TRANSLATE_NOOP("Column", "Granted by"), lambda g: g.granted_by),
]


class CoordinatorsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = DistrictService(ctx.db)
        self.ui = Ui_CoordinatorsDialog()
        self.ui.setupUi(self)
        self.model: RowTableModel[Grant] = RowTableModel(COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.ui.table.setModel(self.proxy)
        self.ui.table.verticalHeader().hide()
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        for access in Access:
            self.ui.accessCombo.addItem(label(access), access.value)
        for program in ProgramService(ctx.db).list(include_archived=False):
            self.ui.programCombo.addItem(program.name, program.id)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.ui.grantButton.clicked.connect(self.grant)
        self.ui.revokeButton.clicked.connect(self.revoke_selected)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def reload(self) -> None:
        """The assignments and the logins the server knows in the MentorDesk groups."""
        self.model.set_rows(self.service.grants())
        typed = self.ui.roleCombo.currentText()
        self.ui.roleCombo.clear()
        members = sorted({m for names in self.service.roles().values() for m in names})
        self.ui.roleCombo.addItems(members)
        self.ui.roleCombo.setEditText(typed)
        self.ui.table.resizeColumnsToContents()
        self.ui.revokeButton.setEnabled(False)

    def _selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self.ui.revokeButton.setEnabled(self.selected() is not None)

    def selected(self) -> Grant | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        grant: Grant = self.proxy.data(rows[0], RowRole)
        return grant

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(f"color: {pick(ERROR, self).name()};" if error else "")
        self.ui.messageLabel.setText(text)

    def grant(self) -> None:
        role = self.ui.roleCombo.currentText().strip()
        program = self.ui.programCombo.currentText()
        if not role or not program:
            self.show_message(
                translate("district.coordinators_dialog", "Choose a login and a program"),
                error=True,
            )
            return
        try:
            grant, changes = self.service.grant(
                role, program, Access(self.ui.accessCombo.currentData())
            )
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.ctx.broadcast(changes)
        self.reload()
        self.show_message(
            translate(
                "district.coordinators_dialog", "{login} is now {access} of {program}"
            ).format(login=grant.role_name, access=label(grant.access), program=grant.program_name)
        )

    def revoke_selected(self) -> None:
        grant = self.selected()
        if grant is None:
            return
        try:
            changes = self.service.revoke(grant.role_name, grant.program_name)
        except MentorDeskError as error:
            self.show_message(str(error), error=True)
            return
        self.ctx.broadcast(changes)
        self.reload()
        self.show_message(
            translate(
                "district.coordinators_dialog", "{login} no longer has access to {program}"
            ).format(login=grant.role_name, program=grant.program_name)
        )
