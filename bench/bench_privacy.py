"""Encryption overhead: import, roster load and measures on a plain and an encrypted file.

Goal (issue 18): each figure on an SQLCipher-encrypted file ≤ 1.3× the plain one. The same
work as bench_import (10,000-row CSV) and bench_reports (10,000 people, 5,000 pairs, 100,000
meetings; all measures for the whole cycle); roster load is RosterService.rows on those
10,000 people. Opening an encrypted file also costs one key derivation (reported apart; the
import figure includes it, as creating the file derives a key). Measures are timed twice: the
first run decrypts the pages it reads, the second finds them in SQLite's page cache.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.bench_import import ROWS, make_csv
from bench.bench_reports import END, START, TODAY, populate
from mentordesk.core.enums import Role
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.db.cipher import _derive
from mentordesk.db.engine import Database
from mentordesk.services.reports.measures import compute_measures
from mentordesk.services.roster import RosterService, SpreadsheetService

GOAL = 1.3
PASSPHRASE = "bench passphrase 2026"


ROUNDS = 3
TAGS = {"plain": None, "encrypted": PASSPHRASE}


def _timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def _import_once(folder: Path, csv_path: Path, passphrase: str | None) -> None:
    db = Database(folder / f"import-{time.perf_counter_ns()}.sqlite", passphrase=passphrase)
    service = SpreadsheetService(db)
    plan = service.plan_file(csv_path, "Bench", default_role=Role.MENTEE)
    service.apply(plan, skip_bad_rows=True)
    db.close()


def _figures(folder: Path) -> dict[str, dict[str, float]]:
    """Best of ROUNDS for each (work, plain/encrypted); the two alternate within each round,
    so that load from other processes falls on both alike."""
    csv_path = folder / "people.csv"
    csv_path.write_bytes(make_csv(ROWS))
    program_ids = {}
    for tag, passphrase in TAGS.items():
        db = Database(folder / f"reports-{tag}.sqlite", passphrase=passphrase)
        program_ids[tag] = populate(db)
        db.close()
    period = Period(START, END, PeriodPreset.CYCLE)
    best: dict[str, dict[str, float]] = {}

    def keep(label: str, tag: str, seconds: float) -> None:
        row = best.setdefault(label, {})
        row[tag] = min(seconds, row.get(tag, seconds))

    for _round in range(ROUNDS):
        for tag, passphrase in TAGS.items():
            keep(
                "import 10,000 rows (new file + plan + apply)",
                tag,
                _timed(lambda p=passphrase: _import_once(folder, csv_path, p)),  # type: ignore[misc]
            )
            _derive.cache_clear()  # a real first open, key derivation included
            path = folder / f"reports-{tag}.sqlite"
            began = time.perf_counter()
            db = Database(path, passphrase=passphrase)
            keep("open the file (key derivation when encrypted)", tag, time.perf_counter() - began)
            pid = program_ids[tag]
            roster = RosterService(db)
            roster.rows(pid)  # the first read fills the page cache, as the app's first view does
            keep("roster load, 10,000 people", tag, _timed(lambda r=roster, i=pid: r.rows(i)))  # type: ignore[misc]
            for label in ("all measures, whole cycle (first)", "all measures, again (cached)"):
                keep(
                    label,
                    tag,
                    _timed(lambda d=db, i=pid: compute_measures(d, i, period, TODAY)),  # type: ignore[misc]
                )
            db.close()
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        best = _figures(Path(name))
    print(f"{'':48} {'plain':>9} {'encrypted':>10} {'ratio':>6}   (best of {ROUNDS})")
    for label, row in best.items():
        base, value = row["plain"], row["encrypted"]
        ratio = value / base if base else float("nan")
        verdict = "" if label.startswith("open") else ("OK" if ratio <= GOAL else "OVER GOAL")
        print(f"{label:48} {base:8.3f}s {value:9.3f}s {ratio:5.2f}× {verdict}")
    print(f"(goal: encrypted ≤ {GOAL}× plain; {dt.date.today()})")


if __name__ == "__main__":
    main()
