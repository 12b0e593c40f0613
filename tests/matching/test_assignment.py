"""Whole-cohort assignment: optimal against brute force, hard rules, unmatched reasons."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import numpy as np
import pytest

from mentordesk.matching.assignment import optimal_assignment, peer_assignment
from mentordesk.matching.criteria import MatchOptions, Objective
from mentordesk.matching.engine import Matcher, UnmatchedReason
from mentordesk.matching.profiles import Profile
from mentordesk.matching.rules import HardRules

OPTIONS = MatchOptions(seniority_rule=False)
WEIGHTS = {"goals": 1.0}


def brute_force(scores, eligible, capacity, coverage):
    """Best (matched, total) over every way of giving each mentee a mentor or nobody."""
    n, m = scores.shape
    best = (-1, -1.0)
    for choice in itertools.product(range(-1, m), repeat=n):
        load = [0] * m
        ok = True
        count, total = 0, 0.0
        for i, j in enumerate(choice):
            if j < 0:
                continue
            if not eligible[i, j]:
                ok = False
                break
            load[j] += 1
            count += 1
            total += scores[i, j]
        if not ok or any(load[j] > capacity[j] for j in range(m)):
            continue
        key = (count, total) if coverage else (0, total)
        if key > best:
            best = key
    return best


@pytest.mark.parametrize("coverage", [False, True])
def test_optimal_on_small_random_instances(coverage: bool) -> None:
    """The assignment's total (and count, for coverage) equals the brute-force optimum."""
    rng = np.random.default_rng(11)
    for _ in range(40):
        n, m = int(rng.integers(1, 6)), int(rng.integers(1, 4))
        scores = rng.integers(0, 100, size=(n, m)).astype(np.float64)
        eligible = rng.random((n, m)) < 0.7
        capacity = rng.integers(0, 3, size=m)
        rows, cols = optimal_assignment(scores, eligible, capacity, coverage=coverage)
        assert all(eligible[rows, cols])
        assert all(np.bincount(cols, minlength=m) <= capacity)
        assert len(set(rows.tolist())) == len(rows)
        count, total = brute_force(scores, eligible, capacity, coverage)
        assert scores[rows, cols].sum() == pytest.approx(total)
        if coverage:
            assert len(rows) == count


def test_coverage_prefers_more_pairs_over_a_higher_total() -> None:
    """Coverage matches two mediocre pairs rather than one excellent one."""
    scores = np.array([[100.0, 5.0], [90.0, 0.0]])
    eligible = np.array([[True, True], [True, False]])
    capacity = np.array([1, 1])
    rows, _cols = optimal_assignment(scores, eligible, capacity, coverage=False)
    assert len(rows) == 1
    rows, cols = optimal_assignment(scores, eligible, capacity, coverage=True)
    assert sorted(zip(rows.tolist(), cols.tolist(), strict=True)) == [(0, 1), (1, 0)]


def test_peer_matching_is_optimal_and_pairs_each_person_once() -> None:
    """One pool: every person in at most one pair, best total (checked by brute force)."""
    rng = np.random.default_rng(5)
    for _ in range(15):
        n = int(rng.integers(2, 7))
        scores = rng.integers(0, 100, size=(n, n)).astype(np.float64)
        eligible = (rng.random((n, n)) < 0.8) & ~np.eye(n, dtype=bool)
        pairs = peer_assignment(scores, eligible)
        people = [p for pair in pairs for p in pair]
        assert len(people) == len(set(people))
        best = 0.0
        edges = [
            (
                i,
                j,
                max(scores[i, j] if eligible[i, j] else -1, scores[j, i] if eligible[j, i] else -1),
            )
            for i in range(n)
            for j in range(i + 1, n)
        ]
        edges = [e for e in edges if e[2] >= 0]
        for k in range(len(edges) + 1):
            for subset in itertools.combinations(edges, k):
                used = [p for e in subset for p in e[:2]]
                if len(used) == len(set(used)):
                    best = max(best, sum(e[2] for e in subset))
        got = sum(
            max(scores[i, j] if eligible[i, j] else -1, scores[j, i] if eligible[j, i] else -1)
            for i, j in pairs
        )
        assert got == pytest.approx(best)


def people(n: int, start: int, **kw: object) -> list[Profile]:
    return [Profile(id=start + k, name=f"p{start + k}", **kw) for k in range(n)]  # type: ignore[arg-type]


def test_capacity_is_respected() -> None:
    """A mentor never gets more mentees than free slots; the rest are 'all capacity taken'."""
    mentees = people(3, 0, goals=("a",))
    mentors = [Profile(id=10, name="m", goals=("a",), capacity=2)]
    proposal = Matcher(mentees, mentors, WEIGHTS, OPTIONS).run()
    assert len(proposal.pairs) == 2
    assert [u.reason for u in proposal.unmatched] == [UnmatchedReason.CAPACITY]


def test_ineligible_mentor_is_never_proposed() -> None:
    """A mentor not cleared (or with an expired check) gets nobody; mentees say why."""
    mentees = people(1, 0)
    mentors = [Profile(id=10, name="m", ineligible="background check expired")]
    m = Matcher(mentees, mentors, WEIGHTS, OPTIONS)
    proposal = m.run()
    assert proposal.pairs == ()
    assert proposal.unmatched[0].reason is UnmatchedReason.NO_ELIGIBLE
    assert m.candidates(0)[0].blocked_by == ("mentor not eligible: background check expired",)


