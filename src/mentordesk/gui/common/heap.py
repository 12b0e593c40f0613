"""Short garbage collections: the long-lived heap is frozen out of the collector's reach.

A full collection (generation 2) walks every container object Python tracks and holds the
interpreter lock all the while, so the UI thread waits for it whichever thread triggered it.
In the application that heap is large (SQLAlchemy, PySide6, SciPy and ReportLab's modules, a
5,000-person roster, the matcher's features): `bench_stalls` found each stall over 100 ms of a
5,000-person program to be one full collection of 100–450 ms, triggered by a background read
that made many objects (ORM rows, the matcher's input).

`keep_collections_short()` freezes (`gc.freeze`) what is alive once the window is up, and again
after every collection of the two older generations: their survivors are reachable then, so
generation 2 stays (nearly) empty and a full collection has (nearly) nothing to walk. Objects
stay frozen for the rest of the run: reference counting still frees them when they are
dropped (rows, results, records); only a reference cycle that was alive at a freeze and became
garbage later is never freed. `bench_stalls` measures that: about 9,000 objects (1-2 MB) after
the whole benchmark (two matching overviews, an approval of 243 pairs, three pairs and roster
reads, a preview), and the same order when freezing after full collections only (7,000), while
it took every full-collection pause away (the worst stall went from 195 ms to 105 ms).
"""

from __future__ import annotations

import gc
from typing import Any


def _freeze_survivors(phase: str, info: dict[str, Any]) -> None:
    if phase == "stop" and info.get("generation", 0) >= 1:
        gc.freeze()


def keep_collections_short() -> None:
    """Freeze the heap alive now and the survivors of every later collection of generation 1 or
    2 (once per process: the application calls it after the first paint; tests do not)."""
    if _freeze_survivors in gc.callbacks:
        return
    gc.freeze()
    gc.callbacks.append(_freeze_survivors)


def collections_kept_short() -> bool:
    return _freeze_survivors in gc.callbacks
