"""What another window or process changed: the change counters, read cheaply."""

from __future__ import annotations

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.db.engine import Database
from mentordesk.db.models import read_counters


class ChangeFeed:
    """Polled by a window while it is active: `poll()` returns the topics whose counters
    moved since the last call (or the baseline), as a ChangeSet for the current program.

    One query of a handful of rows: cheap enough to run every couple of seconds, on a local
    file as on a server.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen = self.counters()

    def counters(self) -> dict[Topic, int]:
        with self.db.read() as session:
            return read_counters(session)

    def rebase(self) -> None:
        """Take the counters as they are now as seen (after this window's own changes, which
        it has already broadcast)."""
        self._seen = self.counters()

    def poll(self, program_id: int | None) -> ChangeSet | None:
        """What moved since last time, or None."""
        now = self.counters()
        moved = {topic for topic, value in now.items() if self._seen.get(topic) != value}
        self._seen = now
        if not moved:
            return None
        return ChangeSet.of(*sorted(moved), program_id=program_id)
