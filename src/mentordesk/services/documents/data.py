"""Gathering the plain data each document prints, a handful of queries for any number of pairs.

Every function takes an open session and returns the frozen dataclasses of documents.data; the
DocumentService (services.documents) owns the transaction and the rendering.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.enums import ClosureType, PairStatus, Role
from mentordesk.core.participant import is_minor
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    GuardianRecord,
    IdpRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.documents.data import (
    AgreementDoc,
    CertificateDoc,
    Goal,
    IdpDoc,
    Progress,
    Step,
)


def display_name(full_name: str, preferred: str) -> str:
    return f"{full_name} ({preferred})" if preferred and preferred != full_name else full_name


class Members:
    """Who is in which pair, with names, birth dates and guardians (three queries)."""

    def __init__(self, session: Session, pair_ids: Collection[int]) -> None:
        rows = session.execute(
            sa.select(
                PairMemberRecord.pair_id,
                PairMemberRecord.role,
                ParticipantRecord.id,
                ParticipantRecord.full_name,
                ParticipantRecord.preferred_name,
                ParticipantRecord.date_of_birth,
                ParticipantRecord.document_language,
            )
            .join(ParticipantRecord, ParticipantRecord.id == PairMemberRecord.participant_id)
            .where(PairMemberRecord.pair_id.in_(list(pair_ids)))
            .order_by(PairMemberRecord.pair_id, ParticipantRecord.full_name)
        ).all()
        self.mentors: dict[int, list[int]] = defaultdict(list)
        self.mentees: dict[int, list[int]] = defaultdict(list)
        self.name: dict[int, str] = {}
        self.birth: dict[int, dt.date | None] = {}
        self.language: dict[int, str] = {}
        for pair_id, role, pid, full, preferred, born, language in rows:
            (self.mentors if role == Role.MENTOR else self.mentees)[pair_id].append(pid)
            self.name[pid] = display_name(full, preferred)
            self.birth[pid] = born
            self.language[pid] = language or ""
        self.guardians: dict[int, list[str]] = defaultdict(list)
        for pid, gname in session.execute(
            sa.select(GuardianRecord.participant_id, GuardianRecord.name)
            .where(GuardianRecord.participant_id.in_(list(self.name)))
            .order_by(GuardianRecord.id)
        ):
            self.guardians[pid].append(gname)

    def language_of(self, ids: Sequence[int]) -> str:
        """The first document language set among these people ("" when none is)."""
        return next((self.language[i] for i in ids if self.language.get(i)), "")

    def names(self, ids: Sequence[int]) -> tuple[str, ...]:
        return tuple(self.name[i] for i in ids)

    def minor(self, pid: int, today: dt.date) -> bool:
        return is_minor(self.birth.get(pid), today) or (
            self.birth.get(pid) is None and bool(self.guardians.get(pid))
        )


def goals_by(
    session: Session, *, pair_ids: Collection[int] = (), idp_ids: Collection[int] = ()
) -> tuple[dict[int, list[Goal]], dict[int, list[Goal]]]:
    """Goals with steps and progress, grouped by pair id and by IDP id (three queries)."""
    condition = sa.or_(GoalRecord.pair_id.in_(list(pair_ids)), GoalRecord.idp_id.in_(list(idp_ids)))
    goals = session.scalars(
        sa.select(GoalRecord).where(condition).order_by(GoalRecord.position, GoalRecord.id)
    ).all()
    ids = [g.id for g in goals]
    steps: dict[int, list[Step]] = defaultdict(list)
    for s in session.scalars(
        sa.select(ActionStepRecord)
        .where(ActionStepRecord.goal_id.in_(ids))
        .order_by(ActionStepRecord.position, ActionStepRecord.id)
    ):
        steps[s.goal_id].append(Step(s.description, s.due_date, str(s.status)))
    progress: dict[int, list[Progress]] = defaultdict(list)
    for p in session.scalars(
        sa.select(GoalProgressRecord)
        .where(GoalProgressRecord.goal_id.in_(ids))
        .order_by(GoalProgressRecord.date, GoalProgressRecord.id)
    ):
        progress[p.goal_id].append(Progress(p.date, p.percent, p.comment))
    by_pair: dict[int, list[Goal]] = defaultdict(list)
    by_idp: dict[int, list[Goal]] = defaultdict(list)
    for g in goals:
        goal = Goal(
            statement=g.statement,
            measure=g.measure,
            target_date=g.target_date,
            priority=g.priority,
            status=str(g.status),
            resources=g.resources,
            mentor_role=g.mentor_role,
            steps=tuple(steps[g.id]),
            progress=tuple(progress[g.id]),
        )
        if g.pair_id is not None:
            by_pair[g.pair_id].append(goal)
        if g.idp_id is not None:
            by_idp[g.idp_id].append(goal)
    return by_pair, by_idp


def agreement_date(terms: AgreementRecord | None, pair: PairRecord, today: dt.date) -> dt.date:
    """The agreement's own date, which decides whether a guardian signs: the first signature
    on it, else the pair's start date, else today (an agreement not yet started or signed)."""
    if terms is not None:
        signed = [
            d
            for d in (
                terms.mentor_signed_on,
                terms.mentee_signed_on,
                terms.guardian_signed_on,
                terms.coordinator_signed_on,
            )
            if d is not None
        ]
        if signed:
            return min(signed)
    return pair.start_date or today


