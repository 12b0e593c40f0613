"""What another window or process changed: the change counters, read cheaply.

Read as SQL text (`db/plain.py`, like the roster at start-up): a window starts watching as
soon as its file is open, before the ORM records have loaded, and the start-up's early read
takes the counters with the rows straight from the file, before SQLAlchemy has loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.db.plain import runner

if TYPE_CHECKING:
    from mentordesk.db.engine import Database

COUNTERS_SQL = "SELECT topic, value FROM change_counters"


def read_counters(connection: Any) -> dict[Topic, int]:
    """Every topic's counter (missing rows read as 0), as `db.models.read_counters`, over any
    connection `db.plain.runner` takes, in the caller's transaction."""
    found = {Topic(topic): int(value) for topic, value in runner(connection)(COUNTERS_SQL, {})}
    return {topic: found.get(topic, 0) for topic in Topic}


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
        """Every topic's counter (missing rows read as 0)."""
        with self.db.connect_read() as connection:
            return read_counters(connection)

    def rebase(self) -> None:
        """Take the counters as they are now as seen (after this window's own changes, which
        it has already broadcast)."""
        self.accept(self.counters())

    def accept(self, counters: dict[Topic, int]) -> None:
        """Take `counters` (read by `counters()`, in any thread) as seen."""
        self._seen = counters

    def poll(self, program_id: int | None) -> ChangeSet | None:
        """What moved since last time, or None."""
        return self.moved(self.counters(), program_id)

    def moved(self, counters: dict[Topic, int], program_id: int | None) -> ChangeSet | None:
        """What moved between the last counters seen and `counters` (read by `counters()`,
        in any thread), or None; `counters` are seen from now on."""
        moved = {topic for topic, value in counters.items() if self._seen.get(topic) != value}
        self._seen = counters
        if not moved:
            return None
        return ChangeSet.of(*sorted(moved), program_id=program_id)
