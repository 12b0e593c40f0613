"""Work off the UI thread: TaskThread, shared by the import, export and batch-print dialogs."""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
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

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

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


#: Seconds a thread may run Python before another one that waits gets the interpreter lock
#: (Python's default is 0.005).
SWITCH_INTERVAL = 0.001


def share_interpreter() -> None:
    """Let the UI thread have the interpreter lock within 1 ms while a worker runs Python.

    Every time Qt calls back into Python on the UI thread (a timer, an event filter, a
    model's data()) it must take the lock; with Python's default 5 ms a busy worker made
    each of those wait up to 5 ms, and a repaint that calls Python a few hundred times froze
    the window for a second. Called when the first background job starts (and by `run_gui`
    once the window is painted: before, the interpreter's default served the first paint best).
    """
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)


# Jobs still running, kept alive here even when the view that asked is already gone.
_RUNNING: set[Job] = set()
POLL_MS = 20


class _Workers:
    """Daemon threads that stay for the next job (never blocking the application's exit).

    `threading.Thread.start()` waits until the new thread runs: on a busy machine that kept
    the UI thread waiting tens of milliseconds for each read. A new thread is started only
    when every existing one is busy, so jobs still run side by side as before.
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0  # threads done with their job, waiting (or about to wait) for one
        self.started = 0

    def submit(self, function: Callable[[], None]) -> None:
        with self._lock:
            spawn = self._idle == 0
            if not spawn:
                self._idle -= 1
        self._queue.put(function)
        if spawn:
            self.started += 1
            threading.Thread(target=self._serve, name="mentordesk-job", daemon=True).start()

    def _serve(self) -> None:
        while True:
            # Job._run hands its function's exceptions on; anything else ends this thread,
            # which then is not counted idle (the next job starts a new one).
            self._queue.get()()
            with self._lock:
                self._idle += 1


_WORKERS = _Workers()


class Job(QObject):
    """One function in a daemon thread (never blocks the application's exit); the outcome
    and progress reach the UI thread through a 20 ms timer there, never from the thread.

    The function gets `report(done, total)` and `cancelled()`, like TaskThread's.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
    ) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self._done = threading.Event()
        self._progress = (0, 0)
        self._shown = (0, 0)
        self._outcome: tuple[bool, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        share_interpreter()
        _RUNNING.add(self)
        self._timer.start()
        _WORKERS.submit(self._run)

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned (tests); the outcome still comes by timer."""
        return self._done.wait(timeout)

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)  # a tuple swap: atomic under the GIL

    def _run(self) -> None:
        try:
            result = self._work(self._report, self._stop.is_set)
        except Exception as error:  # handed to the UI thread, shown there
            self._outcome = (False, error)
        else:
            self._outcome = (True, result)
        self._done.set()

    def _poll(self) -> None:
        if self._progress != self._shown:
            self._shown = self._progress
            self.progressed.emit(*self._shown)
        if not self._done.is_set() or self._outcome is None:
            return
        self._timer.stop()
        ok, value = self._outcome
        self._outcome = None
        (self.succeeded if ok else self.failed).emit(value)
        # Let go of the job only after this slot has returned: dropping the last reference
        # here would delete the QObject (and its timer) inside its own timer's signal.
        QTimer.singleShot(0, _release_later(self))


def _release_later(job: Job) -> Callable[[], None]:
    return lambda: _RUNNING.discard(job)


def wait_for_background(timeout: float = 30.0) -> None:
    """Block until every background job's function has returned (tests)."""
    for job in list(_RUNNING):
        job.wait(timeout)


class Loader(QObject):
    """Reads for a view, off the UI thread; only the newest request's answer is delivered.

    A view reloads through `request(work, done)`: `work` runs in a Job (no widgets, plain data
    out) and `done(result)` runs on the UI thread, unless a newer request came meanwhile.
    With `background=False` (what the views' own tests use) the work runs at once, inline.
    """

    def __init__(self, parent: QObject, *, background: bool = False) -> None:
        super().__init__(parent)
        self.background = background
        self._generation = 0
        self._pending = 0

    def busy(self) -> bool:
        return self._pending > 0

    def cancel_pending(self) -> None:
        """Deliver no answer to the requests made so far (a newer read covers them)."""
        self._generation += 1

    def request(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._generation += 1
        if not self.background:
            self._pending = 0
            try:
                result = work()
            except Exception as error:
                if failed is None:
                    raise
                failed(error)
            else:
                done(result)
            return
        generation = self._generation
        job = Job(lambda _report, _cancelled: work())
        self._pending += 1

        def finish(ok: bool, value: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self._pending -= 1
            if generation != self._generation:
                return  # a newer request is on its way
            if ok:
                done(value)
            elif failed is not None:
                failed(value)
            else:
                raise value

        job.succeeded.connect(lambda value: finish(True, value))
        job.failed.connect(lambda error: finish(False, error))
        job.start()
