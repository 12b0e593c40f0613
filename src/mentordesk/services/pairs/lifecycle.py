"""Status changes of a pair: activate, pause, resume, close, reopen — and undoing the last one.

The rule of which changes are allowed is `core.lifecycle`; this module applies it inside one
transaction, writes the status history (pair_events), the closure row and the audit log.
Closing frees the mentor's places because `store.live_mentee_counts` only counts
active and paused pairs.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import ClosureType, MemberStatus, PairStatus, Role, value_word
from mentordesk.core.errors import RuleError, ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import N_, _, nt, t
from mentordesk.core.lifecycle import PairAction, check_transition
from mentordesk.core.screening import clearance_problem
from mentordesk.db.models import (
    ClosureRecord,
    MembershipRecord,
    PairEventRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.matching.criteria import resolve_options
from mentordesk.services.common import audit, lock_program, lost_race
from mentordesk.services.pairs.base import PairServiceBase, closure_data, load_pair, pair_changes
from mentordesk.services.pairs.records import ClosureData, PairEvent
from mentordesk.services.pairs.store import live_mentee_counts

#: Reason codes offered when closing (free text is accepted too).
CLOSURE_REASONS = (
    "goals met",
    "program ended",
    "schedule conflict",
    "moved away",
    "lost contact",
    "mismatch",
    "mentor withdrew",
    "mentee withdrew",
    "safety concern",
    "other",
)

REMATCH_CHOICES = ("no rematch", "rematch mentee", "rematch mentor", "rematch both", "undecided")


_SOURCE = {
    PairAction.ACTIVATE: PairStatus.PROPOSED,
    PairAction.RESUME: PairStatus.PAUSED,
    PairAction.REOPEN: PairStatus.CLOSED,
}
_DONE = {
    PairAction.ACTIVATE: N_("activated"),
    PairAction.RESUME: N_("resumed"),
    PairAction.REOPEN: N_("reopened"),
    PairAction.PAUSE: N_("paused"),
}

#: What a dated status change is called in "… cannot be dated in the future".
_DATED = {
    PairAction.ACTIVATE: N_("The activation"),
    PairAction.PAUSE: N_("The pause"),
    PairAction.RESUME: N_("The resumption"),
    PairAction.CLOSE: N_("The closure"),
    PairAction.REOPEN: N_("The reopening"),
}
_REFUSED = {
    PairAction.ACTIVATE: N_(
        "Cannot activate the pair: {problems}. Record an override reason to go ahead anyway"
    ),
    PairAction.RESUME: N_(
        "Cannot resume the pair: {problems}. Record an override reason to go ahead anyway"
    ),
    PairAction.REOPEN: N_(
        "Cannot reopen the pair: {problems}. Record an override reason to go ahead anyway"
    ),
    PairAction.PAUSE: N_(
        "Cannot pause the pair: {problems}. Record an override reason to go ahead anyway"
    ),
    PairAction.CLOSE: N_(
        "Cannot close the pair: {problems}. Record an override reason to go ahead anyway"
    ),
}


class ScreeningRefused(RuleError):
    """A pair may not (re)start: a mentor is not cleared or someone has withdrawn.

    `problems` names each person and why; the coordinator may go ahead only by giving an
    override reason, which is kept in the audit log.
    """

    def __init__(self, action: PairAction, problems: tuple[str, ...]) -> None:
        self.action = action
        self.problems = problems
        super().__init__(t(_REFUSED[action], problems="; ".join(problems)))


class LifecycleService(PairServiceBase):
    def activate(
        self, pair_id: int, reason: str = "", date: dt.date | None = None, override: str = ""
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.ACTIVATE, override)

    def pause(
        self, pair_id: int, reason: str, date: dt.date | None = None
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.PAUSED, reason, date, PairAction.PAUSE)

    def resume(
        self, pair_id: int, reason: str, date: dt.date | None = None, override: str = ""
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.RESUME, override)

    def reopen(
        self, pair_id: int, reason: str, date: dt.date | None = None, override: str = ""
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.REOPEN, override)

    def start_problems(self, pair_id: int) -> tuple[str, ...]:
        """Why the pair should not be (re)started today ('' problems: it may)."""
        with self.db.read() as session:
            return start_problems(session, load_pair(session, pair_id), self.today)

    def close(self, pair_id: int, closure: ClosureData) -> tuple[PairEvent, ChangeSet]:
        """Close with date, type, who initiated, reason code, exit feedback, rematch decision."""
        if not isinstance(closure.date, dt.date):
            raise ValidationError(t("The closure needs a date"), {"date": t("required")})
        if not closure.reason_code.strip():
            raise ValidationError(
                t("Give a reason code for the closure"), {"reason_code": t("required")}
            )
        refuse_future(closure.date, self.today, t("The closure"))
        ClosureType(closure.type)
        with lost_race(t("The pair")), self.db.begin() as session:
            pair = load_pair(session, pair_id, lock=True)
            if pair.start_date and closure.date < pair.start_date:
                raise ValidationError(
                    t("The closure date is before the pair started"),
                    {"date": t("before the start")},
                )
            label = "completed" if closure.type is ClosureType.COMPLETED else "ended early"
            event = self._apply(
                session, pair, PairStatus.CLOSED, f"{label}: {closure.reason_code}", closure.date
            )
            record = ClosureRecord(
                pair_id=pair.id,
                date=closure.date,
                type=closure.type,
                initiated_by=closure.initiated_by.strip(),
                reason_code=closure.reason_code.strip(),
                mentor_feedback=closure.mentor_feedback,
                mentee_feedback=closure.mentee_feedback,
                rematch=closure.rematch,
            )
            session.add(record)
            session.flush()
            audit(
                session,
                "pair.close",
                program_id=pair.program_id,
                entity="pair",
                entity_id=pair.id,
                details={"type": closure.type.value, "reason_code": closure.reason_code},
                reason=closure.reason_code,
            )
            return _event(event), pair_changes(pair, Topic.PAIRS, Topic.PARTICIPANTS)

    def undo_transition(self, pair_id: int, event_id: int) -> ChangeSet:
        """Take back the pair's latest status change (the one with `event_id`), exactly."""
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            latest = session.scalar(
                sa.select(PairEventRecord)
                .where(PairEventRecord.pair_id == pair_id)
                .order_by(PairEventRecord.id.desc())
                .limit(1)
            )
            if latest is None or latest.id != event_id or latest.from_status is None:
                raise RuleError(t("This status change is no longer the pair's latest; not undone"))
            closure = session.scalar(
                sa.select(ClosureRecord)
                .where(ClosureRecord.pair_id == pair_id)
                .order_by(ClosureRecord.id.desc())
                .limit(1)
            )
            if latest.to_status is PairStatus.CLOSED and closure is not None:
                session.delete(closure)
            elif latest.from_status is PairStatus.CLOSED and closure is not None:
                closure.reopened_on = None
            pair.status = PairStatus(latest.from_status)
            session.delete(latest)
            session.flush()
            pair.pause_reason = ""
            if pair.status is PairStatus.PAUSED:
                pause = session.scalar(
                    sa.select(PairEventRecord.reason)
                    .where(
                        PairEventRecord.pair_id == pair_id,
                        PairEventRecord.to_status == PairStatus.PAUSED,
                    )
                    .order_by(PairEventRecord.id.desc())
                    .limit(1)
                )
                pair.pause_reason = pause or ""
            audit(
                session,
                "pair.undo_status",
                program_id=pair.program_id,
                entity="pair",
                entity_id=pair.id,
                details={"restored": pair.status.value},
            )
            return pair_changes(pair, Topic.PAIRS, Topic.PARTICIPANTS)

    def closure_for(self, pair_id: int) -> ClosureData | None:
        with self.db.read() as session:
            record = session.scalar(
                sa.select(ClosureRecord)
                .where(ClosureRecord.pair_id == pair_id, ClosureRecord.reopened_on.is_(None))
                .order_by(ClosureRecord.id.desc())
                .limit(1)
            )
            return closure_data(record) if record else None

    # --- internals ----------------------------------------------------------------------

    def _change(
        self,
        pair_id: int,
        target: PairStatus,
        reason: str,
        date: dt.date | None,
        expected: PairAction,
        override: str = "",
    ) -> tuple[PairEvent, ChangeSet]:
        with lost_race(t("The pair")), self.db.begin() as session:
            program_id = session.scalar(
                sa.select(PairRecord.program_id).where(PairRecord.id == pair_id)
            )
            if program_id is not None:  # program first, then pair: the order approval uses
                lock_program(session, program_id)
            pair = load_pair(session, pair_id, lock=True)
            source = _SOURCE.get(expected)
            if source is not None and pair.status is not source:
                raise RuleError(
                    t(
                        "Only a {status} pair can be {done} (this one is {current})",
                        status=value_word(source.value),
                        done=_(_DONE[expected]),
                        current=value_word(pair.status.value),
                    )
                )
            action = check_transition(pair.status, target, reason)
            when = date or self.today
            if action is not PairAction.ACTIVATE:  # a start may be planned; the others happened
                refuse_future(when, self.today, _(_DATED[action]))
            problems: tuple[str, ...] = ()
            if action in (PairAction.ACTIVATE, PairAction.REOPEN, PairAction.RESUME):
                _check_capacity(session, pair)
                problems = start_problems(session, pair, self.today)
                if problems and not override.strip():
                    raise ScreeningRefused(action, problems)
            event = self._apply(session, pair, target, reason, when)
            if action is PairAction.REOPEN:
                closure = session.scalar(
                    sa.select(ClosureRecord)
                    .where(ClosureRecord.pair_id == pair.id, ClosureRecord.reopened_on.is_(None))
                    .order_by(ClosureRecord.id.desc())
                    .limit(1)
                )
                if closure is not None:
                    closure.reopened_on = when
            if action is PairAction.ACTIVATE and pair.start_date is None:
                pair.start_date = when
            audit(
                session,
                f"pair.{action.value}",
                program_id=pair.program_id,
                entity="pair",
                entity_id=pair.id,
                reason=reason,
            )
            if problems:
                audit(
                    session,
                    "pair.screening_override",
                    program_id=pair.program_id,
                    entity="pair",
                    entity_id=pair.id,
                    details={"action": action.value, "problems": list(problems)},
                    reason=override.strip(),
                )
            return _event(event), pair_changes(pair, Topic.PAIRS, Topic.PARTICIPANTS)

    def _apply(
        self, session: Session, pair: PairRecord, target: PairStatus, reason: str, when: dt.date
    ) -> PairEventRecord:
        check_transition(pair.status, target, reason)
        event = PairEventRecord(
            pair_id=pair.id, date=when, from_status=pair.status, to_status=target, reason=reason
        )
        session.add(event)
        pair.status = target
        pair.pause_reason = reason if target is PairStatus.PAUSED else ""
        session.flush()
        return event


