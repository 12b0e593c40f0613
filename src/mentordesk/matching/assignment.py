"""Optimal whole-cohort assignment with capacities (scipy's proven solvers, no hand-written one)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import linear_sum_assignment

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]
I64 = NDArray[np.int64]


def coverage_bonus(n_rows: int) -> float:
    """A bonus per matched pair larger than any total score change: one more match always wins."""
    return 100.0 * (n_rows + 1)


def optimal_assignment(
    scores: F64, eligible: BoolArr, capacity: I64, *, coverage: bool = False
) -> tuple[I64, I64]:
    """(mentee rows, mentor columns) maximising the total score under capacities.

    Each mentor column is repeated once per free slot and scipy's `linear_sum_assignment` solves
    the rectangular problem exactly. Cells the rules forbid are worth nothing, so the solver
    leaving someone there means "unmatched". With `coverage`, every pair also earns
    `coverage_bonus`, which makes the number matched the first objective and the total the second.
    """
    rows = np.flatnonzero(eligible.any(axis=1))
    cols = np.flatnonzero(eligible.any(axis=0) & (capacity > 0))
    empty = np.zeros(0, dtype=np.int64)
    if rows.size == 0 or cols.size == 0:
        return empty, empty
    everything = rows.size == scores.shape[0] and cols.size == scores.shape[1]
    sub_ok = eligible if everything else eligible[np.ix_(rows, cols)]
    # No mentor ever needs more slots than there are mentees who could take them.
    slots = np.minimum(capacity[cols], sub_ok.sum(axis=0))
    value = np.array(scores if everything else scores[np.ix_(rows, cols)], dtype=np.float64)
    if coverage:
        value += coverage_bonus(rows.size)
    value[~sub_ok] = 0.0
    expanded = np.repeat(value, slots, axis=1)
    np.negative(expanded, out=expanded)
    slot_owner = np.repeat(np.arange(cols.size), slots)
    r, c = linear_sum_assignment(expanded)
    owner = slot_owner[c]
    keep = sub_ok[r, owner]
    return rows[r[keep]].astype(np.int64), cols[owner[keep]].astype(np.int64)


def peer_assignment(
    scores: F64, eligible: BoolArr, *, coverage: bool = False
) -> list[tuple[int, int]]:
    """Pairs (mentee-side index, mentor-side index) from ONE pool, each person in one pair at most.

    Rows and columns are the same people. A pair {a, b} takes the better of its two orientations;
    the maximum-weight matching on this general graph is solved exactly as an integer program by
    scipy's HiGHS (`milp`).
    """
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    n = scores.shape[0]
    forward = np.where(eligible, scores.astype(np.float64), -np.inf)
    best = np.maximum(forward, forward.T)
    a, b = np.nonzero(np.triu(np.isfinite(best), k=1))
    if a.size == 0:
        return []
    weight = best[a, b] + (coverage_bonus(n) if coverage else 0.0)
    # Tiny positive floor so that zero-score eligible pairs are still worth forming.
    weight = np.maximum(weight, 1e-9)
    e = np.arange(a.size)
    incidence = coo_matrix(
        (np.ones(2 * a.size), (np.concatenate([a, b]), np.concatenate([e, e]))),
        shape=(n, a.size),
    ).tocsr()
    result = milp(
        c=-weight,
        constraints=LinearConstraint(incidence, 0, 1),
        integrality=np.ones(a.size),
        bounds=Bounds(0, 1),
    )
    if result.x is None:
        return []
    chosen = np.flatnonzero(result.x > 0.5)
    out: list[tuple[int, int]] = []
    for k in chosen:
        i, j = int(a[k]), int(b[k])
        # Orient as (mentee row, mentor column) in the better direction.
        out.append((i, j) if forward[i, j] >= forward[j, i] else (j, i))
    return out
