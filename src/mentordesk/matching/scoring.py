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


def similarities(
    enc: Encoded, crit: Criterion, options: MatchOptions, ri: Index, ci: Index
) -> tuple[F32, F32]:
    """Similarity in [0, 1] (0 where unanswered) and 'both answered' (1.0/0.0), float32.

    `ri`, `ci` broadcast: (k, 1) × (1, m) gives a block, (k,) × (k,) gives k single pairs.
    """
    e, r = enc.mentee, enc.mentor
    one = np.float32(1.0)
    if crit.value in ("skills", "goals", "interests", "language", "availability"):
        key = crit.value
        ce = e.counts[key][ri].astype(np.float32)
        cr = r.counts[key][ci].astype(np.float32)
        shared = overlap(e.bits[key][ri], r.bits[key][ci]).astype(np.float32)
        # An outer product of the two "gave an answer" masks; `shared` is 0 when either is empty.
        answered = (ce > 0).astype(np.float32) * (cr > 0).astype(np.float32)
        if crit in (Criterion.SKILLS, Criterion.GOALS):
            sim = shared * (one / np.maximum(ce, one))  # share of what the mentee asked for
        elif crit is Criterion.INTERESTS:
            sim = shared / np.maximum(ce + cr - shared, one)  # Jaccard
        elif crit is Criterion.LANGUAGE:
            sim = np.minimum(shared, one)
        else:
            sim = shared / np.maximum(np.minimum(ce, cr), one)  # overlap fraction
        return np.asarray(sim, dtype=np.float32), answered
    if crit is Criterion.ORG_UNIT:
        oe, orr = e.org[ri], r.org[ci]
        answered = (oe >= 0).astype(np.float32) * (orr >= 0).astype(np.float32)
        same = (oe == orr).astype(np.float32)
        sim = same if options.org_unit_mode == "same" else one - same
        return sim * answered, answered
    if crit is Criterion.TIME_ZONE:
        answered = (~np.isnan(e.tz[ri])).astype(np.float32) * (~np.isnan(r.tz[ci])).astype(
            np.float32
        )
        d = e.tz[ri] - r.tz[ci]
        np.abs(d, out=d)
        d = np.minimum(d, np.float32(24.0) - d)
        d *= np.float32(-1.0 / TZ_SPAN_HOURS)
        d += one
        np.clip(d, 0.0, 1.0, out=d)
        return np.nan_to_num(d, copy=False, nan=0.0), answered
    if crit is Criterion.SENIORITY:
        answered = (~np.isnan(e.seniority[ri])).astype(np.float32) * (
            ~np.isnan(r.seniority[ci])
        ).astype(np.float32)
        g = r.seniority[ci] - e.seniority[ri]
        g -= np.float32(options.seniority_target)
        np.abs(g, out=g)
        g -= np.float32(options.seniority_tolerance)
        g *= np.float32(-1.0 / SENIORITY_SPAN)
        g += one
        np.clip(g, 0.0, 1.0, out=g)
        return np.nan_to_num(g, copy=False, nan=0.0), answered
    if crit is Criterion.FORMAT:
        fe, fr = e.fmt[ri], r.fmt[ci]
        answered = ((fe >= 0) & (fr >= 0)).astype(np.float32)
        mixed = (fe == enc.mixed_code) | (fr == enc.mixed_code)
        sim = np.where(fe == fr, one, np.where(mixed, np.float32(0.5), np.float32(0.0)))
        return sim.astype(np.float32) * answered, answered
    # Identity: the mentee's stated preference names the mentor's gender.
    pref, own = e.preferred_genders[ri], r.gender[ci]
    answered = ((pref != 0) & (own != 0)).astype(np.float32)
    return ((pref & own) != 0).astype(np.float32) * answered, answered


@dataclass(frozen=True)
class Terms:
    """The score of each pair in a block and, on request, each criterion's points."""

    score: F32
    points: dict[Criterion, F32]
    answered: dict[Criterion, F32]


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
    """
    active = [(c, float(weights.get(c.value, 0.0))) for c in Criterion]
    active = [(c, w) for c, w in active if w > 0]
    shape = np.broadcast_shapes(np.shape(ri), np.shape(ci))
    num = np.zeros(shape, dtype=np.float32)
    sims: dict[Criterion, F32] = {}
    answered: dict[Criterion, F32] = {}
    half = np.float32(0.5)
    total = np.float32(sum(w for _c, w in active))
    for crit, w in active:
        sim, ans = similarities(enc, crit, options, ri, ci)
        weight = np.float32(w)
        # Where unanswered (sim is 0 there) the criterion counts as neutral: w·½.
        neutral = weight * half * (np.float32(1.0) - ans)
        if with_points:
            sims[crit], answered[crit] = sim, ans
            num += weight * sim + neutral
        else:  # the same arithmetic, in place: the block path is the hot loop
            sim = np.multiply(sim, weight, out=np.array(sim, dtype=np.float32, copy=None))
            sim += neutral
            num += sim
    if total > 0:
        score = (np.float32(100.0) * num / total).astype(np.float32)
    else:
        score = np.full(shape, np.float32(NEUTRAL), dtype=np.float32)
    points: dict[Criterion, F32] = {}
    if with_points:
        safe = total if total > 0 else np.float32(1.0)
        for crit, w in active:
            pts = np.float32(100.0 * w) * (sims[crit] - half) / safe
            points[crit] = np.broadcast_to(pts * answered[crit], shape)
            answered[crit] = np.broadcast_to(answered[crit], shape)
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
