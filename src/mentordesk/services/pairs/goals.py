"""SMART goals of a pair, with action steps and a progress log; IDP goals link to the IDP."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.agreement_defaults import add_months
from mentordesk.core.changes import ChangeSet
from mentordesk.core.enums import GoalStatus, Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import t
from mentordesk.db.models import (
    ActionStepRecord,
    GoalProgressRecord,
    GoalRecord,
    IdpRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.services.pairs.base import (
    PairServiceBase,
    audit_pair_record,
    check_range,
    goals_data,
    load_pair,
    load_pair_record,
    pair_changes,
)
from mentordesk.services.pairs.records import GoalData

MAX_GOALS = 5  # "up to a handful" per pair
MAX_IDP_GOALS = 3


def validate_goal(g: GoalData, today: dt.date) -> None:
    if not g.statement.strip():
        raise ValidationError(t("A goal needs a specific statement"), {"statement": t("required")})
    check_range(g.priority, 1, 3, "priority", t("Priority"))
    GoalStatus(g.status)
    for step in g.steps:
        if not step.description.strip():
            raise ValidationError(
                t("Every action step needs a description"), {"steps": t("empty step")}
            )
    for p in g.progress:
        check_range(p.percent, 0, 100, "progress", t("Progress (percent)"))
        if not isinstance(p.date, dt.date):
            raise ValidationError(
                t("Every progress entry needs a date"), {"progress": t("no date")}
            )
        refuse_future(p.date, today, t("A progress entry"), "progress")
    refuse_future(g.completed_on, today, t("The goal's completion"), "completed_on")


def mentee_of(session: Session, pair: PairRecord) -> tuple[int, str]:
    row = session.execute(
        sa.select(ParticipantRecord.id, ParticipantRecord.full_name)
        .join(PairMemberRecord, PairMemberRecord.participant_id == ParticipantRecord.id)
        .where(PairMemberRecord.pair_id == pair.id, PairMemberRecord.role == Role.MENTEE)
        .order_by(ParticipantRecord.full_name)
        .limit(1)
    ).first()
    if row is None:
        raise ValidationError(t("This pair has no mentee"))
    return row[0], row[1]


def _ensure_idp(session: Session, pair: PairRecord) -> IdpRecord:
    mentee_id, _ = mentee_of(session, pair)
    idp = session.scalar(
        sa.select(IdpRecord).where(
            IdpRecord.program_id == pair.program_id, IdpRecord.participant_id == mentee_id
        )
    )
    if idp is None:
        idp = IdpRecord(
            program_id=pair.program_id, participant_id=mentee_id, **default_idp_period(pair)
        )
        session.add(idp)
        session.flush()
    return idp


def default_idp_period(pair: PairRecord) -> dict[str, dt.date | None]:
    start, end = pair.start_date, pair.planned_end_date
    return {
        "period_start": start,
        "period_end": end,
        "midpoint_review_date": add_months(start, 3) if start else None,
        "final_review_date": end,
    }


def _write_goal(session: Session, pair: PairRecord, record: GoalRecord, g: GoalData) -> None:
    for name in (
        "statement",
        "measure",
        "target_date",
        "priority",
        "status",
        "resources",
        "mentor_role",
    ):
        setattr(record, name, getattr(g, name))
    record.statement = g.statement.strip()
    record.completed_on = g.completed_on
    if g.status is GoalStatus.COMPLETED and record.completed_on is None:
        record.completed_on = max((p.date for p in g.progress), default=None) or dt.date.today()
    if g.in_idp and record.idp_id is None:
        idp = _ensure_idp(session, pair)
        used = session.scalar(
            sa.select(sa.func.count())
            .select_from(GoalRecord)
            .where(GoalRecord.idp_id == idp.id, GoalRecord.id != (record.id or 0))
        )
        if (used or 0) >= MAX_IDP_GOALS:
            raise ValidationError(
                t(
                    "The IDP already has {MAX_IDP_GOALS} goals; take one out first",
                    MAX_IDP_GOALS=MAX_IDP_GOALS,
                ),
                {"in_idp": t("IDP full")},
            )
        record.idp_id = idp.id
    elif not g.in_idp:
        record.idp_id = None
    session.flush()
    session.execute(sa.delete(ActionStepRecord).where(ActionStepRecord.goal_id == record.id))
    session.execute(sa.delete(GoalProgressRecord).where(GoalProgressRecord.goal_id == record.id))
    for pos, step in enumerate(g.steps):
        session.add(
            ActionStepRecord(
                goal_id=record.id,
                position=pos,
                description=step.description.strip(),
                due_date=step.due_date,
                status=step.status,
            )
        )
    for p in g.progress:
        session.add(
            GoalProgressRecord(goal_id=record.id, date=p.date, percent=p.percent, comment=p.comment)
        )
    session.flush()


class GoalService(PairServiceBase):
    def add_goal(self, pair_id: int, g: GoalData) -> tuple[GoalData, ChangeSet]:
        validate_goal(g, self.today)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            count = session.scalar(
                sa.select(sa.func.count())
                .select_from(GoalRecord)
                .where(GoalRecord.pair_id == pair.id)
            )
            if (count or 0) >= MAX_GOALS:
                raise ValidationError(
                    t(
                        "A pair works on at most {MAX_GOALS} goals; close or drop one first",
                        MAX_GOALS=MAX_GOALS,
                    )
                )
            record = GoalRecord(pair_id=pair.id, position=count or 0, statement=g.statement)
            session.add(record)
            session.flush()
            _write_goal(session, pair, record, g)
            audit_pair_record(session, pair, "goal.add", record.id)
            return goals_data(session, [record])[0], pair_changes(pair)

    def update_goal(self, goal_id: int, g: GoalData) -> tuple[GoalData, ChangeSet]:
        """Save the goal with its steps and progress log exactly as given."""
        validate_goal(g, self.today)
        with self.db.begin() as session:
            record, pair = load_pair_record(session, GoalRecord, goal_id, "goal")
            _write_goal(session, pair, record, g)
            audit_pair_record(session, pair, "goal.update", record.id)
            return goals_data(session, [record])[0], pair_changes(pair)

    def delete_goal(self, goal_id: int) -> ChangeSet:
        return self._delete_record(GoalRecord, goal_id, "goal.delete", "goal")
