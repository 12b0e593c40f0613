"""Matching benchmark: synthetic programs, end to end from the database, against an independent
optimum.

Cases (capacities 1–3, ~30 tags, exclusions on ~2 % of all mentor–mentee pairs, a few mentors
with expired checks or withdrawn, some live pairs already holding places):

- 1,000 mentees × 600 mentors: one `MatchingService.run` (load, score, assign, explain, store)
  and the same through `mentordesk match` in a fresh process. Targets: ≤ 0.5 s, ≤ 1 s.
- 5,000 × 3,000: total and coverage runs (target ≤ 5 s, peak memory < 1 GB, measured in a
  fresh process) and the stable objective (target ≤ 2 s).
- Peer pool of 1,200 (target ≤ 5 s, the same optimum as an integer program would give).
- Flash rotations: conversations held against the upper bound, and the spread per mentee.

The "independent optimum" shares nothing with the app but its score matrix: eligibility and
capacity are derived again from the raw tables (SQL on participants, memberships, screenings,
exclusions, match_drafts, pairs) and the documented rules, and the optimum is found by a
different solver (scipy's `min_weight_full_bipartite_matching`, LAPJVsp).

Wall times stretch when the CPU is shared: the load average and the CPU time are printed too.
Run: `python -m bench bench_matching` (or `python bench/bench_matching.py [case]`).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import sqlalchemy as sa

from mentordesk.core.enums import (
    MemberStatus,
    ProgramFormat,
    Role,
    ScreeningDecision,
)
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ExclusionRecord,
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)

TAGS = [f"topic {k}" for k in range(30)]
SLOTS = [f"{d}-{t}" for d in ("mon", "tue", "wed", "thu", "fri") for t in ("am", "pm")]
LANGUAGES = ["English", "French", "Spanish", "German"]
FORMATS = ["in person", "video", "phone", "mixed"]


def seed(
    db: Database,
    mentees: int,
    mentors: int,
    rng: random.Random,
    program_format: ProgramFormat = ProgramFormat.ONE_ON_ONE,
) -> int:
    """A synthetic program written with bulk inserts (not timed)."""
    today = dt.date.today()
    with db.begin() as session:
        program = ProgramRecord(name=f"Bench {mentees}x{mentors}", format=program_format)
        session.add(program)
        session.flush()
        pid = program.id
        first = session.scalar(sa.select(sa.func.coalesce(sa.func.max(ParticipantRecord.id), 0)))
        people = []
        peer = program_format is ProgramFormat.PEER
        for k in range(mentees + mentors):
            mentor = k >= mentees
            people.append(
                {
                    "id": first + 1 + k,
                    "full_name": f"Person {k}",
                    "email": f"p{k}-{pid}@bench.example",
                    "org_unit": f"Unit {rng.randrange(12)}",
                    "seniority": rng.randrange(8, 30) if mentor else rng.randrange(0, 12),
                    "skills_offered": rng.sample(TAGS, 5) if mentor or peer else [],
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
        mentor_set = set(mentor_ids)
        session.execute(
            sa.insert(MembershipRecord),
            [
                {
                    "program_id": pid,
                    "participant_id": i,
                    "role": Role.BOTH if peer else Role.MENTOR if i in mentor_set else Role.MENTEE,
                    "status": MemberStatus.WITHDRAWN
                    if rng.random() < 0.01
                    else MemberStatus.ACTIVE,
                    "capacity": rng.randint(1, 3),
                    "ranked_choices": [],
                }
                for i in ids
            ],
        )
        if not mentor_ids:
            return pid
        session.execute(
            sa.insert(ScreeningRecord),
            [
                {
                    "participant_id": i,
                    "decision": ScreeningDecision.CLEARED,
                    "background_check_expiry": today
                    + dt.timedelta(days=-5 if rng.random() < 0.03 else 300),
                }
                for i in mentor_ids
            ],
        )
        if mentors and not peer:
            excluded = set()
            target = int(0.02 * mentees * mentors)
            while len(excluded) < target:
                excluded.add((rng.choice(mentor_ids), rng.choice(mentee_ids)))
            session.execute(
                sa.insert(ExclusionRecord),
                [
                    {"program_id": pid, "participant_a_id": a, "participant_b_id": b}
                    for a, b in excluded
                ],
            )
            # Some mentors already hold live pairs (they use places, counted in people).
            from mentordesk.services.pairs import create_pair

            for k in range(mentors // 20):
                create_pair(session, pid, [mentor_ids[k]], [mentee_ids[-1 - k]])
    return pid


# -- the independent reference --------------------------------------------------------------


def raw_eligibility(db: Database, pid: int, mentee_ids: list[int], mentor_ids: list[int]):
    """Eligible cells and free places from the raw tables and the documented rules only."""
    today = dt.date.today().isoformat()
    with db.read() as session:
        conn = session.connection()
        member = {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute(
                sa.text(
                    "SELECT participant_id, role, status, capacity FROM memberships "
                    "WHERE program_id = :p"
                ),
                {"p": pid},
            )
        }
        seniority = {
            r[0]: r[1] for r in conn.execute(sa.text("SELECT id, seniority FROM participants"))
        }
        cleared = {
            r[0]
            for r in conn.execute(
                sa.text(
                    "SELECT participant_id FROM screenings WHERE decision = 'cleared' AND "
                    "(background_check_expiry IS NULL OR background_check_expiry >= :t)"
                ),
                {"t": today},
            )
        }
        live = "SELECT id FROM pairs WHERE program_id = :p AND status IN ('active', 'paused')"
        mentee_roles = {
            (r[0], r[1])
            for r in conn.execute(
                sa.text(
                    f"SELECT pair_id, participant_id FROM pair_members WHERE role = 'mentee' "
                    f"AND pair_id IN ({live})"
                ),
                {"p": pid},
            )
        }
        held: dict[int, set[int]] = {}
        matched_mentees = {m for _p, m in mentee_roles}
        for pair_id, mentor in conn.execute(
            sa.text(
                f"SELECT pair_id, participant_id FROM pair_members WHERE role = 'mentor' "
                f"AND pair_id IN ({live})"
            ),
            {"p": pid},
        ):
            held.setdefault(mentor, set()).update(m for p, m in mentee_roles if p == pair_id)
        excluded = {
            (r[0], r[1])
            for r in conn.execute(
                sa.text(
                    "SELECT participant_a_id, participant_b_id FROM exclusions "
                    "WHERE program_id = :p"
                ),
                {"p": pid},
            )
        }
        rejected = {
            (r[0], r[1])
            for r in conn.execute(
                sa.text(
                    "SELECT mentor_id, mentee_id FROM match_drafts "
                    "WHERE program_id = :p AND state = 'rejected'"
                ),
                {"p": pid},
            )
        }
    row = {pid_: k for k, pid_ in enumerate(mentee_ids)}
    col = {pid_: k for k, pid_ in enumerate(mentor_ids)}
    ok_e = np.array([member[i][1] != "withdrawn" and i not in matched_mentees for i in mentee_ids])
    ok_r = np.array([member[j][1] != "withdrawn" and j in cleared for j in mentor_ids])
    places = np.array(
        [max(1, member[j][2] or 0) - len(held.get(j, ())) for j in mentor_ids], dtype=np.int64
    )
    places = np.maximum(places, 0)
    sen_e = np.array([np.nan if seniority[i] is None else seniority[i] for i in mentee_ids])
    sen_r = np.array([np.nan if seniority[j] is None else seniority[j] for j in mentor_ids])
    ok = ok_e[:, None] & ok_r[None, :] & (places > 0)[None, :]
    ok &= ~(sen_r[None, :] <= sen_e[:, None])
    for a, b in excluded | {(e, r) for r, e in rejected}:
        for x, y in ((a, b), (b, a)):
            if x in row and y in col:
                ok[row[x], col[y]] = False
    return ok, places


def reference_optimum(db: Database, pid: int, coverage: bool = False) -> tuple[int, float]:
    """(pairs, total) of the best assignment on the app's score matrix, rules re-derived."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    from mentordesk.services.matching.data import load_input, matcher_for

    with db.read() as session:
        data = load_input(session, pid)
    matcher = matcher_for(data)
    scores = matcher.scores().astype(np.float64)  # the app's own score matrix, nothing else
    mentee_ids = [m.id for m in data.mentees]
    mentor_ids = [m.id for m in data.mentors]
    ok, places = raw_eligibility(db, pid, mentee_ids, mentor_ids)
    value = np.where(ok, scores + (100.0 * (len(mentee_ids) + 1) if coverage else 0.0), 0.0)
    expanded = np.repeat(value, places, axis=1)
    owner = np.repeat(np.arange(len(mentor_ids)), places)
    cost = (expanded.max() + 1.0) - expanded  # strictly positive: every cell is an edge
    rows, cols = min_weight_full_bipartite_matching(csr_matrix(cost))
    keep = ok[rows, owner[cols]]
    return int(keep.sum()), float(scores[rows[keep], owner[cols[keep]]].sum())


