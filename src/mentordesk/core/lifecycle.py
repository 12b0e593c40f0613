"""The pair lifecycle: proposed → active ⇄ paused → closed, and reopen (closed → active).

The one place that says which status changes are allowed. Services call `check_transition`
before changing a pair's status; the GUI asks `allowed_targets` to enable its buttons.
"""

from __future__ import annotations

from enum import StrEnum

from mentordesk.core.enums import PairStatus, value_word
from mentordesk.core.errors import RuleError
from mentordesk.core.i18n import N_, _, t

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
    P.PROPOSED: N_("a proposed pair can only be activated or closed"),
    P.ACTIVE: N_("an active pair can only be paused or closed"),
    P.PAUSED: N_("a paused pair can only be resumed or closed"),
    P.CLOSED: N_("a closed pair can only be reopened"),
}
_SAY_WHY: dict[PairAction, str] = {
    PairAction.ACTIVATE: N_("Say why you activate the pair (a reason is required)"),
    PairAction.PAUSE: N_("Say why you pause the pair (a reason is required)"),
    PairAction.RESUME: N_("Say why you resume the pair (a reason is required)"),
    PairAction.CLOSE: N_("Say why you close the pair (a reason is required)"),
    PairAction.REOPEN: N_("Say why you reopen the pair (a reason is required)"),
}


def allowed_targets(current: PairStatus) -> tuple[PairStatus, ...]:
    """The statuses a pair in `current` may move to, in lifecycle order."""
    return tuple(to for (frm, to) in TRANSITIONS if frm is current)


def action_for(current: PairStatus, target: PairStatus) -> PairAction:
    """The action moving `current` to `target`; RuleError with the reason when it is not allowed."""
    current, target = PairStatus(current), PairStatus(target)
    if current is target:
        raise RuleError(t("The pair is already {status}", status=value_word(current.value)))
    action = TRANSITIONS.get((current, target))
    if action is None:
        raise RuleError(
            t(
                "A {status} pair cannot become {target}: {why}",
                status=value_word(current.value),
                target=value_word(target.value),
                why=_(_WHY_NOT[current]),
            )
        )
    return action


def check_transition(current: PairStatus, target: PairStatus, reason: str = "") -> PairAction:
    """Validate one status change (and that a reason is given when one is needed)."""
    action = action_for(current, target)
    if action in REASON_REQUIRED and not reason.strip():
        raise RuleError(_(_SAY_WHY[action]))
    return action