def _event(e: PairEventRecord) -> PairEvent:
    return PairEvent(
        e.id,
        e.date,
        PairStatus(e.from_status) if e.from_status else None,
        PairStatus(e.to_status),
        e.reason,
    )


def start_problems(session: Session, pair: PairRecord, today: dt.date) -> tuple[str, ...]:
    """ "Name: why" for each mentor not cleared today (`core.screening.clearance_problem`,
    when the program requires screening) and each member who has withdrawn."""
    program = session.get(ProgramRecord, pair.program_id)
    assert program is not None
    required = resolve_options(program.format, program.matching_options or {}).require_screening
    ids = [m.participant_id for m in pair.members]
    rows = session.execute(
        sa.select(
            ParticipantRecord.id,
            ParticipantRecord.full_name,
            MembershipRecord.status,
            ScreeningRecord.decision,
            ScreeningRecord.background_check_expiry,
        )
        .outerjoin(
            MembershipRecord,
            (MembershipRecord.participant_id == ParticipantRecord.id)
            & (MembershipRecord.program_id == pair.program_id),
        )
        .outerjoin(ScreeningRecord, ScreeningRecord.participant_id == ParticipantRecord.id)
        .where(ParticipantRecord.id.in_(ids))
    )
    found = {pid: (name, status, decision, expiry) for pid, name, status, decision, expiry in rows}
    problems: list[str] = []
    for member in sorted(pair.members, key=lambda m: (m.role is not Role.MENTOR, m.id)):
        if member.participant_id not in found:
            continue
        name, status, decision, expiry = found[member.participant_id]
        if status is not None and MemberStatus(status) is MemberStatus.WITHDRAWN:
            problems.append(t("{name} has withdrawn", name=name))
        elif member.role is Role.MENTOR and required:
            why = clearance_problem(decision, expiry, today)
            if why:
                problems.append(t("{name}: {problem}", name=name, problem=_(why)))
    return tuple(problems)


