"""Pieces several documents share: dates, names, goals with their steps and progress."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from mentordesk.documents.data import Goal
from mentordesk.documents.i18n import _, day
from mentordesk.documents.layout import BODY, H3, SMALL, para, table, write_in_lines

__all__ = ["day", "goal_blocks", "names"]


def names(values: Sequence[str]) -> str:
    return ", ".join(values) if values else "—"


def _priority(value: int) -> str:
    return {1: _("high"), 2: _("medium"), 3: _("low")}.get(value, str(value))


def goal_blocks(
    goals: Sequence[Goal], width: float, *, with_progress: bool = True
) -> list[Flowable]:
    """Each goal: statement, how success is measured, target date, action steps, progress log;
    with no goal yet, three goals to write in by hand."""
    out: list[Flowable] = []
    later = _("to be agreed")
    for number, goal in enumerate(goals, start=1):
        head = [
            para(
                _("Goal {number}: {statement}").format(number=number, statement=goal.statement), H3
            ),
            para(
                " · ".join(
                    (
                        _("How we will know: {measure}").format(measure=goal.measure or later),
                        _("Target date: {date}").format(date=day(goal.target_date, later)),
                        _("Priority: {priority}").format(priority=_priority(goal.priority)),
                        _("Status: {status}").format(status=_(goal.status)),
                    )
                ),
                SMALL,
            ),
        ]
        if goal.resources:
            head.append(para(_("Resources: {text}").format(text=goal.resources), BODY))
        if goal.mentor_role:
            head.append(para(_("The mentor's part: {text}").format(text=goal.mentor_role), BODY))
        out.append(KeepTogether(head))
        if goal.steps:
            rows = [(s.description, day(s.due_date), _(s.status)) for s in goal.steps]
            out.append(
                table(
                    (_("Action step"), _("Due"), _("Status")),
                    rows,
                    (width * 0.62, width * 0.2, width * 0.18),
                )
            )
        if with_progress and goal.progress:
            rows = [(day(p.date), f"{p.percent} %", p.comment) for p in goal.progress]
            out.append(
                table(
                    (_("Progress on"), _("Done"), _("Comment")),
                    rows,
                    (width * 0.2, width * 0.12, width * 0.68),
                )
            )
    if not goals:
        out.append(para(_("No goals written down yet. Write up to three together:"), BODY))
        for number in range(1, 4):
            out.append(
                KeepTogether(
                    [
                        para(_("Goal {number}").format(number=number), H3),
                        write_in_lines(2, width),
                        para(_("How we will know, and by when:"), SMALL),
                        write_in_lines(1, width),
                    ]
                )
            )
    return out
