"""Pairs: one pair's lifecycle, agreement, goals, IDP, meetings, check-ins, health and due items.

The names load on first use (PEP 562): the roster's live-pair counts, read as a file opens,
need only `live.py`, not the ORM records the rest of this area imports.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import by_module, first_use

if TYPE_CHECKING:
    from mentordesk.services.pairs.health import at_risk_pairs
    from mentordesk.services.pairs.lifecycle import (
        CLOSURE_REASONS,
        REMATCH_CHOICES,
        ScreeningRefused,
    )
    from mentordesk.services.pairs.live import live_mentee_counts, live_pair_counts
    from mentordesk.services.pairs.records import (
        AgreementData,
        CheckinData,
        ClosureData,
        DueItem,
        GoalData,
        IdpData,
        MeetingData,
        PairDetail,
        PairEvent,
        PairSummary,
        PersonRef,
        ProgressData,
        StepData,
    )
    from mentordesk.services.pairs.service import PairService
    from mentordesk.services.pairs.store import create_pair

_MODULES = {
    "health": ("at_risk_pairs",),
    "lifecycle": ("CLOSURE_REASONS", "REMATCH_CHOICES", "ScreeningRefused"),
    "live": ("live_mentee_counts", "live_pair_counts"),
    "records": (
        "AgreementData", "CheckinData", "ClosureData", "DueItem", "GoalData", "IdpData",
        "MeetingData", "PairDetail", "PairEvent", "PairSummary", "PersonRef", "ProgressData",
        "StepData",
    ),
    "service": ("PairService",),
    "store": ("create_pair",),
}  # fmt: skip
_LAZY = by_module(_MODULES)


__getattr__ = first_use(__name__, _LAZY)


__all__ = [
    "CLOSURE_REASONS",
    "REMATCH_CHOICES",
    "AgreementData",
    "CheckinData",
    "ClosureData",
    "DueItem",
    "GoalData",
    "IdpData",
    "MeetingData",
    "PairDetail",
    "PairEvent",
    "PairService",
    "PairSummary",
    "PersonRef",
    "ProgressData",
    "ScreeningRefused",
    "StepData",
    "at_risk_pairs",
    "create_pair",
    "live_mentee_counts",
    "live_pair_counts",
]
