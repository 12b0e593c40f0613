"""Is a mentor cleared to be matched? One rule, used by the roster, matching and reports."""

from __future__ import annotations

import datetime as dt

from mentordesk.core.enums import ScreeningDecision, ScreeningState
from mentordesk.core.i18n import N_, t

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
#: English keys (the matcher keeps them as codes); `t(problem)` words one for a person.
CLEARANCE_TEXT: dict[ScreeningState, str] = {
    ScreeningState.PENDING: N_("screening pending"),
    ScreeningState.EXPIRED: N_("background check expired"),
    ScreeningState.NOT_CLEARED: N_("screening not cleared"),
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


def clearance_risk_reason(
    decision: ScreeningDecision | None,
    check_expiry: dt.date | None,
    today: dt.date,
    name: str = "",
) -> str | None:
    """Why a mentor in a live pair is not cleared on `today` (an at-risk reason), or None.

    The same rule as `screening_state` (and as the matcher's and the lifecycle's clearance
    check): a lapsed clearance (expired check, decision pending or not cleared) puts the
    mentor's live pairs at risk; this only words it as a sentence naming the mentor.
    """
    state = screening_state(decision, check_expiry, today)
    if state is ScreeningState.CLEARED:
        return None
    if state is ScreeningState.EXPIRED:
        assert check_expiry is not None
        if name:
            return t(
                "Mentor {name}'s background check expired on {date}", name=name, date=check_expiry
            )
        return t("The mentor's background check expired on {date}", date=check_expiry)
    if state is ScreeningState.NOT_CLEARED:
        if name:
            return t("Mentor {name} is not cleared (screening decision: not cleared)", name=name)
        return t("The mentor is not cleared (screening decision: not cleared)")
    if name:
        return t("Mentor {name} is not cleared yet (screening pending)", name=name)
    return t("The mentor is not cleared yet (screening pending)")
