"""What the matching services hand out: frozen rows, never ORM objects."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mentordesk.core.enums import DraftState, Role
from mentordesk.core.i18n import decimal, nt
from mentordesk.core.program import Program
from mentordesk.matching.criteria import MatchOptions
from mentordesk.services.matching.data import DraftSnapshot


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: Role
    org_unit: str
    capacity: int
    used: int  # live pairs (mentors: mentees they already have)
    pinned: int
    proposed: int  # mentors: proposed drafts; mentees: 1 when in a draft
    eligible: bool
    reason: str  # why not eligible, "" when eligible

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.used - self.pinned)


@dataclass(frozen=True)
class DraftRow:
    id: int
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    state: DraftState
    score: float | None
    explanation: tuple[dict[str, Any], ...]
    note: str

    def lines(self) -> list[str]:
        from mentordesk.matching.explanations import Explanation

        return Explanation.from_json(self.score or 0.0, self.explanation).lines()

    def top(self, count: int = 3) -> str:
        from mentordesk.matching.explanations import Explanation

        return Explanation.from_json(self.score or 0.0, self.explanation).top(count)

    @property
    def blocked(self) -> tuple[str, ...]:
        """The hard rules this draft breaks (a pin made before a check expired, say)."""
        from mentordesk.matching.explanations import Explanation

        rules = [x for x in self.explanation if x.get("criterion") == "rule"]
        return tuple(r.text for r in Explanation.from_json(0.0, rules).reasons)


@dataclass(frozen=True)
class UnmatchedRow:
    mentee_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class ExclusionRow:
    id: int
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    reason: str


@dataclass(frozen=True)
class MatchingOverview:
    program: Program
    weights: dict[str, float]
    options: MatchOptions
    mentees: tuple[PersonRow, ...]
    mentors: tuple[PersonRow, ...]
    drafts: tuple[DraftRow, ...]
    unmatched: tuple[UnmatchedRow, ...]
    exclusions: tuple[ExclusionRow, ...]


@dataclass(frozen=True)
class DraftUndo:
    """Puts the drafts under `keys` back as `before` (missing from `before` = did not exist)."""

    program_id: int
    keys: tuple[tuple[int, int], ...]
    before: tuple[DraftSnapshot, ...]


@dataclass(frozen=True)
class InvalidPinRow:
    """A pin a hard rule now forbids: kept as the coordinator's, never proposed or approved."""

    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"{self.mentor_name} → {self.mentee_name}: " + "; ".join(self.reasons)


@dataclass(frozen=True)
class RunResult:
    drafts: tuple[DraftRow, ...]
    unmatched: tuple[UnmatchedRow, ...]
    objective: str
    matched: int
    total_score: float
    undo: DraftUndo
    invalid_pins: tuple[InvalidPinRow, ...] = ()
    #: Ranked choices naming several people (not used until the coordinator resolves them).
    warnings: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return nt(
            "{n} matched, {unmatched} unmatched, total score {total}",
            "{n} matched, {unmatched} unmatched, total score {total}",
            self.matched,
            unmatched=len(self.unmatched),
            total=decimal(self.total_score, 1),
        )


@dataclass(frozen=True)
class CandidateRow:
    mentor_id: int
    name: str
    score: float
    eligible: bool
    blocked_by: tuple[str, ...]
    free_slots: int
    #: The hard rules a pin would break (all but an earlier rejection, which a pin overrides).
    pin_blocked_by: tuple[str, ...] = ()
    #: Words this candidate's reasons when first asked (`CandidateWording.lines`).
    wording: Callable[[int], tuple[str, ...]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def lines(self) -> tuple[str, ...]:
        """The reasons, one line each: blocking hard rules first, then each criterion."""
        return self.wording(self.mentor_id) if self.wording is not None else ()


class CandidateWording:
    """The reasons of one mentee's ranked candidates, worded a block of rows at a time.

    A list of 2,000 mentors shows twenty: wording every one's reasons (a dozen lines each)
    cost a fifth of a second of Python per click, on a worker that then held the interpreter
    lock against the window's own paint. `explain(ids)` gives the lines of those mentors;
    the block around an asked-for row is worded together (one vectorized explanation).
    Safe to ask from any thread.
    """

    BLOCK = 50

    def __init__(
        self, order: Sequence[int], explain: Callable[[Sequence[int]], list[tuple[str, ...]]]
    ) -> None:
        self._order = list(order)
        self._position = {mentor_id: k for k, mentor_id in enumerate(self._order)}
        self._explain = explain
        self._lines: dict[int, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def lines(self, mentor_id: int) -> tuple[str, ...]:
        with self._lock:
            found = self._lines.get(mentor_id)
            if found is not None:
                return found
            start = self._position[mentor_id] // self.BLOCK * self.BLOCK
            block = self._order[start : start + self.BLOCK]
            for worded_id, lines in zip(block, self._explain(block), strict=True):
                self._lines[worded_id] = lines
            return self._lines[mentor_id]


@dataclass(frozen=True)
class ApproveResult:
    pair_ids: tuple[int, ...]
    undo: DraftUndo
    #: Drafts a hard rule forbids now (expired check, withdrawal, capacity): not approved.
    refused: tuple[InvalidPinRow, ...] = ()


@dataclass(frozen=True)
class SeatRow:
    round: int
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    score: float


@dataclass(frozen=True)
class RotationResult:
    rounds: int
    seats: tuple[SeatRow, ...]
    mentors: tuple[tuple[int, str], ...]  # table order
    sitting_out: tuple[tuple[int, tuple[str, ...]], ...]  # round → mentee names
    meetings: int = 0  # conversations scheduled …
    bound: int = 0  # … out of at most this many (no rotation can hold more)
    spread: int = 0  # most minus fewest conversations per mentee
    method: str = ""  # how it was built: "CP-SAT, optimal", "round-robin", …

    @property
    def quality(self) -> str:
        """One sentence: how far from the best possible this schedule is."""
        if self.meetings >= self.bound:
            return nt(
                "{n} conversation, the most possible; each mentee's count differs by at most "
                "{spread} ({method})",
                "{n} conversations, the most possible; each mentee's count differs by at most "
                "{spread} ({method})",
                self.meetings,
                spread=self.spread,
                method=self.method,
            )
        return nt(
            "{n} of at most {bound} conversations; each mentee's count differs by at most "
            "{spread} ({method})",
            "{n} of at most {bound} conversations; each mentee's count differs by at most "
            "{spread} ({method})",
            self.meetings,
            bound=self.bound,
            spread=self.spread,
            method=self.method,
        )
