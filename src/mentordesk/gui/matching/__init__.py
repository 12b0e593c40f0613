"""The matching view: weights, runs, the draft with its explanations, pins, rejections, approval
and rotations.
"""

from mentordesk.gui.matching.view import MatchingView

__all__ = [
    "MatchingView",
]
