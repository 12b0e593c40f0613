"""Hard rules: who may never be paired with whom, as a boolean matrix and as reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from mentordesk.matching.criteria import MatchOptions
from mentordesk.matching.profiles import Profile

BoolArr = NDArray[np.bool_]


@dataclass(frozen=True)
class HardRules:
    """What the coordinator entered: must-not-pair exclusions and rejected proposals."""

    #: frozenset({participant a, participant b}) → reason ("same family", "direct manager" …).
    exclusions: Mapping[frozenset[int], str] = field(default_factory=dict)
    #: (mentor id, mentee id) of proposals the coordinator rejected.
    rejected: frozenset[tuple[int, int]] = frozenset()


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

    def _blocked_cells(self) -> tuple[list[int], list[int]]:
        rows: list[int] = []
        cols: list[int] = []
        for pair in self.rules.exclusions:
            ids = tuple(pair)
            if len(ids) != 2:
                continue
            for a, b in ((ids[0], ids[1]), (ids[1], ids[0])):
                i, j = self.mentee_index.get(a), self.mentor_index.get(b)
                if i is not None and j is not None:
                    rows.append(i)
                    cols.append(j)
        for mentor_id, mentee_id in self.rules.rejected:
            i, j = self.mentee_index.get(mentee_id), self.mentor_index.get(mentor_id)
            if i is not None and j is not None:
                rows.append(i)
                cols.append(j)
        return rows, cols

    def matrix(self) -> BoolArr:
        """mentees × mentors: True where every hard rule allows the pair."""
        ok = self.mentee_ok[:, None] & (self.mentor_ok & (self.capacity > 0))[None, :]
        ids_e = np.array([p.id for p in self.mentees], dtype=np.int64)
        ids_r = np.array([p.id for p in self.mentors], dtype=np.int64)
        ok &= ids_e[:, None] != ids_r[None, :]
        if self.options.seniority_rule:
            ok &= ~(self.sen_r[None, :] <= self.sen_e[:, None])  # NaN compares False: allowed
        rows, cols = self._blocked_cells()
        if rows:
            ok[np.array(rows), np.array(cols)] = False
        return np.asarray(ok)

    def reasons(self, i: int, j: int, *, ignore_capacity: bool = False) -> list[str]:
        """Why mentee i and mentor j may not be paired ([] when they may)."""
        mentee, mentor = self.mentees[i], self.mentors[j]
        out: list[str] = []
        if mentee.id == mentor.id:
            return ["same person"]
        key = frozenset((mentee.id, mentor.id))
        if key in self.rules.exclusions:
            out.append(f"excluded: {self.rules.exclusions[key] or 'must not pair'}")
        if (mentor.id, mentee.id) in self.rules.rejected:
            out.append("rejected earlier")
        if mentor.ineligible:
            out.append(f"mentor not eligible: {mentor.ineligible}")
        if mentee.ineligible:
            out.append(f"mentee not eligible: {mentee.ineligible}")
        if not ignore_capacity and self.capacity[j] <= 0 and not mentor.ineligible:
            out.append("mentor's capacity is full")
        if self.options.seniority_rule and self.sen_r[j] <= self.sen_e[i]:
            out.append(f"mentor not more senior ({_num(self.sen_r[j])} vs {_num(self.sen_e[i])})")
        return out


def _num(value: float) -> str:
    return f"{value:g}"
