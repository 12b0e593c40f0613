"""The main window: navigation between the four views and the program selector."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget

from mentordesk.gui.context import AppContext
from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
from mentordesk.gui.matching_view import MatchingView
from mentordesk.gui.pairs_view import PairsView
from mentordesk.gui.reports_view import ReportsView
from mentordesk.gui.roster_view import RosterView
from mentordesk.services.programs import ProgramService

VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS = range(4)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setMinimumWidth(260)
        self.program_combo.setAccessibleName("Program")
        self.ui.mainToolBar.addWidget(QLabel(" Program: ", self))
        self.ui.mainToolBar.addWidget(self.program_combo)

        self.roster_view = RosterView(ctx, self)
        self.matching_view = MatchingView(ctx, self)
        self.pairs_view = PairsView(ctx, self)
        self.reports_view = ReportsView(ctx, self)
        for view in (self.roster_view, self.matching_view, self.pairs_view, self.reports_view):
            self.ui.viewStack.addWidget(view)

        undo = ctx.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut("Ctrl+Z")
        redo = ctx.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut("Ctrl+Shift+Z")
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self._connect_signals()
        self.reload_programs()
        self.ui.navList.setCurrentRow(VIEW_ROSTER)

    def _connect_signals(self) -> None:
        self.ui.navList.currentRowChanged.connect(self.ui.viewStack.setCurrentIndex)
        self.program_combo.currentIndexChanged.connect(self._on_program_picked)
        self.ctx.openPairRequested.connect(lambda _id: self.show_view(VIEW_PAIRS))
        self.ui.actionQuit.triggered.connect(self.close)

    def show_view(self, index: int) -> None:
        self.ui.navList.setCurrentRow(index)

    def reload_programs(self) -> None:
        programs = ProgramService(self.ctx.db).list()
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        for program in programs:
            label = program.name + ("  (archived)" if program.archived else "")
            self.program_combo.addItem(label, program.id)
        self.program_combo.blockSignals(False)
        if programs:
            index = max(0, self.program_combo.findData(self.ctx.program_id))
            self.program_combo.setCurrentIndex(index)
            self._on_program_picked(index)

    def _on_program_picked(self, index: int) -> None:
        self.ctx.set_program(self.program_combo.itemData(index) if index >= 0 else None)

    def restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
