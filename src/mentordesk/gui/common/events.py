"""Running pending events from Python code that waits (benchmarks, screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop

_loops: list[QEventLoop] = []


def process_events() -> None:
    """Like QApplication.processEvents(), through one QEventLoop instance: PySide6 6.12's
    static processEvents() (and QTest.qWait) drops a reference to None on every call, and a
    loop that calls it some thousands of times ends in "Fatal Python error: none_dealloc"."""
    if not _loops:
        _loops.append(QEventLoop())
    _loops[0].processEvents()
