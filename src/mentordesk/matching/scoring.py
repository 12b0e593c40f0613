"""Scores 0–100: the weighted mean of per-criterion similarities, a missing answer neutral.

`contributions()` is the ONE place a score is computed. The score matrix calls it on blocks of
(mentee row × all mentors) and an explanation calls it on single pairs, so a score and its
explanation cannot disagree. A criterion contributes `100·w·(s − ½) / Σw` points around a neutral
50, so that score = 50 + Σ contributions = 100·Σw·s / Σw, and a poor fit shows as a negative line.
A criterion one of the two did not answer counts as the neutral ½ with its full weight: a
missing answer can never lift a score above what a neutral answer would give (an empty profile
scores 50, not the mean of the one or two things it happens to share).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from mentordesk.matching.criteria import Criterion, MatchOptions
from mentordesk.matching.features import Encoded, overlap

F32 = NDArray[np.float32]
Index = NDArray[np.intp]

NEUTRAL = 50.0
#: Beyond this many hours apart, time zones count as no overlap at all.
TZ_SPAN_HOURS = 12.0
#: Seniority similarity falls from 1 to 0 over this many years beyond the tolerance.
SENIORITY_SPAN = 5.0


def answer_masks(enc: Encoded, crit: Criterion) -> tuple[F32, F32]:
    """Whether each mentee and each mentor answered a criterion (1.0/0.0, float32).

    A pair "answered" a criterion when both did: the outer product of the two masks.
    """
    e, r = enc.mentee, enc.mentor
    if crit.value in ("skills", "goals", "interests", "language", "availability"):
        return _mask(e.counts[crit.value] > 0), _mask(r.counts[crit.value] > 0)
    if crit is Criterion.ORG_UNIT:
        return _mask(e.org >= 0), _mask(r.org >= 0)
    if crit is Criterion.TIME_ZONE:
        return _mask(~np.isnan(e.tz)), _mask(~np.isnan(r.tz))
    if crit is Criterion.SENIORITY:
        return _mask(~np.isnan(e.seniority)), _mask(~np.isnan(r.seniority))
    if crit is Criterion.FORMAT:
        return _mask(e.fmt >= 0), _mask(r.fmt >= 0)
    return _mask(e.preferred_genders != 0), _mask(r.gender != 0)


def _mask(values: NDArray[np.bool_]) -> F32:
    return np.asarray(values, dtype=np.float32)


def similarities(
    enc: Encoded, crit: Criterion, options: MatchOptions, ri: Index, ci: Index
) -> tuple[F32, F32]:
    """Similarity in [0, 1] (0 where unanswered) and 'both answered' (1.0/0.0), float32.

    `ri`, `ci` broadcast: (k, 1) × (1, m) gives a block, (k,) × (k,) gives k single pairs.
    """
    mask_e, mask_r = answer_masks(enc, crit)
    return _similarity(enc, crit, options, ri, ci), mask_e[ri] * mask_r[ci]


def _similarity(enc: Encoded, crit: Criterion, options: MatchOptions, ri: Index, ci: Index) -> F32:
    """The similarity alone, already 0 wherever either did not answer (no mask needed)."""
    e, r = enc.mentee, enc.mentor
    one = np.float32(1.0)
    if crit.value in ("skills", "goals", "interests", "language", "availability"):
        key = crit.value
        ce = e.counts[key][ri].astype(np.float32)
        cr = r.counts[key][ci].astype(np.float32)
        # `shared` is 0 when either list is empty, and so is every similarity below.
        shared = overlap(e.bits[key][ri], r.bits[key][ci]).astype(np.float32)
        if crit in (Criterion.SKILLS, Criterion.GOALS):
            sim = shared * (one / np.maximum(ce, one))  # share of what the mentee asked for
        elif crit is Criterion.INTERESTS:
            sim = shared / np.maximum(ce + cr - shared, one)  # Jaccard
        elif crit is Criterion.LANGUAGE:
            sim = np.minimum(shared, one)
        else:
            sim = shared / np.maximum(np.minimum(ce, cr), one)  # overlap fraction
        return np.asarray(sim, dtype=np.float32)
    if crit is Criterion.ORG_UNIT:
        oe, orr = e.org[ri], r.org[ci]
        if options.org_unit_mode == "same":
            return _mask((oe == orr) & (oe >= 0))
        return _mask((oe != orr) & (oe >= 0) & (orr >= 0))
    if crit is Criterion.TIME_ZONE:
        d = e.tz[ri] - r.tz[ci]  # NaN where either is unknown
        np.abs(d, out=d)
        d = np.minimum(d, np.float32(24.0) - d)
        d *= np.float32(-1.0 / TZ_SPAN_HOURS)
        d += one
        np.clip(d, 0.0, 1.0, out=d)
        return np.asarray(np.nan_to_num(d, copy=False, nan=0.0), dtype=np.float32)
    if crit is Criterion.SENIORITY:
        g = r.seniority[ci] - e.seniority[ri]  # NaN where either is unknown
        g -= np.float32(options.seniority_target)
        np.abs(g, out=g)
        g -= np.float32(options.seniority_tolerance)
        g *= np.float32(-1.0 / SENIORITY_SPAN)
        g += one
        np.clip(g, 0.0, 1.0, out=g)
        return np.asarray(np.nan_to_num(g, copy=False, nan=0.0), dtype=np.float32)
    if crit is Criterion.FORMAT:
        fe, fr = e.fmt[ri], r.fmt[ci]
        known = (fe >= 0) & (fr >= 0)
        mixed = (fe == enc.mixed_code) | (fr == enc.mixed_code)
        same = (fe == fr) & known
        half = np.float32(0.5)
        sim = np.where(same, one, np.where(mixed & known, half, np.float32(0.0)))
        return np.asarray(sim, dtype=np.float32)
    # Identity: the mentee's stated preference names the mentor's gender (0 if either is unset).
    pref, own = e.preferred_genders[ri], r.gender[ci]
    return _mask((pref & own) != 0)


@dataclass(frozen=True)
class Terms:
    """The score of each pair in a block and, on request, each criterion's points."""

    score: F32
    points: dict[Criterion, F32]
    answered: dict[Criterion, F32]


