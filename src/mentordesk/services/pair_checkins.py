"""The coordinator's support check-ins with a pair's mentor, mentee or guardian."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import ContactMethod, Party
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.db.models import CheckInRecord
from mentordesk.services.audit import audit
from mentordesk.services.pair_base import (
    PairServiceBase,
    check_range,
    checkin_data,
    load_pair,
    pair_changes,
    require_date,
)
from mentordesk.services.pair_types import CheckinData

_CHECKIN_FIELDS = [f.name for f in dataclasses.fields(CheckinData) if f.name != "id"]


def validate_checkin(c: CheckinData, today: dt.date) -> None:
    require_date(c.date, "date", "The check-in")
    Party(c.party)
    ContactMethod(c.method)
    check_range(c.rating, 1, 5, "rating", "The relationship rating")
    if c.date > today:
        raise ValidationError("A check-in cannot be in the future", {"date": "in the future"})
    if c.safety_concern and not c.safety_note.strip():
        raise ValidationError(
            "Describe the safety concern (kept confidential)", {"safety_note": "required"}
        )
    if c.safety_resolved_on is not None and c.safety_resolved_on < c.date:
        raise ValidationError(
            "The concern cannot be resolved before it was raised",
            {"safety_resolved_on": "before the check-in"},
        )


class CheckinService(PairServiceBase):
    def add_checkin(self, pair_id: int, c: CheckinData) -> tuple[CheckinData, ChangeSet]:
        validate_checkin(c, self.today)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            record = CheckInRecord(pair_id=pair.id, **{n: getattr(c, n) for n in _CHECKIN_FIELDS})
            session.add(record)
            session.flush()
            audit(
                session,
                "checkin.add",
                program_id=pair.program_id,
                entity="checkin",
                entity_id=record.id,
                details={
                    "pair_id": pair.id,
                    "party": c.party.value,
                    "safety_concern": c.safety_concern,
                },
            )
            return checkin_data(record), pair_changes(pair)

    def update_checkin(self, checkin_id: int, c: CheckinData) -> tuple[CheckinData, ChangeSet]:
        validate_checkin(c, self.today)
        with self.db.begin() as session:
            record = session.get(CheckInRecord, checkin_id)
            if record is None:
                raise NotFoundError(f"No check-in with id {checkin_id}")
            for n in _CHECKIN_FIELDS:
                setattr(record, n, getattr(c, n))
            pair = load_pair(session, record.pair_id)
            audit(
                session,
                "checkin.update",
                program_id=pair.program_id,
                entity="checkin",
                entity_id=record.id,
                details={"pair_id": pair.id},
            )
            session.flush()
            return checkin_data(record), pair_changes(pair)

    def delete_checkin(self, checkin_id: int) -> ChangeSet:
        with self.db.begin() as session:
            record = session.get(CheckInRecord, checkin_id)
            if record is None:
                raise NotFoundError(f"No check-in with id {checkin_id}")
            pair = load_pair(session, record.pair_id)
            session.delete(record)
            audit(
                session,
                "checkin.delete",
                program_id=pair.program_id,
                entity="checkin",
                entity_id=checkin_id,
                details={"pair_id": pair.id},
            )
            return pair_changes(pair)
