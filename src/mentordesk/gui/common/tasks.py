"""Work off the UI thread: TaskThread, shared by the import, export and batch-print dialogs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal


class TaskThread(QThread):
    """Runs one function off the UI thread; reports progress; never touches widgets.

    The function gets `report(done, total)` and `cancelled()` callables. The outcome comes
    back on the UI thread through `succeeded(object)` or `failed(object)` (the exception);
    progress through `progressed(done, total)`, polled every 100 ms.

    The worker itself emits no Python signal: PySide6 6.12 crashes ("none_dealloc") after a
    few hundred queued emissions from a Python thread, so the thread only stores values and
    Qt's own `finished` signal plus a UI-thread timer carry them over.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._progress = (0, 0)
        self._shown = (0, 0)
        self._outcome: tuple[bool, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self.started.connect(self._timer.start)
        self.finished.connect(self._deliver)

    def cancel(self) -> None:
        self._stop.set()

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)  # a tuple swap: atomic under the GIL

    def _poll(self) -> None:
        if self._progress != self._shown:
            self._shown = self._progress
            self.progressed.emit(*self._shown)

    def _deliver(self) -> None:
        self._timer.stop()
        self._poll()
        outcome = self._outcome
        if outcome is None:
            return
        ok, value = outcome
        (self.succeeded if ok else self.failed).emit(value)

    def run(self) -> None:
        try:
            result = self._work(self._report, self._stop.is_set)
        except Exception as error:  # handed to the UI thread, shown there
            self._outcome = (False, error)
        else:
            self._outcome = (True, result)
