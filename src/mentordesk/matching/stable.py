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
    orders: list[list[int] | None] = [None] * n
    rests: list[I64 | None] = [None] * n
    cursor = [0] * n
    held: list[list[tuple[float, int, int]]] = [[] for _ in range(mentee_key.shape[1])]
    free = list(range(n - 1, -1, -1))
    while free:
        i = free.pop()
        order = orders[i]
        if order is None:
            order, rests[i] = _first_choices(mentee_key[i], np.flatnonzero(acceptable[i]))
            orders[i] = order
        if cursor[i] >= len(order):
            rest = rests[i]
            if rest is None or rest.size == 0:
                continue
            order.extend(_ranked(mentee_key[i], rest))
            rests[i] = None
        j = order[cursor[i]]
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


#: Most mentees are placed within their first few choices: sort those, the rest only if needed.
_FIRST = 32


def _ranked(row: F64, columns: I64) -> list[int]:
    """Columns by key descending, ties by column ascending (a strict, fixed preference order)."""
    return [int(c) for c in columns[np.lexsort((columns, -row[columns]))]]


def _first_choices(row: F64, allowed: I64) -> tuple[list[int], I64 | None]:
    """The best ~_FIRST acceptable columns in order, and the others (unsorted) for later."""
    if allowed.size <= 2 * _FIRST:
        return _ranked(row, allowed), None
    values = row[allowed]
    threshold = np.partition(values, values.size - _FIRST)[values.size - _FIRST]
    top = values >= threshold  # ties with the threshold all go first: the order stays exact
    return _ranked(row, allowed[top]), allowed[~top]


def mentor_prefers(
    scores: F64, mentor_bonus: Mapping[tuple[int, int], float], j: int, a: int, b: int
) -> bool:
    """Does mentor j strictly prefer mentee a to mentee b (the order deferred acceptance uses)?"""
    ka = (float(scores[a, j]) + mentor_bonus.get((a, j), 0.0), -a)
    kb = (float(scores[b, j]) + mentor_bonus.get((b, j), 0.0), -b)
    return ka > kb
