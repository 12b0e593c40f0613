"""The pairs view and pair detail: lifecycle, agreement, goals, IDP, meetings, check-ins and their
printouts.
"""

from mentordesk.gui.pairs.view import PairsView

__all__ = [
    "PairsView",
]
