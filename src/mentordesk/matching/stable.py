"""Stable matching: mentee-proposing deferred acceptance with mentor capacities.

Iterative (a stack of free mentees, a heap per mentor), so it never recurses; a mentee's
preference order is sorted only when that mentee first proposes.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]
I64 = NDArray[np.int64]

#: A ranked choice outweighs any score difference.
RANK_BONUS = 1000.0


def preference_keys(
    scores: F64,
    ranked: Mapping[int, list[int]],
) -> dict[tuple[int, int], float]:
    """Sparse key boosts: (row, col) → bonus for ranked choices (first choice highest)."""
    out: dict[tuple[int, int], float] = {}
    for row, cols in ranked.items():
        for position, col in enumerate(cols):
            out[(row, col)] = RANK_BONUS * (len(cols) - position)
    return out


def deferred_acceptance(
    mentee_key: F64,
    mentor_bonus: Mapping[tuple[int, int], float],
    scores: F64,
    acceptable: BoolArr,
    capacity: I64,
) -> I64:
    """mentor column of each mentee row (−1 when unmatched); stable under strict preferences.

    Mentee i prefers mentors by `mentee_key[i]` (higher first, ties by column). Mentor j prefers
    mentees by `scores[i, j] + mentor_bonus[(i, j)]`, ties broken by the lower row index.
    """
    n = mentee_key.shape[0]
    match = np.full(n, -1, dtype=np.int64)
    orders: list[I64 | None] = [None] * n
    cursor = [0] * n
    held: list[list[tuple[float, int, int]]] = [[] for _ in range(mentee_key.shape[1])]
    free = list(range(n - 1, -1, -1))
    while free:
        i = free.pop()
        order = orders[i]
        if order is None:
            allowed = np.flatnonzero(acceptable[i])
            order = allowed[np.argsort(-mentee_key[i, allowed], kind="stable")].astype(np.int64)
            orders[i] = order
        if cursor[i] >= order.size:
            continue
        j = int(order[cursor[i]])
        cursor[i] += 1
        key = (float(scores[i, j]) + mentor_bonus.get((i, j), 0.0), -i, i)
        heap = held[j]
        if len(heap) < capacity[j]:
            heapq.heappush(heap, key)
            match[i] = j
        elif heap and heap[0] < key:
            dropped = heapq.heapreplace(heap, key)[2]
            match[dropped] = -1
            match[i] = j
            free.append(dropped)
        else:
            free.append(i)
    return match


def mentor_prefers(
    scores: F64, mentor_bonus: Mapping[tuple[int, int], float], j: int, a: int, b: int
) -> bool:
    """Does mentor j strictly prefer mentee a to mentee b (the order deferred acceptance uses)?"""
    ka = (float(scores[a, j]) + mentor_bonus.get((a, j), 0.0), -a)
    kb = (float(scores[b, j]) + mentor_bonus.get((b, j), 0.0), -b)
    return ka > kb
