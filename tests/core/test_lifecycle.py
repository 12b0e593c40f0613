"""The pair lifecycle: every valid and every invalid status change."""

from __future__ import annotations

import itertools

import pytest

from mentordesk.core.enums import PairStatus as P
from mentordesk.core.errors import RuleError
from mentordesk.core.lifecycle import (
    TRANSITIONS,
    PairAction,
    action_for,
    allowed_targets,
    check_transition,
)

VALID = {
    (P.PROPOSED, P.ACTIVE): PairAction.ACTIVATE,
    (P.PROPOSED, P.CLOSED): PairAction.CLOSE,
    (P.ACTIVE, P.PAUSED): PairAction.PAUSE,
    (P.ACTIVE, P.CLOSED): PairAction.CLOSE,
    (P.PAUSED, P.ACTIVE): PairAction.RESUME,
    (P.PAUSED, P.CLOSED): PairAction.CLOSE,
    (P.CLOSED, P.ACTIVE): PairAction.REOPEN,
}


@pytest.mark.parametrize(("pair", "action"), VALID.items())
def test_valid_transition(pair: tuple[P, P], action: PairAction) -> None:
    """Each lifecycle arrow is allowed and named by its action."""
    assert check_transition(*pair, reason="because") is action


INVALID = [pair for pair in itertools.product(P, P) if pair not in VALID]


@pytest.mark.parametrize("pair", INVALID)
def test_invalid_transition_refused(pair: tuple[P, P]) -> None:
    """Every status change outside the lifecycle raises RuleError with a readable message."""
    with pytest.raises(RuleError) as info:
        check_transition(*pair, reason="because")
    assert pair[0].value in str(info.value)


def test_table_matches_expectation() -> None:
    """The rule table holds exactly the lifecycle arrows."""
    assert TRANSITIONS == VALID


def test_reason_required_for_pause_close_reopen() -> None:
    """Pause, resume, close and reopen need a reason; activating does not."""
    for frm, to in [
        (P.ACTIVE, P.PAUSED),
        (P.PAUSED, P.ACTIVE),
        (P.ACTIVE, P.CLOSED),
        (P.CLOSED, P.ACTIVE),
    ]:
        with pytest.raises(RuleError, match="reason"):
            check_transition(frm, to, reason="  ")
    assert check_transition(P.PROPOSED, P.ACTIVE) is PairAction.ACTIVATE


def test_allowed_targets_and_messages() -> None:
    """Buttons can ask which moves are allowed; a refusal says what would be."""
    assert allowed_targets(P.ACTIVE) == (P.PAUSED, P.CLOSED)
    assert allowed_targets(P.CLOSED) == (P.ACTIVE,)
    with pytest.raises(RuleError, match="closed pair can only be reopened"):
        action_for(P.CLOSED, P.PAUSED)
    with pytest.raises(RuleError, match="already active"):
        action_for(P.ACTIVE, P.ACTIVE)
