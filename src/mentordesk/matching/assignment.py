"""Optimal whole-cohort assignment with capacities: proven solvers, no hand-written one.

Bipartite (mentors with capacities, mentees): OR-Tools' min-cost flow on a sparse graph of each
mentee's best mentors, with a proof of optimality over the whole matrix (mentor prices from the
optimal flow, checked against every eligible cell); cells that would break the proof join the
graph and it is solved again; the same flow over every eligible cell is the last resort.
Peer pools (one general graph): the blossom algorithm (rustworkx), see `peer_assignment`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]
I64 = NDArray[np.int64]


def coverage_bonus(n_rows: int) -> float:
    """A bonus per matched pair larger than any total score change: one more match always wins."""
    return 100.0 * (n_rows + 1)


#: Scores become integers for the flow solver: 1e-5 of a point is below what float32 resolves.
SCALE = 100_000
#: Each mentee's best mentors that start the sparse graph.
TOP_K = 48


def optimal_assignment(
    scores: F64, eligible: BoolArr, capacity: I64, *, coverage: bool = False
) -> tuple[I64, I64]:
    """(mentee rows, mentor columns) maximising the total score under capacities.

    Exact: a min-cost flow on each mentee's best `TOP_K` eligible mentors, proven optimal for the
    whole matrix by `_violations` (or widened until it is). Forbidden cells never appear. With
    `coverage`, every pair also earns `coverage_bonus`, which makes the number matched the first
    objective and the total the second.
    """
    rows = np.flatnonzero(eligible.any(axis=1))
    cols = np.flatnonzero(eligible.any(axis=0) & (capacity > 0))
    empty = np.zeros(0, dtype=np.int64)
    if rows.size == 0 or cols.size == 0:
        return empty, empty
    everything = rows.size == scores.shape[0] and cols.size == scores.shape[1]
    ok = eligible if everything else eligible[np.ix_(rows, cols)]
    value = scores if everything else scores[np.ix_(rows, cols)]
    cap = np.minimum(capacity[cols], ok.sum(axis=0)).astype(np.int64)
    bonus = coverage_bonus(rows.size) if coverage else 0.0
    r, c = _sparse_optimum(value, ok, cap, bonus)
    return rows[r].astype(np.int64), cols[c].astype(np.int64)


def _weights(value: F64, bonus: float) -> NDArray[np.int64]:
    """Scores (+ the coverage bonus) as integers for the flow solver."""
    return np.rint((np.asarray(value, dtype=np.float64) + bonus) * SCALE).astype(np.int64)


def _sparse_optimum(
    value: F64, ok: BoolArr, cap: I64, bonus: float
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    n, m = ok.shape
    k = min(TOP_K, m)
    if k >= m:
        a, b = np.nonzero(ok)
    else:
        # float32 and scores ≥ 0: forbidden cells at −1 sort last, at half the memory.
        ranked = np.where(ok, np.asarray(value, dtype=np.float32), np.float32(-1.0))
        np.negative(ranked, out=ranked)
        top = np.argpartition(ranked, k - 1, axis=1)[:, :k]
        del ranked
        a = np.repeat(np.arange(n), k)
        b = top.reshape(-1)
        keep = ok[a, b]
        a, b = a[keep], b[keep]
    for _round in range(4):
        w = _weights(value[a, b], bonus)
        chosen = _min_cost_flow(n, m, a, b, w, cap)
        if a.size == int(ok.sum()):
            return a[chosen], b[chosen]  # the whole graph: optimal by itself
        extra = _violations(value, ok, cap, bonus, a, b, w, chosen)
        if extra is None:
            return a[chosen], b[chosen]
        if extra[0].size == 0:
            break  # no proof either way: solve the dense problem
        a = np.concatenate([a, extra[0]])
        b = np.concatenate([b, extra[1]])
    return _dense_optimum(value, ok, cap, bonus)


def _min_cost_flow(
    n: int, m: int, a: NDArray[np.intp], b: NDArray[np.intp], w: NDArray[np.int64], cap: I64
) -> NDArray[np.bool_]:
    """Which of the edges a–b an optimal b-matching uses (OR-Tools min-cost flow).

    Source → mentee (1) → mentor (−weight) → sink (capacity); mentee → sink at no cost is
    "unmatched", so every mentee sends its one unit and the flow is always feasible.
    """
    from ortools.graph.python import min_cost_flow

    source, sink = n + m, n + m + 1
    mentees = np.arange(n, dtype=np.int32)
    tails = np.concatenate([np.full(n, source), a, n + np.arange(m), mentees]).astype(np.int32)
    heads = np.concatenate([mentees, n + b, np.full(m, sink), np.full(n, sink)]).astype(np.int32)
    caps = np.concatenate(
        [np.ones(n, np.int64), np.ones(a.size, np.int64), cap, np.ones(n, np.int64)]
    )
    costs = np.concatenate(
        [np.zeros(n, np.int64), -w, np.zeros(m, np.int64), np.zeros(n, np.int64)]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(n + m + 2, dtype=np.int64)
    supplies[source], supplies[sink] = n, -n
    flow.set_nodes_supplies(np.arange(n + m + 2, dtype=np.int32), supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    return np.asarray(flow.flows(np.arange(n, n + a.size, dtype=np.int32))) > 0


def _violations(
    value: F64,
    ok: BoolArr,
    cap: I64,
    bonus: float,
    a: NDArray[np.intp],
    b: NDArray[np.intp],
    w: NDArray[np.int64],
    chosen: NDArray[np.bool_],
) -> tuple[NDArray[np.intp], NDArray[np.intp]] | None:
    """None when the sparse optimum is optimal for the whole matrix, else the cells to add.

    LP duality for max Σ w x (each mentee ≤ 1, mentor j ≤ cap_j): prices v_j ≥ 0 (0 unless j
    is full) and u_i = w(i, mate) − v_mate (0 if unmatched) that satisfy u_i + v_j ≥ w_ij on
    every edge prove optimality. The prices are the shortest-path solution of the difference
    constraints complementary slackness imposes on the sparse graph (Bellman–Ford, vectorised);
    then every eligible cell of the whole matrix is checked.
    """
    n, m = ok.shape
    mate = np.full(n, -1, dtype=np.int64)
    mate_w = np.zeros(n, dtype=np.int64)
    mate[a[chosen]] = b[chosen]
    mate_w[a[chosen]] = w[chosen]
    load = np.bincount(b[chosen], minlength=m)
    full = load >= cap
    root = m
    matched = mate[a] >= 0
    # Difference constraints v_head − v_tail ≤ weight, as edges tail → head.
    t1, h1, c1 = b[matched], mate[a[matched]], mate_w[a[matched]] - w[matched]
    mm = np.flatnonzero(mate >= 0)
    t2, h2, c2 = np.full(mm.size, root), mate[mm], mate_w[mm]  # v_mate ≤ w(i, mate)
    un = ~matched
    t3, h3, c3 = b[un], np.full(int(un.sum()), root), -w[un]  # v_j ≥ w_ij (i unmatched)
    t4, h4, c4 = np.arange(m), np.full(m, root), np.zeros(m, np.int64)  # v_j ≥ 0
    free = np.flatnonzero(~full)
    t5, h5, c5 = np.full(free.size, root), free, np.zeros(free.size, np.int64)  # v_j ≤ 0
    tails = np.concatenate([t1, t2, t3, t4, t5])
    heads = np.concatenate([h1, h2, h3, h4, h5])
    costs = np.concatenate([c1, c2, c3, c4, c5]).astype(np.float64)
    dist = np.full(m + 1, np.inf)
    dist[root] = 0.0
    for _step in range(min(m + 2, 500)):  # long chains are rare; without convergence, no proof
        relaxed = dist[tails] + costs
        before = dist.copy()
        np.minimum.at(dist, heads, relaxed)
        if np.array_equal(before, dist):
            break
    else:
        return np.zeros(0, np.intp), np.zeros(0, np.intp)  # no convergence: no proof
    if dist[root] < 0 or (not np.isfinite(dist[:m]).all() and (load > 0).any()):
        return np.zeros(0, np.intp), np.zeros(0, np.intp)
    price = np.where(np.isfinite(dist[:m]), dist[:m], 0.0)
    u = np.where(mate >= 0, mate_w - price[np.maximum(mate, 0)], 0.0)
    # Every eligible cell of the whole matrix: w_ij − v_j ≤ u_i, in row blocks.
    bad_rows: list[NDArray[np.intp]] = []
    bad_cols: list[NDArray[np.intp]] = []
    for start in range(0, n, 512):
        stop = min(n, start + 512)
        block = _weights(value[start:stop], bonus) - price[None, :]
        over = ok[start:stop] & (block > u[start:stop, None] + 0.5)
        if over.any():
            r, c = np.nonzero(over)
            bad_rows.append(r + start)
            bad_cols.append(c)
    if not bad_rows:
        return None
    return np.concatenate(bad_rows), np.concatenate(bad_cols)


def _dense_optimum(
    value: F64, ok: BoolArr, cap: I64, bonus: float
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """The last resort: the min-cost flow over every eligible cell (exact, just bigger)."""
    n, m = ok.shape
    a, b = np.nonzero(ok)
    chosen = _min_cost_flow(n, m, a, b, _weights(value[a, b], bonus), cap)
    return a[chosen], b[chosen]


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
    """Optimal duals y of the degree LP (max Σ w x, Σ_incident x ≤ 1, x ≥ 0) on `edges`
    (OR-Tools' GLOP simplex; its duals of a maximisation's ≤ rows are ≥ 0)."""
    from ortools.linear_solver import pywraplp

    n = weight.shape[0]
    a, b = np.nonzero(edges)
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:
        return None
    infinity = solver.infinity()
    rows = [solver.Constraint(-infinity, 1.0) for _ in range(n)]
    objective = solver.Objective()
    for i, j, w in zip(a.tolist(), b.tolist(), weight[a, b].tolist(), strict=True):
        x = solver.NumVar(0.0, infinity, "")
        rows[i].SetCoefficient(x, 1.0)
        rows[j].SetCoefficient(x, 1.0)
        objective.SetCoefficient(x, w)
    objective.SetMaximization()
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return None
    return np.maximum(np.array([row.dual_value() for row in rows], dtype=np.float64), 0.0)


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
