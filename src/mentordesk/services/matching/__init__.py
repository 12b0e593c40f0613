"""Matching: score candidates, run the optimiser, review the draft, approve it into pairs, flash
rotations.
"""

from mentordesk.services.matching.members import find_member
from mentordesk.services.matching.rotation import rotation_csv, rotation_grid
from mentordesk.services.matching.rows import (
    ApproveResult,
    CandidateRow,
    DraftRow,
    DraftUndo,
    ExclusionRow,
    InvalidPinRow,
    MatchingOverview,
    PersonRow,
    RotationResult,
    RunResult,
    UnmatchedRow,
)
from mentordesk.services.matching.runs import MatchingService

__all__ = [
    "ApproveResult",
    "CandidateRow",
    "DraftRow",
    "DraftUndo",
    "ExclusionRow",
    "InvalidPinRow",
    "MatchingOverview",
    "MatchingService",
    "PersonRow",
    "RotationResult",
    "RunResult",
    "UnmatchedRow",
    "find_member",
    "rotation_csv",
    "rotation_grid",
]
