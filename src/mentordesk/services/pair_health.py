"""Health of a whole program's pairs in a handful of queries (no query per pair).

Stable API (used by the pairs view, the CLI and the reports):

    at_risk_pairs(session: Session, program_id: int, today: datetime.date) -> list[PairHealth]
        The program's active/paused pairs that are at risk, ordered by pair id. Each
        `PairHealth` (core.health) carries `.pair_id`, `.status`, `.reasons` (tuple of plain
        sentences), `.last_meeting`, `.next_checkin_due`, `.adherence` (held/expected/minutes)
        and `.checkins` (next due dates and overdue flags).

    program_health(session, program_id, today, *, pair_ids=None) -> dict[int, PairHealth]
        The same evaluation for every pair of the program (or only `pair_ids`).

Both take an open session (inside the caller's transaction or a read session) and run six
queries whatever the number of pairs. The rule itself lives in `core.health` and
`core.cadence`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import MeetingStatus, PairStatus, Party, Role
from mentordesk.core.errors import NotFoundError
from mentordesk.core.health import CheckinFact, PairFacts, PairHealth, evaluate
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GuardianRecord,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)

__all__ = ["PairHealth", "at_risk_pairs", "is_minor", "program_health"]

ADULT_AGE = 18


def is_minor(date_of_birth: dt.date | None, today: dt.date) -> bool:
    if date_of_birth is None:
        return False
    years = today.year - date_of_birth.year
    if (today.month, today.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years < ADULT_AGE


def program_health(
    session: Session,
    program_id: int,
    today: dt.date,
    *,
    pair_ids: Collection[int] | None = None,
) -> dict[int, PairHealth]:
    """pair id → PairHealth for the program's pairs (all, or those in `pair_ids`)."""
    program = session.get(ProgramRecord, program_id)
    if program is None:
        raise NotFoundError(f"No program with id {program_id}")
    rules = CheckinRules.from_json(program.checkin_rules)

    pair_query = sa.select(PairRecord.id, PairRecord.status, PairRecord.start_date).where(
        PairRecord.program_id == program_id
    )
    if pair_ids is not None:
        pair_query = pair_query.where(PairRecord.id.in_(list(pair_ids)))
    pairs = session.execute(pair_query).all()
    if not pairs:
        return {}
    in_scope = PairRecord.program_id == program_id
    wanted = {p.id for p in pairs}

    meetings: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for pair_id, date, minutes in session.execute(
        sa.select(MeetingRecord.pair_id, MeetingRecord.date, MeetingRecord.duration_minutes)
        .join(PairRecord, PairRecord.id == MeetingRecord.pair_id)
        .where(in_scope, MeetingRecord.status == MeetingStatus.HELD)
    ):
        if pair_id in wanted:
            meetings[pair_id].append((date, minutes or 0))

    checkins: dict[int, list[CheckinFact]] = defaultdict(list)
    for row in session.execute(
        sa.select(
            CheckInRecord.pair_id,
            CheckInRecord.date,
            CheckInRecord.party,
            CheckInRecord.rating,
            CheckInRecord.safety_concern,
            CheckInRecord.safety_resolved_on,
        )
        .join(PairRecord, PairRecord.id == CheckInRecord.pair_id)
        .where(in_scope)
    ):
        if row.pair_id in wanted:
            checkins[row.pair_id].append(
                CheckinFact(
                    row.date,
                    Party(row.party),
                    row.rating,
                    bool(row.safety_concern),
                    row.safety_resolved_on,
                )
            )

    has_guardian = _pairs_with_minor_mentee(session, program_id, today)
    closed_on: dict[int, dt.date] = {}
    for pair_id, date in session.execute(
        sa.select(ClosureRecord.pair_id, sa.func.max(ClosureRecord.date))
        .join(PairRecord, PairRecord.id == ClosureRecord.pair_id)
        .where(in_scope, ClosureRecord.reopened_on.is_(None))
        .group_by(ClosureRecord.pair_id)
    ):
        closed_on[pair_id] = date

    cadence = program.cadence_days or 14
    result: dict[int, PairHealth] = {}
    for pair in pairs:
        status = PairStatus(pair.status)
        facts = PairFacts(
            pair_id=pair.id,
            status=status,
            start_date=pair.start_date,
            meetings=tuple(meetings.get(pair.id, ())),
            checkins=tuple(checkins.get(pair.id, ())),
            has_guardian=pair.id in has_guardian,
            closed_on=closed_on.get(pair.id) if status is PairStatus.CLOSED else None,
        )
        result[pair.id] = evaluate(facts, cadence_days=cadence, rules=rules, today=today)
    return result


def at_risk_pairs(session: Session, program_id: int, today: dt.date) -> list[PairHealth]:
    """The program's live pairs that are at risk on `today`, with their reasons."""
    health = program_health(session, program_id, today)
    return [h for _, h in sorted(health.items()) if h.at_risk]


def _pairs_with_minor_mentee(session: Session, program_id: int, today: dt.date) -> set[int]:
    """Pairs whose mentee is a minor (by date of birth) or has a guardian on file."""
    guardian_exists = (
        sa.select(GuardianRecord.id)
        .where(GuardianRecord.participant_id == ParticipantRecord.id)
        .exists()
    )
    rows = session.execute(
        sa.select(PairMemberRecord.pair_id, ParticipantRecord.date_of_birth, guardian_exists)
        .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
        .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
        .where(PairRecord.program_id == program_id, PairMemberRecord.role == Role.MENTEE)
    )
    return {pair_id for pair_id, dob, guarded in rows if guarded or is_minor(dob, today)}
