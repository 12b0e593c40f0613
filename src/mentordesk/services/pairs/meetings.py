"""The meeting log of a pair: held, cancelled, no-show and planned meetings."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import MeetingStatus
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import N_, _, t
from mentordesk.db.models import MeetingRecord
from mentordesk.services.pairs.base import (
    PairServiceBase,
    audit_pair_record,
    check_range,
    load_pair,
    load_pair_record,
    meeting_data,
    pair_changes,
    require_date,
)
from mentordesk.services.pairs.records import MeetingData

_MEETING_FIELDS = [f.name for f in dataclasses.fields(MeetingData) if f.name != "id"]


#: A meeting that has happened, as "… cannot be dated in the future" names it.
_HAPPENED = {
    MeetingStatus.HELD: N_("A held meeting"),
    MeetingStatus.NO_SHOW: N_("A no-show meeting"),
    MeetingStatus.CANCELLED: N_("A cancelled meeting"),
}


def validate_meeting(m: MeetingData, today: dt.date) -> None:
    require_date(m.date, "date", t("The meeting"))
    MeetingStatus(m.status)
    check_range(m.duration_minutes, 0, 24 * 60, "duration_minutes", t("Duration (minutes)"))
    if m.status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW, MeetingStatus.CANCELLED):
        # Held, missed and cancelled meetings have happened; a future one is "planned".
        refuse_future(
            m.date,
            today,
            _(_HAPPENED[m.status]),
            hint=t(": mark it as planned instead"),
            status=t("use planned"),
        )
    if m.status is MeetingStatus.HELD and m.duration_minutes <= 0:
        raise ValidationError(
            t("How long was the meeting? Enter its duration in minutes"),
            {"duration_minutes": t("required for a held meeting")},
        )


class MeetingService(PairServiceBase):
    def add_meeting(self, pair_id: int, m: MeetingData) -> tuple[MeetingData, ChangeSet]:
        validate_meeting(m, self.today)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            record = MeetingRecord(pair_id=pair.id, **{n: getattr(m, n) for n in _MEETING_FIELDS})
            session.add(record)
            session.flush()
            audit_pair_record(session, pair, "meeting.add", record.id, date=m.date.isoformat())
            return meeting_data(record), pair_changes(pair)

    def update_meeting(self, meeting_id: int, m: MeetingData) -> tuple[MeetingData, ChangeSet]:
        validate_meeting(m, self.today)
        with self.db.begin() as session:
            record, pair = load_pair_record(session, MeetingRecord, meeting_id, "meeting")
            for n in _MEETING_FIELDS:
                setattr(record, n, getattr(m, n))
            audit_pair_record(session, pair, "meeting.update", record.id)
            session.flush()
            return meeting_data(record), pair_changes(pair)

    def delete_meeting(self, meeting_id: int) -> ChangeSet:
        return self._delete_record(MeetingRecord, meeting_id, "meeting.delete", "meeting")
