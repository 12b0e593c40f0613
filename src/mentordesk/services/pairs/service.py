"""Pairs and pair detail: the one service the pairs view and the `pairs` CLI commands use.

`PairService(db, today=None)` gathers the split modules (one transaction per call each):

- lists and detail (here): `list_pairs`, `detail`;
- status changes and closure (`pair_lifecycle`): `activate`, `pause`, `resume`, `close`,
  `reopen`, `undo_transition`;
- agreement (`pair_agreement`): `agreement`, `save_agreement`, `discard_agreement`;
- goals (`pair_goals`): `add_goal`, `update_goal`, `delete_goal`;
- IDP (`pair_idp`): `save_idp`, `discard_idp`;
- meetings (`pair_meetings`): `add_meeting`, `update_meeting`, `delete_meeting`;
- check-ins (`pair_checkins`): `add_checkin`, `update_checkin`, `delete_checkin`;
- due items, calendar and e-mail (`pair_due`): `due_items`, `calendar_ics`, `mailto`.

Mutations return `(data, ChangeSet)` or a `ChangeSet`; reads return frozen dataclasses.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.sharing import shared
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GoalRecord,
    IdpRecord,
    MeetingRecord,
    PairEventRecord,
    PairRecord,
    ProgramRecord,
)
from mentordesk.services.pairs.agreement import AgreementService, agreement_of
from mentordesk.services.pairs.base import (
    checkin_data,
    closure_data,
    goals_data,
    idp_data,
    load_pair,
    meeting_data,
    people_of,
)
from mentordesk.services.pairs.checkins import CheckinService
from mentordesk.services.pairs.due import DueService
from mentordesk.services.pairs.goals import GoalService, default_idp_period
from mentordesk.services.pairs.health import PairHealth, program_health
from mentordesk.services.pairs.idp import IdpService
from mentordesk.services.pairs.lifecycle import LifecycleService
from mentordesk.services.pairs.meetings import MeetingService
from mentordesk.services.pairs.records import (
    IdpData,
    PairDetail,
    PairEvent,
    PairSummary,
    PersonRef,
)

__all__ = ["PairService"]


#: The pair columns a summary needs: the list reads only these, as plain rows (no ORM objects,
#: and not the explanation's JSON, which only the detail shows).
SUMMARY_COLUMNS = (
    PairRecord.id,
    PairRecord.program_id,
    PairRecord.status,
    PairRecord.start_date,
    PairRecord.planned_end_date,
    PairRecord.score,
)


def summary_of(
    pair: PairRecord | Any,
    people: list[PersonRef],
    health: PairHealth | None,
    *,
    as_of_status: bool = False,
) -> PairSummary:
    """The pair's row from its record or a row of `SUMMARY_COLUMNS`; with `as_of_status` its
    status is the one on the health's day (from the status history) rather than the record's
    current one."""
    status = health.status if as_of_status and health else PairStatus(pair.status)
    return PairSummary(
        id=pair.id,
        program_id=pair.program_id,
        status=status,
        mentors=tuple(p for p in people if p.role is Role.MENTOR),
        mentees=tuple(p for p in people if p.role is not Role.MENTOR),
        start_date=pair.start_date,
        planned_end_date=pair.planned_end_date,
        score=pair.score,
        last_meeting=health.last_meeting if health else None,
        next_checkin_due=health.next_checkin_due if health else None,
        checkin_overdue=health.checkins.any_overdue if health else False,
        reasons=health.reasons if health else (),
    )


class PairService(
    LifecycleService,
    AgreementService,
    GoalService,
    IdpService,
    MeetingService,
    CheckinService,
    DueService,
):
    def list_pairs(
        self,
        program_id: int,
        *,
        status: PairStatus | None = None,
        at_risk_only: bool = False,
    ) -> list[PairSummary]:
        """The program's pairs as of the service's day: status (from the status history: a pair
        closed later still shows active, one not started yet shows proposed), last meeting, next
        check-in and at-risk reasons, all from what had happened by that day."""
        with self.db.read() as session:
            # Pairs with no status event by the day were not pairs yet (created later).
            existed = (
                sa.select(PairEventRecord.id)
                .where(PairEventRecord.pair_id == PairRecord.id, PairEventRecord.date <= self.today)
                .exists()
            )
            query = sa.select(*SUMMARY_COLUMNS).where(PairRecord.program_id == program_id, existed)
            pairs = session.execute(query.order_by(PairRecord.id)).all()
            health = program_health(session, program_id, self.today, pair_ids=[p.id for p in pairs])
            people = people_of(session, [p.id for p in pairs], self.today)
            result = [
                summary_of(p, people.get(p.id, []), health.get(p.id), as_of_status=True)
                for p in shared(pairs)  # a worker lets the window in (core/sharing.py)
            ]
        if status is not None:
            result = [s for s in result if s.status is status]
        if at_risk_only:
            result = [s for s in result if s.at_risk]
        return result

    def detail(self, pair_id: int) -> PairDetail:
        """Everything the pair detail view shows, read in one session."""
        with self.db.read() as session:
            pair = load_pair(session, pair_id)
            program = session.get(ProgramRecord, pair.program_id)
            assert program is not None
            health = program_health(session, pair.program_id, self.today, pair_ids=[pair.id])[
                pair.id
            ]
            people = people_of(session, [pair.id], self.today).get(pair.id, [])
            summary = summary_of(pair, people, health)
            agreement, saved = agreement_of(session, pair, self.today)
            goals = goals_data(
                session,
                list(
                    session.scalars(
                        sa.select(GoalRecord)
                        .where(GoalRecord.pair_id == pair.id)
                        .order_by(GoalRecord.position, GoalRecord.id)
                    )
                ),
            )
            meetings = [
                meeting_data(m)
                for m in session.scalars(
                    sa.select(MeetingRecord)
                    .where(MeetingRecord.pair_id == pair.id)
                    .order_by(MeetingRecord.date.desc(), MeetingRecord.id.desc())
                )
            ]
            checkins = [
                checkin_data(c)
                for c in session.scalars(
                    sa.select(CheckInRecord)
                    .where(CheckInRecord.pair_id == pair.id)
                    .order_by(CheckInRecord.date.desc(), CheckInRecord.id.desc())
                )
            ]
            closures = [
                closure_data(c)
                for c in session.scalars(
                    sa.select(ClosureRecord)
                    .where(ClosureRecord.pair_id == pair.id)
                    .order_by(ClosureRecord.id)
                )
            ]
            events = [
                PairEvent(
                    e.id,
                    e.date,
                    PairStatus(e.from_status) if e.from_status else None,
                    PairStatus(e.to_status),
                    e.reason,
                )
                for e in session.scalars(
                    sa.select(PairEventRecord)
                    .where(PairEventRecord.pair_id == pair.id)
                    .order_by(PairEventRecord.id)
                )
            ]
            idps: list[IdpData] = []
            for mentee in summary.mentees:
                record = session.scalar(
                    sa.select(IdpRecord).where(
                        IdpRecord.program_id == pair.program_id,
                        IdpRecord.participant_id == mentee.id,
                    )
                )
                if record is None:
                    idps.append(
                        IdpData(
                            participant_id=mentee.id,
                            mentee_name=mentee.name,
                            **default_idp_period(pair),  # type: ignore[arg-type]
                        )
                    )
                    continue
                idp_goals = goals_data(
                    session,
                    list(
                        session.scalars(
                            sa.select(GoalRecord)
                            .where(GoalRecord.idp_id == record.id)
                            .order_by(GoalRecord.position, GoalRecord.id)
                        )
                    ),
                )
                idps.append(idp_data(record, mentee.name, tuple(idp_goals)))
            return PairDetail(
                summary=summary,
                program_name=program.name,
                cadence_days=program.cadence_days,
                explanation=tuple(e for e in (pair.explanation or []) if isinstance(e, dict)),
                rationale=pair.rationale,
                approved_by=pair.approved_by,
                pause_reason=pair.pause_reason,
                agreement=agreement,
                agreement_saved=saved,
                goals=tuple(goals),
                meetings=tuple(meetings),
                checkins=tuple(checkins),
                idps=tuple(idps),
                closures=tuple(closures),
                events=tuple(events),
                adherence=health.adherence,
                checkin_due=health.checkins,
                latest_rating=health.latest_rating,
                open_safety_concerns=health.open_safety_concerns,
            )
