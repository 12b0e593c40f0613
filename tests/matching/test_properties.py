"""Property tests: for random small programs no proposal breaks a hard rule or a capacity, and
the total equals an independent optimum (an LP over rules re-derived from the raw profiles)."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from mentordesk.matching.criteria import MatchOptions, Objective
from mentordesk.matching.engine import Matcher
from mentordesk.matching.profiles import Profile
from mentordesk.matching.rules import HardRules

TAGS = ["a", "b", "c", "d", "e"]
WEIGHTS = {"skills": 3.0, "goals": 2.0, "interests": 1.0, "language": 1.0, "seniority": 1.0}


@st.composite
def programs(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 6))
    m = draw(st.integers(1, 4))
    tags = st.lists(st.sampled_from(TAGS), max_size=3, unique=True).map(tuple)
    seniority = st.one_of(st.none(), st.integers(0, 10).map(float))
    mentees = [
        Profile(
            id=k,
            name=f"e{k}",
            skills_sought=draw(tags),
            goals=draw(tags),
            interests=draw(tags),
            languages=draw(tags),
            seniority=draw(seniority),
            ineligible=draw(st.sampled_from(["", "", "", "withdrawn"])),
        )
        for k in range(n)
    ]
    mentors = [
        Profile(
            id=100 + k,
            name=f"r{k}",
            skills_offered=draw(tags),
            goals=draw(tags),
            interests=draw(tags),
            languages=draw(tags),
            seniority=draw(seniority),
            capacity=draw(st.integers(0, 3)),
            ineligible=draw(st.sampled_from(["", "", "", "background check expired"])),
        )
        for k in range(m)
    ]
    cells = [(e.id, r.id) for e in mentees for r in mentors]
    excluded = draw(st.lists(st.sampled_from(cells), max_size=4, unique=True))
    rejected = draw(st.lists(st.sampled_from(cells), max_size=3, unique=True))
    pins = draw(st.lists(st.sampled_from(cells), max_size=3, unique=True))
    return {
        "mentees": mentees,
        "mentors": mentors,
        "exclusions": {(e, r): "x" for e, r in excluded},
        "rejected": frozenset((r, e) for e, r in rejected),
        "pins": [(r, e) for e, r in pins],
        "seniority_rule": draw(st.booleans()),
        "objective": draw(st.sampled_from([Objective.TOTAL, Objective.COVERAGE])),
        "min_score": draw(st.sampled_from([None, None, 40.0])),
    }


def allowed_by_raw_rules(p: dict, mentee: Profile, mentor: Profile) -> bool:
    """The documented hard rules, written again from the raw data (not the app's code)."""
    if mentee.ineligible or mentor.ineligible or mentee.id == mentor.id:
        return False
    if (mentee.id, mentor.id) in p["exclusions"] or (mentor.id, mentee.id) in p["exclusions"]:
        return False
    if (mentor.id, mentee.id) in p["rejected"]:
        return False
    if p["seniority_rule"] and mentee.seniority is not None and mentor.seniority is not None:
        return mentor.seniority > mentee.seniority
    return True


def reference_optimum(scores: np.ndarray, ok: np.ndarray, capacity: list[int], coverage: bool):
    """(pairs, total) of the best b-matching by HiGHS milp on the allowed cells."""
    cells = np.argwhere(ok)
    if cells.size == 0:
        return 0, 0.0
    n, m = ok.shape
    k = len(cells)
    value = scores[cells[:, 0], cells[:, 1]].astype(np.float64)
    objective = value + (1000.0 if coverage else 0.0)
    rows = np.zeros((n + m, k))
    for c, (i, j) in enumerate(cells):
        rows[i, c] = 1
        rows[n + j, c] = 1
    upper = np.array([1] * n + capacity, dtype=float)
    result = milp(
        -objective,
        constraints=LinearConstraint(rows, 0, upper),
        integrality=np.ones(k),
        bounds=Bounds(0, 1),
    )
    chosen = result.x > 0.5
    return int(chosen.sum()), float(value[chosen].sum())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_no_proposal_breaks_a_hard_rule_and_the_total_is_optimal(p: dict) -> None:
    """Random small programs: rules and capacities hold, the total equals the LP optimum."""
    options = MatchOptions(
        objective=p["objective"], min_score=p["min_score"], seniority_rule=p["seniority_rule"]
    )
    matcher = Matcher(
        p["mentees"],
        p["mentors"],
        WEIGHTS,
        options,
        HardRules.of(p["exclusions"], p["rejected"]),
        p["pins"],
    )
    proposal = matcher.run()
    mentees = {x.id: x for x in p["mentees"]}
    mentors = {x.id: x for x in p["mentors"]}
    places = {r.id: max(0, r.capacity) for r in p["mentors"]}  # free places, in people
    held: dict[int, int] = {}
    seen: set[int] = set()
    for pair in proposal.pairs:
        mentee, mentor = mentees[pair.mentee_id], mentors[pair.mentor_id]
        assert allowed_by_raw_rules(p, mentee, mentor) or (
            pair.pinned and (mentor.id, mentee.id) in p["rejected"]
        ), pair
        assert pair.mentee_id not in seen
        seen.add(pair.mentee_id)
        held[mentor.id] = held.get(mentor.id, 0) + 1
    assert all(held[r] <= places[r] for r in held)
    # Every pin is either kept or reported with a reason; never silently dropped.
    kept = {(x.mentor_id, x.mentee_id) for x in proposal.pairs if x.pinned}
    invalid = {(x.mentor_id, x.mentee_id) for x in proposal.invalid_pins}
    assert kept | invalid == set(p["pins"]) and not kept & invalid
    assert all(x.reasons for x in proposal.invalid_pins)
    # The optimum over what the pins leave, from the raw tables.
    scores = matcher.scores()
    left = dict(places)
    for r, _e in kept:
        left[r] -= 1
    pinned_mentees = {e for _r, e in kept}
    ok = np.array(
        [
            [
                e.id not in pinned_mentees
                and left[r.id] > 0
                and allowed_by_raw_rules(p, e, r)
                and (p["min_score"] is None or scores[i, j] >= p["min_score"])
                for j, r in enumerate(p["mentors"])
            ]
            for i, e in enumerate(p["mentees"])
        ],
        dtype=bool,
    ).reshape(len(p["mentees"]), len(p["mentors"]))
    coverage = p["objective"] is Objective.COVERAGE
    count, total = reference_optimum(scores, ok, [left[r.id] for r in p["mentors"]], coverage)
    free_pairs = [x for x in proposal.pairs if not x.pinned]
    if coverage:
        assert len(free_pairs) == count
    assert (
        sum(x.score for x in free_pairs) == np.float64(total)
        or abs(sum(x.score for x in free_pairs) - total) < 1e-3
    )


@st.composite
def peer_pools(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    n = draw(st.integers(2, 14))
    values = draw(
        st.lists(st.integers(0, 100), min_size=n * n, max_size=n * n).map(
            lambda v: np.array(v, dtype=np.float64).reshape(n, n)
        )
    )
    allowed = draw(
        st.lists(st.booleans(), min_size=n * n, max_size=n * n).map(
            lambda v: np.array(v, dtype=bool).reshape(n, n)
        )
    )
    np.fill_diagonal(allowed, False)
    return values, allowed


def peer_reference(scores: np.ndarray, ok: np.ndarray) -> float:
    """Maximum-weight matching on the general graph by HiGHS milp (the old, slow way)."""
    n = scores.shape[0]
    both = np.maximum(np.where(ok, scores, -np.inf), np.where(ok, scores, -np.inf).T)
    a, b = np.nonzero(np.triu(np.isfinite(both), 1))
    if a.size == 0:
        return 0.0
    w = np.maximum(both[a, b], 1e-5)
    rows = np.zeros((n, a.size))
    rows[a, np.arange(a.size)] = 1
    rows[b, np.arange(a.size)] = 1
    result = milp(
        -w, constraints=LinearConstraint(rows, 0, 1), integrality=np.ones(a.size), bounds=(0, 1)
    )
    return float(both[a, b][result.x > 0.5].sum())


@settings(max_examples=40, deadline=None)
@given(peer_pools())
def test_peer_matching_equals_the_integer_program(pool: tuple[np.ndarray, np.ndarray]) -> None:
    """The blossom peer matching pairs each person once and reaches the milp optimum."""
    from mentordesk.matching.assignment import peer_assignment

    scores, ok = pool
    pairs = peer_assignment(scores, ok)
    people = [x for pair in pairs for x in pair]
    assert len(people) == len(set(people))
    assert all(ok[i, j] for i, j in pairs)
    assert sum(scores[i, j] for i, j in pairs) == peer_reference(scores, ok)


def test_peer_matching_sparse_path_is_exact_on_a_dense_pool() -> None:
    """60 people, everyone eligible: the proven sparse graph gives the whole graph's optimum."""
    from mentordesk.matching.assignment import peer_assignment

    rng = np.random.default_rng(60)
    scores = np.round(rng.random((60, 60)) * 100, 2)
    ok = ~np.eye(60, dtype=bool)
    pairs = peer_assignment(scores, ok)
    assert len(pairs) == 30
    total = sum(max(scores[i, j], scores[j, i]) for i, j in pairs)
    assert abs(total - peer_reference(scores, ok)) < 1e-6
