"""Flash/speed mentoring: R rounds, no (mentor, mentee) twice, best scores first."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from mentordesk.matching.assignment import optimal_assignment

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]

Round = list[tuple[int, int]]  # (mentee row, mentor column)


def rotation_schedule(scores: F64, eligible: BoolArr, rounds: int, seats: int = 1) -> list[Round]:
    """One optimal assignment per round over the pairs not met yet.

    Each round seats as many mentees as possible (each mentor hosts at most `seats` mentees, each
    mentee sits at one table), then maximises the round's total score; round 1 gets the best
    pairs, later rounds the best of what is left. A mentee with no unmet eligible mentor sits out.
    """
    met = np.zeros_like(eligible, dtype=bool)
    capacity = np.full(eligible.shape[1], max(1, seats), dtype=np.int64)
    schedule: list[Round] = []
    for _ in range(max(0, rounds)):
        rows, cols = optimal_assignment(scores, eligible & ~met, capacity, coverage=True)
        met[rows, cols] = True
        order = np.lexsort((rows, cols))
        schedule.append([(int(rows[k]), int(cols[k])) for k in order])
    return schedule