# -- cases ----------------------------------------------------------------------------------


def _timed(call):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - start, time.process_time() - cpu


def assignment_case(mentees: int, mentors: int, folder: Path, cli: bool) -> None:
    from mentordesk.services.matching import MatchingService

    rng = random.Random(mentees)
    path = folder / f"bench-{mentees}.sqlite"
    db = Database(path)
    pid = seed(db, mentees, mentors, rng)
    service = MatchingService(db)
    target = 0.5 if mentees <= 1000 else 5.0
    objectives = ["total"] if mentees <= 1000 else ["total", "coverage", "stable"]
    runs = []
    for objective in objectives:
        (result, _c), wall, cpu = _timed(lambda o=objective: service.run(pid, objective=o))
        runs.append((objective, result, wall, cpu))
    # Peak before the reference (its dense expanded matrix is not the app's memory).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{mentees:>5} × {mentors:<5} peak memory of the process after the runs: {peak:.0f} MB "
        "(target < 1 GB; includes seeding the database)",
        flush=True,
    )
    for objective, result, wall, cpu in runs:
        line = (
            f"{mentees:>5} × {mentors:<5} {objective:<8}: {wall:6.2f} s wall, {cpu:5.2f} s CPU "
            f"(target ≤ {2.0 if objective == 'stable' else target:g} s)  "
            f"matched {result.matched}, unmatched {len(result.unmatched)}, "
            f"total {result.total_score:.1f}"
        )
        if objective != "stable":
            count, optimum = reference_optimum(db, pid, coverage=objective == "coverage")
            ratio = result.total_score / optimum if optimum else 1.0
            line += f", independent optimum {optimum:.1f} ({count} pairs), ratio {ratio:.6f}"
        print(line, flush=True)
    db.close()
    if cli:
        command = [
            sys.executable,
            "-c",
            "import sys; from mentordesk.entry import main; sys.exit(main())",
            "--db",
            str(path),
            "match",
            "--program",
            f"Bench {mentees}x{mentors}",
        ]
        # A first command on a file makes its daily backup; a coordinator's run finds it made.
        # (Backups go to the benchmark's own folder, never the user's.)
        env = dict(os.environ, MENTORDESK_BACKUPS=str(folder / "backups"))
        subprocess.run([*command[:5], "programs"], capture_output=True, check=False, env=env)
        for _attempt in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
            print(
                f"{mentees:>5} × {mentors:<5} CLI `mentordesk match` (fresh process): "
                f"{wall:6.2f} s wall, {cpu:5.2f} s CPU (target ≤ 1 s)  {summary}",
                flush=True,
            )


