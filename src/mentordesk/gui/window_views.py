"""The main window's views: the navigation list, the stack of the four views, and building
each view on first use.

Only the roster is built at start (once the file is open, or early from rows read straight
from the file); the matching, pairs and reports views — and what they pull in (SciPy,
ReportLab, QtCharts…) — are imported in a background thread on the first visit and built
then, so the click never freezes the window while Python loads them. A mixin of
`MainWindow` (gui/main_window.py), which owns the state it uses.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from mentordesk.gui.common import QT_TRANSLATE_NOOP, AppContext, translate

if TYPE_CHECKING:  # the views load after the first paint
    from mentordesk.db.location import Location
    from mentordesk.gui.forms.ui_main_window import Ui_MainWindow
    from mentordesk.gui.matching import MatchingView
    from mentordesk.gui.pairs import PairsView
    from mentordesk.gui.reports import ReportsView
    from mentordesk.gui.roster import RosterView

    _Window = QMainWindow
else:
    _Window = object

VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS = range(4)

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


class WindowViews(_Window):
    """Navigation and the views of `MainWindow`."""

    if TYPE_CHECKING:  # MainWindow's state
        ctx: AppContext
        ui: Ui_MainWindow
        location: Location
        _views: dict[int, QWidget | None]
        _importing: set[int]

    def _placeholder(self) -> QWidget:
        label = QLabel(
            ""
            if self.ctx.has_database
            else translate("main_window", "Opening {name}…").format(name=self.location.name),
            self,
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

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

        from mentordesk.gui.common import Job

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

    def confirm_leave(self) -> bool:
        """Ask about unsaved agreement or IDP edits before they would be lost; False: stay."""
        pairs = self._views.get(VIEW_PAIRS)
        return pairs is None or bool(getattr(pairs, "confirm_leave", lambda: True)())
