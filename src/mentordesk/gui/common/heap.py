"""Short garbage collections: the long-lived heap is frozen out of the collector's reach.

A full collection (generation 2) walks every container object Python tracks and holds the
interpreter lock all the while, so the UI thread waits for it whichever thread triggered it.
In the application that heap is large (SQLAlchemy, PySide6, SciPy and ReportLab's modules, a
5,000-person roster, the matcher's features): `bench_stalls` found each stall over 100 ms of a
5,000-person program to be one full collection of 100–450 ms, triggered by a background read
that made many objects (ORM rows, the matcher's input).

`keep_collections_short()` freezes (`gc.freeze`) what is alive once the window is up, and again
after every full collection: the survivors of a full collection are reachable by definition,
and the next full collection walks only what was made since. Objects stay frozen for the rest
of the run; plain reference counting still frees them when they are dropped, only a reference
cycle among frozen objects is never freed (the benchmark reports how much that is).
"""

from __future__ import annotations

import gc
from typing import Any


def _freeze_survivors(phase: str, info: dict[str, Any]) -> None:
    if phase == "stop" and info.get("generation") == 2:
        gc.freeze()


def keep_collections_short() -> None:
    """Freeze the heap alive now and the survivors of every later full collection (once per
    process: the application calls it after the first paint; the tests' processes do not)."""
    if _freeze_survivors in gc.callbacks:
        return
    gc.freeze()
    gc.callbacks.append(_freeze_survivors)


def collections_kept_short() -> bool:
    return _freeze_survivors in gc.callbacks
