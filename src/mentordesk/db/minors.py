"""Who is a minor on a given day, for every role, without a viewer reading a date of birth.

The rule is `core.participant.is_minor`. Whoever may read `participants.date_of_birth` (every
file; the owner, administrators and coordinators on a server) reads the dates and applies that
rule in Python. A district viewer may not read the column (`db/access.VIEWER_HIDDEN`), so the
server answers for it: `district init` installs `mentordesk_minors_on(day)`, which returns the
ids of the people the calling role can see (the same `mentordesk_person_visible` the
row-level policies call, evaluated as the caller) who were minors on `day`, computed with
`minor_on_sql` — the same rule written in SQL, checked against `is_minor` by a test. The
function hands out ids only, never a date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.participant import AGE_OF_MAJORITY, is_minor
from mentordesk.db.tables import participants

#: The server function (installed by `district init`) and the setting that carries its day.
FUNCTION = "mentordesk_minors_on"
DAY_SETTING = "mentordesk.as_of"


def minor_on_sql(born: str, day: str) -> str:
    """`is_minor(born, day)` as a PostgreSQL boolean expression over two date expressions:
    whole years between them, one less before the birthday in `day`'s year (29 February
    counts as after 28 February, as in Python's tuple comparison)."""
    return (
        f"({born} IS NOT NULL AND (EXTRACT(YEAR FROM {day}) - EXTRACT(YEAR FROM {born}) - "
        f"CASE WHEN to_char({day}, 'MMDD') < to_char({born}, 'MMDD') THEN 1 ELSE 0 END) "
        f"< {AGE_OF_MAJORITY})"
    )


def reads_birth_dates(session: Session) -> bool:
    """Whether the connected role may read dates of birth (always on a file)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.execute(
            sa.text("SELECT has_column_privilege('participants', 'date_of_birth', 'SELECT')")
        ).scalar_one()
    )


def minors_on(session: Session, people: sa.Select[Any], day: dt.date) -> set[int]:
    """The ids among `people` (a select of participant ids) of those who were minors on `day`."""
    if reads_birth_dates(session):
        p = participants
        rows = session.execute(
            sa.select(p.c.id, p.c.date_of_birth).where(
                p.c.id.in_(people), p.c.date_of_birth.is_not(None)
            )
        )
        return {pid for pid, born in rows if is_minor(born, day)}
    minors = sa.func.mentordesk_minors_on(day).table_valued("id").render_derived(name="minors")
    return set(session.execute(sa.select(minors.c.id).where(minors.c.id.in_(people))).scalars())
