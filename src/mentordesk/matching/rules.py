"""Hard rules: who may never be paired with whom, as a boolean matrix and as reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from mentordesk.core.i18n import Text
from mentordesk.matching.criteria import MatchOptions
from mentordesk.matching.profiles import Profile

BoolArr = NDArray[np.bool_]
#: Refusals other code recognises (a pin ignores an earlier rejection).
REJECTED_EARLIER = Text("rejected earlier")
CAPACITY_FULL = Text("mentor's capacity is full")


def _ids(values: Sequence[int] | NDArray[np.int64]) -> NDArray[np.int64]:
    return np.asarray(values, dtype=np.int64).reshape(-1)


@dataclass(frozen=True, eq=False)
class HardRules:
    """What the coordinator entered: must-not-pair exclusions and rejected proposals.

    Exclusions are two aligned id arrays (either order) so that tens of thousands of them cost
    one vectorised pass, not a Python loop.
    """

    exclusion_a: NDArray[np.int64] = field(default_factory=lambda: _ids([]))
    exclusion_b: NDArray[np.int64] = field(default_factory=lambda: _ids([]))
    exclusion_reasons: Sequence[str] = ()
    #: (mentor id, mentee id) of proposals the coordinator rejected.
    rejected: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def of(
        cls,
        exclusions: Mapping[tuple[int, int], str] | None = None,
        rejected: frozenset[tuple[int, int]] = frozenset(),
    ) -> HardRules:
        """Convenience constructor: {(a, b): reason}."""
        items = list((exclusions or {}).items())
        return cls(
            _ids([a for (a, _b), _r in items]),
            _ids([b for (_a, b), _r in items]),
            tuple(r for _k, r in items),
            rejected,
        )

    def partners(self, person_id: int) -> dict[int, str]:
        """Everyone `person_id` must not be paired with → the reason."""
        out: dict[int, str] = {}
        for mine, other in (
            (self.exclusion_a, self.exclusion_b),
            (self.exclusion_b, self.exclusion_a),
        ):
            for k in np.flatnonzero(mine == person_id).tolist():
                out[int(other[k])] = self.exclusion_reasons[k] or "must not pair"
        return out

    def excluded(self, a: int, b: int) -> str | None:
        """The reason a and b must not be paired, or None."""
        return self.partners(a).get(b)


def _positions(ids: NDArray[np.int64], wanted: NDArray[np.int64]) -> tuple[NDArray[np.intp], ...]:
    """Index of each wanted id in `ids` and whether it was found."""
    if ids.size == 0 or wanted.size == 0:
        empty = np.zeros(wanted.size, dtype=np.intp)
        return empty, np.zeros(wanted.size, dtype=bool)
    order = np.argsort(ids, kind="stable")
    ordered = ids[order]
    pos = np.clip(np.searchsorted(ordered, wanted), 0, ids.size - 1)
    found = ordered[pos] == wanted
    return order[pos], found


class Eligibility:
    """Which (mentee, mentor) cells the hard rules allow; `capacity` = free slots per mentor."""

    def __init__(
        self,
        mentees: Sequence[Profile],
        mentors: Sequence[Profile],
        rules: HardRules,
        options: MatchOptions,
        capacity: NDArray[np.int64],
    ) -> None:
        self.mentees = mentees
        self.mentors = mentors
        self.rules = rules
        self.options = options
        self.capacity = capacity
        self.mentee_index = {p.id: k for k, p in enumerate(mentees)}
        self.mentor_index = {p.id: k for k, p in enumerate(mentors)}
        self.mentee_ok = np.array([not p.ineligible for p in mentees], dtype=bool)
        self.mentor_ok = np.array([not p.ineligible for p in mentors], dtype=bool)
        self.sen_e = np.array([np.nan if p.seniority is None else p.seniority for p in mentees])
        self.sen_r = np.array([np.nan if p.seniority is None else p.seniority for p in mentors])
        self._partners: dict[int, dict[int, str]] = {}
        self._rules: BoolArr | None = None

    def _blocked_cells(self) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
        ids_e = np.array([p.id for p in self.mentees], dtype=np.int64)
        ids_r = np.array([p.id for p in self.mentors], dtype=np.int64)
        rules = self.rules
        rejected = list(rules.rejected)
        pairs = [
            (rules.exclusion_a, rules.exclusion_b),
            (rules.exclusion_b, rules.exclusion_a),
            (_ids([e for _r, e in rejected]), _ids([r for r, _e in rejected])),
        ]
        if self.options.peer:  # in one pool a rejection covers both directions
            pairs.append((_ids([r for r, _e in rejected]), _ids([e for _r, e in rejected])))
        rows: list[NDArray[np.intp]] = []
        cols: list[NDArray[np.intp]] = []
        for mentee_side, mentor_side in pairs:
            i, found_i = _positions(ids_e, mentee_side)
            j, found_j = _positions(ids_r, mentor_side)
            keep = found_i & found_j
            rows.append(i[keep])
            cols.append(j[keep])
        return np.concatenate(rows), np.concatenate(cols)

    def matrix(self) -> BoolArr:
        """mentees × mentors: True where every hard rule allows the pair and the mentor has room."""
        return np.asarray(self.rule_matrix() & (self.capacity > 0)[None, :])

    def rule_matrix(self) -> BoolArr:
        """mentees × mentors: True where every hard rule except capacity allows the pair."""
        if self._rules is None:
            self._rules = self._rule_matrix()
            self._rules.flags.writeable = False  # shared: callers copy before changing it
        return self._rules

    def _rule_matrix(self) -> BoolArr:
        ok = self.mentee_ok[:, None] & self.mentor_ok[None, :]
        ids_e = np.array([p.id for p in self.mentees], dtype=np.int64)
        ids_r = np.array([p.id for p in self.mentors], dtype=np.int64)
        ok &= ids_e[:, None] != ids_r[None, :]
        if self.options.seniority_rule:
            ok &= ~(self.sen_r[None, :] <= self.sen_e[:, None])  # NaN compares False: allowed
        rows, cols = self._blocked_cells()
        ok[rows, cols] = False
        return np.asarray(ok)

    def reasons(self, i: int, j: int, *, ignore_capacity: bool = False) -> list[Text]:
        """Why mentee i and mentor j may not be paired ([] when they may)."""
        mentee, mentor = self.mentees[i], self.mentors[j]
        out: list[Text] = []
        if mentee.id == mentor.id:
            return [Text("same person")]
        if mentee.id not in self._partners:
            self._partners[mentee.id] = self.rules.partners(mentee.id)
        excluded = self._partners[mentee.id].get(mentor.id)
        if excluded is not None:
            out.append(Text("excluded: {reason}", {"reason": excluded}))
        if (mentor.id, mentee.id) in self.rules.rejected or (
            self.options.peer and (mentee.id, mentor.id) in self.rules.rejected
        ):
            out.append(REJECTED_EARLIER)
        if mentor.ineligible:
            out.append(Text("mentor not eligible: {reason}", {"reason": Text(mentor.ineligible)}))
        if mentee.ineligible:
            out.append(Text("mentee not eligible: {reason}", {"reason": Text(mentee.ineligible)}))
        if not ignore_capacity and self.capacity[j] <= 0 and not mentor.ineligible:
            out.append(CAPACITY_FULL)
        if self.options.seniority_rule and self.sen_r[j] <= self.sen_e[i]:
            out.append(
                Text(
                    "mentor not more senior ({mentor} vs {mentee})",
                    {"mentor": float(self.sen_r[j]), "mentee": float(self.sen_e[i])},
                )
            )
        return out


def check_pins(
    check: Eligibility, pins: Sequence[tuple[int, int]], *, peer: bool = False
) -> tuple[list[tuple[int, int]], list[tuple[int, int, tuple[Text, ...]]], NDArray[np.int64]]:
    """Re-check pinned (mentor id, mentee id) pairs against every hard rule, capacity included.

    Returns the pins that still hold, the ones that do not with the reasons, and the capacity
    left after the valid pins. Pins are taken in the order given (oldest first): when a mentor
    has lost places, the newest pins are the ones that no longer fit.
    """
    capacity = check.capacity.copy()
    valid: list[tuple[int, int]] = []
    invalid: list[tuple[int, int, tuple[Text, ...]]] = []
    taken: set[int] = set()
    for mentor_id, mentee_id in pins:
        i, j = check.mentee_index.get(mentee_id), check.mentor_index.get(mentor_id)
        if i is None or j is None:
            gone = Text("no longer a mentor and a mentee here")
            invalid.append((mentor_id, mentee_id, (gone,)))
            continue
        reasons = [r for r in check.reasons(i, j, ignore_capacity=True) if r != REJECTED_EARLIER]
        people = {mentee_id, mentor_id} if peer else {mentee_id}
        if people & taken:
            reasons.append(Text("already paired with someone else here"))
        if not reasons and capacity[j] <= 0:
            reasons.append(CAPACITY_FULL)
        if reasons:
            invalid.append((mentor_id, mentee_id, tuple(reasons)))
            continue
        valid.append((mentor_id, mentee_id))
        taken |= people
        capacity[j] -= 1
    return valid, invalid, capacity
