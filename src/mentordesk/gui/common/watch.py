"""Refreshing the views when someone else changed the data (another window, a CLI command,
another coordinator on the server).

`ChangeWatcher` polls the change counters (`services.common.ChangeFeed`, one small query)
every couple of seconds while the application is active, and at once when it becomes active
again (focus-in); what moved is broadcast on the ordinary change channel, so each view
refreshes exactly as after the coordinator's own edits. This window's own changes, already
broadcast, are taken as seen.

In the application (`AppContext.background_reads`) the counters are read in a worker thread
and the UI thread only compares and broadcasts the answer: the read cost the UI thread 8-12 ms
every 2 s on SQLite, more over a network (bench_stalls, docs/dev/responsive.md "Fifth pass").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.errors import log
from mentordesk.gui.common.tasks import Job

if TYPE_CHECKING:
    from mentordesk.core.changes import ChangeSet, Topic
    from mentordesk.services.common import ChangeFeed

#: How often an active window looks for other people's changes.
POLL_MS = 2000


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._feed: ChangeFeed | None = None
        self._relaying = False
        self._polling = False  # a read of the counters is under way in a worker
        self._rebasing = 0  # reads after this window's own changes under way
        self._generation = 0  # bumped by each own change: older poll answers are dropped
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
        if self._relaying or self._feed is None:
            return
        if not self.ctx.background_reads:
            try:
                self._feed.rebase()
            except MentorDeskError:  # a lost connection: the next poll says it
                log.warning("Could not read the change counters", exc_info=True)
            return
        # Answers of polls already under way may hold this window's own change: dropped.
        self._generation += 1
        self._rebasing += 1
        feed = self._feed

        def taken(counters: dict[Topic, int]) -> None:
            self._rebasing -= 1
            if feed is self._feed:
                feed.accept(counters)
                self._generation += 1  # polls read before this answer compare to it no more

        def lost(error: BaseException) -> None:
            self._rebasing -= 1
            self._failed(error)

        self._in_worker(feed, taken, lost)

    def poll(self) -> None:
        """Broadcast what others changed since the last look (nothing if nothing did)."""
        if self._feed is None or not self.ctx.has_database:
            return
        feed = self._feed
        if not self.ctx.background_reads:
            try:
                counters = feed.counters()
            except MentorDeskError as error:  # a server gone for a moment must not raise a dialog
                self._failed(error)
                return
            self._compare(feed, counters)
            return
        if self._polling:
            return  # one read at a time: the next tick asks again
        self._polling = True
        generation = self._generation

        def answered(counters: dict[Topic, int]) -> None:
            self._polling = False
            if feed is self._feed and generation == self._generation and not self._rebasing:
                self._compare(feed, counters)

        def lost(error: BaseException) -> None:
            self._polling = False
            self._failed(error)

        self._in_worker(feed, answered, lost)

    def _in_worker(
        self,
        feed: ChangeFeed,
        done: Callable[[dict[Topic, int]], None],
        lost: Callable[[BaseException], None],
    ) -> None:
        """Read the counters in a worker; `done` or `lost` on the UI thread (not after the
        watcher is gone)."""
        job = Job(lambda _report, _cancelled: feed.counters())
        job.succeeded.connect(lambda counters: done(counters) if shiboken6.isValid(self) else None)
        job.failed.connect(lambda error: lost(error) if shiboken6.isValid(self) else None)
        job.start()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, MentorDeskError):
            raise error
        # A server gone for a moment must not raise a dialog: the next poll tries again.
        log.warning("Could not read the change counters: %s", error)

    def _compare(self, feed: ChangeFeed, counters: dict[Topic, int]) -> None:
        changes = feed.moved(counters, self.ctx.program_id)
        if changes is None:
            return
        self._relaying = True
        try:
            self.ctx.broadcast(changes)
        finally:
            self._relaying = False
