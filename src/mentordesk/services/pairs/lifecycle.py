"""Status changes of a pair: activate, pause, resume, close, reopen — and undoing the last one.

The rule of which changes are allowed is `core.lifecycle`; this module applies it inside one
transaction, writes the status history (pair_events), the closure row and the audit log.
Closing frees the mentor's capacity because `pair_store.live_pair_counts` only counts
active and paused pairs.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import ClosureType, PairStatus, Role
from mentordesk.core.errors import RuleError, ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.lifecycle import PairAction, check_transition
from mentordesk.db.models import (
    ClosureRecord,
    MembershipRecord,
    PairEventRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.services.common import audit
from mentordesk.services.pairs.base import PairServiceBase, closure_data, load_pair, pair_changes
from mentordesk.services.pairs.records import ClosureData, PairEvent
from mentordesk.services.pairs.store import live_pair_counts

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
    PairAction.ACTIVATE: "activated",
    PairAction.RESUME: "resumed",
    PairAction.REOPEN: "reopened",
    PairAction.PAUSE: "paused",
}


class LifecycleService(PairServiceBase):
    def activate(
        self, pair_id: int, reason: str = "", date: dt.date | None = None
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.ACTIVATE)

    def pause(
        self, pair_id: int, reason: str, date: dt.date | None = None
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.PAUSED, reason, date, PairAction.PAUSE)

    def resume(
        self, pair_id: int, reason: str, date: dt.date | None = None
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.RESUME)

    def reopen(
        self, pair_id: int, reason: str, date: dt.date | None = None
    ) -> tuple[PairEvent, ChangeSet]:
        return self._change(pair_id, PairStatus.ACTIVE, reason, date, PairAction.REOPEN)

    def close(self, pair_id: int, closure: ClosureData) -> tuple[PairEvent, ChangeSet]:
        """Close with date, type, who initiated, reason code, exit feedback, rematch decision."""
        if not isinstance(closure.date, dt.date):
            raise ValidationError("The closure needs a date", {"date": "required"})
        if not closure.reason_code.strip():
            raise ValidationError("Give a reason code for the closure", {"reason_code": "required"})
        refuse_future(closure.date, self.today, "The closure")
        ClosureType(closure.type)
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            if pair.start_date and closure.date < pair.start_date:
                raise ValidationError(
                    "The closure date is before the pair started", {"date": "before the start"}
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
                raise RuleError("This status change is no longer the pair's latest; not undone")
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
    ) -> tuple[PairEvent, ChangeSet]:
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            source = _SOURCE.get(expected)
            if source is not None and pair.status is not source:
                raise RuleError(
                    f"Only a {source.value} pair can be {_DONE[expected]} "
                    f"(this one is {pair.status.value})"
                )
            action = check_transition(pair.status, target, reason)
            when = date or self.today
            if action is not PairAction.ACTIVATE:  # a start may be planned; the others happened
                refuse_future(when, self.today, f"The {action.value}")
            if action in (PairAction.ACTIVATE, PairAction.REOPEN, PairAction.RESUME):
                _check_capacity(session, pair)
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


def _check_capacity(session: Session, pair: PairRecord) -> None:
    """Refuse to (re)start a pair whose mentor is already at capacity elsewhere."""
    mentors = [m.participant_id for m in pair.members if m.role is Role.MENTOR]
    if not mentors:
        return
    counts = live_pair_counts(session, pair.program_id, Role.MENTOR)
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
    for pid, capacity, name in rows:
        live = counts.get(pid, 0) - (
            1 if pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED) else 0
        )
        if capacity and live >= capacity:
            raise RuleError(
                f"{name} already mentors {live} pair(s), their capacity is {capacity}; "
                "raise the capacity in the roster or close another pair first"
            )
