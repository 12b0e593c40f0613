"""Crash trials: SIGKILL the real `mentordesk` command at random moments; pairs of writers.

    python -m bench.crash_trials [--trials N] [--rows R] [--only NAME ...] [--state DIR]
    python -m bench.crash_trials --state DIR --summary

For each operation (first creation of a file, import of R rows, demo, match --approve,
rollover, backup, restore) the command is started on a fresh copy of a prepared file and
killed with SIGKILL at a random moment of its real work: the harness waits until the command
takes the file's writer lock (`<file>.lock`, taken at its first write) and then kills it after
a random delay within the rest of its running time, as the last complete runs took (a command
that never takes the lock, `backup`, is killed within its whole running time; one trial in
ten is killed at a random moment from its start instead, mostly before it wrote anything).
Afterwards:
`PRAGMA integrity_check` and `foreign_key_check` pass, MentorDesk opens the file, and the
file's fingerprint (the row count of every table) is exactly the one before or the one after
a complete run: all or nothing; every backup of the file a restore would list passes
`integrity_check` (an unfinished copy must never be listed). Then pairs of concurrent writers
run to completion (two imports of one file, two demos, an import during match --approve): no
"database is locked", no traceback, nobody added twice. The checks are in crash_files.py, the
concurrent writers in crash_pairs.py; this module draws the kill moments and runs the trials.

With `--state DIR` the prepared files (the R-row CSV, the demo and empty databases, the
backup to restore) are made once and kept, and every trial's outcome is appended to
DIR/results.jsonl, so that several runs (one operation each, say) add up; `--summary` prints
the table of everything recorded there.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.bench_import import make_csv
from bench.crash_files import (
    Fingerprint,
    check,
    clean,
    damaged_backups,
    fingerprint,
    mentordesk,
    run,
)
from bench.crash_pairs import pairs
from bench.crash_results import Recorder, summary

#: Share of trials killed at a random moment from the start (before any write, mostly).
EARLY = 0.1


@dataclass
class Case:
    name: str
    args: Callable[[Path], list[str]]  # db → command arguments
    base: Path  # the file the command starts from (absent: first creation)
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    killed_mid_run: int = 0
    completed: int = 0


@dataclass
class Timing:
    """How long the command runs: start → exit, and writer lock → exit, as last observed.

    A shared machine makes the same command two or three times slower or faster within
    minutes, so the kill window follows the median of the last few complete runs (the full
    runs, and every trial that finished before its kill).
    """

    takes_lock: bool
    whole: list[float] = field(default_factory=list)  # start → exit
    work: list[float] = field(default_factory=list)  # writer lock → exit

    def observe(self, whole: float, work: float | None) -> None:
        self.whole.append(whole)
        if work is not None:
            self.work.append(work)

    def window(self) -> float:
        """The span a kill is drawn from (after the lock when the command takes it)."""
        recent = (self.work if self.takes_lock else self.whole)[-5:]
        return sorted(recent)[len(recent) // 2] if recent else 1.0


def start(case: Case, target: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    clean(target)
    if case.base.exists():
        shutil.copy(case.base, target)
    return subprocess.Popen(
        case.args(target), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def wait_for_lock(process: subprocess.Popen[bytes], target: Path, limit: float) -> float | None:
    """Seconds until the command took the writer lock; None if it ended (or never took it)."""
    lock = Path(f"{target}.lock")
    began = time.perf_counter()
    while process.poll() is None:
        if lock.exists():
            return time.perf_counter() - began
        if time.perf_counter() - began > limit:
            return None
        time.sleep(0.002)
    return None


def full_run(
    case: Case, work: Path, env: dict[str, str], timing: Timing | None = None
) -> tuple[Timing, Fingerprint, str]:
    """A complete run on a fresh copy: its timing, the 'after' fingerprint, or an error."""
    target = work / f"full-{os.getpid()}.sqlite"
    began = time.perf_counter()
    process = start(case, target, env)
    locked = wait_for_lock(process, target, 600)
    _out, err = process.communicate(timeout=600)
    whole = time.perf_counter() - began
    if timing is None:
        timing = Timing(takes_lock=locked is not None)
    if process.returncode != 0:
        return timing, (), err.decode("utf-8", "replace").strip()[:200]
    timing.observe(whole, None if locked is None else whole - locked)
    return timing, fingerprint(target), ""


def crash_case(case: Case, work: Path, env: dict[str, str], trials: int,
               rng: random.Random, record: Recorder) -> None:  # fmt: skip
    """Full runs (for the timing and the 'after' fingerprint), then killed trials.

    The timing is measured again every 20 trials: on a shared machine the same command takes
    a few times longer or shorter within minutes, and the kill must land inside its work.
    """
    timing, after, error = full_run(case, work, env)
    if error:
        case.failures.append(f"full run failed: {error}")
        record.trial(case.name, {"failure": f"full run failed: {error}"})
        return
    before = fingerprint(case.base) if case.base.exists() else None
    for trial in range(trials):
        if trial and trial % 20 == 0:
            timing, again, error = full_run(case, work, env, timing)
            if error or again != after:
                problem = error or "a complete run gave another result"
                case.failures.append(f"full run: {problem}")
                record.trial(case.name, {"failure": f"full run: {problem}"})
        target = work / f"{work.name}-{os.getpid()}-t{trial}.sqlite"  # runs may overlap
        began = time.perf_counter()
        process = start(case, target, env)
        early = rng.random() < EARLY
        locked = None
        if early or not timing.takes_lock:
            delay = rng.uniform(0.0, 0.9 * timing.window() if not early else max(timing.whole))
        else:
            locked = wait_for_lock(process, target, 3 * max(timing.whole) + 30)
            delay = rng.uniform(0.0, 0.9 * timing.window())
        if locked is not None or early or not timing.takes_lock:
            deadline = began + (locked or 0.0) + delay
            while process.poll() is None and time.perf_counter() < deadline:
                time.sleep(0.005)
        outcome: dict[str, object] = {"delay": round(time.perf_counter() - began, 3)}
        outcome["early"] = early
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            case.killed_mid_run += 1
            outcome["killed"] = True
        else:
            assert process.stderr is not None
            message = process.stderr.read().decode("utf-8", "replace").strip()
            if process.wait() != 0:  # finished before the kill: it must have succeeded
                outcome["failure"] = f"exit {process.returncode}: {message[:200]}"
            else:
                case.completed += 1
                outcome["completed"] = True
                whole = time.perf_counter() - began
                timing.observe(whole, None if locked is None else whole - locked)
        case.trials += 1
        outcome |= check(target, before, after)
        problem = damaged_backups(env, target, began)
        if problem and "failure" not in outcome:
            outcome["failure"] = problem
        if "failure" in outcome:
            case.failures.append(f"trial {trial}: {outcome['failure']}")
        record.trial(case.name, outcome)
        clean(target)


def prepare(root: Path, rows: int, env: dict[str, str]) -> dict[str, Path]:
    """The inputs every trial starts from, made once per state folder."""
    people = root / f"people-{rows}.csv"
    if not people.exists():
        people.write_bytes(make_csv(rows))
    demo_base = root / "demo-base.sqlite"
    if not demo_base.exists():
        run(mentordesk(root / "demo-new.sqlite", "demo", "--participants", "200"), env)
        (root / "demo-new.sqlite").rename(demo_base)
    empty_base = root / "empty-base.sqlite"
    if not empty_base.exists():
        run(mentordesk(root / "empty-new.sqlite", "programs"), env)
        (root / "empty-new.sqlite").rename(empty_base)
    backup_copy = root / "backup-of-empty.sqlite"
    if not backup_copy.exists():
        run(mentordesk(empty_base, "backup", "-o", str(backup_copy)), env)
    return {"people": people, "demo": demo_base, "empty": empty_base, "backup": backup_copy}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=5, help="runs of each concurrent pair")
    parser.add_argument("--only", nargs="*", default=None, help="operations (and/or 'pairs')")
    parser.add_argument("--seed", type=int, default=None, help="default: a fresh one")
    parser.add_argument("--state", type=Path, help="keep inputs and results here (they add up)")
    parser.add_argument("--summary", action="store_true", help="print the recorded table, exit")
    args = parser.parse_args(argv)
    if args.summary:
        if args.state is None:
            parser.error("--summary needs --state")
        print(summary(args.state / "results.jsonl"))
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    rng = random.Random(seed)
    root = args.state or Path(tempfile.mkdtemp(prefix="mentordesk-crash-"))
    root.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(root / "home"), MENTORDESK_BACKUPS=str(root / "backups"),
               QT_QPA_PLATFORM="offscreen")  # fmt: skip
    env.pop("MENTORDESK_DB", None)
    files = prepare(root, args.rows, env)
    people, demo_base, empty_base = files["people"], files["demo"], files["empty"]
    program = _first_program(demo_base)
    record = Recorder(root / "results.jsonl", rows=args.rows, seed=seed)

    approve = ("match", "--program", program, "--approve", "--include-matched")
    cases = [
        Case("create", lambda db: mentordesk(db, "programs"), root / "none.sqlite"),
        Case("import", lambda db: mentordesk(db, "import", str(people), "--program", "Imp"),
             empty_base),
        Case("demo", lambda db: mentordesk(db, "demo", "--participants", "200", "--seed", "2"),
             empty_base),
        Case("match --approve", lambda db: mentordesk(db, *approve), demo_base),
        Case("rollover", lambda db: mentordesk(db, "rollover", "--program", program,
                                                "--to", "Next year"), demo_base),
        Case("backup", lambda db: mentordesk(db, "backup"), demo_base),
        Case("restore", lambda db: mentordesk(db, "restore", str(files["backup"])), demo_base),
    ]  # fmt: skip
    print(f"crash trials in {root} (rows={args.rows}, trials={args.trials} each, seed={seed})")
    total_failures = 0
    for case in cases:
        if args.only and case.name not in args.only:
            continue
        work = root / case.name.replace(" ", "_").replace("-", "")
        work.mkdir(exist_ok=True)
        started = time.perf_counter()
        crash_case(case, work, env, args.trials, rng, record)
        total_failures += len(case.failures)
        print(
            f"{case.name:16} {case.trials:4} trials ({case.killed_mid_run} killed mid-run, "
            f"{case.completed} completed), "
            f"{len(case.failures)} failures, {time.perf_counter() - started:.0f} s",
            flush=True,
        )
        for failure in case.failures[:5]:
            print(f"    {failure}")

    if not args.only or "pairs" in args.only:
        problems = pairs(root, args.pairs, files, program, env, args.rows, record)
        total_failures += len(problems)
    if args.state is None:
        shutil.rmtree(root, ignore_errors=True)
    print(f"total failures: {total_failures}")
    return 1 if total_failures else 0


def _first_program(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT name FROM programs ORDER BY id").fetchone()[0])
    finally:
        connection.close()


if __name__ == "__main__":
    sys.exit(main())
