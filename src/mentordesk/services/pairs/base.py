"""What the pair services share: loading a pair, converting rows, checks, the change set."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import (
    AgreementStatus,
    ClosureType,
    ContactMethod,
    GoalStatus,
    MeetingStatus,
    Party,
    Role,
    StepStatus,
)
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import N_, _, t
from mentordesk.core.participant import is_minor
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    GuardianRecord,
    IdpRecord,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.services.common import audit, version_of
from mentordesk.services.pairs.records import (
    AgreementData,
    CheckinData,
    ClosureData,
    GoalData,
    IdpData,
    MeetingData,
    PersonRef,
    ProgressData,
    StepData,
)

#: The records that belong to one pair and are added, edited and deleted one by one.
PairRecordT = TypeVar("PairRecordT", CheckInRecord, MeetingRecord, GoalRecord)

#: The records `load_pair_record` names when one is missing ("No meeting with id 7").
RECORD_LABELS = (N_("meeting"), N_("check-in"), N_("goal"))


class PairServiceBase:
    """Holds the database; every public method of the pair services is one transaction."""

    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        self.db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _delete_record(
        self, model: type[PairRecordT], record_id: int, action: str, label: str
    ) -> ChangeSet:
        """Delete one record of a pair (a meeting, check-in or goal) and audit it as `action`."""
        with self.db.begin() as session:
            record, pair = load_pair_record(session, model, record_id, label)
            session.delete(record)
            audit_pair_record(session, pair, action, record_id)
            return pair_changes(pair)


def load_pair(session: Session, pair_id: int, *, lock: bool = False) -> PairRecord:
    """The pair; `lock` holds its row until the transaction ends (SELECT … FOR UPDATE on a
    server: two status changes of one pair at once run one after the other)."""
    pair = session.get(PairRecord, pair_id, with_for_update=lock or None)
    if pair is None:
        raise NotFoundError(t("No pair with id {pair_id}", pair_id=pair_id))
    return pair


def load_pair_record(
    session: Session, model: type[PairRecordT], record_id: int, label: str
) -> tuple[PairRecordT, PairRecord]:
    """A record of a pair and its pair; NotFoundError ("No <label> with id …") if there is none."""
    record = session.get(model, record_id)
    if record is None or record.pair_id is None:
        raise NotFoundError(
            t("No {label} with id {record_id}", label=_(label), record_id=str(record_id))
        )
    return record, load_pair(session, record.pair_id)


def audit_pair_record(
    session: Session, pair: PairRecord, action: str, entity_id: int, **details: Any
) -> None:
    """Audit `action` ("meeting.add") on the entity its prefix names, with the pair's id."""
    audit(
        session,
        action,
        program_id=pair.program_id,
        entity=action.partition(".")[0],
        entity_id=entity_id,
        details={"pair_id": pair.id, **details},
    )


def pair_changes(pair: PairRecord, *extra: Topic) -> ChangeSet:
    return ChangeSet.of(Topic.RECORDS, *extra, program_id=pair.program_id, ids={pair.id})


