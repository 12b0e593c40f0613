"""Start the next cycle from a program: the people who continue, not the pairs.

Participants are shared between programs, so their profile, screening (with its background check
expiry), trainings and guardians carry over by themselves; the rollover copies the memberships
(role, status, capacity) of the people the coordinator keeps, the must-not-pair exclusions
between them, and the program's settings. Ranked choices are per cycle and are not copied.
The old program stays for comparison and can be archived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision, ScreeningState
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.program import Program
from mentordesk.core.screening import screening_state
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    ExclusionRecord,
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.services.common import audit, lock_program
from mentordesk.services.files import backup_before
from mentordesk.services.programs import to_program

#: Who does not continue unless the coordinator says otherwise.
DEFAULT_EXCLUDED = (MemberStatus.WITHDRAWN,)
_SETTINGS = (
    "organization",
    "format",
    "objectives",
    "cadence_days",
    "meeting_minutes",
    "agreement_defaults",
    "matching_weights",
    "matching_options",
    "checkin_rules",
    "document_settings",
)


@dataclass(frozen=True)
class RolloverCandidate:
    participant_id: int
    name: str
    role: Role
    status: MemberStatus
    screening: ScreeningState | None  # None for mentees
    continues_by_default: bool


@dataclass(frozen=True)
class RolloverResult:
    program: Program
    copied: int
    skipped: int


def rollover_candidates(db: Database, program_id: int, today: dt.date) -> list[RolloverCandidate]:
    """The program's members with what the rollover dialog shows to choose who continues."""
    m, s = MembershipRecord, ScreeningRecord
    with db.read() as session:
        if session.get(ProgramRecord, program_id) is None:
            raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
        rows = session.execute(
            sa.select(
                m.participant_id,
                ParticipantRecord.full_name,
                m.role,
                m.status,
                s.decision,
                s.background_check_expiry,
            )
            .join(ParticipantRecord, ParticipantRecord.id == m.participant_id)
            .outerjoin(s, s.participant_id == m.participant_id)
            .where(m.program_id == program_id)
            .order_by(m.role, ParticipantRecord.full_name)
        ).all()
    out = []
    for pid, name, role, status, decision, expiry in rows:
        role, status = Role(role), MemberStatus(status)
        state = None
        if role is not Role.MENTEE:
            state = screening_state(
                ScreeningDecision(decision) if decision else None, expiry, today
            )
        out.append(
            RolloverCandidate(pid, name, role, status, state, status not in DEFAULT_EXCLUDED)
        )
    return out


def rollover(
    db: Database,
    program_id: int,
    new_name: str,
    *,
    participant_ids: Collection[int] | None = None,
    exclude_statuses: Collection[MemberStatus] = DEFAULT_EXCLUDED,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    archive_old: bool = False,
) -> tuple[RolloverResult, ChangeSet]:
    """Create `new_name` from `program_id` with the members who continue, in one transaction.

    `participant_ids` chooses the people explicitly; without it, everyone whose status is not in
    `exclude_statuses` continues. Dates default to the old cycle's moved on by one year.
    """
    new_name = new_name.strip()
    if not new_name:
        raise ValidationError(t("The new program needs a name"), {"name": t("required")})
    backup_before(db, "rollover")
    with db.begin() as session:
        # Two rollovers of one program at once: the second waits, then finds the name taken.
        old = lock_program(session, program_id)
        if session.scalar(sa.select(ProgramRecord.id).where(ProgramRecord.name == new_name)):
            raise ValidationError(
                t("A program named {new_name} already exists", new_name=repr(new_name)),
                {"name": t("already exists")},
            )
        start = start_date or _next_year(old.start_date)
        end = end_date or _next_year(old.end_date)
        if start and end and end < start:
            raise ValidationError(
                t("The end date is before the start date"), {"end_date": t("before the start date")}
            )
        members = session.scalars(
            sa.select(MembershipRecord).where(MembershipRecord.program_id == program_id)
        ).all()
        if participant_ids is not None:
            unknown = set(participant_ids) - {m.participant_id for m in members}
            if unknown:
                raise ValidationError(
                    t(
                        "Not members of {name}: {names}",
                        name=repr(old.name),
                        names=", ".join(map(str, sorted(unknown))),
                    ),
                    {"participants": t("not in the program")},
                )
            keep = [m for m in members if m.participant_id in set(participant_ids)]
        else:
            excluded = {MemberStatus(s) for s in exclude_statuses}
            keep = [m for m in members if MemberStatus(m.status) not in excluded]
        new = ProgramRecord(
            name=new_name,
            start_date=start,
            end_date=end,
            previous_program_id=old.id,
            **{key: _copy(getattr(old, key)) for key in _SETTINGS},
        )
        session.add(new)
        session.flush()
        session.add_all(
            MembershipRecord(
                program_id=new.id,
                participant_id=m.participant_id,
                role=m.role,
                status=m.status,
                capacity=m.capacity,
                joined_on=start,
                ranked_choices=[],
            )
            for m in keep
        )
        # Must-not-pair rules between people who both continue still hold next cycle.
        kept = {m.participant_id for m in keep}
        exclusions = session.scalars(
            sa.select(ExclusionRecord).where(ExclusionRecord.program_id == program_id)
        ).all()
        session.add_all(
            ExclusionRecord(
                program_id=new.id,
                participant_a_id=x.participant_a_id,
                participant_b_id=x.participant_b_id,
                reason=x.reason,
            )
            for x in exclusions
            if x.participant_a_id in kept and x.participant_b_id in kept
        )
        if archive_old:
            old.archived = True
        audit(
            session,
            "program.rollover",
            program_id=new.id,
            entity="program",
            entity_id=new.id,
            details={
                "from": old.name,
                "to": new_name,
                "continued": len(keep),
                "archived_old": archive_old,
            },
        )
        session.flush()
        result = RolloverResult(to_program(new), len(keep), len(members) - len(keep))
    changes = ChangeSet.of(Topic.PROGRAMS, Topic.PARTICIPANTS, program_id=result.program.id)
    return result, changes


def _next_year(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return dict(value)
    return value
