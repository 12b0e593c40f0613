"""The District menu: shown only on a district server, to its administrator (the server would
refuse anyone else's changes anyway)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import AppContext, translate
from mentordesk.gui.district.coordinators_dialog import CoordinatorsDialog
from mentordesk.services.district import DistrictService


class DistrictMenu:
    """District ▸ Coordinators…, inserted before `before` in the window's menu bar."""

    def __init__(self, window: QMainWindow, ctx: AppContext, before: QAction) -> None:
        self.window, self.ctx = window, ctx
        self.menu = QMenu(translate("district.menu", "&District"), window)
        self.coordinators_action = QAction(translate("district.menu", "&Coordinators…"), window)
        self.coordinators_action.setStatusTip(
            translate("district.menu", "Who may work on or view which program")
        )
        self.coordinators_action.triggered.connect(self.open_coordinators)
        self.menu.addAction(self.coordinators_action)
        self.menu_action = window.menuBar().insertMenu(before, self.menu)
        self.menu_action.setVisible(False)

    def refresh(self) -> None:
        """Show the menu when the open database is a server and the user administers it."""
        try:
            summary = DistrictService(self.ctx.db).summary()
        except MentorDeskError:
            summary = None
        self.menu_action.setVisible(bool(summary and summary.on_server and summary.is_admin))

    def open_coordinators(self) -> CoordinatorsDialog:
        dialog = CoordinatorsDialog(self.ctx, self.window)
        dialog.open()
        return dialog
