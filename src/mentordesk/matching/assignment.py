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


#: Peer weights become integers for the blossom algorithm: 1e-5 of a point is far below what
#: the float32 scores resolve, so the integer optimum is the float optimum.
PEER_SCALE = 100_000
#: Each person's best few partners start the sparse graph.
PEER_TOP_K = 16
#: Edges whose LP reduced cost is below this many points join the sparse graph.
PEER_MARGIN = 1.0
_TOL = 1e-5


def peer_assignment(
    scores: F64, eligible: BoolArr, *, coverage: bool = False
) -> list[tuple[int, int]]:
    """Pairs (mentee-side index, mentor-side index) from ONE pool, each person in one pair at most.

    Rows and columns are the same people. A pair {a, b} takes the better of its two orientations.
    The maximum-weight matching on this general graph is exact and polynomial: Edmonds' blossom
    algorithm (rustworkx) on a sparse graph that provably holds every optimal matching:

    1. the LP relaxation (degree constraints) is solved by column generation — everyone's best
       partners first, then every edge the current duals y do not cover — until y covers every
       edge of the whole graph (y_u + y_v ≥ w_uv), so D = Σ y bounds every matching;
    2. the blossom algorithm solves the graph of edges with small reduced cost
       r_uv = y_u + y_v − w_uv, giving a matching of weight M;
    3. a matching that uses an edge with r_uv > D − M weighs less than M (weak duality), so every
       optimal matching lies in the edges with r_uv ≤ D − M; if the sparse graph holds them all,
       M is optimal for the whole graph, otherwise the blossom algorithm runs once more on them.
    """
    n = scores.shape[0]
    forward = np.where(eligible, scores.astype(np.float64), -np.inf)
    best = np.maximum(forward, forward.T)
    np.fill_diagonal(best, -np.inf)
    finite = np.isfinite(best)
    if not finite.any():
        return []
    bonus = coverage_bonus(n) if coverage else 0.0
    # Tiny positive floor so that zero-score eligible pairs are still worth forming.
    weight = np.where(finite, np.maximum(best + bonus, 1e-5), 0.0)
    mates = _exact_matching(weight, finite)
    out: list[tuple[int, int]] = []
    for i, j in mates:
        # Orient as (mentee row, mentor column) in the better direction.
        out.append((i, j) if forward[i, j] >= forward[j, i] else (j, i))
    return out


def _exact_matching(weight: F64, finite: BoolArr) -> list[tuple[int, int]]:
    n = weight.shape[0]
    upper = np.triu(finite, k=1)
    if int(upper.sum()) <= 4 * n:  # small or sparse: the whole graph at once
        a, b = np.nonzero(upper)
        return _blossom(n, a, b, weight[a, b])
    sparse = np.zeros_like(upper)
    a, b = _top_edges(weight, finite, min(PEER_TOP_K, n - 1))
    sparse[a, b] = True
    covering: tuple[NDArray[np.float64], F64] | None = None  # duals covering every edge
    for _round in range(30):
        y = _lp_duals(weight, sparse)
        if y is None:
            break
        reduced = np.where(upper, y[:, None] + y[None, :] - weight, np.inf)
        if not (reduced < -_TOL).any():
            covering = (y, reduced)
            break
        sparse |= reduced < PEER_MARGIN
    if covering is None:
        a, b = np.nonzero(upper)  # no proof: the whole graph (exact, just slower)
        return _blossom(n, a, b, weight[a, b])
    y, reduced = covering
    sparse |= reduced < PEER_MARGIN
    a, b = np.nonzero(sparse)
    mates = _blossom(n, a, b, weight[a, b])
    value = float(sum(weight[i, j] for i, j in mates))
    bound = float(np.maximum(y, 0.0).sum()) + n * _TOL
    needed = reduced <= (bound - value) + _TOL
    if (needed & ~sparse).any():
        a, b = np.nonzero(needed | sparse)
        mates = _blossom(n, a, b, weight[a, b])
    return mates


def _lp_duals(weight: F64, edges: BoolArr) -> NDArray[np.float64] | None:
    """Optimal duals y of the degree LP (max Σ w x, Σ_incident x ≤ 1, x ≥ 0) on `edges`."""
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    n = weight.shape[0]
    a, b = np.nonzero(edges)
    m = a.size
    e = np.arange(m)
    incidence = coo_matrix(
        (np.ones(2 * m), (np.concatenate([a, b]), np.concatenate([e, e]))), shape=(n, m)
    ).tocsr()
    lp = linprog(
        -weight[a, b], A_ub=incidence, b_ub=np.ones(n), bounds=(0, None), method="highs-ipm"
    )
    if lp.status != 0:
        return None
    return np.maximum(-np.asarray(lp.ineqlin.marginals, dtype=np.float64), 0.0)


def _top_edges(weight: F64, finite: BoolArr, k: int) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Undirected edges (a < b) joining everyone to their k best partners."""
    n = weight.shape[0]
    ranked = np.where(finite, weight, -1.0)
    top = np.argpartition(-ranked, k, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (n, 1))
    rows = np.repeat(np.arange(n), top.shape[1])
    cols = top.reshape(-1)
    keep = finite[rows, cols]
    lo = np.minimum(rows[keep], cols[keep])
    hi = np.maximum(rows[keep], cols[keep])
    edges = np.unique(lo * n + hi)
    return edges // n, edges % n


def _blossom(n: int, a: NDArray[np.intp], b: NDArray[np.intp], w: F64) -> list[tuple[int, int]]:
    """Maximum-weight matching of a general graph (rustworkx's blossom algorithm)."""
    import rustworkx as rx

    graph = rx.PyGraph(multigraph=False)
    graph.add_nodes_from(range(n))
    weights = np.rint(w * PEER_SCALE).astype(np.int64)
    graph.add_edges_from(list(zip(a.tolist(), b.tolist(), weights.tolist(), strict=True)))
    mates = rx.max_weight_matching(graph, max_cardinality=False, weight_fn=lambda x: x)
    return sorted((min(i, j), max(i, j)) for i, j in mates)
