"""Encryption overhead: import, roster load and measures on a plain and an encrypted file.

Goal (issue 18): each figure on an SQLCipher-encrypted file ≤ 1.3× the plain one. The same
work as bench_import (10,000-row CSV) and bench_reports (10,000 people, 5,000 pairs, 100,000
meetings; all measures for the whole cycle); roster load is RosterService.rows on those
10,000 people. Opening an encrypted file also costs one key derivation (reported apart).
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


def _best(action: Callable[[], object], runs: int = 3) -> float:
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return min(timings)


def _figures(folder: Path, passphrase: str | None) -> dict[str, float]:
    tag = "encrypted" if passphrase else "plain"
    figures: dict[str, float] = {}
    csv_path = folder / "people.csv"
    if not csv_path.exists():
        csv_path.write_bytes(make_csv(ROWS))

    def run_import() -> None:
        path = folder / f"import-{tag}-{time.perf_counter_ns()}.sqlite"
        db = Database(path, passphrase=passphrase)
        service = SpreadsheetService(db)
        plan = service.plan_file(csv_path, "Bench", default_role=Role.MENTEE)
        service.apply(plan, skip_bad_rows=True)
        db.close()

    figures["import 10,000 rows (open + plan + apply)"] = _best(run_import, runs=2)

    path = folder / f"reports-{tag}.sqlite"
    db = Database(path, passphrase=passphrase)
    program_id = populate(db)
    db.close()
    _derive.cache_clear()  # measure a real first open, key derivation included
    began = time.perf_counter()
    db = Database(path, passphrase=passphrase)
    figures["open the file (key derivation when encrypted)"] = time.perf_counter() - began
    roster = RosterService(db)
    figures["roster load, 10,000 people"] = _best(lambda: roster.rows(program_id), runs=5)
    period = Period(START, END, PeriodPreset.CYCLE)
    figures["all measures, whole cycle"] = _best(
        lambda: compute_measures(db, program_id, period, TODAY), runs=5
    )
    db.close()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain = _figures(folder, None)
        encrypted = _figures(folder, PASSPHRASE)
    print(f"{'':48} {'plain':>9} {'encrypted':>10} {'ratio':>6}")
    for label, base in plain.items():
        value = encrypted[label]
        ratio = value / base if base else float("nan")
        verdict = "" if label.startswith("open") else ("OK" if ratio <= GOAL else "OVER GOAL")
        print(f"{label:48} {base:8.3f}s {value:9.3f}s {ratio:5.2f}× {verdict}")
    print(f"(goal: encrypted ≤ {GOAL}× plain; {dt.date.today()})")


if __name__ == "__main__":
    main()
