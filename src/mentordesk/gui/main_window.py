"""The main window: navigation between the four views, programs, files, undo.

Start-up is kept lean: the window (menus, navigation, the last program's name from QSettings)
is painted before the database layer is imported. The application opens the file in the
background (`gui/startup.py`) and then `attach_database` builds the roster with the rows already
read; the matching, pairs and reports views — and what they pull in (ReportLab, QtCharts, …) —
are imported and built the first time they are shown (`view(index)` or their attribute).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.program import Program
from mentordesk.core.program import program_order as core_program_order
from mentordesk.db.location import Location, ServerLocation, describe
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    AppContext,
    ChangeWatcher,
    ElidedLabel,
    Job,
    ScreenFit,
    Settings,
    announce,
    install_keyboard_aids,
    save_file_name,
    translate,
)
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.programs import ProgramDialog

if TYPE_CHECKING:  # SQLAlchemy and the views load after the first paint
    from mentordesk.db.engine import Database
    from mentordesk.gui.district import DistrictMenu
    from mentordesk.gui.matching import MatchingView
    from mentordesk.gui.pairs import PairsView
    from mentordesk.gui.reports import ReportsView
    from mentordesk.gui.roster import RosterView
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import RosterRow

VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS = range(4)
FIRST_LOAD_FALLBACK_MS = 250
DB_FILTER = QT_TRANSLATE_NOOP(
    "main_window", "MentorDesk files (*.sqlite *.mentordesk *.db);;All files (*)"
)


NAV_TIPS = (
    QT_TRANSLATE_NOOP(
        "main_window",
        "Roster: the program's participants, screening and guardians; import, export and print",
    ),
    QT_TRANSLATE_NOOP(
        "main_window", "Matching: propose mentor–mentee pairs, review them and approve"
    ),
    QT_TRANSLATE_NOOP(
        "main_window",
        "Pairs: each pair's agreement, goals, meetings and check-ins; what is due this week",
    ),
    QT_TRANSLATE_NOOP(
        "main_window", "Reports: the program's measures and charts, comparison, summary PDF"
    ),
)

# What each view imports on first use (SciPy, ReportLab, QtCharts…): imported in a background
# thread on the first visit, so the click never freezes the window while Python loads them.
VIEW_MODULES = {
    VIEW_MATCHING: "mentordesk.gui.matching",
    VIEW_PAIRS: "mentordesk.gui.pairs",
    VIEW_REPORTS: "mentordesk.gui.reports",
}


def _build_view(index: int, ctx: AppContext, parent: QWidget) -> QWidget:
    """Import and build one of the views (the database is open)."""
    if index == VIEW_ROSTER:
        from mentordesk.gui.roster import RosterView

        return RosterView(ctx, parent)
    if index == VIEW_MATCHING:
        from mentordesk.gui.matching import MatchingView

        return MatchingView(ctx, parent)
    if index == VIEW_PAIRS:
        from mentordesk.gui.pairs import PairsView

        return PairsView(ctx, parent)
    from mentordesk.gui.reports import ReportsView

    return ReportsView(ctx, parent)


def program_order(program: Program) -> tuple[bool, str]:
    """The selector's order: active programs first, archived ones after, each alphabetical."""
    return core_program_order(program.archived, program.name)


