"""Reading one cell: dates in the forms people type, roles, numbers, lists, yes/no."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.enums import MemberStatus, Role
from mentordesk.importing.values import (
    CellError,
    DateOrder,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    parse_role,
    parse_status,
)

D, M = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST
NOV22 = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-11-22", D, NOV22),
        ("22/11/2026", D, NOV22),
        ("22/11/2026", M, NOV22),  # only one reading is a date
        ("11/22/2026", M, NOV22),
        ("11/22/2026 10:15:32", D, NOV22),  # Google Forms timestamp
        ("22.11.26", D, NOV22),
        ("03/04/2026", D, dt.date(2026, 4, 3)),
        ("03/04/2026", M, dt.date(2026, 3, 4)),
        ("22 Nov 2026", D, NOV22),
        ("November 22, 2026", D, NOV22),
        ("Sunday, 22 November 2026", M, NOV22),
        (dt.datetime(2026, 11, 22, 9, 0), D, NOV22),
        ("", D, None),
    ],
)
def test_dates(text: object, order: DateOrder, expected: dt.date | None) -> None:
    """Dates typed as ISO, day/month, month/day, with month names or as Excel dates."""
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["soon", "31/02/2026", "13/13/2026", "45"])
def test_bad_dates(text: str) -> None:
    """What is not a date says so."""
    with pytest.raises(CellError, match="not a date"):
        parse_date(text, D)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mentor", Role.MENTOR),
        ("mentee", Role.MENTEE),
        ("Both", Role.BOTH),
        ("I want a mentor", Role.MENTEE),
        ("I'd like to be a mentor", Role.MENTOR),
        ("Looking for a mentor", Role.MENTEE),
        ("Mentor; Mentee", Role.BOTH),
        ("", None),
    ],
)
def test_roles(text: str, role: Role | None) -> None:
    """Role answers as forms phrase them."""
    assert parse_role(text) == role


def test_bad_role_status_number_bool() -> None:
    """Unknown roles, statuses, numbers and yes/no answers are errors with the expected values."""
    with pytest.raises(CellError, match="mentor, mentee or both"):
        parse_role("teacher")
    with pytest.raises(CellError, match="applied"):
        parse_status("sleeping")
    with pytest.raises(CellError, match="whole number"):
        parse_int("two")
    with pytest.raises(CellError, match="yes or no"):
        parse_bool("maybe")


def test_numbers_lists_bools_status() -> None:
    """Numbers with units, multi-select answers joined by `;` or `,`, yes/no, statuses."""
    assert parse_int("2 mentees") == 2
    assert parse_int(3.0) == 3
    assert parse_list("Python; Public speaking;python") == ("Python", "Public speaking")
    assert parse_list("a, b, c") == ("a", "b", "c")
    assert parse_bool("Yes, I agree") is True
    assert parse_bool("n") is False
    assert parse_status("Active") is MemberStatus.ACTIVE


def test_quick_email_check_agrees_with_email_validator() -> None:
    """The quick e-mail check never accepts what email-validator refuses, and agrees overall."""
    import itertools

    from mentordesk.core.participant import is_valid_email
    from mentordesk.importing.values import email_ok

    locals_ = ["a", "ann.lee", "a+b", "a..b", ".a", "a.", "o'brien", "x" * 64, "x" * 65, "é"]
    domains = [
        "example.org", "example", "ex-ample.co.uk", "-ex.org", "ex-.org", "xn--bcher-kva.ch",
        "ab--cd.org", "example.test", "example.local", "1.2.3.4", "example.c", "exa_mple.org",
        "例え.jp", "a." + "b" * 63 + ".org", "a." + "b" * 64 + ".org", "example.123",
    ]  # fmt: skip
    for local, domain in itertools.product(locals_, domains):
        address = f"{local}@{domain}"
        assert email_ok(address) == is_valid_email(address), address
    for address in ["", "@", "a@", "@b.org", "a@b@c.org", "a b@c.org", "a@" + "b" * 250 + ".org"]:
        assert email_ok(address) == is_valid_email(address), address
