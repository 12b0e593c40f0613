"""Is a mentor cleared to be matched? One rule, used by the roster, matching and reports."""

from __future__ import annotations

import datetime as dt

from mentordesk.core.enums import ScreeningDecision, ScreeningState

#: A check expiring within this many days is flagged in the roster.
EXPIRY_WARNING_DAYS = 30


def screening_state(
    decision: ScreeningDecision | None, check_expiry: dt.date | None, today: dt.date
) -> ScreeningState:
    """Cleared only when the decision is 'cleared' and the background check has not expired."""
    if decision is None or decision is ScreeningDecision.PENDING:
        return ScreeningState.PENDING
    if decision is ScreeningDecision.NOT_CLEARED:
        return ScreeningState.NOT_CLEARED
    if check_expiry is not None and check_expiry < today:
        return ScreeningState.EXPIRED
    return ScreeningState.CLEARED


def expires_soon(check_expiry: dt.date | None, today: dt.date) -> bool:
    """True when a still-valid check runs out within EXPIRY_WARNING_DAYS."""
    if check_expiry is None or check_expiry < today:
        return False
    return (check_expiry - today).days <= EXPIRY_WARNING_DAYS


#: Why a mentor who is not cleared may not be matched or mentor a live pair.
CLEARANCE_TEXT: dict[ScreeningState, str] = {
    ScreeningState.PENDING: "screening pending",
    ScreeningState.EXPIRED: "background check expired",
    ScreeningState.NOT_CLEARED: "screening not cleared",
}


def clearance_problem(
    decision: ScreeningDecision | str | None, check_expiry: dt.date | None, today: dt.date
) -> str:
    """'' when the mentor is cleared on `today`, else why not ("screening pending" …).

    The one clearance rule: the matcher's eligibility, pinning, and activating, resuming or
    reopening a pair all call it.
    """
    state = screening_state(
        None if decision is None else ScreeningDecision(decision), check_expiry, today
    )
    return CLEARANCE_TEXT.get(state, "")