class MainWindow(QMainWindow):
    #: The database is attached and the roster filled (the start-up benchmark waits for it).
    loaded = Signal()
    #: The roster's rows are first on screen: read before the file was opened
    #: (`show_early_roster`), or with it (`attach_database`).
    rosterShown = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        *,
        load_now: bool = True,
        db_path: Location | None = None,
    ) -> None:
        """`load_now=False` paints the window first and fills the program selector and the
        roster right after, from the event loop. A context without a database yet (the
        application's start) shows the shell for `db_path` until `attach_database`."""
        super().__init__(parent)
        self.ctx = ctx
        ctx.background_reads = True  # the views read big lists off the UI thread
        # Other windows', commands' and coordinators' changes reach the views (gui/common/watch.py).
        self.watcher = ChangeWatcher(ctx, self)
        self.settings = Settings(settings or QSettings())
        self.location: Location = ctx.db.location if ctx.has_database else db_path or Path("")
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setMinimumWidth(300)
        self.program_combo.setAccessibleName(translate("main_window", "Program"))
        self.ui.mainToolBar.addWidget(QLabel(translate("main_window", "  Program: "), self))
        self.ui.mainToolBar.addWidget(self.program_combo)
        self.ui.mainToolBar.addAction(self.ui.actionNewProgram)
        # A long path is shortened with "…", never widening the window (tooltip: the path).
        self.file_label = ElidedLabel(self)
        self.file_label.setMinimumWidth(120)
        self.file_label.setMaximumWidth(420)
        self.ui.statusBar.addPermanentWidget(self.file_label, 1)
        app = QApplication.instance()
        if app is not None and not getattr(app, "_mentordesk_screen_fit", None):
            # Every dialog and window is fitted to the screen's available area when shown.
            fitter = ScreenFit(app)
            app.installEventFilter(fitter)
            app._mentordesk_screen_fit = fitter  # type: ignore[attr-defined]
        if isinstance(app, QApplication):  # a visible focus ring, Tab never trapped
            install_keyboard_aids(app)

        # Pages stand in for the views until they are first shown (the roster: once the file
        # is open), saying the file is being opened until it is.
        self._views: dict[int, QWidget | None] = {}
        for index in (VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS):
            self._views[index] = None
            self.ui.viewStack.addWidget(self._placeholder())

        self.undo_action = ctx.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)
        self.ui.menuEdit.addSeparator()
        self.preferences_action = QAction(translate("main_window", "&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():  # Linux and Windows have no standard key
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferences_with_dialog)
        self.ui.menuEdit.addAction(self.preferences_action)
        from mentordesk.gui.common import set_date_style

        set_date_style(self.settings.date_style())
        from mentordesk.core.paper import set_preferred_paper

        set_preferred_paper(self.settings.default_paper())
        self._describe_navigation()
        for index, name in enumerate(
            (
                translate("main_window", "&Roster"),
                translate("main_window", "&Matching"),
                translate("main_window", "&Pairs"),
                translate("main_window", "R&eports"),
            )
        ):
            action = QAction(name, self)
            action.setShortcut(f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: self.show_view(i))
            self.ui.menuView.addAction(action)
        self._add_privacy_actions()
        self._add_backup_actions()
        self._add_server_action()
        self._connect_signals()
        # Screen readers speak what the status bar says (backed up, archived, a notice).
        self.statusBar().messageChanged.connect(lambda text: announce(self, text))
        self._rebuild_recent_menu()
        self.ui.navList.setCurrentRow(VIEW_ROSTER)
        self._load_pending = self._loaded = False
        self._importing: set[int] = set()
        self._early_roster: tuple[int, RosterView] | None = None
        #: Called once after the first paint instead of loading from ctx.db (the application
        #: sets it to open the file in the background, then calls attach_database).
        self.after_first_paint: Callable[[], None] | None = None
        if load_now and ctx.has_database:
            self._first_load()
        else:
            self._show_last_program_name()
            self._set_file_actions_enabled(ctx.has_database)
            self._update_program_actions()
            self._update_title()
            self._load_pending = True
            # After the first paint (see paintEvent); the timer covers a window never shown.
            QTimer.singleShot(FIRST_LOAD_FALLBACK_MS, self._first_load)

    def _set_file_actions_enabled(self, enabled: bool) -> None:
        """What needs the open file waits for it (switching files meanwhile would race with
        the file being opened)."""
        ui = self.ui
        for action in (ui.actionNewProgram, ui.actionNewDatabase, ui.actionOpenDatabase):
            action.setEnabled(enabled)
        self.ui.menuRecent.setEnabled(enabled and not self.ui.menuRecent.isEmpty())

    def _placeholder(self) -> QWidget:
        label = QLabel(
            ""
            if self.ctx.has_database
            else translate("main_window", "Opening {name}…").format(name=self.location.name),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _show_last_program_name(self) -> None:
        """Until the file is open: the program used last time, from QSettings, as a hint."""
        name = self.settings.last_program_name(self.location)
        if name and not self.ctx.has_database:
            self.program_combo.blockSignals(True)
            self.program_combo.addItem(name, None)
            self.program_combo.blockSignals(False)
            self.program_combo.setEnabled(False)

    def _describe_navigation(self) -> None:
        """Tooltips and accessible names for the view list (screen readers, new users)."""
        nav = self.ui.navList
        nav.setAccessibleName(translate("main_window", "Views"))
        for index, tip in enumerate(NAV_TIPS):
            item = nav.item(index)
            if item is not None:
                item.setToolTip(
                    translate("main_window", "{tip} (Ctrl+{v1})").format(
                        tip=translate("main_window", tip), v1=index + 1
                    )
                )
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)

    def _first_load(self) -> None:
        self._load_pending = False
        if self._loaded:
            return
        self._loaded = True
        if self.after_first_paint is not None:
            self.after_first_paint()
        elif self.ctx.has_database:
            self.view(VIEW_ROSTER)
            self.reload_programs(prefer=self.settings.last_program(self.ctx.db.location))
            self._update_title()
            self.loaded.emit()

    def attach_database(
        self,
        db: Database,
        program_id: int | None = None,
        roster_rows: list[RosterRow] | None = None,
    ) -> None:
        """The file is open: build the roster with the rows already read for
        `program_id`, fill the program selector, and build the view the user is looking at."""
        from mentordesk.gui.roster import RosterView

        early = self._early_roster
        self._early_roster = None
        rows = roster_rows if program_id is not None else None
        if early is not None and (early[0] != program_id or rows is None):
            early = None  # another program after all: the roster is built afresh
        if early is not None:  # its rows are on screen: no emptying them for the new file
            self.ctx.databaseChanged.disconnect(early[1].reload)
        self.ctx.set_database(db)
        self.location = db.location
        if early is not None and rows is not None:
            roster = early[1]  # already on screen: only what changed since the early read
            self.ctx.databaseChanged.connect(roster.reload)
            self.ctx.program_id = program_id  # no signal, as below
            if rows != roster.model.rows():
                roster.reload(rows)
            roster.setEnabled(True)
        else:
            self.ctx.program_id = program_id  # no signal: nothing is built yet to hear it
            roster = RosterView(self.ctx, self, rows=rows)
            self._put_view(VIEW_ROSTER, roster)
        self.program_combo.setEnabled(True)
        self._set_file_actions_enabled(True)
        self._rebuild_recent_menu()
        self.reload_programs(prefer=program_id)
        self._update_title()
        current = self.ui.navList.currentRow()
        if current in self._views and current != VIEW_ROSTER:
            self.view(current)
        if early is None:
            self.rosterShown.emit()
        self.loaded.emit()
        QTimer.singleShot(0, self._show_retention_notice)

    def show_early_roster(self, program_id: int | None, rows: list[RosterRow]) -> None:
        """Before the file is open: the roster of `program_id` as read straight from the file
        (`services.roster.peek_roster`), greyed out — it can be seen, not yet used —
        until `attach_database` confirms it with what it read."""
        from mentordesk.gui.roster import RosterView

        if self.ctx.has_database or program_id is None:
            return
        self.ctx.program_id = program_id  # no signal: nothing is built yet to hear it
        roster = RosterView(self.ctx, self, rows=rows)
        roster.setEnabled(False)
        self._put_view(VIEW_ROSTER, roster)
        self._early_roster = (program_id, roster)
        self.rosterShown.emit()

    # -- privacy ---------------------------------------------------------------------------
    def _add_privacy_actions(self) -> None:
        self.protect_action = QAction(translate("main_window", "Protect with &passphrase…"), self)
        self.protect_action.triggered.connect(self.protect_with_passphrase)
        self.ui.menuFile.insertAction(self.ui.actionImport, self.protect_action)
        self.ui.menuFile.insertSeparator(self.ui.actionImport)
        self.retention_action = QAction(translate("main_window", "&Retention…"), self)
        self.retention_action.triggered.connect(self.open_retention_dialog)
        self.ui.menuProgram.addSeparator()
        self.ui.menuProgram.addAction(self.retention_action)

    def open_retention_dialog(self) -> QDialog | None:
        if self.ctx.program_id is None:
            return None
        from mentordesk.gui.privacy import RetentionDialog

        dialog = RetentionDialog(self.ctx, self.ctx.program_id, self)
        dialog.open()
        return dialog

    def protect_with_passphrase(self) -> None:
        from mentordesk.gui.privacy import protect_with_dialog

        if protect_with_dialog(self, self.ctx) is not None:
            self.reload_programs(prefer=self.ctx.program_id)
            self._update_title()

    def _show_retention_notice(self) -> None:
        """In a background job, with the warm-up of what the first edit needs (the ORM
        records are not loaded to fill the roster): the UI thread never waits for either."""
        from mentordesk.gui.common import log
        from mentordesk.gui.startup import warm_up

        def show(notice: object) -> None:
            if notice:
                self.statusBar().showMessage(str(notice), 15000)

        self._warm_up = Job(lambda _report, _cancelled: warm_up(self.ctx))
        self._warm_up.succeeded.connect(show)
        self._warm_up.failed.connect(lambda error: log.warning("Warm-up failed: %s", error))
        self._warm_up.start()

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
        guide = QAction(translate("main_window", "&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_user_guide)
        ui.menuHelp.insertAction(ui.actionAbout, guide)
        self.action_user_guide = guide

    # -- views and programs ----------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.ui.navList.setCurrentRow(index)

    def view(self, index: int) -> QWidget:
        """The view at `index`, imported and built on first use."""
        view = self._views[index]  # KeyError for an index that is no view
        if view is None:
            view = _build_view(index, self.ctx, self)
            self._put_view(index, view)
        return view

    def _put_view(self, index: int, view: QWidget) -> None:
        stack = self.ui.viewStack
        current = stack.currentIndex()
        placeholder = stack.widget(index)
        stack.insertWidget(index, view)
        if placeholder is not None:
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
        stack.setCurrentIndex(current)
        self._views[index] = view

    def is_view_built(self, index: int) -> bool:
        return self._views.get(index) is not None

    @property
    def roster_view(self) -> RosterView:
        return cast("RosterView", self.view(VIEW_ROSTER))

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
        module = VIEW_MODULES.get(index)
        if (
            self.ctx.has_database
            and self._views.get(index) is None
            and module is not None
            and module not in sys.modules
        ):
            self._import_then_show(index, module)
            return
        if index in self._views and self.ctx.has_database:  # else built once the file is open
            self.view(index)
        self.ui.viewStack.setCurrentIndex(index)

    def _import_then_show(self, index: int, module: str) -> None:
        """First visit: show "Loading…", import the view's modules off the UI thread, then
        build the view (if the coordinator is still on it)."""
        self.ui.viewStack.setCurrentIndex(index)
        if index in self._importing:
            return
        self._importing.add(index)
        placeholder = self.ui.viewStack.widget(index)
        if placeholder is not None and placeholder.layout() is None:
            layout = QVBoxLayout(placeholder)
            label = QLabel(translate("main_window", "Loading…"), placeholder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

        def imported(_result: object = None) -> None:
            self._importing.discard(index)
            if self.ui.navList.currentRow() == index:
                self._on_nav_row(index)  # a failed import raises here, on the UI thread

        job = Job(lambda _report, _cancelled: importlib.import_module(module))
        job.succeeded.connect(imported)
        job.failed.connect(imported)
        job.start()

    def is_view_ready(self, index: int) -> bool:
        """Whether the view is built and has no read under way (tests, benchmarks)."""
        view = self._views.get(index)
        if view is None:
            return False
        loading = getattr(view, "is_loading", None)
        return not (loading is not None and loading())

    def _on_open_pair(self, pair_id: int) -> None:
        if not self.is_view_built(VIEW_PAIRS):
            # Built now, the view missed this request (it connects to later ones itself).
            self.pairs_view.open_pair(pair_id)
        self.show_view(VIEW_PAIRS)

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
        if changes.touches(Topic.PROGRAMS):
            self.reload_programs(prefer=changes.program_id or self.ctx.program_id)
            self._update_title()

    def _update_title(self) -> None:
        known = self.ctx.program_id or not self.ctx.has_database  # the hint from QSettings
        name = self.program_combo.currentText().strip() if known else ""
        readonly = self.ctx.has_database and self.ctx.db.readonly
        file_name = self.location.name + (
            translate("main_window", " (read-only)") if readonly else ""
        )
        parts = [p for p in (name, file_name, "MentorDesk") if p]
        self.setWindowTitle(" — ".join(parts))
        self.file_label.setText(describe(self.location))
        on_file = isinstance(self.location, Path)  # a server's backups are the server's
        for action in ("backup_action", "restore_action", "protect_action"):
            if hasattr(self, action):
                getattr(self, action).setEnabled(on_file)

    def new_program_with_dialog(self) -> None:
        def submit(values: dict[str, Any]) -> None:
            _program, changes = self._programs().create(**values)
            self.ctx.broadcast(changes)

        ProgramDialog(ProgramDialog.CREATE, submit=submit, parent=self).exec()

    def rename_program_with_dialog(self) -> None:
        self._edit_program(ProgramDialog.RENAME)

    def preferences_with_dialog(self) -> None:
        """Edit ▸ Preferences…: backup folder, date format, default paper (this computer)."""
        from mentordesk.gui.programs import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def program_settings_with_dialog(self) -> None:
        self._edit_program(ProgramDialog.SETTINGS)

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

    # -- files -----------------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Ask about unsaved agreement or IDP edits before they would be lost; False: stay."""
        pairs = self._views.get(VIEW_PAIRS)
        return pairs is None or bool(getattr(pairs, "confirm_leave", lambda: True)())

    def _add_server_action(self) -> None:
        """File ▸ Connect to Server…, after Open."""
        self.connect_action = QAction(translate("main_window", "Connect to &Server…"), self)
        self.connect_action.setToolTip(
            translate("main_window", "Open a district's MentorDesk database on a PostgreSQL server")
        )
        self.ui.menuFile.insertAction(self.ui.menuRecent.menuAction(), self.connect_action)
        self.connect_action.triggered.connect(self.connect_to_server_with_dialog)

    def connect_to_server_with_dialog(self) -> QDialog:
        """The Connect to server dialog (window-modal); OK opens the server in this window."""
        from mentordesk.gui.files import connect_with_dialog

        current = self.location if isinstance(self.location, ServerLocation) else None
        return connect_with_dialog(self, self.open_server, current)

    def open_server(self, location: ServerLocation, remember: bool = False) -> None:
        """Open a server's database here, like a file (a password asked when needed)."""
        if not self.confirm_leave():
            return
        from mentordesk.gui.files import open_server

        try:
            db = open_server(location, self, remember=remember)
        except MentorDeskError as error:
            QMessageBox.warning(self, translate("main_window", "Connect to server"), str(error))
            return
        if db is not None:
            self._show_database(db)

    def _add_backup_actions(self) -> None:
        """File ▸ Back up now… and File ▸ Restore…, before Quit."""
        menu = self.ui.menuFile
        self.backup_action = QAction(translate("main_window", "&Back Up Now…"), self)
        self.restore_action = QAction(translate("main_window", "&Restore from Backup…"), self)
        self.backup_settings_action = QAction(translate("main_window", "Backup &Settings…"), self)
        # File ▸ Transfer programs…: copy programs to a file or a server (gui/files/transfer.py).
        self.transfer_action = QAction(translate("main_window", "&Transfer Programs…"), self)
        self.transfer_action.triggered.connect(self.transfer_with_dialog)
        menu.insertActions(
            self.ui.actionQuit,
            [
                self.backup_action,
                self.restore_action,
                self.backup_settings_action,
                self.transfer_action,
            ],
        )
        menu.insertSeparator(self.ui.actionQuit)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore_with_dialog)
        self.backup_settings_action.triggered.connect(self.backup_settings_with_dialog)

    def transfer_with_dialog(self) -> QDialog | None:
        if not self.ctx.has_database:
            return None
        from mentordesk.gui.files import TransferDialog

        dialog = TransferDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_settings_with_dialog(self) -> QDialog:
        from mentordesk.gui.files import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.settings.qsettings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def back_up_now(self) -> Path | None:
        from mentordesk.services.files import BackupService

        path = BackupService(self.ctx.db).backup("manual")
        self.statusBar().showMessage(
            translate("main_window", "Backed up to {path}").format(path=path), 8000
        )
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
        path = self.ctx.db.file_path("Restore")
        self.ctx.undo_stack.clear()
        self.open_database(path, reopen=True)
        note = (
            translate("main_window", " The previous content was kept as {name}.").format(
                name=kept.name
            )
            if kept
            else ""
        )
        QMessageBox.information(
            self,
            translate("main_window", "Restored"),
            translate("main_window", "{name} was restored.{note}").format(
                name=path.name, note=note
            ),
        )

    def open_database(self, path: Location, *, reopen: bool = False) -> None:
        """Switch to another file (created, empty, if it does not exist). Another window's
        file offers read-only, a damaged one the newest good backup, an encrypted one asks
        for its passphrase (and stays closed when that is cancelled or wrong)."""
        if not reopen and not self.confirm_leave():
            return
        from mentordesk.gui.files import open_for_window

        if reopen:
            self.ctx.db.close()  # the restored file is opened afresh (and locked again)
        db = open_for_window(path, self)
        if db is None:
            return
        self._show_database(db)

    def _show_database(self, db: Database) -> None:
        self.ctx.set_database(db)
        self.location = db.location
        self.settings.add_recent(db.location)
        self._rebuild_recent_menu()
        self.reload_programs(prefer=self.settings.last_program(db.location))
        self._update_title()

    def new_database_with_dialog(self) -> None:
        name = save_file_name(
            self,
            "database",
            translate("main_window", "New MentorDesk file"),
            "mentoring.sqlite",
            translate("main_window", DB_FILTER),
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self,
                    translate("main_window", "New file"),
                    translate(
                        "main_window", "{path} already exists. Use File ▸ Open to open it."
                    ).format(path=path),
                )
                return
            self.open_database(path)

    def open_database_with_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Open MentorDesk file"),
            self._file_folder(),
            translate("main_window", DB_FILTER),
        )
        if name:
            self.open_database(Path(name))

    def _file_folder(self) -> str:
        """Where File ▸ Open starts: the open file's folder (none for a server)."""
        return str(self.location.parent) if isinstance(self.location, Path) else ""

    def _rebuild_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = [p for p in self.settings.recent() if p != self.location]
        for path in recent:
            action = menu.addAction(describe(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: Location) -> None:
        if isinstance(path, Path) and not path.exists():
            QMessageBox.warning(
                self,
                translate("main_window", "Open recent"),
                translate("main_window", "{path} no longer exists.").format(path=path),
            )
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
        from mentordesk.gui.help import AboutDialog

        AboutDialog(self.location, self).exec()

    def show_user_guide(self) -> QDialog:
        from mentordesk.gui.help import GuideWindow

        guide = GuideWindow(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def restore_geometry(self, settings: QSettings | None = None) -> None:
        geometry = (settings or self.settings.qsettings).value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()  # unsaved agreement or IDP edits: the coordinator cancelled
            return
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self.settings.set_last_database(self.location)
        if self.ctx.program_id is not None:
            self.settings.set_last_program(self.location, self.ctx.program_id, self._program_name())
        self.settings.qsettings.sync()
        super().closeEvent(event)
