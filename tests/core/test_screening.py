"""The screening rule: who is cleared, pending, expired."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.enums import ScreeningDecision as D
from mentordesk.core.enums import ScreeningState as S
from mentordesk.core.screening import expires_soon, screening_state

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("decision", "expiry", "state"),
    [
        (None, None, S.PENDING),
        (D.PENDING, dt.date(2030, 1, 1), S.PENDING),
        (D.CLEARED, None, S.CLEARED),
        (D.CLEARED, TODAY, S.CLEARED),
        (D.CLEARED, TODAY - dt.timedelta(days=1), S.EXPIRED),
        (D.NOT_CLEARED, None, S.NOT_CLEARED),
    ],
)
def test_screening_state(decision: D | None, expiry: dt.date | None, state: S) -> None:
    """Cleared needs a cleared decision and a check that has not expired by today."""
    assert screening_state(decision, expiry, TODAY) is state


def test_expires_soon_window() -> None:
    """Only valid checks ending within 30 days are flagged."""
    assert expires_soon(TODAY + dt.timedelta(days=30), TODAY)
    assert not expires_soon(TODAY + dt.timedelta(days=31), TODAY)
    assert not expires_soon(TODAY - dt.timedelta(days=1), TODAY)
    assert not expires_soon(None, TODAY)