def _neutral(
    enc: Encoded, active: list[tuple[Criterion, float]], ri: Index, ci: Index
) -> F32 | np.float32:
    """Σ w·½ over the criteria a pair did not both answer, for broadcast ri × ci.

    It depends only on which criteria each side answered, so it is a lookup in a small table
    of (mentee answer pattern × mentor answer pattern), summed in one fixed order: a block of
    the matrix and a single pair get the very same float32 value.
    """
    masks = [answer_masks(enc, crit) for crit, _w in active]
    bit = np.int64(1)
    pattern_e = sum(((m_e > 0).astype(np.int64) << (bit * k) for k, (m_e, _r) in enumerate(masks)),
                    np.zeros(len(enc.mentee.ids), dtype=np.int64))  # fmt: skip
    pattern_r = sum(((m_r > 0).astype(np.int64) << (bit * k) for k, (_e, m_r) in enumerate(masks)),
                    np.zeros(len(enc.mentor.ids), dtype=np.int64))  # fmt: skip
    kinds_e, of_e = np.unique(pattern_e, return_inverse=True)
    kinds_r, of_r = np.unique(pattern_r, return_inverse=True)
    table = np.zeros((kinds_e.size, kinds_r.size), dtype=np.float32)
    for k, (_crit, w) in enumerate(active):
        both = ((kinds_e[:, None] >> k) & 1) & ((kinds_r[None, :] >> k) & 1)
        table += np.where(both == 1, np.float32(0.0), np.float32(w) * np.float32(0.5))
    if table.size == 1:  # everyone answered the same criteria: one value for every pair
        return np.float32(table[0, 0])
    return np.asarray(table[of_e.reshape(-1)[ri], of_r.reshape(-1)[ci]], dtype=np.float32)


def contributions(
    enc: Encoded,
    weights: Mapping[str, float],
    options: MatchOptions,
    ri: Index,
    ci: Index,
    *,
    with_points: bool = True,
) -> Terms:
    """Scores for broadcast ri × ci, and (with_points) each criterion's contribution.

    score = 100·Σ w·s / Σ w over the weighted criteria, s = ½ where either did not answer;
    points = 100·w·(s − ½)/Σ w (0 when unanswered), so that score = 50 + Σ points.
    The same elementwise float32 steps run for a block and for single pairs, so a pair's score
    in the matrix and in its explanation are the same number.
    """
    active = [(c, float(weights.get(c.value, 0.0))) for c in Criterion]
    active = [(c, w) for c, w in active if w > 0]
    shape = np.broadcast_shapes(np.shape(ri), np.shape(ci))
    num = np.zeros(shape, dtype=np.float32)
    sims: dict[Criterion, F32] = {}
    total = np.float32(sum(w for _c, w in active))
    for crit, w in active:
        sim = _similarity(enc, crit, options, ri, ci)
        if with_points:
            sims[crit] = sim
            num += np.float32(w) * sim
        else:  # the same arithmetic, in place: the block path is the hot loop
            sim = np.multiply(sim, np.float32(w), out=np.array(sim, dtype=np.float32, copy=None))
            num += sim
    if total > 0:
        num += _neutral(enc, active, ri, ci)  # where unanswered a criterion counts w·½
        score = (np.float32(100.0) * num / total).astype(np.float32)
    else:
        score = np.full(shape, np.float32(NEUTRAL), dtype=np.float32)
    points: dict[Criterion, F32] = {}
    answered: dict[Criterion, F32] = {}
    if with_points:
        safe = total if total > 0 else np.float32(1.0)
        half = np.float32(0.5)
        for crit, w in active:
            mask_e, mask_r = answer_masks(enc, crit)
            ans = np.broadcast_to(mask_e[ri] * mask_r[ci], shape)
            pts = np.float32(100.0 * w) * (sims[crit] - half) / safe
            points[crit] = np.broadcast_to(pts * ans, shape)
            answered[crit] = ans
    return Terms(score=score, points=points, answered=answered)


def score_matrix(
    enc: Encoded,
    weights: Mapping[str, float],
    options: MatchOptions,
    *,
    block: int = 256,
    progress: Callable[[int, int], None] | None = None,
    threads: int | None = None,
) -> F32:
    """Scores of every mentee (rows) with every mentor (columns), computed in row blocks.

    numpy releases the GIL inside its loops, so blocks run on a few threads at once; progress is
    reported (and may raise to cancel) from the calling thread only.
    """
    n = len(enc.mentee.ids)
    m = len(enc.mentor.ids)
    out = np.empty((n, m), dtype=np.float32)
    cols = np.arange(m)[None, :]

    def fill(start: int) -> int:
        stop = min(n, start + block)
        rows = np.arange(start, stop)[:, None]
        out[start:stop] = contributions(enc, weights, options, rows, cols, with_points=False).score
        return stop

    starts = list(range(0, n, block))
    workers = threads if threads is not None else min(4, os.cpu_count() or 1)
    if workers <= 1 or len(starts) <= 1:
        for start in starts:
            stop = fill(start)
            if progress is not None:
                progress(stop, n)
        return out
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fill, start) for start in starts]
        try:
            for future in as_completed(futures):
                future.result()
                done += 1
                if progress is not None:
                    progress(min(n, done * block), n)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return out
