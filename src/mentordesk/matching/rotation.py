"""Flash/speed mentoring: a balanced rotation of R rounds, no (mentor, mentee) twice.

What a good rotation is, in order: as many conversations as possible; every mentee meets about
as many mentors as every other (a spread of at most one where the rules allow); tables filled
evenly; then the best scores. Greedy round-by-round seating misses this (4 mentors × 10 mentees,
5 rounds, 2 seats came out 8, 8, 8, 8, 4 although 40 conversations fit), so:

- small events are solved as a constraint model with OR-Tools CP-SAT (exact when it proves
  optimality within the time limit, otherwise the best schedule found, with its bound);
- large events get a cyclic round-robin construction (balanced by design when everyone may meet
  everyone), repaired round by round with an optimal assignment where the rules forbid a seat,
  or — where the rules forbid some pairs and it does better — round-by-round optimal seating
  that favours the mentees with the fewest conversations so far.

Every schedule comes with the upper bound on conversations it is measured against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from mentordesk.core.i18n import t

F64 = NDArray[np.floating[Any]]
BoolArr = NDArray[np.bool_]

Round = list[tuple[int, int]]  # (mentee row, mentor column)

#: CP-SAT handles events up to this many (mentee, mentor, round) variables.
CP_SAT_LIMIT = 20_000
CP_SAT_SECONDS = 5.0


@dataclass(frozen=True)
class RotationPlan:
    """A schedule and how good it is: conversations held against the most possible."""

    rounds: list[Round]
    meetings: int
    bound: int
    spread: int  # most minus fewest conversations of a mentee who can meet anyone
    method: str  # "CP-SAT, optimal", "CP-SAT, best found in 8 s", "round-robin"

    @property
    def gap(self) -> int:
        return self.bound - self.meetings


def meeting_bound(eligible: BoolArr, rounds: int, seats: int) -> int:
    """No rotation holds more conversations than this (each term is a hard limit)."""
    n, m = eligible.shape
    per_mentee = np.minimum(eligible.sum(axis=1), rounds).sum()
    per_table = np.minimum(eligible.sum(axis=0), rounds * seats).sum()
    per_round = rounds * min(n, m * seats)
    return int(min(per_mentee, per_table, per_round))


def rotation_plan(
    scores: F64,
    eligible: BoolArr,
    rounds: int,
    seats: int = 1,
    *,
    time_limit: float = CP_SAT_SECONDS,
) -> RotationPlan:
    """The balanced rotation (see the module docstring), best rounds first."""
    seats = max(1, seats)
    rounds = max(0, rounds)
    bound = meeting_bound(eligible, rounds, seats)
    if rounds == 0 or bound == 0:
        return RotationPlan([[] for _ in range(rounds)], 0, bound, 0, t("nothing to seat"))

    # Two constructions, the better one kept: the cyclic round-robin (balanced by design when
    # everyone may meet everyone) and round-by-round optimal seating that favours the mentees
    # with the fewest conversations (better where the rules forbid some pairs).
    def rank(schedule: list[Round]) -> tuple[int, int]:
        return _meetings(schedule), -_spread(schedule, eligible, rounds)

    start = _round_robin(scores, eligible, rounds, seats)
    method = t("round-robin")
    if not eligible.all():
        fair = _fewest_first(scores, eligible, rounds, seats)
        if rank(fair) > rank(start):
            start, method = fair, t("round by round, fewest conversations first")
    small = int(eligible.sum()) * rounds <= CP_SAT_LIMIT
    if small and (_meetings(start) < bound or _spread(start, eligible, rounds) > 1):
        solved = _cp_sat(scores, eligible, rounds, seats, start, time_limit)
        if solved is not None and (
            _meetings(solved[0]),
            -_spread(solved[0], eligible, rounds),
        ) >= (_meetings(start), -_spread(start, eligible, rounds)):
            start, method = solved
    start = _even_out(start, seats)
    ordered = sorted(start, key=lambda r: -sum(float(scores[i, j]) for i, j in r))
    ordered = [sorted(r, key=lambda p: (p[1], p[0])) for r in ordered]
    return RotationPlan(
        ordered, _meetings(ordered), bound, _spread(ordered, eligible, rounds), method
    )


def rotation_schedule(scores: F64, eligible: BoolArr, rounds: int, seats: int = 1) -> list[Round]:
    """Just the rounds of `rotation_plan`."""
    return rotation_plan(scores, eligible, rounds, seats).rounds


def _meetings(schedule: list[Round]) -> int:
    return sum(len(r) for r in schedule)


def _spread(schedule: list[Round], eligible: BoolArr, rounds: int) -> int:
    """Spread of conversations over the mentees who could have the most (their rules allow)."""
    counts = np.zeros(eligible.shape[0], dtype=np.int64)
    for r in schedule:
        for i, _j in r:
            counts[i] += 1
    able = eligible.sum(axis=1) >= rounds
    if not able.any():
        return 0
    return int(counts[able].max() - counts[able].min())


def _round_robin(scores: F64, eligible: BoolArr, rounds: int, seats: int) -> list[Round]:
    """Cyclic construction: round r seats the next block of mentees, seat s at table (s + r).

    When everyone may meet everyone this is balanced by design (each mentee is seated every
    ⌈N / seats⌉-th block, tables equally full); forbidden or repeated seats are dropped and each
    round is then topped up by an optimal assignment that favours the mentees with the fewest
    conversations so far.
    """
    from mentordesk.matching.assignment import optimal_assignment

    n, m = eligible.shape
    per_round = min(n, m * seats)
    met = np.zeros_like(eligible, dtype=bool)
    count = np.zeros(n, dtype=np.int64)
    schedule: list[Round] = []
    cursor = 0
    for r in range(rounds):
        seated: Round = []
        load = np.zeros(m, dtype=np.int64)
        used = np.zeros(n, dtype=bool)
        for s in range(per_round):
            i = (cursor + s) % n
            j = (s + r) % m
            if eligible[i, j] and not met[i, j] and not used[i] and load[j] < seats:
                seated.append((i, j))
                used[i] = True
                load[j] += 1
                met[i, j] = True
        cursor = (cursor + per_round) % n
        free = seats - load
        if len(seated) < per_round and free.any():
            allowed = eligible & ~met & ~used[:, None]
            # Fewest conversations first, then the scores: balance wins over a better score.
            value = scores + 200.0 * (rounds - count)[:, None]
            rows, cols = optimal_assignment(value, allowed, free, coverage=True)
            for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
                seated.append((i, j))
                met[i, j] = True
        for i, _j in seated:
            count[i] += 1
        schedule.append(seated)
    return schedule


def _even_out(schedule: list[Round], seats: int) -> list[Round]:
    """Move conversations from the fullest rounds to the emptiest ones (same mentor, same
    mentee, just another round) until the round sizes differ by at most one where possible.
    Nothing else changes: the conversations, who meets whom and the spread stay as they are."""
    rounds = [list(r) for r in schedule]
    if len(rounds) < 2:
        return rounds
    for _step in range(sum(len(r) for r in rounds)):
        sizes = [len(r) for r in rounds]
        full, empty = sizes.index(max(sizes)), sizes.index(min(sizes))
        if sizes[full] - sizes[empty] <= 1:
            break
        busy = {i for i, _j in rounds[empty]}
        load: dict[int, int] = {}
        for _i, j in rounds[empty]:
            load[j] = load.get(j, 0) + 1
        movable = [
            k for k, (i, j) in enumerate(rounds[full]) if i not in busy and load.get(j, 0) < seats
        ]
        if not movable:
            break
        rounds[empty].append(rounds[full].pop(movable[-1]))
    return rounds


def _fewest_first(scores: F64, eligible: BoolArr, rounds: int, seats: int) -> list[Round]:
    """Each round an optimal seating over the pairs not met yet, mentees with the fewest
    conversations so far first (a balance bonus larger than any score), then the scores."""
    from mentordesk.matching.assignment import optimal_assignment

    n, m = eligible.shape
    met = np.zeros_like(eligible, dtype=bool)
    count = np.zeros(n, dtype=np.int64)
    capacity = np.full(m, seats, dtype=np.int64)
    schedule: list[Round] = []
    for _r in range(rounds):
        value = scores + 1000.0 * (rounds - count)[:, None]
        rows, cols = optimal_assignment(value, eligible & ~met, capacity, coverage=True)
        met[rows, cols] = True
        count[rows] += 1
        schedule.append(list(zip(rows.tolist(), cols.tolist(), strict=True)))
    return schedule


def _cp_sat(
    scores: F64,
    eligible: BoolArr,
    rounds: int,
    seats: int,
    hint: list[Round],
    time_limit: float,
) -> tuple[list[Round], str] | None:
    """The rotation as a constraint model: most conversations, then the smallest spread per
    mentee, then the highest score; started from `hint`."""
    from ortools.sat.python import cp_model

    n, m = eligible.shape
    model = cp_model.CpModel()
    cells = [(int(i), int(j)) for i, j in np.argwhere(eligible)]
    x = {(i, j, r): model.new_bool_var("") for i, j in cells for r in range(rounds)}
    by_mentee_round: dict[tuple[int, int], list[Any]] = {}
    by_table_round: dict[tuple[int, int], list[Any]] = {}
    by_mentee: dict[int, list[Any]] = {}
    for (i, j, r), var in x.items():
        by_mentee_round.setdefault((i, r), []).append(var)
        by_table_round.setdefault((j, r), []).append(var)
        by_mentee.setdefault(i, []).append(var)
    for i, j in cells:
        model.add(sum(x[i, j, r] for r in range(rounds)) <= 1)  # never twice
    for group in by_mentee_round.values():
        model.add(sum(group) <= 1)  # one table per mentee per round
    for group in by_table_round.values():
        model.add(sum(group) <= seats)
    total = sum(x.values())
    able = [i for i in range(n) if int(eligible[i].sum()) >= rounds]
    low = model.new_int_var(0, rounds, "low")
    high = model.new_int_var(0, rounds, "high")
    for i in able:
        meet = sum(by_mentee.get(i, []))
        model.add(meet >= low)
        model.add(meet <= high)
    points = np.rint(np.clip(scores, 0, 100)).astype(np.int64)
    score_total = sum(int(points[i, j]) * x[i, j, r] for (i, j, r) in x)
    score_cap = int(points.max(initial=0)) * min(n, m * seats) * rounds + 1
    spread_weight = score_cap
    total_weight = spread_weight * (rounds + 1)
    model.maximize(total_weight * total - spread_weight * (high - low) + score_total)
    # A complete hint (the round-robin schedule) is CP-SAT's first solution: it can only improve.
    chosen = {(i, j, r) for r, seated in enumerate(hint) for i, j in seated}
    for key, var in x.items():
        model.add_hint(var, 1 if key in chosen else 0)
    counts = np.zeros(n, dtype=np.int64)
    for i, _j, _r in chosen:
        counts[i] += 1
    if able:
        model.add_hint(low, int(counts[able].min()))
        model.add_hint(high, int(counts[able].max()))
    model.add(total >= len(chosen))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    schedule: list[Round] = [[] for _ in range(rounds)]
    for (i, j, r), var in x.items():
        if solver.value(var):
            schedule[r].append((i, j))
    if status == cp_model.OPTIMAL:
        return schedule, t("CP-SAT, optimal")
    return schedule, t("CP-SAT, best found in {seconds} s", seconds=float(time_limit))