def _check_capacity(session: Session, pair: PairRecord) -> None:
    """Refuse to (re)start a pair whose mentor has no place left elsewhere.

    Places are counted in people (`core/capacity.py`): a circle of four uses four places.
    """
    mentors = [m.participant_id for m in pair.members if m.role is Role.MENTOR]
    if not mentors:
        return
    own = {m.participant_id for m in pair.members if m.role is Role.MENTEE}
    counts = live_mentee_counts(session, pair.program_id)
    rows = session.execute(
        sa.select(
            MembershipRecord.participant_id, MembershipRecord.capacity, ParticipantRecord.full_name
        )
        .join(ParticipantRecord, ParticipantRecord.id == MembershipRecord.participant_id)
        .where(
            MembershipRecord.program_id == pair.program_id,
            MembershipRecord.participant_id.in_(mentors),
        )
    )
    live_now = pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)
    for pid, capacity, name in rows:
        held = counts.get(pid, 0) - (len(own) if live_now else 0)
        if capacity and held + len(own) > capacity:
            raise RuleError(
                nt(
                    "{name} already mentors {n} mentee, their capacity is {capacity}; "
                    "raise the capacity in the roster or close another pair first",
                    "{name} already mentors {n} mentees, their capacity is {capacity}; "
                    "raise the capacity in the roster or close another pair first",
                    held,
                    name=name,
                    capacity=capacity,
                )
            )
