"""The main window: navigation between the four views, programs, files, undo.

Start-up is kept lean: only the roster view is built (and imported) with the window; the
matching, pairs and reports views — and what they pull in (ReportLab, QtCharts, …) — are
imported and built the first time they are shown (`view(index)` or their attribute).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from mentordesk import __version__
from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.gui.common import AppContext, Settings
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.programs import ProgramDialog
from mentordesk.gui.roster import RosterView
from mentordesk.services.programs import ProgramService

if TYPE_CHECKING:
    from mentordesk.gui.matching import MatchingView
    from mentordesk.gui.pairs import PairsView
    from mentordesk.gui.reports import ReportsView

VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS = range(4)
FIRST_LOAD_FALLBACK_MS = 250
DB_FILTER = "MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)"


def _build_view(index: int, ctx: AppContext, parent: QWidget) -> QWidget:
    """Import and build one of the views shown later than the roster."""
    if index == VIEW_MATCHING:
        from mentordesk.gui.matching import MatchingView

        return MatchingView(ctx, parent)
    if index == VIEW_PAIRS:
        from mentordesk.gui.pairs import PairsView

        return PairsView(ctx, parent)
    from mentordesk.gui.reports import ReportsView

    return ReportsView(ctx, parent)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        """`load_now=False` (the application's start) paints the window first and fills the
        program selector and the roster right after, from the event loop."""
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings(settings or QSettings())
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setMinimumWidth(300)
        self.program_combo.setAccessibleName("Program")
        self.ui.mainToolBar.addWidget(QLabel("  Program: ", self))
        self.ui.mainToolBar.addWidget(self.program_combo)
        self.ui.mainToolBar.addAction(self.ui.actionNewProgram)
        self.file_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self.file_label)

        self.roster_view = RosterView(ctx, self)
        self.ui.viewStack.addWidget(self.roster_view)
        # Empty pages stand in for the other views until they are first shown.
        self._views: dict[int, QWidget | None] = {VIEW_ROSTER: self.roster_view}
        for index in (VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS):
            self._views[index] = None
            self.ui.viewStack.addWidget(QWidget(self))

        self.undo_action = ctx.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)
        for index, name in enumerate(("Roster", "Matching", "Pairs", "Reports")):
            action = QAction(name, self)
            action.setShortcut(f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: self.show_view(i))
            self.ui.menuView.addAction(action)
        self._add_backup_actions()
        self._connect_signals()
        self._rebuild_recent_menu()
        self.ui.navList.setCurrentRow(VIEW_ROSTER)
        self._load_pending = self._loaded = False
        if load_now:
            self._first_load()
        else:
            self._update_program_actions()
            self._update_title()
            self._load_pending = True
            # After the first paint (see paintEvent); the timer covers a window never shown.
            QTimer.singleShot(FIRST_LOAD_FALLBACK_MS, self._first_load)

    def _first_load(self) -> None:
        self._load_pending = False
        if self._loaded:
            return
        self._loaded = True
        self.reload_programs(prefer=self.settings.last_program(self.ctx.db.path))
        self._update_title()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._load_pending:  # the window is on screen: fill it on the next turn
            self._load_pending = False
            QTimer.singleShot(0, self._first_load)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.navList.currentRowChanged.connect(self._on_nav_row)
        self.program_combo.currentIndexChanged.connect(self._on_program_picked)
        self.ctx.openPairRequested.connect(self._on_open_pair)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.programChanged.connect(lambda _pid: self._on_program_changed())
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewDatabase.triggered.connect(self.new_database_with_dialog)
        ui.actionOpenDatabase.triggered.connect(self.open_database_with_dialog)
        ui.actionImport.triggered.connect(self.open_import_dialog)
        ui.actionExport.triggered.connect(self.open_export_dialog)
        ui.actionPrintCohort.triggered.connect(self.open_batch_print_dialog)
        ui.actionNewProgram.triggered.connect(self.new_program_with_dialog)
        ui.actionRenameProgram.triggered.connect(self.rename_program_with_dialog)
        ui.actionArchiveProgram.triggered.connect(self.set_program_archived)
        ui.actionProgramSettings.triggered.connect(self.program_settings_with_dialog)
        ui.actionAbout.triggered.connect(self.show_about)

    # -- views and programs ----------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.ui.navList.setCurrentRow(index)

    def view(self, index: int) -> QWidget:
        """The view at `index`, imported and built on first use."""
        view = self._views[index]  # KeyError for an index that is no view
        if view is None:
            view = _build_view(index, self.ctx, self)
            stack = self.ui.viewStack
            current = stack.currentIndex()
            placeholder = stack.widget(index)
            stack.insertWidget(index, view)
            if placeholder is not None:
                stack.removeWidget(placeholder)
                placeholder.deleteLater()
            stack.setCurrentIndex(current)
            self._views[index] = view
        return view

    def is_view_built(self, index: int) -> bool:
        return self._views.get(index) is not None

    @property
    def matching_view(self) -> MatchingView:
        return cast("MatchingView", self.view(VIEW_MATCHING))

    @property
    def pairs_view(self) -> PairsView:
        return cast("PairsView", self.view(VIEW_PAIRS))

    @property
    def reports_view(self) -> ReportsView:
        return cast("ReportsView", self.view(VIEW_REPORTS))

    def _on_nav_row(self, index: int) -> None:
        if index in self._views:
            self.view(index)
        self.ui.viewStack.setCurrentIndex(index)

    def _on_open_pair(self, pair_id: int) -> None:
        if not self.is_view_built(VIEW_PAIRS):
            # Built now, the view missed this request (it connects to later ones itself).
            self.pairs_view.open_pair(pair_id)
        self.show_view(VIEW_PAIRS)

    def reload_programs(self, prefer: int | None = None) -> None:
        """Fill the selector; keep (or pick) the current program."""
        programs = ProgramService(self.ctx.db).list()
        # Active programs first, archived ones after, each alphabetical.
        programs.sort(key=lambda p: (p.archived, p.name.casefold()))
        wanted = prefer if prefer is not None else self.ctx.program_id
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        for program in programs:
            label = program.name + ("  (archived)" if program.archived else "")
            self.program_combo.addItem(label, program.id)
        index = self.program_combo.findData(wanted) if wanted is not None else -1
        if index < 0 and programs:
            index = 0
        self.program_combo.setCurrentIndex(index)
        self.program_combo.blockSignals(False)
        self._on_program_picked(index)

    def _on_program_picked(self, index: int) -> None:
        self.ctx.set_program(self.program_combo.itemData(index) if index >= 0 else None)
        self._update_program_actions()

    def _on_program_changed(self) -> None:
        if self.ctx.program_id is not None:
            self.settings.set_last_program(self.ctx.db.path, self.ctx.program_id)
        self._update_program_actions()
        self._update_title()

    def _update_program_actions(self) -> None:
        has = self.ctx.program_id is not None
        for action in (
            self.ui.actionRenameProgram,
            self.ui.actionArchiveProgram,
            self.ui.actionProgramSettings,
            self.ui.actionExport,
            self.ui.actionImport,
            self.ui.actionPrintCohort,
        ):
            action.setEnabled(has)
        archived = has and ProgramService(self.ctx.db).get(self.ctx.program_id or 0).archived
        self.ui.actionArchiveProgram.blockSignals(True)
        self.ui.actionArchiveProgram.setChecked(bool(archived))
        self.ui.actionArchiveProgram.blockSignals(False)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Topic.PROGRAMS):
            self.reload_programs(prefer=changes.program_id or self.ctx.program_id)
            self._update_title()

    def _update_title(self) -> None:
        name = self.program_combo.currentText().strip() if self.ctx.program_id else ""
        file_name = self.ctx.db.path.name + (" (read-only)" if self.ctx.db.readonly else "")
        parts = [p for p in (name, file_name, "MentorDesk") if p]
        self.setWindowTitle(" — ".join(parts))
        self.file_label.setText(str(self.ctx.db.path))

    def new_program_with_dialog(self) -> None:
        def submit(values: dict[str, Any]) -> None:
            _program, changes = ProgramService(self.ctx.db).create(**values)
            self.ctx.broadcast(changes)

        ProgramDialog(ProgramDialog.CREATE, submit=submit, parent=self).exec()

    def rename_program_with_dialog(self) -> None:
        self._edit_program(ProgramDialog.RENAME)

    def program_settings_with_dialog(self) -> None:
        self._edit_program(ProgramDialog.SETTINGS)

    def _edit_program(self, mode: str) -> None:
        program_id = self.ctx.program_id
        if program_id is None:
            return
        service = ProgramService(self.ctx.db)

        def submit(values: dict[str, Any]) -> None:
            _program, changes = service.update(program_id, **values)
            self.ctx.broadcast(changes)

        ProgramDialog(mode, service.get(program_id), submit=submit, parent=self).exec()

    def set_program_archived(self, archived: bool) -> None:
        """Archive (or bring back) the current program; it stays in the file and the list."""
        if self.ctx.program_id is None:
            return
        _program, changes = ProgramService(self.ctx.db).set_archived(self.ctx.program_id, archived)
        self.ctx.broadcast(changes)
        verb = "archived" if archived else "restored from the archive"
        self.statusBar().showMessage(f"Program {verb}.", 5000)

    # -- files -----------------------------------------------------------------------------
    def _add_backup_actions(self) -> None:
        """File ▸ Back up now… and File ▸ Restore…, before Quit."""
        menu = self.ui.menuFile
        self.backup_action = QAction("&Back Up Now…", self)
        self.restore_action = QAction("&Restore from Backup…", self)
        self.backup_settings_action = QAction("Backup &Settings…", self)
        menu.insertActions(
            self.ui.actionQuit,
            [self.backup_action, self.restore_action, self.backup_settings_action],
        )
        menu.insertSeparator(self.ui.actionQuit)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore_with_dialog)
        self.backup_settings_action.triggered.connect(self.backup_settings_with_dialog)

    def backup_settings_with_dialog(self) -> QDialog:
        from mentordesk.gui.files import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.settings.qsettings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def back_up_now(self) -> Path | None:
        from mentordesk.services.files import BackupService

        path = BackupService(self.ctx.db).backup("manual")
        self.statusBar().showMessage(f"Backed up to {path}", 8000)
        return path

    def restore_with_dialog(self) -> QDialog | None:
        """The restore dialog (window-modal); restoring reopens the file."""
        from mentordesk.gui.files import RestoreDialog
        from mentordesk.services.files import BackupService

        dialog = RestoreDialog(BackupService(self.ctx.db), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(dialog.chosen()))
        dialog.open()
        return dialog

    def _restore(self, backup: Path | None) -> None:
        from mentordesk.services.files import BackupService

        if backup is None:
            return
        kept = BackupService(self.ctx.db).restore(backup)
        path = self.ctx.db.path
        self.ctx.undo_stack.clear()
        self.open_database(path, reopen=True)
        note = f" The previous content was kept as {kept.name}." if kept else ""
        QMessageBox.information(self, "Restored", f"{path.name} was restored.{note}")

    def open_database(self, path: Path, *, reopen: bool = False) -> None:
        """Switch to another file (created, empty, if it does not exist)."""
        from mentordesk.gui.files import open_for_window

        if reopen:
            self.ctx.db.close()  # the restored file is opened afresh (and locked again)
        db = open_for_window(path, self)
        if db is None:
            return
        self.ctx.set_database(db)
        self.settings.add_recent(path)
        self._rebuild_recent_menu()
        self.reload_programs(prefer=self.settings.last_program(path))
        self._update_title()

    def new_database_with_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "New MentorDesk file", str(Path.home() / "mentoring.sqlite"), DB_FILTER
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self, "New file", f"{path} already exists. Use File ▸ Open to open it."
                )
                return
            self.open_database(path)

    def open_database_with_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open MentorDesk file", str(self.ctx.db.path.parent), DB_FILTER
        )
        if name:
            self.open_database(Path(name))

    def _rebuild_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = [p for p in self.settings.recent() if p != self.ctx.db.path]
        for path in recent:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            QMessageBox.warning(self, "Open recent", f"{path} no longer exists.")
            self.settings.remove_recent(path)
            self._rebuild_recent_menu()
            return
        self.open_database(path)

    # -- spreadsheet import/export -------------------------------------------------------
    def open_import_dialog(self) -> None:
        from mentordesk.gui.roster import open_import_dialog

        open_import_dialog(self.ctx, self)

    def open_export_dialog(self) -> None:
        from mentordesk.gui.roster import open_export_dialog

        open_export_dialog(self.ctx, self)

    def open_batch_print_dialog(self) -> QDialog | None:
        """File ▸ Print Whole Cohort…: agreements, IDPs or certificates in the background
        (window-modal, not blocking; deleted when closed)."""
        from mentordesk.gui.documents import BatchPrintDialog

        if self.ctx.program_id is None:
            return None
        dialog = BatchPrintDialog(self.ctx, self.ctx.program_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- misc ------------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About MentorDesk",
            f"<b>MentorDesk {__version__}</b><p>Run a mentoring program from one local file: "
            "roster, matching, pairs, agreements and reports, offline.</p>"
            f"<p>Data file: {self.ctx.db.path}</p>",
        )

    def restore_geometry(self, settings: QSettings | None = None) -> None:
        geometry = (settings or self.settings.qsettings).value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self.settings.set_last_database(self.ctx.db.path)
        if self.ctx.program_id is not None:
            self.settings.set_last_program(self.ctx.db.path, self.ctx.program_id)
        self.settings.qsettings.sync()
        super().closeEvent(event)
