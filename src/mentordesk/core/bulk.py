"""Bulk work that builds hundreds of thousands of small objects at once (a matching run).

Python's cycle collector runs every few hundred new container objects and, as the old
generation grows, rescans everything alive: loading 8,000 people and their tag lists, then
explaining and storing 5,000 pairs, spent about a third of its time in those scans. None of it is
cyclic garbage (reference counting frees it), so the collector is paused for the duration of
such a step and resumes afterwards; anything cyclic is collected then.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block (process-wide; restored afterwards).

    Nested or concurrent blocks are safe: only the block that found it running turns it on
    again, so it ends running whenever it was running before the first block began.
    """
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()
