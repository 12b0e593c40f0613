"""A refresh that waits until its view is on screen.

After a change elsewhere (hundreds of pairs approved in Matching, say), a view the coordinator is
not looking at would otherwise re-read and refill its tables at once, on the UI thread, while
the visible view does the same: the window stalls for the sum. `WhenShown.request()` refreshes
a visible view at once and a hidden one the next time it is shown (from the event loop, right
after it appears). A view built alone (tests, `AppContext.background_reads` off) refreshes at
once, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    def __init__(self, view: QWidget, refresh: Callable[[], None], *, defer: bool) -> None:
        super().__init__(view)
        self.view, self.refresh, self.defer = view, refresh, defer
        self.pending = False
        view.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the view is visible (or deferring is off), else when it is shown."""
        if not self.defer or self.view.isVisible():
            self.pending = False
            self.refresh()
        else:
            self.pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.pending:
            QTimer.singleShot(0, self._refresh_pending)
        return False

    def _refresh_pending(self) -> None:
        if self.pending:  # still wanted (nothing refreshed it meanwhile)
            self.pending = False
            self.refresh()
