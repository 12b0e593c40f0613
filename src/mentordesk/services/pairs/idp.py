"""The mentee's Individual Development Plan (one per mentee and program)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import t
from mentordesk.db.models import (
    GoalRecord,
    IdpRecord,
)
from mentordesk.services.common import audit
from mentordesk.services.pairs.base import (
    PairServiceBase,
    audit_pair_record,
    check_range,
    goals_data,
    idp_data,
    load_pair,
    pair_changes,
)
from mentordesk.services.pairs.goals import mentee_of
from mentordesk.services.pairs.records import IdpData

_IDP_FIELDS = [
    f.name
    for f in dataclasses.fields(IdpData)
    if f.name not in ("id", "participant_id", "mentee_name", "goals")
]


def validate_idp(i: IdpData, today: dt.date) -> None:
    for name, what in (
        ("mentee_signed_on", "The mentee's signature"),
        ("mentor_signed_on", "The mentor's signature"),
        ("coordinator_signed_on", "The coordinator's signature"),
    ):
        refuse_future(getattr(i, name), today, what, name)
    check_range(i.baseline_rating, 1, 5, "baseline_rating", t("Baseline self-rating"))
    check_range(i.final_rating, 1, 5, "final_rating", t("Final self-rating"))
    if i.period_start and i.period_end and i.period_end < i.period_start:
        raise ValidationError(
            t("The plan ends before it starts"), {"period_end": t("before start")}
        )


class IdpService(PairServiceBase):
    def save_idp(self, pair_id: int, data: IdpData) -> tuple[IdpData, ChangeSet]:
        """Create or update the IDP of the pair's mentee (`data.participant_id`, or the first)."""
        validate_idp(data, self.today)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            mentee_id, name = mentee_of(session, pair)
            if data.participant_id:
                mentee_id = data.participant_id
                name = data.mentee_name or name
            record = session.scalar(
                sa.select(IdpRecord).where(
                    IdpRecord.program_id == pair.program_id, IdpRecord.participant_id == mentee_id
                )
            )
            if record is None:
                record = IdpRecord(program_id=pair.program_id, participant_id=mentee_id)
                session.add(record)
            for n in _IDP_FIELDS:
                setattr(record, n, getattr(data, n))
            session.flush()
            audit_pair_record(session, pair, "idp.save", record.id, participant_id=mentee_id)
            goals = goals_data(
                session,
                list(
                    session.scalars(
                        sa.select(GoalRecord)
                        .where(GoalRecord.idp_id == record.id)
                        .order_by(GoalRecord.position, GoalRecord.id)
                    )
                ),
            )
            return idp_data(record, name, tuple(goals)), pair_changes(pair)

    def discard_idp(self, pair_id: int, idp_id: int) -> ChangeSet:
        """Delete an IDP (its goals stay with the pair); used to undo its creation."""
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            session.execute(sa.delete(IdpRecord).where(IdpRecord.id == idp_id))
            audit(
                session, "idp.discard", program_id=pair.program_id, entity="idp", entity_id=idp_id
            )
            return pair_changes(pair)
