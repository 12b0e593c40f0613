"""The roster's right-click menu on one person: Edit, Export their data…, Erase completely…
(gui/privacy does the work). A mixin of `RosterView` (gui/roster/view.py); an action asked
for while the file is still opening waits for it (`WaitsForFile`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mentordesk.gui.common import translate

if TYPE_CHECKING:
    from mentordesk.gui.common import AppContext
    from mentordesk.gui.forms.ui_roster_view import Ui_RosterView
    from mentordesk.services.roster import RosterRow

    _Base = QWidget
else:
    _Base = object


class PersonMenu(_Base):
    """The one-person menu of `RosterView`."""

    if TYPE_CHECKING:  # RosterView's state
        ctx: AppContext
        ui: Ui_RosterView

        def selected_rows(self) -> list[RosterRow]: ...
        def edit_selected(self) -> None: ...
        def _when_open(self, what: str, action: Callable[[], None]) -> bool: ...

    def _setup_person_menu(self) -> None:
        """Right-click on a person: Edit, Export their data…, Erase completely…"""
        self.person_menu = QMenu(self)
        self.edit_action = self.person_menu.addAction(
            translate("roster.view", "&Edit…"), self.edit_selected
        )
        self.export_data_action = self.person_menu.addAction(
            translate("roster.view", "E&xport their data…"), self.export_person_data
        )
        self.person_menu.addSeparator()
        self.erase_action = self.person_menu.addAction(
            translate("roster.view", "E&rase completely…"), self.erase_person
        )
        self.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ui.table.customContextMenuRequested.connect(
            lambda pos: (
                self.person_menu.exec(self.ui.table.viewport().mapToGlobal(pos))
                if len(self.selected_rows()) == 1
                else None
            )
        )

    def export_person_data(self) -> None:
        self._for_one_person(
            translate("roster.view", "Export {name}'s data"), self._export_person_data
        )

    def erase_person(self) -> None:
        self._for_one_person(
            translate("roster.view", "Erase {name} completely"), self._erase_person
        )

    def _for_one_person(self, what: str, action: Callable[[int], None]) -> None:
        """`action` on the one selected person: now, or once the file is open."""
        rows = self.selected_rows()
        if len(rows) == 1:
            pid = rows[0].participant_id
            if self._when_open(what.format(name=rows[0].name), lambda: action(pid)):
                action(pid)

    def _export_person_data(self, participant_id: int) -> None:
        from mentordesk.gui.privacy import export_person_data

        path = export_person_data(self, self.ctx, participant_id)
        if path is not None:
            QMessageBox.information(
                self,
                translate("roster.view", "Export their data"),
                translate("roster.view", "Saved to {path}.").format(path=path),
            )

    def _erase_person(self, participant_id: int) -> None:
        from mentordesk.gui.privacy import erase_person

        erase_person(self, self.ctx, participant_id)