def peer_case(people: int, folder: Path) -> None:
    from mentordesk.services.matching import MatchingService

    db = Database(folder / f"peer-{people}.sqlite")
    pid = seed(db, people, 0, random.Random(people), ProgramFormat.PEER)
    (result, _c), wall, cpu = _timed(lambda: MatchingService(db).run(pid))
    print(
        f"peer pool of {people}: {wall:6.2f} s wall, {cpu:5.2f} s CPU (target ≤ 5 s)  "
        f"{result.matched} pairs, total {result.total_score:.1f}",
        flush=True,
    )
    db.close()


def rotation_case() -> None:
    from mentordesk.matching.rotation import rotation_plan

    rng = np.random.default_rng(7)
    for mentors, mentees, rounds, seats, share in (
        (4, 10, 5, 2, 1.0),
        (20, 50, 8, 2, 1.0),
        (20, 50, 8, 3, 0.9),
        (60, 300, 10, 3, 0.95),
    ):
        eligible = rng.random((mentees, mentors)) < share
        (plan, wall, _cpu) = _timed(
            lambda e=eligible, r=rounds, s=seats: rotation_plan(rng.random(e.shape) * 100, e, r, s)
        )
        counts = np.bincount([i for r in plan.rounds for i, _j in r], minlength=mentees)
        print(
            f"rotation {mentors} mentors × {mentees} mentees, {rounds} rounds, {seats} seats, "
            f"{share:.0%} eligible: {plan.meetings} of at most {plan.bound} conversations, "
            f"per mentee {counts.min()}–{counts.max()}, per round "
            f"{[len(r) for r in plan.rounds]}, {plan.method}, {wall:.2f} s",
            flush=True,
        )


def main(argv: list[str] | None = None) -> None:
    cases = argv if argv is not None else sys.argv[1:] if __name__ == "__main__" else []
    print(f"load average now: {os.getloadavg()[0]:.1f} (wall times stretch when the CPU is shared)")
    if not cases:
        # Each case in a fresh process, so that peak memory belongs to that case alone.
        for case in ("1000", "5000", "peer", "rotation"):
            subprocess.run([sys.executable, __file__, case], check=False)
        return
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            if case == "1000":
                assignment_case(1000, 600, Path(folder), cli=True)
            elif case == "5000":
                assignment_case(5000, 3000, Path(folder), cli=False)
            elif case == "peer":
                peer_case(1200, Path(folder))
            elif case == "rotation":
                rotation_case()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
