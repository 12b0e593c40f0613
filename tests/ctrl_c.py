"""For tests that send Ctrl-C (SIGINT) to a `mentordesk` child process."""

from __future__ import annotations

import signal


def ctrl_c_reaches_the_child() -> None:
    """A run started in the background (`nohup make test &`) ignores SIGINT, and a child
    inherits that: the child would never see the Ctrl-C under test. A handled signal is reset
    to the default in the child, as for a job in a terminal's foreground."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
