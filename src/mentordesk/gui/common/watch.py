"""Refreshing the views when someone else changed the data (another window, a CLI command,
another coordinator on the server).

`ChangeWatcher` polls the change counters (`services.common.ChangeFeed`, one small query)
every couple of seconds while the application is active, and at once when it becomes active
again (focus-in); what moved is broadcast on the ordinary change channel, so each view
refreshes exactly as after the coordinator's own edits. This window's own changes, already
broadcast, are taken as seen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import log

if TYPE_CHECKING:
    from mentordesk.core.changes import ChangeSet
    from mentordesk.services.common import ChangeFeed

#: How often an active window looks for other people's changes.
POLL_MS = 2000


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._feed: ChangeFeed | None = None
        self._relaying = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        ctx.databaseChanged.connect(self._attach)
        ctx.changed.connect(self._seen)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        if ctx.has_database:
            self._attach()

    def _attach(self) -> None:
        from mentordesk.services.common import ChangeFeed

        self._feed = ChangeFeed(self.ctx.db)
        self.timer.start()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll()
            if self._feed is not None:
                self.timer.start()
        else:
            self.timer.stop()  # an inactive window costs the server nothing

    def _seen(self, _changes: ChangeSet) -> None:
        if not self._relaying and self._feed is not None:
            try:
                self._feed.rebase()
            except MentorDeskError:  # a lost connection: the next poll says it
                log.warning("Could not read the change counters", exc_info=True)

    def poll(self) -> None:
        """Broadcast what others changed since the last look (nothing if nothing did)."""
        if self._feed is None or not self.ctx.has_database:
            return
        try:
            changes = self._feed.poll(self.ctx.program_id)
        except MentorDeskError:  # a server gone for a moment must not raise a dialog
            log.warning("Could not read the change counters", exc_info=True)
            return
        if changes is None:
            return
        self._relaying = True
        try:
            self.ctx.broadcast(changes)
        finally:
            self._relaying = False
