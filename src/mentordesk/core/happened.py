"""One rule for dates of things that have already happened: they cannot be in the future.

A closure, a held meeting, a check-in, a signature, an application, an interview, a background
check, a training session or a guardian's consent is recorded after it took place, so its date is
on or before today. Every path that records one calls `refuse_future` or `future_dates`: the
pair services (and through them the GUI dialogs and `mentordesk close`) and
`core.participant.validate` (the roster dialog, the roster service and the spreadsheet import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import N_, _, t

#: The field message used everywhere a past-only date is in the future.
IN_THE_FUTURE = N_("in the future")


def is_future(day: dt.date | None, today: dt.date) -> bool:
    """True when `day` is set and after `today`."""
    return day is not None and day > today


def refuse_future(
    day: dt.date | None,
    today: dt.date,
    what: str,
    field: str = "date",
    hint: str = "",
    **extra_fields: str,
) -> None:
    """ValidationError when `what` ("The closure") is dated after `today`; None dates pass.

    `hint` replaces the message's ending (": mark it as planned instead").
    """
    if is_future(day, today):
        assert day is not None
        raise ValidationError(
            t(
                "{what} cannot be dated in the future ({day}; today is {today}){ending}",
                what=what,
                day=day,
                today=today,
                ending=hint or t(": record it once it has happened"),
            ),
            {field: _(IN_THE_FUTURE), **extra_fields},
        )


def future_dates(values: Mapping[str, dt.date | None], today: dt.date) -> dict[str, str]:
    """field → 'in the future' for each past-only date in `values` that is after `today`."""
    return {name: _(IN_THE_FUTURE) for name, day in values.items() if is_future(day, today)}
