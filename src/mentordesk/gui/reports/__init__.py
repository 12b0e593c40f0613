"""The reports view: measure cards, charts, the at-risk list, exports and the rollover dialog."""

from mentordesk.gui.reports.view import ReportsView

__all__ = [
    "ReportsView",
]