def agreements(
    session: Session, pairs: Sequence[PairRecord], coordinator: str, today: dt.date
) -> list[AgreementDoc]:
    """One AgreementDoc per pair, in the order given."""
    ids = [p.id for p in pairs]
    members = Members(session, ids)
    terms = {
        a.pair_id: a
        for a in session.scalars(sa.select(AgreementRecord).where(AgreementRecord.pair_id.in_(ids)))
    }
    goals, _ = goals_by(session, pair_ids=ids)
    out = []
    for pair in pairs:
        mentees = members.mentees[pair.id]
        a = terms.get(pair.id)
        on = agreement_date(a, pair, today)
        minors = [m for m in mentees if members.minor(m, on)]
        out.append(
            AgreementDoc(
                pair_id=pair.id,
                mentors=members.names(members.mentors[pair.id]),
                mentees=members.names(mentees),
                # Guardian names are sensitive (like their contact details): the guardian
                # writes their own name on the line.
                guardians=(),
                mentee_is_minor=bool(minors),
                coordinator=coordinator,
                start_date=pair.start_date,
                planned_end_date=pair.planned_end_date,
                meeting_frequency=a.meeting_frequency if a else "",
                meeting_minutes=a.meeting_minutes if a else None,
                meeting_format=a.meeting_format if a else "",
                usual_time=a.usual_time if a else "",
                place=a.place if a else "",
                contact_between=a.contact_between if a else "",
                duration_months=a.duration_months if a else None,
                midpoint_review_date=a.midpoint_review_date if a else None,
                confidentiality=a.confidentiality if a else "",
                boundaries=a.boundaries if a else "",
                obligations=a.obligations if a else "",
                ending_clause=a.ending_clause if a else "",
                notice_days=a.notice_days if a else None,
                goals=tuple(goals[pair.id][:3]),
                language=members.language_of(mentees),
            )
        )
    return out


def idps(
    session: Session, program_id: int, mentee_ids: Sequence[int], coordinator: str
) -> list[IdpDoc]:
    """One IdpDoc per mentee (an empty plan to fill in when none is recorded yet)."""
    records = {
        r.participant_id: r
        for r in session.scalars(
            sa.select(IdpRecord).where(
                IdpRecord.program_id == program_id, IdpRecord.participant_id.in_(mentee_ids)
            )
        )
    }
    pair_rows = session.execute(
        sa.select(PairMemberRecord.pair_id, PairMemberRecord.participant_id)
        .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status != PairStatus.PROPOSED,
            PairMemberRecord.participant_id.in_(mentee_ids),
            PairMemberRecord.role == Role.MENTEE,
        )
        .order_by(PairRecord.id)
    ).all()
    pairs_of: dict[int, list[int]] = defaultdict(list)
    for pair_id, pid in pair_rows:
        pairs_of[pid].append(pair_id)
    pair_ids = [p for p, _ in pair_rows]
    members = Members(session, pair_ids)
    names: dict[int, str] = {}
    languages: dict[int, str] = {}
    for pid, full, language in session.execute(
        sa.select(
            ParticipantRecord.id, ParticipantRecord.full_name, ParticipantRecord.document_language
        ).where(ParticipantRecord.id.in_(mentee_ids))
    ):
        names[pid] = full
        languages[pid] = language or ""
    by_pair, by_idp = goals_by(session, pair_ids=pair_ids, idp_ids=[r.id for r in records.values()])
    out = []
    for pid in mentee_ids:
        r = records.get(pid)
        mentors = tuple(
            dict.fromkeys(n for p in pairs_of[pid] for n in members.names(members.mentors[p]))
        )
        goals = by_idp.get(r.id, []) if r else []
        if not goals:
            goals = [g for p in pairs_of[pid] for g in by_pair.get(p, [])]
        out.append(
            IdpDoc(
                mentee=members.name.get(pid, names.get(pid, "")),
                mentors=mentors,
                period_start=r.period_start if r else None,
                period_end=r.period_end if r else None,
                midpoint_review_date=r.midpoint_review_date if r else None,
                final_review_date=r.final_review_date if r else None,
                strengths=r.strengths if r else "",
                growth_areas=r.growth_areas if r else "",
                short_term_aspirations=r.short_term_aspirations if r else "",
                long_term_aspirations=r.long_term_aspirations if r else "",
                baseline_rating=r.baseline_rating if r else None,
                final_rating=r.final_rating if r else None,
                goals=tuple(goals[:3]),
                coordinator=coordinator,
                language=languages.get(pid, ""),
            )
        )
    return out


def certificates(
    session: Session, program_id: int, coordinator: str, pair_id: int | None = None
) -> list[CertificateDoc]:
    """A certificate for each mentor and mentee of every pair closed as completed (or only
    of the pair `pair_id`)."""
    query = (
        sa.select(PairRecord, ClosureRecord.date)
        .join(ClosureRecord, ClosureRecord.pair_id == PairRecord.id)
        .where(
            PairRecord.program_id == program_id,
            PairRecord.status == PairStatus.CLOSED,
            ClosureRecord.type == ClosureType.COMPLETED,
            ClosureRecord.reopened_on.is_(None),
        )
        .order_by(PairRecord.id)
    )
    if pair_id is not None:
        query = query.where(PairRecord.id == pair_id)
    rows = session.execute(query).all()
    members = Members(session, [p.id for p, _ in rows])
    out = []
    for pair, closed_on in rows:
        mentors, mentees = members.mentors[pair.id], members.mentees[pair.id]
        for role, ids, partners in (("mentor", mentors, mentees), ("mentee", mentees, mentors)):
            for pid in ids:
                out.append(
                    CertificateDoc(
                        name=members.name[pid],
                        role=role,
                        partner_names=members.names(partners),
                        start_date=pair.start_date,
                        end_date=closed_on,
                        coordinator=coordinator,
                        language=members.language.get(pid, ""),
                    )
                )
    return out
