"""Pieces several documents share: dates, names, goals with their steps and progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from mentordesk.documents.data import Goal
from mentordesk.documents.layout import BODY, H3, SMALL, para, table


def day(value: dt.date | None, empty: str = "—") -> str:
    """A date as the page prints it: 14 March 2026 (unambiguous in every country)."""
    return f"{value.day} {value:%B %Y}" if value else empty


def names(values: Sequence[str]) -> str:
    return ", ".join(values) if values else "—"


PRIORITY = {1: "high", 2: "medium", 3: "low"}


def goal_blocks(
    goals: Sequence[Goal], width: float, *, with_progress: bool = True
) -> list[Flowable]:
    """Each goal: statement, how success is measured, target date, action steps, progress log."""
    out: list[Flowable] = []
    for number, goal in enumerate(goals, start=1):
        head = [
            para(f"Goal {number}: {goal.statement}", H3),
            para(
                f"How we will know: {goal.measure or 'to be agreed'} · "
                f"Target date: {day(goal.target_date, 'to be agreed')} · "
                f"Priority: {PRIORITY.get(goal.priority, str(goal.priority))} · "
                f"Status: {goal.status}",
                SMALL,
            ),
        ]
        if goal.resources:
            head.append(para(f"Resources: {goal.resources}", BODY))
        if goal.mentor_role:
            head.append(para(f"The mentor's part: {goal.mentor_role}", BODY))
        out.append(KeepTogether(head))
        if goal.steps:
            rows = [(s.description, day(s.due_date), s.status) for s in goal.steps]
            out.append(
                table(
                    ("Action step", "Due", "Status"),
                    rows,
                    (width * 0.62, width * 0.2, width * 0.18),
                )
            )
        if with_progress and goal.progress:
            rows = [(day(p.date), f"{p.percent} %", p.comment) for p in goal.progress]
            out.append(
                table(
                    ("Progress on", "Done", "Comment"),
                    rows,
                    (width * 0.2, width * 0.12, width * 0.68),
                )
            )
    if not goals:
        out.append(para("No goals written down yet. Write up to three together:", BODY))
        for number in range(1, 4):
            out.append(para(f"Goal {number}: " + "_" * 70, BODY))
    return out
