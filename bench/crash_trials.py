"""Crash trials: SIGKILL the real `mentordesk` command at random moments; pairs of writers.

    python -m bench.crash_trials [--trials N] [--rows R] [--only NAME ...]

For each operation (first creation of a file, import of R rows, demo, match --approve,
rollover, backup, restore) the command is started on a fresh copy of a prepared file and
killed with SIGKILL after a random delay within its normal running time. Afterwards:
`PRAGMA integrity_check` and `foreign_key_check` pass, MentorDesk opens the file, and the
file's fingerprint (the row count of every table) is exactly the one before or the one after
a complete run: all or nothing. Then pairs of concurrent writers run to completion (two
imports of one file, two demos, an import during match --approve): no "database is locked",
no traceback, nobody added twice. Prints trials and failures per case.
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

Fingerprint = tuple[tuple[str, int], ...]


def fingerprint(path: Path) -> Fingerprint:
    connection = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return tuple(
            (n, connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names
        )
    finally:
        connection.close()


def healthy(path: Path) -> str:
    """'' when the file passes every check, else what failed."""
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return "integrity"
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign keys"
    finally:
        connection.close()
    from mentordesk.db.engine import Database

    try:
        Database(path, lock_wait=10).close()
    except Exception as error:  # the point of the trial: any failure to open is counted
        return f"unopenable: {error}"
    return ""


@dataclass
class Case:
    name: str
    args: Callable[[Path, Path], list[str]]  # (db, work folder) → command arguments
    #: A command made of several user actions (match --approve = match, then approve) may
    #: stop between them: the state after the first action alone is also whole.
    middle: Callable[[Path, Path], list[str]] | None = None
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    killed_mid_run: int = 0
    completed: int = 0


def mentordesk(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "mentordesk.entry", "--db", str(db), *args]


def run(
    command: list[str], env: dict[str, str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)


def crash_case(case: Case, base: Path, work: Path, env: dict[str, str], trials: int,
               rng: random.Random) -> None:  # fmt: skip
    """Full run once (for its duration and the 'after' fingerprint), then killed trials."""
    full = work / "full.sqlite"
    if base.exists():
        shutil.copy(base, full)
    started = time.perf_counter()
    done = run(case.args(full, work), env)
    duration = time.perf_counter() - started
    if done.returncode != 0:
        case.failures.append(f"full run failed: {done.stderr.strip()[:200]}")
        return
    before = fingerprint(base) if base.exists() else None
    after = fingerprint(full)
    middles: set[Fingerprint] = set()
    if case.middle is not None:
        middle = work / "middle.sqlite"
        shutil.copy(base, middle)
        run(case.middle(middle, work), env)
        middles.add(fingerprint(middle))
    for trial in range(trials):
        target = work / f"t{trial}.sqlite"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if base.exists():
            shutil.copy(base, target)
        process = subprocess.Popen(
            case.args(target, work), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.0, duration))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            case.killed_mid_run += 1
            process.wait()
        else:
            assert process.stderr is not None
            error = process.stderr.read().decode("utf-8", "replace").strip()
            if process.wait() != 0:  # finished before the kill: it must have succeeded
                case.failures.append(f"trial {trial}: exit {process.returncode}: {error[:200]}")
            else:
                case.completed += 1
        case.trials += 1
        if not target.exists():
            if base.exists():
                case.failures.append(f"trial {trial}: the file is gone")
            continue
        problem = healthy(target)
        if problem:
            case.failures.append(f"trial {trial}: {problem}")
            continue
        now = fingerprint(target)
        allowed = {after} | middles | ({before} if before is not None else set())
        if now not in allowed:
            case.failures.append(f"trial {trial}: half-done ({_diff(now, before, after)})")
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)


def _diff(now: Fingerprint, before: Fingerprint | None, after: Fingerprint) -> str:
    b = dict(before or ())
    a = dict(after)
    return ", ".join(
        f"{name} {count} (before {b.get(name)}, after {a.get(name)})"
        for name, count in now
        if count not in (b.get(name), a.get(name))
    )


def concurrent(name: str, commands: list[list[str]], env: dict[str, str],
               check: Callable[[], str]) -> list[str]:  # fmt: skip
    processes = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    problems = []
    for process in processes:
        _out, err = process.communicate(timeout=600)
        if "locked" in err or "Traceback" in err or "internal error" in err:
            problems.append(f"{name}: {err.strip()[:200]}")
    problem = check()
    if problem:
        problems.append(f"{name}: {problem}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=5, help="runs of each concurrent pair")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="mentordesk-crash-"))
    env = dict(os.environ, HOME=str(root / "home"), MENTORDESK_BACKUPS=str(root / "backups"),
               QT_QPA_PLATFORM="offscreen")  # fmt: skip
    env.pop("MENTORDESK_DB", None)
    people = root / "people.csv"
    people.write_bytes(make_csv(args.rows))

    demo_base = root / "demo-base.sqlite"
    run(mentordesk(demo_base, "demo", "--participants", "200"), env)
    empty_base = root / "empty-base.sqlite"
    run(mentordesk(empty_base, "programs"), env)
    backup_copy = root / "backup-of-empty.sqlite"
    run(mentordesk(empty_base, "backup", "-o", str(backup_copy)), env)
    program = _first_program(demo_base)

    cases = [
        (Case("create", lambda db, w: mentordesk(db, "programs")), root / "none.sqlite"),
        (Case("import", lambda db, w: mentordesk(db, "import", str(people), "--program", "Imp")),
         empty_base),
        (Case("demo", lambda db, w: mentordesk(db, "demo", "--participants", "200",
                                                "--seed", "2")), empty_base),
        (Case("match --approve", lambda db, w: mentordesk(db, "match", "--program", program,
                                                           "--approve", "--include-matched"),
              middle=lambda db, w: mentordesk(db, "match", "--program", program,
                                              "--include-matched")),
         demo_base),
        (Case("rollover", lambda db, w: mentordesk(db, "rollover", "--program", program,
                                                    "--to", "Next year")), demo_base),
        (Case("backup", lambda db, w: mentordesk(db, "backup")), demo_base),
        (Case("restore", lambda db, w: mentordesk(db, "restore", str(backup_copy))), demo_base),
    ]  # fmt: skip
    print(f"crash trials in {root} (rows={args.rows}, trials={args.trials} each)")
    total_failures = 0
    for case, base in cases:
        if args.only and case.name not in args.only:
            continue
        work = root / case.name.replace(" ", "_").replace("-", "")
        work.mkdir()
        started = time.perf_counter()
        crash_case(case, base, work, env, args.trials, rng)
        total_failures += len(case.failures)
        print(
            f"{case.name:16} {case.trials:4} trials ({case.killed_mid_run} killed mid-run, "
            f"{case.completed} completed), "
            f"{len(case.failures)} failures, {time.perf_counter() - started:.0f} s"
        )
        for failure in case.failures[:5]:
            print(f"    {failure}")

    pair_problems: list[str] = []
    pair_runs = 0
    if not args.only or "pairs" in args.only:
        for index in range(args.pairs):
            db = root / f"pair-import-{index}.sqlite"
            shutil.copy(empty_base, db)

            def imported_once(db: Path = db) -> str:
                connection = sqlite3.connect(db)
                try:
                    found = connection.execute(
                        "SELECT count(*), count(DISTINCT p.email) FROM memberships m "
                        "JOIN participants p ON p.id = m.participant_id"
                    ).fetchone()
                finally:
                    connection.close()
                return "" if found[0] == found[1] == args.rows else f"memberships {found}"

            command = mentordesk(db, "import", str(people), "--program", "Imp")
            pair_problems += concurrent("two imports", [command, command], env, imported_once)
            db2 = root / f"pair-demo-{index}.sqlite"
            shutil.copy(empty_base, db2)
            demo = mentordesk(db2, "demo", "--participants", "100")
            pair_problems += concurrent(
                "two demos", [demo, demo], env, lambda db2=db2: healthy(db2)
            )
            db3 = root / f"pair-mixed-{index}.sqlite"
            shutil.copy(demo_base, db3)
            pair_problems += concurrent(
                "import during approve",
                [
                    mentordesk(db3, "match", "--program", program, "--approve"),
                    mentordesk(db3, "import", str(people), "--program", program),
                ],
                env,
                lambda db3=db3: healthy(db3),
            )
            pair_runs += 3
        print(f"concurrent pairs {pair_runs:4} runs, {len(pair_problems)} failures")
        for problem in pair_problems[:5]:
            print(f"    {problem}")
    total_failures += len(pair_problems)
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
