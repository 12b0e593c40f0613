"""The pair lifecycle: proposed → active ⇄ paused → closed, and reopen (closed → active).

The one place that says which status changes are allowed. Services call `check_transition`
before changing a pair's status; the GUI asks `allowed_targets` to enable its buttons.
"""

from __future__ import annotations

from enum import StrEnum

from mentordesk.core.enums import PairStatus
from mentordesk.core.errors import RuleError

P = PairStatus


class PairAction(StrEnum):
    """What the coordinator does; each action is one transition."""

    ACTIVATE = "activate"
    PAUSE = "pause"
    RESUME = "resume"
    CLOSE = "close"
    REOPEN = "reopen"


#: (from, to) → the action that performs it. Anything not listed is refused.
TRANSITIONS: dict[tuple[PairStatus, PairStatus], PairAction] = {
    (P.PROPOSED, P.ACTIVE): PairAction.ACTIVATE,
    # A proposed pair that never starts is closed (ended early) rather than deleted,
    # so the history of who was proposed survives.
    (P.PROPOSED, P.CLOSED): PairAction.CLOSE,
    (P.ACTIVE, P.PAUSED): PairAction.PAUSE,
    (P.PAUSED, P.ACTIVE): PairAction.RESUME,
    (P.ACTIVE, P.CLOSED): PairAction.CLOSE,
    (P.PAUSED, P.CLOSED): PairAction.CLOSE,
    (P.CLOSED, P.ACTIVE): PairAction.REOPEN,
}

#: Actions that must say why (kept in the pair's status history and the audit log).
REASON_REQUIRED = frozenset(
    {PairAction.PAUSE, PairAction.RESUME, PairAction.CLOSE, PairAction.REOPEN}
)

_WHY_NOT: dict[PairStatus, str] = {
    P.PROPOSED: "a proposed pair can only be activated or closed",
    P.ACTIVE: "an active pair can only be paused or closed",
    P.PAUSED: "a paused pair can only be resumed or closed",
    P.CLOSED: "a closed pair can only be reopened",
}


def allowed_targets(current: PairStatus) -> tuple[PairStatus, ...]:
    """The statuses a pair in `current` may move to, in lifecycle order."""
    return tuple(to for (frm, to) in TRANSITIONS if frm is current)


def action_for(current: PairStatus, target: PairStatus) -> PairAction:
    """The action moving `current` to `target`; RuleError with the reason when it is not allowed."""
    current, target = PairStatus(current), PairStatus(target)
    if current is target:
        raise RuleError(f"The pair is already {current.value}")
    action = TRANSITIONS.get((current, target))
    if action is None:
        raise RuleError(f"A {current.value} pair cannot become {target.value}: {_WHY_NOT[current]}")
    return action


def check_transition(current: PairStatus, target: PairStatus, reason: str = "") -> PairAction:
    """Validate one status change (and that a reason is given when one is needed)."""
    action = action_for(current, target)
    if action in REASON_REQUIRED and not reason.strip():
        raise RuleError(f"Say why you {action.value} the pair (a reason is required)")
    return action