def test_exclusion_is_never_proposed() -> None:
    """Must-not-pair exclusions hold whatever the score."""
    mentees = people(1, 0, goals=("a",))
    mentors = [Profile(id=10, name="m", goals=("a",)), Profile(id=11, name="n")]
    rules = HardRules.of({(0, 10): "same family"})
    proposal = Matcher(mentees, mentors, WEIGHTS, OPTIONS, rules).run()
    assert [(p.mentor_id, p.mentee_id) for p in proposal.pairs] == [(11, 0)]


def test_rejected_proposal_is_not_proposed_again() -> None:
    """A rejected (mentor, mentee) is left out of the next run."""
    mentees = people(1, 0, goals=("a",))
    mentors = [Profile(id=10, name="m", goals=("a",)), Profile(id=11, name="n")]
    rules = HardRules.of(rejected=frozenset({(10, 0)}))
    proposal = Matcher(mentees, mentors, WEIGHTS, OPTIONS, rules).run()
    assert [(p.mentor_id, p.mentee_id) for p in proposal.pairs] == [(11, 0)]


def test_pinned_pair_is_kept_and_uses_capacity() -> None:
    """A pinned pair stays, even when worse, and takes one of the mentor's slots."""
    mentees = [Profile(id=0, name="a", goals=("x",)), Profile(id=1, name="b", goals=("y",))]
    mentors = [Profile(id=10, name="m", goals=("x",), capacity=1)]
    proposal = Matcher(mentees, mentors, WEIGHTS, OPTIONS, pinned=[(10, 1)]).run()
    assert [(p.mentor_id, p.mentee_id, p.pinned) for p in proposal.pairs] == [(10, 1, True)]
    # The only mentor is eligible but full: "all capacity taken", not "no eligible mentor".
    assert [(u.mentee_id, u.reason) for u in proposal.unmatched] == [(0, UnmatchedReason.CAPACITY)]


def test_mentor_must_be_more_senior_except_when_the_rule_is_off() -> None:
    """Seniority rule: a less senior mentor is ineligible, unless peer/reverse turn it off."""
    mentees = [Profile(id=0, name="a", seniority=5)]
    mentors = [Profile(id=10, name="m", seniority=3)]
    on = Matcher(mentees, mentors, WEIGHTS, MatchOptions(seniority_rule=True))
    assert on.run().pairs == ()
    assert "mentor not more senior (3 vs 5)" in on.candidates(0)[0].blocked_by
    off = Matcher(mentees, mentors, WEIGHTS, MatchOptions(seniority_rule=False))
    assert len(off.run().pairs) == 1


def test_min_score_makes_weak_pairs_ineligible() -> None:
    """Below the minimum score a pair is not allowed; the mentee is listed with that reason."""
    mentees = [Profile(id=0, name="a", goals=("x",))]
    mentors = [Profile(id=10, name="m", goals=("y",))]
    proposal = Matcher(mentees, mentors, WEIGHTS, replace(OPTIONS, min_score=40)).run()
    assert proposal.pairs == ()
    assert proposal.unmatched[0].reason is UnmatchedReason.BELOW_MIN


def test_group_circles_fill_up_to_capacity() -> None:
    """A circle mentor with capacity 4 takes up to four mentees in one run."""
    mentees = people(6, 0, goals=("a",))
    mentors = [
        Profile(id=10, name="m", goals=("a",), capacity=4),
        Profile(id=11, name="n", capacity=4),
    ]
    options = replace(OPTIONS, objective=Objective.COVERAGE)
    proposal = Matcher(mentees, mentors, WEIGHTS, options).run()
    assert len(proposal.pairs) == 6
    assert sum(p.mentor_id == 10 for p in proposal.pairs) == 4


def test_peer_program_pairs_people_from_one_pool() -> None:
    """Peer: one list of people, each in at most one pair, never with themselves."""
    rng = random.Random(2)
    pool = [Profile(id=k, name=f"p{k}", interests=tuple(rng.sample("abcdef", 2))) for k in range(7)]
    options = MatchOptions(peer=True, seniority_rule=False)
    proposal = Matcher(pool, pool, {"interests": 1}, options).run()
    ids = [x for p in proposal.pairs for x in (p.mentor_id, p.mentee_id)]
    assert len(proposal.pairs) == 3 and len(set(ids)) == 6
    assert len(proposal.unmatched) == 1


def test_sparse_flow_with_proof_equals_the_dense_optimum() -> None:
    """Wider than TOP_K: the sparse min-cost flow, proven by mentor prices, equals the dense
    solver on capacity-expanded columns, for total and coverage, with forbidden cells."""
    from mentordesk.matching.assignment import TOP_K, _dense_optimum, coverage_bonus

    rng = np.random.default_rng(11)
    n, m = 400, 2 * TOP_K + 7
    # Ties and a narrow score range make the best mentors crowded: the proof has work to do.
    scores = np.round(rng.random((n, m)) * 8 + 50, 1).astype(np.float32)
    eligible = rng.random((n, m)) < 0.9
    capacity = rng.integers(0, 4, m)
    for coverage in (False, True):
        rows, cols = optimal_assignment(scores, eligible, capacity, coverage=coverage)
        assert all(eligible[i, j] for i, j in zip(rows, cols, strict=True))
        assert len(set(rows.tolist())) == rows.size
        assert (np.bincount(cols, minlength=m) <= capacity).all()
        bonus = coverage_bonus(n) if coverage else 0.0
        keep = capacity > 0
        r, c = _dense_optimum(scores[:, keep], eligible[:, keep], capacity[keep], bonus)
        assert rows.size == r.size
        assert float(scores[rows, cols].astype(np.float64).sum()) == pytest.approx(
            float(scores[:, keep][r, c].astype(np.float64).sum()), abs=1e-3
        )
