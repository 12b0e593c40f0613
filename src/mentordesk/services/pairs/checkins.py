"""The coordinator's support check-ins with a pair's mentor, mentee or guardian."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import ContactMethod, Party
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import t
from mentordesk.db.models import CheckInRecord
from mentordesk.services.pairs.base import (
    PairServiceBase,
    audit_pair_record,
    check_range,
    checkin_data,
    load_pair,
    load_pair_record,
    pair_changes,
    require_date,
)
from mentordesk.services.pairs.records import CheckinData

_CHECKIN_FIELDS = [f.name for f in dataclasses.fields(CheckinData) if f.name != "id"]


def validate_checkin(c: CheckinData, today: dt.date) -> None:
    require_date(c.date, "date", t("The check-in"))
    Party(c.party)
    ContactMethod(c.method)
    check_range(c.rating, 1, 5, "rating", t("The relationship rating"))
    refuse_future(c.date, today, t("The check-in"))
    refuse_future(c.safety_resolved_on, today, t("The concern's resolution"), "safety_resolved_on")
    if c.safety_concern and not c.safety_note.strip():
        raise ValidationError(
            t("Describe the safety concern (kept confidential)"), {"safety_note": t("required")}
        )
    if c.safety_resolved_on is not None and c.safety_resolved_on < c.date:
        raise ValidationError(
            t("The concern cannot be resolved before it was raised"),
            {"safety_resolved_on": t("before the check-in")},
        )


class CheckinService(PairServiceBase):
    def add_checkin(self, pair_id: int, c: CheckinData) -> tuple[CheckinData, ChangeSet]:
        validate_checkin(c, self.today)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            record = CheckInRecord(pair_id=pair.id, **{n: getattr(c, n) for n in _CHECKIN_FIELDS})
            session.add(record)
            session.flush()
            audit_pair_record(
                session,
                pair,
                "checkin.add",
                record.id,
                party=c.party.value,
                safety_concern=c.safety_concern,
            )
            return checkin_data(record), pair_changes(pair)

    def update_checkin(self, checkin_id: int, c: CheckinData) -> tuple[CheckinData, ChangeSet]:
        validate_checkin(c, self.today)
        with self.db.begin() as session:
            record, pair = load_pair_record(session, CheckInRecord, checkin_id, "check-in")
            for n in _CHECKIN_FIELDS:
                setattr(record, n, getattr(c, n))
            audit_pair_record(session, pair, "checkin.update", record.id)
            session.flush()
            return checkin_data(record), pair_changes(pair)

    def delete_checkin(self, checkin_id: int) -> ChangeSet:
        return self._delete_record(CheckInRecord, checkin_id, "checkin.delete", "check-in")
