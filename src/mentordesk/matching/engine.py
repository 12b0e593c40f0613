"""One matching run over plain profiles: hard rules, scores, assignment, explanations."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
from numpy.typing import NDArray

from mentordesk.core.errors import RuleError
from mentordesk.core.i18n import N_, Text, t
from mentordesk.matching.assignment import optimal_assignment, peer_assignment
from mentordesk.matching.criteria import MatchOptions, Objective
from mentordesk.matching.explanations import Explanation, explain_pairs
from mentordesk.matching.features import encode
from mentordesk.matching.profiles import Profile
from mentordesk.matching.rotation import RotationPlan, rotation_plan
from mentordesk.matching.rules import Eligibility, HardRules, check_pins
from mentordesk.matching.scoring import contributions, score_matrix
from mentordesk.matching.stable import RANK_BONUS, deferred_acceptance, preference_keys

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]

#: progress(percent 0–100, what is happening); it may raise Cancelled to stop the run.
Progress = Callable[[int, str], None]


class Cancelled(Exception):
    """Raised from a progress callback to stop a run."""


class UnmatchedReason(StrEnum):
    NO_ELIGIBLE = N_("no eligible mentor")
    CAPACITY = N_("all capacity taken")
    BELOW_MIN = N_("below the minimum score")


@dataclass(frozen=True)
class ProposedPair:
    mentor_id: int
    mentee_id: int
    score: float
    explanation: Explanation
    pinned: bool = False


@dataclass(frozen=True)
class UnmatchedMentee:
    mentee_id: int
    reason: UnmatchedReason


@dataclass(frozen=True)
class InvalidPin:
    """A pin that a hard rule now forbids (screening expired, withdrawn, capacity…)."""

    mentor_id: int
    mentee_id: int
    reasons: tuple[Text, ...]


@dataclass(frozen=True)
class Proposal:
    pairs: tuple[ProposedPair, ...]
    unmatched: tuple[UnmatchedMentee, ...]
    objective: Objective
    invalid_pins: tuple[InvalidPin, ...] = ()

    @property
    def total_score(self) -> float:
        return float(sum(p.score for p in self.pairs))


@dataclass(frozen=True)
class Candidate:
    """A possible mentor for one mentee, as the candidate list shows it. Its reasons are
    made on demand (`Matcher.explain_candidates`): making every mentor's for each mentee
    took a fifth of a second of Python at 2,000 mentors, for a list that shows twenty."""

    mentor_id: int
    score: float
    eligible: bool
    blocked_by: tuple[Text, ...]
    free_slots: int


@dataclass(frozen=True)
class Seat:
    round: int
    mentor_id: int
    mentee_id: int
    score: float


def _noop(_percent: int, _message: str) -> None:
    return None


class Matcher:
    """Everything one run needs, encoded once; no database, no Qt.

    `mentors[j].capacity` is the number of free slots (live pairs already subtracted); pinned
    (mentor id, mentee id) pairs are kept as they are and use up a slot.
    """

    def __init__(
        self,
        mentees: Sequence[Profile],
        mentors: Sequence[Profile],
        weights: Mapping[str, float],
        options: MatchOptions,
        rules: HardRules | None = None,
        pinned: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.mentees = list(mentees)
        self.mentors = list(mentors)
        self.weights = dict(weights)
        self.options = options
        self.rules = rules or HardRules()
        self.pinned = list(pinned)
        self.enc = encode(self.mentees, self.mentors)
        capacity = np.array([max(0, p.capacity) for p in self.mentors], dtype=np.int64)
        self.rule_check = Eligibility(self.mentees, self.mentors, self.rules, options, capacity)
        self.mentee_index = self.rule_check.mentee_index
        self.mentor_index = self.rule_check.mentor_index
        # Every run re-checks every pin against every hard rule: a pin made while the mentor
        # was cleared does not survive an expired check or a withdrawal.
        valid, invalid, capacity = check_pins(self.rule_check, self.pinned, peer=options.peer)
        self.pinned = valid
        self.invalid_pins = tuple(InvalidPin(r, e, why) for r, e, why in invalid)
        self.pinned_mentees: set[int] = set()
        for mentor_id, mentee_id in self.pinned:
            self.pinned_mentees.add(mentee_id)
            if options.peer:
                self.pinned_mentees.add(mentor_id)
        if options.peer:
            for person_id in self.pinned_mentees:
                k = self.mentor_index.get(person_id)
                if k is not None:
                    capacity[k] = 0
        self.capacity = capacity
        self.rule_check.capacity = capacity  # candidates and the matrix see the places left
        self._scores: F64 | None = None
        self._eligible: BoolArr | None = None

    # -- matrices ---------------------------------------------------------------------------

    def scores(self, progress: Progress = _noop) -> F64:
        """mentees × mentors scores (0–100), computed once."""
        if self._scores is None:
            self._scores = score_matrix(
                self.enc,
                self.weights,
                self.options,
                progress=lambda done, total: progress(int(70 * done / max(1, total)), t("Scoring")),
            )
        return self._scores

    def eligible(self) -> BoolArr:
        """mentees × mentors allowed by the hard rules; pinned mentees take no further part."""
        if self._eligible is None:
            ok = self.rule_check.matrix()
            for mentee_id in self.pinned_mentees:
                i = self.mentee_index.get(mentee_id)
                if i is not None:
                    ok[i, :] = False
            self._eligible = ok
        return self._eligible

    # -- explanations -----------------------------------------------------------------------

    def explain(self, mentor_id: int, mentee_id: int) -> Explanation:
        """Score and reasons for one pair, hard-rule lines ("excluded: same family") first."""
        i, j = self.mentee_index[mentee_id], self.mentor_index[mentor_id]
        blocked = self.rule_check.reasons(i, j, ignore_capacity=True)
        return explain_pairs(self.enc, self.weights, self.options, [i], [j], [blocked])[0]

    def explain_invalid_pin(self, pin: InvalidPin) -> Explanation | None:
        """The score and reasons of a pin that no longer holds, the broken rules first."""
        i, j = self.mentee_index.get(pin.mentee_id), self.mentor_index.get(pin.mentor_id)
        if i is None or j is None:
            return None
        return explain_pairs(self.enc, self.weights, self.options, [i], [j], [pin.reasons])[0]

    def candidates(self, mentee_id: int) -> list[Candidate]:
        """Every mentor for one mentee, eligible ones first, best score first (scores only:
        `explain_candidates` gives the reasons of the ones shown)."""
        i = self.mentee_index[mentee_id]
        cols = np.arange(len(self.mentors), dtype=np.intp)
        scores = contributions(
            self.enc, self.weights, self.options, np.full_like(cols, i), cols, with_points=False
        ).score.tolist()
        out = []
        for j, mentor in enumerate(self.mentors):
            if mentor.id == mentee_id:
                continue
            blocked = tuple(self.rule_check.reasons(i, j))
            out.append(
                Candidate(
                    mentor_id=mentor.id,
                    score=scores[j],
                    eligible=not blocked,
                    blocked_by=blocked,
                    free_slots=int(self.capacity[j]),
                )
            )
        out.sort(key=lambda c: (not c.eligible, -c.score))
        return out

    def explain_candidates(self, mentee_id: int, mentor_ids: Sequence[int]) -> list[Explanation]:
        """The reasons of some of `candidates(mentee_id)`, in the order given: the hard rules
        that block a candidate first, then each criterion (the same score as the list's)."""
        i = self.mentee_index[mentee_id]
        cols = [self.mentor_index[m] for m in mentor_ids]
        blocked = [self.rule_check.reasons(i, j) for j in cols]
        return explain_pairs(self.enc, self.weights, self.options, [i] * len(cols), cols, blocked)

    # -- runs -------------------------------------------------------------------------------

    def run(self, progress: Progress = _noop) -> Proposal:
        """The proposal for the chosen objective, pinned pairs included."""
        objective = self.options.objective
        scores = self.scores(progress)
        eligible = self.eligible()
        allowed = eligible
        if self.options.min_score is not None:
            allowed = eligible & (scores >= self.options.min_score)
        progress(72, t("Assigning"))
        if self.options.peer:
            if objective is Objective.STABLE:
                raise RuleError(
                    t(
                        "Stable matching needs separate mentors and mentees; peer programs use "
                        "the total or coverage objective"
                    )
                )
            pairs = peer_assignment(scores, allowed, coverage=objective is Objective.COVERAGE)
            rows = np.array([p[0] for p in pairs], dtype=np.int64)
            cols = np.array([p[1] for p in pairs], dtype=np.int64)
        elif objective is Objective.STABLE:
            rows, cols = self._stable(scores, allowed)
        else:
            rows, cols = optimal_assignment(
                scores, allowed, self.capacity, coverage=objective is Objective.COVERAGE
            )
        progress(90, t("Explaining"))
        proposal = self._proposal(rows, cols, eligible, allowed)
        progress(100, t("Done"))
        return proposal

    def _stable(self, scores: F64, allowed: BoolArr) -> tuple[NDArray[np.int64], ...]:
        mentee_ranked = {
            i: [self.mentor_index[r] for r in p.ranked if r in self.mentor_index]
            for i, p in enumerate(self.mentees)
            if p.ranked
        }
        bonuses = preference_keys(scores, mentee_ranked)
        mentee_key = scores.copy() if bonuses else scores
        for (i, j), bonus in bonuses.items():
            mentee_key[i, j] += bonus
        mentor_bonus: dict[tuple[int, int], float] = {}
        for j, p in enumerate(self.mentors):
            ranked_rows = [self.mentee_index[r] for r in p.ranked if r in self.mentee_index]
            for position, i in enumerate(ranked_rows):
                mentor_bonus[(i, j)] = RANK_BONUS * (len(ranked_rows) - position)
        match = deferred_acceptance(mentee_key, mentor_bonus, scores, allowed, self.capacity)
        rows = np.flatnonzero(match >= 0).astype(np.int64)
        return rows, match[rows]

    def _proposal(
        self,
        rows: NDArray[np.int64],
        cols: NDArray[np.int64],
        eligible: BoolArr,
        allowed: BoolArr,
    ) -> Proposal:
        pin_rows: list[int] = []
        pin_cols: list[int] = []
        for mentor_id, mentee_id in self.pinned:
            i, j = self.mentee_index.get(mentee_id), self.mentor_index.get(mentor_id)
            if i is not None and j is not None:
                pin_rows.append(i)
                pin_cols.append(j)
        all_rows = pin_rows + [int(r) for r in rows]
        all_cols = pin_cols + [int(c) for c in cols]
        explanations = explain_pairs(self.enc, self.weights, self.options, all_rows, all_cols)
        pairs = tuple(
            ProposedPair(
                mentor_id=self.mentors[j].id,
                mentee_id=self.mentees[i].id,
                score=e.score,
                explanation=e,
                pinned=k < len(pin_rows),
            )
            for k, (i, j, e) in enumerate(zip(all_rows, all_cols, explanations, strict=True))
        )
        matched = set(all_rows)
        if self.options.peer:
            matched |= {self.mentee_index[self.mentors[j].id] for j in all_cols}
            matched |= {self.mentee_index[m] for m in self.pinned_mentees if m in self.mentee_index}
        # Why someone is left over: the hard rules without capacity tell "no eligible mentor"
        # apart from "all capacity taken" (every mentor who could take them is full).
        by_rules = self.rule_check.rule_matrix()
        any_eligible = np.asarray(by_rules.any(axis=1))
        if self.options.min_score is not None:
            any_allowed = np.asarray((by_rules & (self.scores() >= self.options.min_score)).any(1))
        else:
            any_allowed = any_eligible
        unmatched: list[UnmatchedMentee] = []
        for i, person in enumerate(self.mentees):
            if i in matched or person.id in self.pinned_mentees or person.ineligible:
                continue
            if not any_eligible[i]:
                reason = UnmatchedReason.NO_ELIGIBLE
            elif not any_allowed[i]:
                reason = UnmatchedReason.BELOW_MIN
            else:
                reason = UnmatchedReason.CAPACITY
            unmatched.append(UnmatchedMentee(person.id, reason))
        return Proposal(pairs, tuple(unmatched), self.options.objective, self.invalid_pins)

    def rotation(self, rounds: int, seats: int = 1) -> list[Seat]:
        """A flash-mentoring rotation: every round a different mentor for each mentee."""
        return self.rotation_plan(rounds, seats)[0]

    def rotation_plan(self, rounds: int, seats: int = 1) -> tuple[list[Seat], RotationPlan]:
        """The balanced rotation (`matching/rotation.py`) and how far it is from the bound."""
        scores = self.scores()
        allowed = self.rule_check.matrix()
        if self.options.min_score is not None:
            allowed &= scores >= self.options.min_score
        plan = rotation_plan(scores, allowed, rounds, seats)
        seated = [
            Seat(r + 1, self.mentors[j].id, self.mentees[i].id, float(scores[i, j]))
            for r, seats_in_round in enumerate(plan.rounds)
            for i, j in seats_in_round
        ]
        return seated, plan
