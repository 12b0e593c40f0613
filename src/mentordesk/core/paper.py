"""The coordinator's preferred paper (Edit ▸ Preferences…) for programs that set none.

A process-wide choice kept here, not in the documents layer, so that the GUI can set it at
start without loading ReportLab. Order when a document is made: the paper asked for, the
program's setting, this preference, the system locale.
"""

from __future__ import annotations

_state = {"paper": ""}


def set_preferred_paper(paper: str) -> None:
    """ "A4", "Letter", or "" (let the locale decide)."""
    _state["paper"] = paper if paper in ("A4", "Letter") else ""


def preferred_paper() -> str:
    return _state["paper"]
