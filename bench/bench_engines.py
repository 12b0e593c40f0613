"""PostgreSQL beside SQLite in one run: roster of 20,000, import of 10,000 rows, all measures
on 10k people / 5k pairs / 100k meetings, matching 1,000 × 600 (goal: each ≤ 1.5× SQLite).

The PostgreSQL side is a private server started from the `pgserver` wheel's binaries (as the
tests do: tests/pgserver_fixture.py) on this machine, reached over its Unix socket, with
durability off — so the figures compare the two engines' query work, not a network or a
disk's fsync. Each case gets a fresh database on each engine, built the same way (not timed);
the timed call is the service the GUI and the CLI call. Wall time is the best of
BENCH_RUNS (5). CPU time is this process's, plus on PostgreSQL the server's (the postmaster and
its processes, read from /proc): on a machine shared with other work the wall times of two
engines are a coin toss, while CPU time counts the work each engine did for the same answer.
Both ratios are printed; the goal is read on wall time. Without the binaries only SQLite runs.

`python -m bench bench_engines` (or `make bench`); BENCH_QUICK=1 runs a tenth of the sizes,
BENCH_CASES=measures,matching only the cases whose label has one of the words. Seeded data
is ANALYZEd on both engines before timing (see `analyze`).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import MembershipRecord, ParticipantRecord, ProgramRecord, ScreeningRecord

GOAL = 1.5
ROSTER, IMPORT_ROWS = 20_000, 10_000
MENTEES, MENTORS = 1_000, 600
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


@dataclass
class Timing:
    wall: float
    cpu: float  # this process, plus the server's processes on PostgreSQL
    server_cpu: float = 0.0


#: The CPU seconds the engine under test spent outside this process so far (set by `main`:
#: the PostgreSQL server's processes; nothing for SQLite, which runs in this process).
SERVER_CPU: list[Callable[[], float] | None] = [None]


def best_of(action: Callable[[], object], runs: int = RUNS) -> Timing:
    walls, cpus, servers = [], [], []
    outside = SERVER_CPU[0] or (lambda: 0.0)
    for _ in range(runs):
        began, cpu, server = time.perf_counter(), time.process_time(), outside()
        action()
        walls.append(time.perf_counter() - began)
        servers.append(outside() - server)
        cpus.append(time.process_time() - cpu + servers[-1])
    best = min(range(runs), key=lambda k: cpus[k])
    return Timing(min(walls), cpus[best], servers[best])


def process_tree_cpu(root: int) -> float:
    """User + system CPU seconds of process `root` and all its descendants (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            text = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parent[pid] = int(fields[1])
        used[pid] = (int(fields[11]) + int(fields[12])) / tick
    family, grew = {root}, True
    while grew:
        more = {pid for pid, up in parent.items() if up in family} - family
        family |= more
        grew = bool(more)
    return sum(used.get(pid, 0.0) for pid in family)


# -- the two engines ----------------------------------------------------------------------
class Engines:
    """Fresh databases on SQLite (files) and, when it can start, PostgreSQL."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.server: Any = None
        self.why_not = ""
        self._count = 0
        try:
            from tests import pgserver_fixture

            self.server = pgserver_fixture.start()
        except Exception as error:  # any reason (no binaries, no port): say it, run SQLite
            self.why_not = str(error) or type(error).__name__

    def server_cpu(self) -> float:
        """CPU seconds used so far by the PostgreSQL server's processes."""
        process = getattr(self.server, "process", None)
        return process_tree_cpu(process.pid) if process is not None else 0.0

    @property
    def names(self) -> list[str]:
        return ["sqlite", "postgresql"] if self.server is not None else ["sqlite"]

    @contextmanager
    def fresh(self, engine: str) -> Iterator[Database]:
        self._count += 1
        if engine == "sqlite":
            db = Database(self.folder / f"bench{self._count}.sqlite")
        else:
            name = self.server.new_database(template=None)
            db = Database(self.server.url(name))
        try:
            yield db
        finally:
            db.close()
            if engine != "sqlite":
                self.server.drop_database(name)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


# -- the cases ----------------------------------------------------------------------------
def analyze(db: Database) -> None:
    """Planner statistics after a bulk load, on both engines: a server in use has them
    (autovacuum analyzes within a minute or so); right after 100,000 inserts PostgreSQL
    planned the measures without them at 1.8× the time (8.6 s → 4.9 s with them, load 11)."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def _roster_program(db: Database, people: int) -> int:
    """A program of `people` with the fields the roster shows (Core executemany)."""
    rng = random.Random(20)
    with db.begin() as session:
        program = ProgramRecord(name="Roster bench")
        session.add(program)
        session.flush()
        pid = program.id
        rows = [
            {
                "full_name": f"Person {k:05d}",
                "email": f"p{k}@bench.example",
                "org_unit": f"Class {rng.randint(7, 12)}{rng.choice('ABC')}",
                "date_of_birth": dt.date(2000 + rng.randint(0, 12), 1 + k % 12, 1 + k % 28),
            }
            for k in range(people)
        ]
        ids = list(
            session.scalars(sa.insert(ParticipantRecord).returning(ParticipantRecord.id), rows)
        )
        mentors = set(ids[: people // 3])
        session.execute(
            sa.insert(MembershipRecord),
            [
                {
                    "program_id": pid,
                    "participant_id": i,
                    "role": Role.MENTOR if i in mentors else Role.MENTEE,
                    "status": MemberStatus.ACTIVE,
                    "capacity": 2 if i in mentors else 0,
                    "ranked_choices": [],
                }
                for i in ids
            ],
        )
        session.execute(
            sa.insert(ScreeningRecord),
            [{"participant_id": i, "decision": ScreeningDecision.CLEARED} for i in mentors],
        )
    return pid


def case_roster(db: Database, folder: Path, quick: bool) -> Timing:
    from mentordesk.services.roster import RosterService

    pid = _roster_program(db, ROSTER // 10 if quick else ROSTER)
    analyze(db)
    service = RosterService(db)
    assert len(service.rows(pid)) == (ROSTER // 10 if quick else ROSTER)
    # The roster is read once; its filter and sort run over these rows in the window
    # (gui/roster/model.py), never against the database, on either engine.
    return best_of(lambda: service.rows(pid))


def case_import(db: Database, folder: Path, quick: bool) -> Timing:
    """A fresh import: each timed run writes into a database of its own (a second run into
    the same one would link people already there, another path)."""
    from bench.bench_import import make_csv
    from mentordesk.services.roster import SpreadsheetService

    rows = IMPORT_ROWS // 10 if quick else IMPORT_ROWS
    csv_path = folder / f"import-{rows}.csv"
    if not csv_path.exists():
        csv_path.write_bytes(make_csv(rows))
    fresh = FRESH[0]
    assert fresh is not None
    timings = []
    for _ in range(2):
        with fresh() as database:
            service = SpreadsheetService(database)

            def once(service: SpreadsheetService = service) -> None:
                plan = service.plan_file(csv_path, "Import", default_role=Role.MENTEE)
                service.apply(plan, skip_bad_rows=True)

            timings.append(best_of(once, runs=1))
    best = min(timings, key=lambda t: t.cpu)
    return Timing(min(t.wall for t in timings), best.cpu, best.server_cpu)


def case_measures(db: Database, folder: Path, quick: bool) -> Timing:
    from bench import bench_reports
    from mentordesk.core.periods import Period, PeriodPreset
    from mentordesk.services.reports.measures import compute_measures

    program_id = bench_reports.populate(db)
    analyze(db)
    period = Period(bench_reports.START, bench_reports.END, PeriodPreset.CYCLE)
    return best_of(lambda: compute_measures(db, program_id, period, bench_reports.TODAY))


def case_matching(db: Database, folder: Path, quick: bool) -> Timing:
    from bench.bench_matching import seed
    from mentordesk.services.matching import MatchingService

    mentees, mentors = (MENTEES // 4, MENTORS // 4) if quick else (MENTEES, MENTORS)
    pid = seed(db, mentees, mentors, random.Random(mentees))
    analyze(db)
    service = MatchingService(db)
    return best_of(lambda: service.run(pid))


#: How a case gets another fresh database on the engine under test (set by `main`).
FRESH: list[Callable[[], Any] | None] = [None]

CASES: list[tuple[str, Callable[[Database, Path, bool], Timing]]] = [
    ("roster of 20,000: load", case_roster),
    ("import 10,000 rows", case_import),
    ("all measures 10k/5k/100k", case_measures),
    ("matching 1,000 × 600", case_matching),
]


def main() -> None:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        engines = Engines(folder)
        if engines.server is None:
            print(f"PostgreSQL not started ({engines.why_not}): SQLite only")
        try:
            results: dict[str, dict[str, Timing]] = {}
            only = os.environ.get("BENCH_CASES", "")  # e.g. "measures,matching"
            for label, case in CASES:
                if only and not any(word in label for word in only.split(",")):
                    continue
                results[label] = {}
                failures: dict[str, str] = {}
                for engine in engines.names:
                    FRESH[0] = lambda engine=engine: engines.fresh(engine)  # type: ignore[misc]
                    SERVER_CPU[0] = engines.server_cpu if engine == "postgresql" else None
                    try:
                        with engines.fresh(engine) as db:
                            results[label][engine] = case(db, folder, quick)
                    except Exception as error:  # one engine failing must not hide the rest
                        failures[engine] = f"{type(error).__name__}: {str(error)[:160]}"
                print(_line(label, results[label], failures), flush=True)
        finally:
            engines.stop()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores, shared)")


def _line(label: str, timings: dict[str, Timing], failures: dict[str, str]) -> str:
    if "sqlite" not in timings:
        return f"{label:<26} SQLite FAILED {failures.get('sqlite', '')}"
    sqlite = timings["sqlite"]
    text = f"{label:<26} SQLite {sqlite.wall:7.3f} s (CPU {sqlite.cpu:6.3f})"
    postgres = timings.get("postgresql")
    if postgres is None:
        failed = failures.get("postgresql")
        return f"{text}  PostgreSQL FAILED {failed}" if failed else text
    ratio = postgres.wall / sqlite.wall if sqlite.wall else float("inf")
    cpu_ratio = postgres.cpu / sqlite.cpu if sqlite.cpu else float("inf")
    verdict = "OK" if ratio <= GOAL else f"OVER {GOAL}×"
    return (
        f"{text}  PostgreSQL {postgres.wall:7.3f} s (CPU {postgres.cpu:6.3f}, of it server "
        f"{postgres.server_cpu:5.3f})  ratio {ratio:5.2f}× wall, {cpu_ratio:5.2f}× CPU  {verdict}"
    )


if __name__ == "__main__":
    main()
