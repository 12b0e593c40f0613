"""One writer per file: a lock file beside the database (`<file>.lock`).

`filelock` uses the operating system's file locks, so the lock of a crashed process is
released by the system itself: a stale lock never blocks the next start. Within one process
the lock is shared (several `Database` objects on one file are one writer).
"""

from __future__ import annotations

import threading
from pathlib import Path

from filelock import FileLock, Timeout


class WriterLock:
    """The writer lock of one file, taken at most once by this object."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: FileLock | None = None
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._lock is not None

    def acquire(self, wait: float) -> bool:
        """True once held (waiting up to `wait` seconds), False if another process holds it."""
        with self._guard:
            if self._lock is not None:
                return True
            lock = FileLock(self.path, mode=0o600, thread_local=False, is_singleton=True)
            try:
                lock.acquire(timeout=max(0.0, wait))
            except Timeout:
                return False
            except OSError:
                # A folder where no lock file can be made: SQLite's own locking still holds.
                return True
            self._lock = lock
            return True

    def release(self) -> None:
        with self._guard:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
