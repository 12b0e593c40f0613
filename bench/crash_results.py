"""The crash trials' record: one JSON line per trial, added up across runs into one table."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any


def code_version() -> str:
    """The commit the trials ran (with '+' when the work tree had changes); a copy of the
    code without git (a snapshot, so that editing the work tree cannot change a long run)
    names it in CRASH_TRIALS_VERSION."""
    if os.environ.get("CRASH_TRIALS_VERSION"):
        return os.environ["CRASH_TRIALS_VERSION"]
    here = Path(__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(here), "status", "--porcelain", "--", ":/src", ":/bench"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + ("+" if dirty else "")


class Recorder:
    """Appends each trial's outcome to a JSON-lines file as soon as it is known."""

    def __init__(self, path: Path, **context: Any) -> None:
        self.path = path
        self.context = context | {"version": code_version()}

    def trial(self, case: str, outcome: dict[str, Any]) -> None:
        line = {"case": case, "at": time.strftime("%Y-%m-%dT%H:%M:%S")} | self.context | outcome
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")


def summary(path: Path) -> str:
    """The table of every trial recorded in `path`, per operation."""
    if not path.exists():
        return f"no trials recorded in {path}"
    rows: dict[str, Counter[str]] = {}
    failures: dict[str, list[str]] = {}
    versions: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        count = rows.setdefault(item["case"], Counter())
        versions.add(str(item.get("version")))
        if str(item.get("failure", "")).startswith("full run"):
            count["full-run failures"] += 1
            failures.setdefault(item["case"], []).append(item["failure"])
            continue
        count["trials"] += 1
        count["killed"] += bool(item.get("killed"))
        count["early"] += bool(item.get("early"))
        count["completed"] += bool(item.get("completed"))
        count[f"left {item.get('state', '?')}"] += "state" in item
        if item.get("failure"):
            count["failures"] += 1
            failures.setdefault(item["case"], []).append(item["failure"])
    out = [
        "| operation | trials | killed mid-run (of them at any moment from the start) "
        "| completed "
        "| file left as before / after / not created | failures |",
        "|---|---|---|---|---|---|",
    ]
    for case, c in rows.items():
        if case.startswith("pair: "):
            continue
        states = f"{c['left before']} / {c['left after']} / {c['left none']}"
        out.append(
            f"| {case} | {c['trials']} | {c['killed']} ({c['early']}) | {c['completed']} "
            f"| {states} | {c['failures'] + c['full-run failures']} |"
        )
    for case, c in rows.items():
        if case.startswith("pair: "):
            out.append(f"| {case} | {c['trials']} runs | — | — | — | {c['failures']} |")
    out.append(f"\ncode versions: {', '.join(sorted(versions))}")
    for case, items in failures.items():
        for item in items[:5]:
            out.append(f"- {case}: {item}")
    return "\n".join(out)