def require_date(value: object, field: str, label: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(t("{label} needs a date", label=label), {field: t("required")})
    return value


def check_range(value: int | None, low: int, high: int, field: str, label: str) -> None:
    if value is not None and not low <= value <= high:
        raise ValidationError(
            t("{label} must be between {low} and {high}", label=label, low=low, high=high),
            {field: t("{low}–{high}", low=low, high=high)},
        )


def people_of(
    session: Session, pair_ids: Iterable[int], today: dt.date
) -> dict[int, list[PersonRef]]:
    """pair id → its members (mentors first), with minors' first guardian, in two queries."""
    ids = list(pair_ids)
    if not ids:
        return {}
    rows = session.execute(
        sa.select(
            PairMemberRecord.pair_id,
            PairMemberRecord.role,
            ParticipantRecord.id,
            ParticipantRecord.full_name,
            ParticipantRecord.preferred_name,
            ParticipantRecord.email,
            ParticipantRecord.date_of_birth,
        )
        .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
        .where(PairMemberRecord.pair_id.in_(ids))
        .order_by(PairMemberRecord.pair_id, PairMemberRecord.role, ParticipantRecord.full_name)
    ).all()
    person_ids = {r[2] for r in rows}
    guardians: dict[int, tuple[str, str]] = {}
    for participant_id, guardian, guardian_email in session.execute(
        sa.select(GuardianRecord.participant_id, GuardianRecord.name, GuardianRecord.email)
        .where(GuardianRecord.participant_id.in_(person_ids))
        .order_by(GuardianRecord.id)
    ):
        guardians.setdefault(participant_id, (guardian, guardian_email))
    result: dict[int, list[PersonRef]] = defaultdict(list)
    for pair_id, role, pid, full, _preferred, email, dob in rows:
        g_name, g_email = guardians.get(pid, ("", ""))
        minor = Role(role) is Role.MENTEE and (is_minor(dob, today) or pid in guardians)
        result[pair_id].append(
            PersonRef(pid, full, email or "", Role(role), minor, g_name, g_email)
        )
    for people in result.values():
        people.sort(key=lambda p: (p.role is not Role.MENTOR, p.name))
    return result


# --- row → data ---------------------------------------------------------------------------


def agreement_data(a: AgreementRecord) -> AgreementData:
    return AgreementData(
        id=a.id,
        meeting_frequency=a.meeting_frequency,
        meeting_minutes=a.meeting_minutes,
        meeting_format=a.meeting_format,
        usual_time=a.usual_time,
        place=a.place,
        contact_between=a.contact_between,
        duration_months=a.duration_months,
        midpoint_review_date=a.midpoint_review_date,
        confidentiality=a.confidentiality,
        boundaries=a.boundaries,
        obligations=a.obligations,
        ending_clause=a.ending_clause,
        notice_days=a.notice_days,
        status=AgreementStatus(a.status),
        mentor_signed_on=a.mentor_signed_on,
        mentee_signed_on=a.mentee_signed_on,
        guardian_signed_on=a.guardian_signed_on,
        coordinator_signed_on=a.coordinator_signed_on,
        version=version_of(a),
    )


def goal_data(
    g: GoalRecord, steps: list[ActionStepRecord], progress: list[GoalProgressRecord]
) -> GoalData:
    return GoalData(
        id=g.id,
        statement=g.statement,
        measure=g.measure,
        target_date=g.target_date,
        priority=g.priority,
        status=GoalStatus(g.status),
        completed_on=g.completed_on,
        resources=g.resources,
        mentor_role=g.mentor_role,
        in_idp=g.idp_id is not None,
        steps=tuple(
            StepData(s.id, s.description, s.due_date, StepStatus(s.status))
            for s in sorted(steps, key=lambda s: (s.position, s.id))
        ),
        progress=tuple(
            ProgressData(p.id, p.date, p.percent, p.comment)
            for p in sorted(progress, key=lambda p: (p.date, p.id))
        ),
    )


def goals_data(session: Session, goals: list[GoalRecord]) -> list[GoalData]:
    """Goals with their steps and progress, in three queries."""
    ids = [g.id for g in goals]
    steps: dict[int, list[ActionStepRecord]] = defaultdict(list)
    progress: dict[int, list[GoalProgressRecord]] = defaultdict(list)
    if ids:
        for s in session.scalars(
            sa.select(ActionStepRecord).where(ActionStepRecord.goal_id.in_(ids))
        ):
            steps[s.goal_id].append(s)
        for p in session.scalars(
            sa.select(GoalProgressRecord).where(GoalProgressRecord.goal_id.in_(ids))
        ):
            progress[p.goal_id].append(p)
    return [goal_data(g, steps[g.id], progress[g.id]) for g in goals]


def meeting_data(m: MeetingRecord) -> MeetingData:
    return MeetingData(
        id=m.id,
        date=m.date,
        duration_minutes=m.duration_minutes,
        format=m.format,
        status=MeetingStatus(m.status),
        topics=m.topics,
        notes=m.notes,
        next_steps=m.next_steps,
        attendees=m.attendees,
    )


def checkin_data(c: CheckInRecord) -> CheckinData:
    return CheckinData(
        id=c.id,
        date=c.date,
        party=Party(c.party),
        method=ContactMethod(c.method),
        rating=c.rating,
        safety_concern=c.safety_concern,
        safety_note=c.safety_note,
        safety_resolved_on=c.safety_resolved_on,
        follow_up=c.follow_up,
        notes=c.notes,
    )


def idp_data(i: IdpRecord, mentee_name: str, goals: tuple[GoalData, ...]) -> IdpData:
    return IdpData(
        id=i.id,
        participant_id=i.participant_id,
        mentee_name=mentee_name,
        period_start=i.period_start,
        period_end=i.period_end,
        midpoint_review_date=i.midpoint_review_date,
        final_review_date=i.final_review_date,
        strengths=i.strengths,
        growth_areas=i.growth_areas,
        short_term_aspirations=i.short_term_aspirations,
        long_term_aspirations=i.long_term_aspirations,
        baseline_rating=i.baseline_rating,
        final_rating=i.final_rating,
        mentee_signed_on=i.mentee_signed_on,
        mentor_signed_on=i.mentor_signed_on,
        coordinator_signed_on=i.coordinator_signed_on,
        goals=goals,
    )


def closure_data(c: ClosureRecord) -> ClosureData:
    return ClosureData(
        id=c.id,
        date=c.date,
        type=ClosureType(c.type),
        initiated_by=c.initiated_by,
        reason_code=c.reason_code,
        mentor_feedback=c.mentor_feedback,
        mentee_feedback=c.mentee_feedback,
        rematch=c.rematch,
        reopened_on=c.reopened_on,
    )


def jsonable(value: Any) -> Any:
    """Audit details: dates as ISO strings, enums by value, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value
