"""Dates of things that happened are never in the future: the one rule and its users in core."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.enums import Role, ScreeningDecision
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import future_dates, refuse_future
from mentordesk.core.participant import ParticipantInput, validate
from mentordesk.core.screening import clearance_risk_reason

TODAY = dt.date(2026, 11, 22)
TOMORROW = TODAY + dt.timedelta(days=1)


def test_refuse_future_names_the_field() -> None:
    """Today and earlier pass; tomorrow is refused with one sentence and the field named."""
    refuse_future(TODAY, TODAY, "The closure")
    refuse_future(None, TODAY, "The closure")
    with pytest.raises(ValidationError, match="cannot be dated in the future") as info:
        refuse_future(TOMORROW, TODAY, "The closure", "closed_on")
    assert info.value.fields == {"closed_on": "in the future"}
    assert future_dates({"a": TODAY, "b": TOMORROW, "c": None}, TODAY) == {"b": "in the future"}


def test_cleared_check_dated_tomorrow_is_refused() -> None:
    """A background check 'cleared' with a date in the future is an error on that field; the
    application, interview, training and consent dates follow the same rule."""
    person = ParticipantInput(
        full_name="Maya",
        role=Role.MENTOR,
        screening_decision=ScreeningDecision.CLEARED,
        background_check_date=TOMORROW,
        background_check_expiry=TOMORROW + dt.timedelta(days=365),
        application_date=TOMORROW,
        training_date=TOMORROW,
    )
    errors = validate(person, TODAY)
    for name in ("background_check_date", "application_date", "training_date"):
        assert errors[name] == "in the future"
    assert "background_check_expiry" not in errors  # an expiry is meant to be ahead


def test_clearance_risk_reason_sentences() -> None:
    """Cleared → None; expired, pending and not cleared each say why, naming the mentor."""
    cleared = ScreeningDecision.CLEARED
    assert clearance_risk_reason(cleared, TOMORROW, TODAY, "Ana") is None
    assert clearance_risk_reason(cleared, TODAY - dt.timedelta(days=1), TODAY, "Ana") == (
        "Mentor Ana's background check expired on 2026-11-21"
    )
    assert "pending" in (clearance_risk_reason(None, None, TODAY) or "")
    refused = clearance_risk_reason(ScreeningDecision.NOT_CLEARED, None, TODAY)
    assert "not cleared" in (refused or "")
