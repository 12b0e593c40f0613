"""Every field of every participant in a program as JSON-ready records.

Used by `mentordesk participants --json`; reading goes through `roster_read` (shared with the
exports), and core.participant.FIELDS stays the one description of a participant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.participant import FIELDS, ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.services.roster.read import read_program_members


def participant_inputs(db: Database, program_id: int) -> list[tuple[int, ParticipantInput]]:
    """(participant id, input) for everyone in the program, ordered by name."""
    with db.read() as session:
        return read_program_members(session, program_id)


def to_json_record(
    participant_id: int, person: ParticipantInput, *, include_sensitive: bool = False
) -> dict[str, Any]:
    """A JSON-ready object: dates as ISO strings, tags as lists, enums as their values."""
    record: dict[str, Any] = {"id": participant_id}
    for spec in FIELDS:
        if spec.sensitive and not include_sensitive:
            continue
        value = getattr(person, spec.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, (Role, MemberStatus, ScreeningDecision)):
            value = value.value
        record[spec.name] = value
    return record
