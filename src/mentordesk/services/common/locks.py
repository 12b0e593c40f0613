"""The lock that keeps two coordinators from double-booking a mentor's capacity.

Everything that uses up mentor places (approving drafts, starting, resuming or reopening a
pair) and the rollover of a program first locks the program's row: on a server
`SELECT … FOR UPDATE`, so a second approval in the same program waits until the first has
committed and then re-checks capacity against the pairs the first one created (PostgreSQL's
READ COMMITTED gives each later statement a fresh view). On a local file the write
transaction (BEGIN IMMEDIATE) already runs alone, and SQLAlchemy leaves FOR UPDATE out.
Always take it before locking any pair row, so two transactions lock in the same order.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.db.models import ProgramRecord


def lock_program(session: Session, program_id: int) -> ProgramRecord:
    """The program's row, locked until the transaction ends; NotFoundError if it is gone."""
    record = session.scalar(
        sa.select(ProgramRecord)
        .where(ProgramRecord.id == program_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if record is None:
        raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
    return record
