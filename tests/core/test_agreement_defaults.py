"""Agreement pre-fill: built-in plain-language texts, program overrides, minors' wording."""

from __future__ import annotations

import datetime as dt

from mentordesk.core.agreement_defaults import add_months, frequency_label, prefill

D = dt.date


def _fill(defaults: dict[str, object] | None = None, minor: bool = False) -> dict[str, object]:
    return prefill(
        defaults,
        cadence_days=14,
        meeting_minutes=45,
        start=D(2026, 9, 1),
        planned_end=None,
        program_end=D(2027, 6, 30),
        mentee_is_minor=minor,
    )


def test_builtin_texts_and_dates() -> None:
    """Frequency from the cadence, duration to the program's end, mid-point halfway."""
    values = _fill()
    assert values["meeting_frequency"] == "Every 2 weeks" and values["meeting_minutes"] == 45
    assert values["duration_months"] == 9 and values["midpoint_review_date"] == D(2027, 1, 1)
    assert "no-fault" in str(values["ending_clause"]) and values["notice_days"] == 14
    assert "mandatory reporting" not in str(values["confidentiality"])


def test_minor_texts_override_confidentiality() -> None:
    """For a minor, safety and mandatory reporting come before confidentiality."""
    values = _fill(minor=True)
    assert "mandatory reporting" in str(values["confidentiality"])
    assert "guardian" in str(values["boundaries"])


def test_program_defaults_win() -> None:
    """A program's own texts and numbers replace the built-in ones; empty values do not."""
    values = _fill(
        {
            "place": "Room 12",
            "notice_days": 7,
            "boundaries": "",
            "confidentiality_minor": "Our safeguarding policy applies.",
        },
        minor=True,
    )
    assert values["place"] == "Room 12" and values["notice_days"] == 7
    assert "7 days' notice" in str(values["ending_clause"])
    assert values["confidentiality"] == "Our safeguarding policy applies."
    assert "guardian" in str(values["boundaries"])


def test_helpers() -> None:
    """Month arithmetic clamps to the month's end; frequency labels read naturally."""
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
    assert [frequency_label(n) for n in (7, 14, 30, 10)] == [
        "Weekly",
        "Every 2 weeks",
        "Monthly",
        "Every 10 days",
    ]
