"""Crash trials, concurrent writers: pairs of real `mentordesk` commands on one file.

Two imports of the same file, two demos, and an import while `match --approve` runs: each pair
runs to completion, and neither command may report "database is locked", a traceback or an
internal error; afterwards the file passes the checks of crash_files.py and nobody was added
twice. Run by `python -m bench.crash_trials` (operation name `pairs`).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from bench.crash_files import clean, healthy, mentordesk
from bench.crash_results import Recorder


def concurrent(name: str, commands: list[list[str]], env: dict[str, str],
               check: Callable[[], str]) -> list[str]:  # fmt: skip
    processes = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    problems = []
    for process in processes:
        _out, err = process.communicate(timeout=900)
        if "locked" in err or "Traceback" in err or "internal error" in err:
            problems.append(f"{name}: {err.strip()[:200]}")
    problem = check()
    if problem:
        problems.append(f"{name}: {problem}")
    return problems


def pairs(root: Path, runs: int, files: dict[str, Path], program: str, env: dict[str, str],
          rows: int, record: Recorder) -> list[str]:  # fmt: skip
    """Concurrent writers: two imports of one file, two demos, an import during approval."""
    people, demo_base, empty_base = files["people"], files["demo"], files["empty"]
    work = root / "pairs"
    work.mkdir(exist_ok=True)
    all_problems: list[str] = []
    for _index in range(runs):
        db = work / "pair-import.sqlite"
        clean(db)
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
            return "" if found[0] == found[1] == rows else f"memberships {found}"

        command = mentordesk(db, "import", str(people), "--program", "Imp")
        db2 = work / "pair-demo.sqlite"
        clean(db2)
        shutil.copy(empty_base, db2)
        demo = mentordesk(db2, "demo", "--participants", "100")
        db3 = work / "pair-mixed.sqlite"
        clean(db3)
        shutil.copy(demo_base, db3)
        for name, commands, check_file in (
            ("two imports", [command, command], imported_once),
            ("two demos", [demo, demo], lambda db2=db2: healthy(db2)),
            (
                "import during approve",
                [
                    mentordesk(db3, "match", "--program", program, "--approve"),
                    mentordesk(db3, "import", str(people), "--program", program),
                ],
                lambda db3=db3: healthy(db3),
            ),
        ):
            problems = concurrent(name, commands, env, check_file)
            record.trial(f"pair: {name}", {"failure": "; ".join(problems)} if problems else {})
            all_problems += problems
    print(f"concurrent pairs {3 * runs:4} runs, {len(all_problems)} failures", flush=True)
    for problem in all_problems[:5]:
        print(f"    {problem}")
    return all_problems
