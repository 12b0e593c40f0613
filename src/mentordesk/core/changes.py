"""The one change channel: every mutation returns what it changed, views decide what to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Topic(StrEnum):
    PROGRAMS = "programs"
    PARTICIPANTS = "participants"
    MATCHING = "matching"
    PAIRS = "pairs"
    RECORDS = "records"  # agreements, goals, meetings, check-ins, IDPs, closures


@dataclass(frozen=True)
class ChangeSet:
    topics: frozenset[Topic]
    program_id: int | None = None
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls, *topics: Topic, program_id: int | None = None, ids: set[int] | None = None
    ) -> ChangeSet:
        return cls(frozenset(topics), program_id, frozenset(ids or ()))

    def touches(self, topic: Topic) -> bool:
        return topic in self.topics
