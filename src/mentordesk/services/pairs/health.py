"""Health of a whole program's pairs in a handful of queries (no query per pair).

Stable API (used by the pairs view, the CLI and the reports):

    at_risk_pairs(session: Session, program_id: int, today: datetime.date) -> list[PairHealth]
        The program's active/paused pairs that are at risk, ordered by pair id. Each
        `PairHealth` (core.health) carries `.pair_id`, `.status`, `.reasons` (tuple of plain
        sentences), `.last_meeting`, `.next_checkin_due`, `.adherence` (held/expected/minutes)
        and `.checkins` (next due dates and overdue flags).

    program_health(session, program_id, today, *, pair_ids=None) -> dict[int, PairHealth]
        The same evaluation for every pair of the program (or only `pair_ids`).

Both are "as of `today`": they read only what had happened by that day — the pair's status
from its status history (`pair_events` dated on or before it; a pair with none yet is still
proposed), held meetings, check-ins, ratings and safety concerns dated on or before it, a
closure dated on or before it and not reopened by then, and each mentor's clearance on it.

Both take an open session (inside the caller's transaction or a read session) and run four
queries whatever the number of pairs. The database does the per-pair aggregation (meeting
count, minutes, first/last held meeting, latest check-ins, open safety concerns, closure date)
with one grouped aggregate per table joined to the pairs (`_pair_query`), so only one small
row per pair reaches Python; the rule itself lives in `core.health` (`evaluate_summary`) and
`core.cadence`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import MeetingStatus, PairStatus, Party, Role, ScreeningDecision
from mentordesk.core.errors import NotFoundError
from mentordesk.core.health import PairHealth, PairSummary, evaluate_summary
from mentordesk.core.i18n import t
from mentordesk.core.screening import clearance_risk_reason
from mentordesk.core.sharing import shared
from mentordesk.db.minors import minors_on
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    GuardianRecord,
    MeetingRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)

__all__ = ["PairHealth", "at_risk_pairs", "program_health"]


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
        raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
    rules = CheckinRules.from_json(program.checkin_rules)

    pair_query = _pair_query(program_id, today, pair_ids)
    # Only the pairs asked for: opening one pair reads its own mentors, not the program's.
    has_guardian = _pairs_with_minor_mentee(session, program_id, today, pair_ids)
    screening = mentor_clearance(session, program_id, today, pair_ids)
    cadence = program.cadence_days or 14
    result: dict[int, PairHealth] = {}
    for row in shared(session.execute(pair_query)):  # a worker lets the window in
        # No status event by `today`: the pair had not started yet (still a proposal then).
        status = PairStatus(row.status) if row.status else PairStatus.PROPOSED
        problems, expiry = screening.get(row.id, ((), None))
        facts = PairSummary(
            pair_id=row.id,
            status=status,
            start_date=row.start_date,
            held=row.held or 0,
            minutes=row.minutes or 0,
            first_meeting=row.first_meeting,
            last_meeting=row.last_meeting,
            last_pair_checkin=row.last_pair_checkin,
            last_guardian_checkin=row.last_guardian_checkin,
            latest_rating=row.latest_rating,
            open_safety_concerns=row.open_safety_concerns or 0,
            has_guardian=row.id in has_guardian,
            closed_on=row.closed_on if status is PairStatus.CLOSED else None,
            mentor_screening=problems,
            mentor_check_expiry=expiry,
        )
        result[row.id] = evaluate_summary(facts, cadence_days=cadence, rules=rules, today=today)
    return result


def at_risk_pairs(session: Session, program_id: int, today: dt.date) -> list[PairHealth]:
    """The program's live pairs that are at risk on `today`, with their reasons."""
    health = program_health(session, program_id, today)
    return [h for _, h in sorted(health.items()) if h.at_risk]


