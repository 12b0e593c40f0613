"""Program members by name: telling people with the same full name apart (their e-mail, or
"#id"), and finding one member from what a coordinator types (e-mail, full name or id).

Plain Core reads on a read connection. The command line uses both: `find_member` for the
people its arguments name (nobody or several people: refused with one clear sentence), and
`shared_names` (through `MatchingService.shared_names`) to tell same-named people apart in what
it lists.
"""

from __future__ import annotations

import sqlalchemy as sa

from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.db.engine import Database
from mentordesk.db.tables import memberships, participants


def shared_names(db: Database, program_id: int) -> dict[int, str]:
    """People of a program who share their full name with someone else → what tells them apart
    (their e-mail, or "#id" without one), so that printed lists never show two identical names."""
    p, m = participants.c, memberships.c
    with db.connect_read() as connection:
        rows = connection.execute(
            sa.select(p.id, p.full_name, p.email)
            .select_from(participants)
            .join(memberships, m.participant_id == p.id)
            .where(m.program_id == program_id)
        ).all()
    by_name: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        by_name.setdefault(row.full_name.strip().casefold(), []).append((row.id, row.email or ""))
    return {
        pid: email or f"#{pid}"
        for people in by_name.values()
        if len(people) > 1
        for pid, email in people
    }


def find_member(db: Database, program_id: int, text: str) -> tuple[int, str]:
    """A program member by e-mail, full name (case-insensitive) or id; clear errors otherwise."""
    wanted = text.strip().casefold()
    if not wanted:
        raise ValidationError(t("Name a person (name, e-mail or id)"))
    p, m = participants.c, memberships.c
    with db.connect_read() as connection:
        rows = connection.execute(
            sa.select(p.id, p.full_name, p.email)
            .select_from(participants)
            .join(memberships, m.participant_id == p.id)
            .where(m.program_id == program_id)
        ).all()
    hits = [
        (r.id, r.full_name)
        for r in rows
        if wanted in {str(r.id), (r.email or "").casefold(), r.full_name.casefold()}
    ]
    if not hits:
        raise NotFoundError(t("No one called {text} in this program", text=repr(text)))
    if len(hits) > 1:
        raise ValidationError(
            t("{text} matches several people; use an e-mail or an id", text=repr(text))
        )
    return hits[0]
