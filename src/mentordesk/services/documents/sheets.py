"""Gathering the pair status sheet and the roster (sensitive fields only when asked)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import MeetingStatus, PairStatus, Role
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.core.screening import screening_state
from mentordesk.db.models import (
    AgreementRecord,
    CheckInRecord,
    ClosureRecord,
    GuardianRecord,
    MeetingRecord,
    MembershipRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ScreeningRecord,
)
from mentordesk.documents.data import (
    CheckInLine,
    MeetingLine,
    PairSheetDoc,
    RosterDoc,
    RosterLine,
)
from mentordesk.services.documents.data import Members, display_name, goals_by


def pair_sheet(session: Session, pair: PairRecord) -> PairSheetDoc:
    members = Members(session, [pair.id])
    goals, _ = goals_by(session, pair_ids=[pair.id])
    meetings = session.scalars(
        sa.select(MeetingRecord)
        .where(MeetingRecord.pair_id == pair.id)
        .order_by(MeetingRecord.date)
    ).all()
    checkins = session.scalars(
        sa.select(CheckInRecord)
        .where(CheckInRecord.pair_id == pair.id)
        .order_by(CheckInRecord.date)
    ).all()
    agreement = session.scalar(sa.select(AgreementRecord).where(AgreementRecord.pair_id == pair.id))
    closure = session.scalar(
        sa.select(ClosureRecord)
        .where(ClosureRecord.pair_id == pair.id, ClosureRecord.reopened_on.is_(None))
        .order_by(ClosureRecord.date.desc())
    )
    held = [m for m in meetings if m.status == MeetingStatus.HELD]
    closure_text = ""
    if closure is not None:
        kind = "completed as planned" if closure.type == "completed" else "ended early"
        closure_text = f"{closure.date.isoformat()}, {kind}"
        if closure.reason_code:
            closure_text += f" ({closure.reason_code})"
    return PairSheetDoc(
        pair_id=pair.id,
        status=str(pair.status),
        mentors=members.names(members.mentors[pair.id]),
        mentees=members.names(members.mentees[pair.id]),
        start_date=pair.start_date,
        planned_end_date=pair.planned_end_date,
        agreement_status=str(agreement.status) if agreement else "none yet",
        meetings_held=len(held),
        hours=sum(m.duration_minutes for m in held) / 60,
        last_meeting=max((m.date for m in held), default=None),
        last_checkin=max((c.date for c in checkins), default=None),
        goals=tuple(goals[pair.id]),
        # Meeting notes and check-in notes are confidential: only topics and follow-ups print.
        meetings=tuple(
            MeetingLine(m.date, m.duration_minutes, m.format, str(m.status), m.topics)
            for m in meetings
        ),
        checkins=tuple(
            CheckInLine(
                c.date, str(c.party), str(c.method), c.rating, c.safety_concern, c.follow_up
            )
            for c in checkins
        ),
        closure=closure_text,
    )


def roster(
    session: Session,
    program_id: int,
    today: dt.date,
    *,
    include_sensitive: bool,
    limit: int | None = None,
) -> RosterDoc:
    """The roster's lines by name; only the first `limit` people when given (a quick preview)."""
    rows = session.execute(
        sa.select(ParticipantRecord, MembershipRecord.role, MembershipRecord.status)
        .join(MembershipRecord, MembershipRecord.participant_id == ParticipantRecord.id)
        .where(MembershipRecord.program_id == program_id)
        .order_by(ParticipantRecord.full_name)
        .limit(limit)
    ).all()
    ids = [p.id for p, _, _ in rows]
    screenings = {
        s.participant_id: s
        for s in session.scalars(
            sa.select(ScreeningRecord).where(ScreeningRecord.participant_id.in_(ids))
        )
    }
    partners: dict[int, list[str]] = defaultdict(list)
    live = (PairStatus.ACTIVE, PairStatus.PAUSED)
    me, other = sa.orm.aliased(PairMemberRecord), sa.orm.aliased(PairMemberRecord)
    for pid, name in session.execute(
        sa.select(me.participant_id, ParticipantRecord.full_name)
        .join(
            other, sa.and_(other.pair_id == me.pair_id, other.participant_id != me.participant_id)
        )
        .join(PairRecord, PairRecord.id == me.pair_id)
        .join(ParticipantRecord, ParticipantRecord.id == other.participant_id)
        .where(PairRecord.program_id == program_id, PairRecord.status.in_(live))
    ):
        partners[pid].append(name)
    guardians: dict[int, list[str]] = defaultdict(list)
    if include_sensitive:
        for g in session.scalars(
            sa.select(GuardianRecord).where(GuardianRecord.participant_id.in_(ids))
        ):
            contact = ", ".join(x for x in (g.phone, g.email) if x)
            guardians[g.participant_id].append(f"{g.name} ({contact})" if contact else g.name)
    lines = []
    for p, role, status in rows:
        screening = ""
        if role in (Role.MENTOR, Role.BOTH):
            s = screenings.get(p.id)
            screening = str(
                screening_state(
                    s.decision if s else None, s.background_check_expiry if s else None, today
                )
            )
        base = RosterLine(
            name=display_name(p.full_name, p.preferred_name),
            role=str(role),
            status=str(status),
            grade_or_unit=" / ".join(x for x in (p.grade, p.org_unit) if x),
            email=p.email or "",
            phone=p.phone,
            screening=screening,
            matched_with=", ".join(partners[p.id]),
        )
        if include_sensitive:
            base = RosterLine(
                **{
                    **base.__dict__,
                    "gender": p.gender,
                    "pronouns": p.pronouns,
                    "identity_preferences": p.identity_preferences,
                    "guardian_contact": "; ".join(guardians[p.id]),
                    "notes": p.notes,
                }
            )
        lines.append(base)
    total = None
    if limit is not None:
        total = session.scalar(
            sa.select(sa.func.count())
            .select_from(MembershipRecord)
            .where(MembershipRecord.program_id == program_id)
        )
    return RosterDoc(tuple(lines), include_sensitive=include_sensitive, total=total)


def require_pair(session: Session, pair_id: int) -> PairRecord:
    pair = session.get(PairRecord, pair_id)
    if pair is None:
        raise NotFoundError(t("No pair with id {pair_id}", pair_id=pair_id))
    return pair