def status_as_of(today: dt.date) -> sa.ScalarSelect[Any]:
    """The pair's status on `today` from its history (NULL when it has no event by then)."""
    e = PairEventRecord
    return (
        sa.select(e.to_status)
        .where(e.pair_id == PairRecord.id, e.date <= today)
        .order_by(e.date.desc(), e.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def closed_as_of(today: dt.date) -> sa.ColumnElement[bool]:
    """A closure row in effect on `today`: dated by then and not reopened by then."""
    cl = ClosureRecord
    return sa.and_(cl.date <= today, sa.or_(cl.reopened_on.is_(None), cl.reopened_on > today))


def _pair_query(
    program_id: int, today: dt.date, pair_ids: Collection[int] | None
) -> sa.Select[Any]:
    """One row per pair with the columns of `PairSummary`.

    Each table is aggregated once, grouped by pair (held meetings; check-ins; closures), and
    joined to the pairs: one pass over each table whatever the number of pairs. (Before, each
    column was a subquery correlated to the pair: eleven index probes per pair, which SQLite
    answers quickly and PostgreSQL at about twice SQLite's time.) The pair's status on `today`
    and its latest rating stay correlated: each is one row picked by an ordering, one index
    probe per pair.
    """
    ids = None if pair_ids is None else list(pair_ids)

    def grouped(*columns: Any, pair: Any, where: sa.ColumnElement[bool], name: str) -> sa.Subquery:
        query = (
            sa.select(pair.label("pair_id"), *columns)
            .join(PairRecord, PairRecord.id == pair)
            .where(PairRecord.program_id == program_id, where)
        )
        if ids is not None:
            query = query.where(pair.in_(ids))
        return query.group_by(pair).subquery(name)

    m, c, cl = MeetingRecord, CheckInRecord, ClosureRecord
    meetings = grouped(
        sa.func.count(m.id).label("held"),
        sa.func.sum(m.duration_minutes).label("minutes"),
        sa.func.min(m.date).label("first_meeting"),
        sa.func.max(m.date).label("last_meeting"),
        pair=m.pair_id,
        where=sa.and_(m.status == MeetingStatus.HELD, m.date <= today),
        name="held_meetings",
    )
    open_concern = sa.and_(
        c.safety_concern.is_(True),
        sa.or_(c.safety_resolved_on.is_(None), c.safety_resolved_on > today),
    )
    checkins = grouped(
        sa.func.max(sa.case((c.party != Party.GUARDIAN, c.date))).label("last_pair_checkin"),
        sa.func.max(sa.case((c.party == Party.GUARDIAN, c.date))).label("last_guardian_checkin"),
        sa.func.count(sa.case((open_concern, c.id))).label("open_safety_concerns"),
        pair=c.pair_id,
        where=c.date <= today,
        name="checkins_by_pair",
    )
    closures = grouped(
        sa.func.max(cl.date).label("closed_on"),
        pair=cl.pair_id,
        where=closed_as_of(today),
        name="closures_by_pair",
    )
    rating = (
        sa.select(c.rating)
        .where(c.pair_id == PairRecord.id, c.date <= today, c.rating.is_not(None))
        # The latest date's; on one date the one entered last (core.health.latest_rating).
        .order_by(c.date.desc(), c.created_at.desc(), c.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("latest_rating")
    )
    query = (
        sa.select(
            PairRecord.id,
            status_as_of(today).label("status"),
            PairRecord.start_date.label("start_date"),
            meetings.c.held,
            meetings.c.minutes,
            meetings.c.first_meeting,
            meetings.c.last_meeting,
            checkins.c.last_pair_checkin,
            checkins.c.last_guardian_checkin,
            rating,
            checkins.c.open_safety_concerns,
            closures.c.closed_on,
        )
        .select_from(PairRecord)
        .outerjoin(meetings, meetings.c.pair_id == PairRecord.id)
        .outerjoin(checkins, checkins.c.pair_id == PairRecord.id)
        .outerjoin(closures, closures.c.pair_id == PairRecord.id)
        .where(PairRecord.program_id == program_id)
    )
    if ids is not None:
        query = query.where(PairRecord.id.in_(ids))
    return query


def mentor_clearance(
    session: Session,
    program_id: int,
    today: dt.date,
    pair_ids: Collection[int] | None = None,
) -> dict[int, tuple[tuple[str, ...], dt.date | None]]:
    """pair id → (why its mentors are not cleared on `today`, earliest check expiry), for
    the program's pairs (all, or those in `pair_ids`)."""
    pm, p, s = PairMemberRecord, ParticipantRecord, ScreeningRecord
    query = (
        sa.select(pm.pair_id, p.full_name, s.decision, s.background_check_expiry)
        .join(PairRecord, PairRecord.id == pm.pair_id)
        .join(p, p.id == pm.participant_id)
        .outerjoin(s, s.participant_id == pm.participant_id)
        .where(PairRecord.program_id == program_id, pm.role == Role.MENTOR)
        .order_by(pm.pair_id, p.full_name)
    )
    if pair_ids is not None:
        query = query.where(pm.pair_id.in_(list(pair_ids)))
    rows = session.execute(query)
    result: dict[int, tuple[tuple[str, ...], dt.date | None]] = {}
    for pair_id, name, decision, expiry in rows:
        problems, earliest = result.get(pair_id, ((), None))
        problem = clearance_risk_reason(
            ScreeningDecision(decision) if decision else None, expiry, today, name
        )
        if problem:
            problems = (*problems, problem)
        if expiry is not None and (earliest is None or expiry < earliest):
            earliest = expiry
        result[pair_id] = (problems, earliest)
    return result


def _pairs_with_minor_mentee(
    session: Session,
    program_id: int,
    today: dt.date,
    pair_ids: Collection[int] | None = None,
) -> set[int]:
    """Pairs (all the program's, or those in `pair_ids`) whose mentee was a minor on `today`
    or has a guardian on file.

    Minors come from `db.minors.minors_on`, so a district viewer, who may not read dates of
    birth, gets the same answer from the server."""
    guardian_exists = (
        sa.select(GuardianRecord.id)
        .where(GuardianRecord.participant_id == PairMemberRecord.participant_id)
        .exists()
    )
    of_program = sa.and_(
        PairRecord.id == PairMemberRecord.pair_id,
        PairRecord.program_id == program_id,
        PairMemberRecord.role == Role.MENTEE,
        PairRecord.id.in_(list(pair_ids)) if pair_ids is not None else sa.true(),
    )
    rows = session.execute(
        sa.select(PairMemberRecord.pair_id, PairMemberRecord.participant_id, guardian_exists).join(
            PairRecord, of_program
        )
    ).all()
    mentees = sa.select(PairMemberRecord.participant_id).join(PairRecord, of_program)
    minors = minors_on(session, mentees, today) if rows else set()
    return {pair_id for pair_id, person, guarded in rows if guarded or person in minors}
