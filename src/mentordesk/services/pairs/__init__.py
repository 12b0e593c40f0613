"""Pairs: one pair's lifecycle, agreement, goals, IDP, meetings, check-ins, health and due items."""

from mentordesk.services.pairs.health import at_risk_pairs
from mentordesk.services.pairs.lifecycle import CLOSURE_REASONS, REMATCH_CHOICES, ScreeningRefused
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
from mentordesk.services.pairs.store import create_pair, live_mentee_counts, live_pair_counts

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
