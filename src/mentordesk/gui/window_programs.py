"""The main window's programs: the program selector, the Program menu (new, rename,
settings, archive, retention), Edit ▸ Preferences and the District menu on a server.

A mixin of `MainWindow` (gui/main_window.py), which owns the state it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QMainWindow

from mentordesk.gui.common import AppContext, Settings, translate

if TYPE_CHECKING:  # SQLAlchemy, the program records and the dialog load after the first paint
    from PySide6.QtGui import QAction

    from mentordesk.core.changes import ChangeSet
    from mentordesk.core.program import Program
    from mentordesk.gui.district import DistrictMenu
    from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
    from mentordesk.services.programs import ProgramService

    _Window = QMainWindow
else:
    _Window = object


def program_order(program: Program) -> tuple[bool, str]:
    """The selector's order: active programs first, archived ones after, each alphabetical."""
    from mentordesk.core.program import program_order as core_program_order

    return core_program_order(program.archived, program.name)


class ProgramActions(_Window):
    """The program selector and the Program menu of `MainWindow`."""

    if TYPE_CHECKING:  # MainWindow's state and what its other parts do
        ctx: AppContext
        ui: Ui_MainWindow
        settings: Settings
        program_combo: QComboBox
        retention_action: QAction

        def _update_title(self) -> None: ...

    def _programs(self) -> ProgramService:
        from mentordesk.services.programs import ProgramService

        return ProgramService(self.ctx.db)

    def reload_programs(self, prefer: int | None = None) -> None:
        """Fill the selector; keep (or pick) the current program."""
        programs = sorted(self._programs().list(), key=program_order)
        wanted = prefer if prefer is not None else self.ctx.program_id
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        for program in programs:
            label = program.name + (
                translate("main_window", "  (archived)") if program.archived else ""
            )
            self.program_combo.addItem(label, program.id)
        index = self.program_combo.findData(wanted) if wanted is not None else -1
        if index < 0 and programs:
            index = 0
        self.program_combo.setCurrentIndex(index)
        self.program_combo.blockSignals(False)
        self._on_program_picked(index)
        if self.ctx.has_database and self.ctx.db.is_server:
            self.district_menu().refresh()
        elif getattr(self, "_district_menu", None) is not None:  # back on a file: no district
            self.district_menu().menu_action.setVisible(False)

    def district_menu(self) -> DistrictMenu:
        """District ▸ Coordinators… (built on first use: the database layer is loaded by then)."""
        if getattr(self, "_district_menu", None) is None:
            from mentordesk.gui.district import DistrictMenu

            self._district_menu = DistrictMenu(self, self.ctx, self.ui.menuHelp.menuAction())
        return self._district_menu

    def _on_program_picked(self, index: int) -> None:
        self.ctx.set_program(self.program_combo.itemData(index) if index >= 0 else None)
        self._update_program_actions()

    def _on_program_changed(self) -> None:
        if self.ctx.program_id is not None:
            self.settings.set_last_program(
                self.ctx.db.location, self.ctx.program_id, self._program_name()
            )
        self._update_program_actions()
        self._update_title()

    def _program_name(self) -> str:
        return str(self.program_combo.currentText()).removesuffix(
            translate("main_window", "  (archived)")
        )

    def _update_program_actions(self) -> None:
        has = self.ctx.program_id is not None and self.ctx.has_database
        for action in (
            self.ui.actionRenameProgram,
            self.ui.actionArchiveProgram,
            self.ui.actionProgramSettings,
            self.ui.actionExport,
            self.ui.actionImport,
            self.ui.actionPrintCohort,
            self.retention_action,
        ):
            action.setEnabled(has)
        archived = has and self._programs().get(self.ctx.program_id or 0).archived
        self.ui.actionArchiveProgram.blockSignals(True)
        self.ui.actionArchiveProgram.setChecked(bool(archived))
        self.ui.actionArchiveProgram.blockSignals(False)

    def _on_changed(self, changes: ChangeSet) -> None:
        from mentordesk.core.changes import Topic

        if changes.touches(Topic.PROGRAMS):
            self.reload_programs(prefer=changes.program_id or self.ctx.program_id)
            self._update_title()

    def new_program_with_dialog(self) -> None:
        def submit(values: dict[str, Any]) -> None:
            _program, changes = self._programs().create(**values)
            self.ctx.broadcast(changes)

        from mentordesk.gui.programs import ProgramDialog

        ProgramDialog(ProgramDialog.CREATE, submit=submit, parent=self).exec()

    def rename_program_with_dialog(self) -> None:
        self._edit_program("rename")

    def program_settings_with_dialog(self) -> None:
        self._edit_program("settings")

    def _edit_program(self, mode: str) -> None:
        program_id = self.ctx.program_id
        if program_id is None:
            return
        service = self._programs()

        def submit(values: dict[str, Any]) -> None:
            # The version the dialog opened (or reloaded): someone else's newer save is
            # refused and the dialog asks Reload or Keep mine.
            _program, changes = service.update(
                program_id, dialog.version, keep_mine=dialog.keep_mine, **values
            )
            self.ctx.broadcast(changes)

        from mentordesk.gui.programs import ProgramDialog

        dialog = ProgramDialog(mode, service.get(program_id), submit=submit, parent=self)
        dialog.exec()

    def set_program_archived(self, archived: bool) -> None:
        """Archive (or bring back) the current program; it stays in the file and the list."""
        if self.ctx.program_id is None:
            return
        _program, changes = self._programs().set_archived(self.ctx.program_id, archived)
        self.ctx.broadcast(changes)
        verb = "archived" if archived else translate("main_window", "restored from the archive")
        self.statusBar().showMessage(
            translate("main_window", "Program {verb}.").format(verb=verb), 5000
        )

    def preferences_with_dialog(self) -> None:
        """Edit ▸ Preferences…: backup folder, date format, default paper (this computer)."""
        from mentordesk.gui.programs import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()
