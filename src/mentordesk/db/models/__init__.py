"""All records; importing this package registers every table on Base.metadata."""

from mentordesk.db.models.access import ProgramAccessRecord
from mentordesk.db.models.audit import AuditRecord
from mentordesk.db.models.base import Base
from mentordesk.db.models.changes import ChangeCounterRecord, read_counters, topic_of
from mentordesk.db.models.history import MembershipChangeRecord
from mentordesk.db.models.matching import ExclusionRecord, MatchDraftRecord
from mentordesk.db.models.pair import (
    ActionStepRecord,
    AgreementRecord,
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    IdpRecord,
    MeetingRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
)
from mentordesk.db.models.participant import (
    GuardianRecord,
    MembershipRecord,
    ParticipantRecord,
    ReferenceRecord,
    ScreeningRecord,
    TrainingRecord,
)
from mentordesk.db.models.program import ProgramRecord

__all__ = [
    "ActionStepRecord",
    "AgreementRecord",
    "AuditRecord",
    "Base",
    "ChangeCounterRecord",
    "CheckInRecord",
    "ClosureRecord",
    "ExclusionRecord",
    "GoalProgressRecord",
    "GoalRecord",
    "GuardianRecord",
    "IdpRecord",
    "MatchDraftRecord",
    "MeetingRecord",
    "MembershipChangeRecord",
    "MembershipRecord",
    "PairEventRecord",
    "PairMemberRecord",
    "PairRecord",
    "ParticipantRecord",
    "ProgramAccessRecord",
    "ProgramRecord",
    "ReferenceRecord",
    "ScreeningRecord",
    "TrainingRecord",
    "read_counters",
    "topic_of",
]
