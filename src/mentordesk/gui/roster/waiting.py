"""The roster shown before the file is open (the application's start, issue 14): usable on the
rows read straight from the file — scrolled, selected, sorted, filtered — while what needs the
open file (add, edit, remove, print, a person's data) is kept and carried out once it is open.
A mixin of `RosterView` (gui/roster/view.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import translate

if TYPE_CHECKING:
    from mentordesk.gui.forms.ui_roster_view import Ui_RosterView

    _Base = QWidget
else:
    _Base = object


class WaitsForFile(_Base):
    """`RosterView`'s wait for the file."""

    if TYPE_CHECKING:  # RosterView's state
        ui: Ui_RosterView
        opening_label: QLabel

        def _setup_printing(self) -> None: ...

    _waiting = False
    # What was asked while the file was opening: (what, to do once it is open).
    pending: tuple[str, Callable[[], None]] | None = None

    # -- before the file is open (the application's start) ----------------------------------
    def set_waiting(self, waiting: bool) -> None:
        """Rows read before the file was open (`MainWindow.show_early_roster`): they can be
        scrolled, selected, sorted and filtered like any; what needs the open file (add,
        edit, remove, print, a person's data) is kept, named under the filter, and carried
        out as soon as the file is open (`waiting=False`). The last one asked is the one
        kept: asking another replaces it, as the line under the filter says."""
        self._waiting = waiting
        if waiting:
            self._show_opening()
            return
        self.opening_label.hide()
        if not hasattr(self, "roster_print"):
            self.ui.printButton.clicked.disconnect(self._print_when_open)
            self._setup_printing()
        pending, self.pending = self.pending, None
        if pending is not None:  # after the caller is done attaching the file
            QTimer.singleShot(0, lambda: self._carry_out(pending[1]))

    @property
    def waiting(self) -> bool:
        """Shown before the file was open, and still waiting for it."""
        return self._waiting

    def _when_open(self, what: str, action: Callable[[], None]) -> bool:
        """True when the file is open: do it now. Otherwise `action` is kept (replacing any
        other) to be done once it is, and the line under the filter names it."""
        if not self._waiting:
            return True
        self.pending = (what, action)
        self._show_opening()
        return False

    def _show_opening(self) -> None:
        if self.pending is None:
            text = translate("roster.view", "Opening the file…")
        else:
            text = translate("roster.view", "Opening the file… then: {action}").format(
                action=self.pending[0]
            )
        self.opening_label.setText(text)
        self.opening_label.show()

    def _carry_out(self, action: Callable[[], None]) -> None:
        """An action asked while the file was opening: the person may have gone since (another
        window), which is said in one sentence."""
        try:
            action()
        except MentorDeskError as error:
            QMessageBox.information(self, translate("roster.view", "Roster"), str(error))

    def _print_when_open(self) -> None:
        self._when_open(translate("roster.view", "Print the roster"), self.ui.printButton.showMenu)
