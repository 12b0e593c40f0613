"""The main window: its start (shell, early roster, attaching the opened file), undo, the
title, closing. Its other parts are mixins: the views and navigation (gui/window_views.py), the
programs (gui/window_programs.py) and the File menu (gui/window_files.py).

Start-up is kept lean: the window (menus, navigation, the last program's name from QSettings)
is painted before the database layer is imported. The application opens the file in the
background (`gui/startup.py`): `show_early_roster` shows the rows read straight from the file
before SQLAlchemy has loaded, and `attach_database` then confirms them (or builds the roster)
with the rows read once the file is open; the matching, pairs and reports views — and what
they pull in (ReportLab, QtCharts, …) — are imported and built the first time they are shown
(`view(index)` or their attribute, gui/window_views.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from mentordesk.db.location import Location, describe
from mentordesk.gui.common import (
    AppContext,
    ChangeWatcher,
    ElidedLabel,
    Settings,
    translate,
)
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.window_files import FileActions
from mentordesk.gui.window_programs import ProgramActions, program_order
from mentordesk.gui.window_views import (
    VIEW_MATCHING,
    VIEW_PAIRS,
    VIEW_REPORTS,
    VIEW_ROSTER,
    WindowViews,
)

if TYPE_CHECKING:  # SQLAlchemy and the views load after the first paint
    from mentordesk.db.engine import Database
    from mentordesk.gui.roster import RosterView
    from mentordesk.services.roster import RosterRow

FIRST_LOAD_FALLBACK_MS = 250

__all__ = [
    "VIEW_MATCHING",
    "VIEW_PAIRS",
    "VIEW_REPORTS",
    "VIEW_ROSTER",
    "MainWindow",
    "program_order",
]


class MainWindow(WindowViews, ProgramActions, FileActions, QMainWindow):
    """The main window; its views (gui/window_views.py), its programs
    (gui/window_programs.py) and its File menu (gui/window_files.py) are mixins."""

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
        # Right-aligned with a margin, so a long status message is cut before a gap rather than
        # running into the path ("…passphras/tmp/…").
        self.file_label = ElidedLabel(self)
        self.file_label.setMinimumWidth(120)
        self.file_label.setMaximumWidth(320)
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.file_label.setContentsMargins(16, 0, 4, 0)
        self.ui.statusBar.addPermanentWidget(self.file_label, 1)

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
        self.statusBar().messageChanged.connect(self._announce)
        self._rebuild_recent_menu()
        self.ui.navList.setCurrentRow(VIEW_ROSTER)
        self._load_pending = self._loaded = False
        self._importing: set[int] = set()
        self._early_roster: tuple[int, RosterView] | None = None
        self._prepared_roster: RosterView | None = None
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

    def _show_last_program_name(self) -> None:
        """Until the file is open: the program used last time, from QSettings, as a hint."""
        name = self.settings.last_program_name(self.location)
        if name and not self.ctx.has_database:
            self.program_combo.blockSignals(True)
            self.program_combo.addItem(name, None)
            self.program_combo.blockSignals(False)
            self.program_combo.setEnabled(False)

    def _first_load(self) -> None:
        self._load_pending = False
        if self._loaded:
            return
        self._loaded = True
        self._apply_display_preferences()
        if self.after_first_paint is not None:
            self.after_first_paint()  # the application installs the keyboard aids later
            return
        self.install_keyboard_aids()
        if self.ctx.has_database:
            self.view(VIEW_ROSTER)
            self.reload_programs(prefer=self.settings.last_program(self.ctx.db.location))
            self._update_title()
            self.loaded.emit()

    def install_keyboard_aids(self) -> None:
        """The focus ring, Tab never trapped, windows fitted to the screen (once per
        application). At start-up the application calls it once the roster's rows are on
        screen: the style that does it costs ~25 ms to put in place, with its restyling of
        the widgets already built; the window itself was fitted before it was shown."""
        from mentordesk.gui.common import install_keyboard_aids

        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_keyboard_aids(app)

    def _apply_display_preferences(self) -> None:
        """The date style and paper size: nothing the first paint shows uses them, and the
        first rows and documents come after it."""
        from mentordesk.core.paper import set_preferred_paper
        from mentordesk.gui.common import set_date_style

        set_date_style(self.settings.date_style())
        set_preferred_paper(self.settings.default_paper())

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
        prepared, self._prepared_roster = self._prepared_roster, None  # no early rows came
        if prepared is not None:  # filled below, with the rows read
            self.ctx.databaseChanged.disconnect(prepared.reload)
        rows = roster_rows if program_id is not None else None
        if early is not None and (early[0] != program_id or rows is None):
            self._drop_early_roster(early[1])
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
            roster.set_waiting(False)  # what was asked meanwhile is carried out now
        else:
            self.ctx.program_id = program_id  # no signal: nothing is built yet to hear it
            if prepared is not None:
                roster = prepared
                self.ctx.databaseChanged.connect(roster.reload)
                roster.reload(rows)
                roster.set_waiting(False)
            else:
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
        (`services.roster.peek_roster`), until `attach_database` confirms it with what it
        read. It can be scrolled, selected, sorted and filtered meanwhile; what needs the
        file waits for it, and says so (`RosterView.set_waiting`)."""
        from mentordesk.gui.roster import RosterView

        if self.ctx.has_database or program_id is None:
            return
        self.ctx.program_id = program_id  # no signal: nothing is built yet to hear it
        roster, self._prepared_roster = self._prepared_roster, None
        if roster is None:
            roster = RosterView(self.ctx, self, rows=rows, waiting=True)
        else:
            roster.reload(rows)
        self._put_view(VIEW_ROSTER, roster)
        self._early_roster = (program_id, roster)
        self.rosterShown.emit()

    def _announce(self, text: str) -> None:
        from mentordesk.gui.common import announce  # the focus ring's module: after the paint

        announce(self, text)

    def prepare_early_roster(self) -> None:
        """Build the roster view, still empty and off screen, while the opening thread reads
        the rows (that thread is mostly in SQLite then): `show_early_roster` only fills it.
        Its first build is the costly one (Qt's classes for the table, the form)."""
        from mentordesk.gui.roster import RosterView

        if self.ctx.has_database or self._prepared_roster is not None:
            return
        self._prepared_roster = RosterView(self.ctx, self, rows=[], waiting=True)
        self._prepared_roster.hide()

    def _drop_early_roster(self, roster: RosterView) -> None:
        """The file opened on another program than the early rows': what was asked on them is
        not done, and the status bar says so (never silently lost)."""
        if roster.pending is not None:
            what = roster.pending[0]
            roster.pending = None
            self.statusBar().showMessage(
                translate(
                    "main_window", "The file opened on another program: “{action}” was not done."
                ).format(action=what),
                15000,
            )

    def _show_retention_notice(self) -> None:
        """In a background job, with the warm-up of what the first edit needs (the ORM
        records are not loaded to fill the roster): the UI thread never waits for either."""
        from mentordesk.gui.common import Job, log
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
