"""Long pure-Python loops that let other threads in: the window's thread above all.

A thread waiting for the interpreter lock gets it at once when the running thread lets go of
it by itself (`time.sleep`, I/O), but otherwise only after a switch interval (1 ms in the
application, `gui.common.share_interpreter`). The window's thread takes the lock again for
each call Qt makes into Python (a timer, an item's `data()`: dozens per repaint), so beside a
worker running Python each of those calls waited up to an interval, and on a busy machine
longer. A loop over thousands of people in a worker (the matcher's input: 0.3-2.6 s of
Python) walks its items through `shared`, which lets go of the lock every 0.2 ms: a thread
doing thirty calls per 20 ms tick beside such a worker stalled 55-92 ms at worst with a
1 ms interval, 7-33 ms when the worker let go every 0.1-0.5 ms (docs/dev/responsive.md,
"Fifth pass"). On the only thread, letting go costs a microsecond.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Seconds of work between two moments a waiting thread may take the interpreter.
SHARE_EVERY = 0.0002


def let_others_run() -> None:
    """Release the interpreter lock for a moment: a thread waiting for it runs now."""
    time.sleep(0)


def shared(items: Iterable[T]) -> Iterator[T]:
    """`items`, one by one, letting a waiting thread run about every `SHARE_EVERY` seconds
    of the loop's work."""
    clock = time.perf_counter
    pause_at = clock() + SHARE_EVERY
    for item in items:
        yield item
        if clock() >= pause_at:
            let_others_run()
            pause_at = clock() + SHARE_EVERY
