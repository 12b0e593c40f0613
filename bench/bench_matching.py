"""Matching benchmark: synthetic programs, end to end from the database.

For 1,000 mentees × 600 mentors and 5,000 × 3,000 (capacities 1–3, ~30 tags, exclusions on ~2 %
of all mentor–mentee pairs): the time of one `MatchingService.run` (load, score, assign, explain
the proposal, store the drafts), its total score, and the ratio to the optimum that scipy's
`min_weight_full_bipartite_matching` finds independently on the same score matrix. Then the
stable objective at 5,000 × 3,000. Targets: ratio 1.000; < 1 s; < 10 s; stable < 5 s.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np
import sqlalchemy as sa
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from mentordesk.core.enums import MemberStatus, ProgramFormat, Role, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ExclusionRecord,
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.services.matching.data import load_input
from mentordesk.services.matching.runs import MatchingService, matcher_for

TAGS = [f"topic {k}" for k in range(30)]
SLOTS = [f"{d}-{t}" for d in ("mon", "tue", "wed", "thu", "fri") for t in ("am", "pm")]
LANGUAGES = ["English", "French", "Spanish", "German"]
FORMATS = ["in person", "video", "phone", "mixed"]


def seed(db: Database, mentees: int, mentors: int, rng: random.Random) -> int:
    """A synthetic program written with bulk inserts (not timed)."""
    with db.begin() as session:
        program = ProgramRecord(name=f"Bench {mentees}x{mentors}", format=ProgramFormat.ONE_ON_ONE)
        session.add(program)
        session.flush()
        pid = program.id
        first = session.scalar(sa.select(sa.func.coalesce(sa.func.max(ParticipantRecord.id), 0)))
        people = []
        for k in range(mentees + mentors):
            mentor = k >= mentees
            people.append(
                {
                    "id": first + 1 + k,
                    "full_name": f"Person {k}",
                    "email": f"p{k}-{pid}@bench.example",
                    "org_unit": f"Unit {rng.randrange(12)}",
                    "seniority": rng.randrange(8, 30) if mentor else rng.randrange(0, 12),
                    "skills_offered": rng.sample(TAGS, 5) if mentor else [],
                    "skills_sought": [] if mentor else rng.sample(TAGS, 3),
                    "interests": rng.sample(TAGS, 3),
                    "goals": rng.sample(TAGS, 2),
                    "languages": rng.sample(LANGUAGES, rng.choice((1, 1, 2))),
                    "time_zone": f"UTC{rng.randrange(-8, 9):+d}",
                    "availability": rng.sample(SLOTS, 3),
                    "preferred_format": rng.choice(FORMATS),
                }
            )
        session.execute(sa.insert(ParticipantRecord), people)
        ids = [p["id"] for p in people]
        mentee_ids, mentor_ids = ids[:mentees], ids[mentees:]
        session.execute(
            sa.insert(MembershipRecord),
            [
                {
                    "program_id": pid,
                    "participant_id": i,
                    "role": Role.MENTOR if i in set(mentor_ids) else Role.MENTEE,
                    "status": MemberStatus.ACTIVE,
                    "capacity": rng.randint(1, 3),
                    "ranked_choices": [],
                }
                for i in ids
            ],
        )
        session.execute(
            sa.insert(ScreeningRecord),
            [{"participant_id": i, "decision": ScreeningDecision.CLEARED} for i in mentor_ids],
        )
        excluded = set()
        target = int(0.02 * mentees * mentors)
        while len(excluded) < target:
            excluded.add((rng.choice(mentor_ids), rng.choice(mentee_ids)))
        session.execute(
            sa.insert(ExclusionRecord),
            [
                {"program_id": pid, "participant_a_id": a, "participant_b_id": b, "reason": "x"}
                for a, b in excluded
            ],
        )
    return pid


def independent_optimum(db: Database, pid: int) -> float:
    """The best total on the same matrix, by a different scipy solver (LAPJVsp)."""
    with db.read() as session:
        data = load_input(session, pid)
    matcher = matcher_for(data)
    scores = matcher.scores().astype(np.float64)
    eligible = matcher.eligible()
    value = np.where(eligible, scores, 0.0)
    expanded = np.repeat(value, matcher.capacity, axis=1)
    cost = (expanded.max() + 1.0) - expanded  # strictly positive: every cell is an edge
    rows, cols = min_weight_full_bipartite_matching(csr_matrix(cost))
    return float(expanded[rows, cols].sum())


def case(mentees: int, mentors: int, target: float, folder: Path) -> None:
    rng = random.Random(mentees)
    db = Database(folder / f"bench-{mentees}.sqlite")
    pid = seed(db, mentees, mentors, rng)
    service = MatchingService(db)
    start, cpu = time.perf_counter(), time.process_time()
    result, _ = service.run(pid, objective="total")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    optimum = independent_optimum(db, pid)
    ratio = result.total_score / optimum if optimum else 1.0
    print(
        f"{mentees:>5} × {mentors:<5} total objective: {elapsed:6.2f} s wall, {cpu:.2f} s CPU "
        f"(target < {target:g} s)  "
        f"matched {result.matched}, unmatched {len(result.unmatched)}, "
        f"total {result.total_score:.1f}, optimum {optimum:.1f}, ratio {ratio:.4f}"
    )
    if mentees >= 5000:
        start, cpu = time.perf_counter(), time.process_time()
        stable, _ = service.run(pid, objective="stable")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{mentees:>5} × {mentors:<5} stable objective: {elapsed:6.2f} s wall, {cpu:.2f} s CPU "
            "(target < 5 s)  "
            f"matched {stable.matched}, total {stable.total_score:.1f}"
        )
        start = time.perf_counter()
        coverage, _ = service.run(pid, objective="coverage")
        elapsed = time.perf_counter() - start
        print(
            f"{mentees:>5} × {mentors:<5} coverage objective: {elapsed:6.2f} s  "
            f"matched {coverage.matched}, total {coverage.total_score:.1f}"
        )
    db.close()


def main() -> None:
    print("Matching benchmark (end to end from the database: load, score, assign, explain, store)")
    print(f"load average now: {os.getloadavg()[0]:.1f} (wall times stretch when the CPU is shared)")
    with tempfile.TemporaryDirectory() as folder:
        case(1000, 600, 1.0, Path(folder))
        case(5000, 3000, 10.0, Path(folder))


if __name__ == "__main__":
    main()
