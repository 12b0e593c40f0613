"""Sample pairs for the demo program: every state, months of history, deterministic per seed.

    populate_pairs(session, program_id: int, seed: int, today: datetime.date) -> None

Needs the program's participants and memberships (mentors with capacity, mentees; some minors
with guardians) to exist. Creates, in the caller's transaction: pairs in every state
(proposed, active, paused, closed as completed and ended early, one reopened), each with its
agreement, meetings, goals with steps and progress, support check-ins (some overdue, one low
rating, one open safety concern), the mentee's IDP and, for closed pairs, the closure.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.agreement_defaults import add_months
from mentordesk.core.enums import (
    ClosureType,
    MemberStatus,
    PairStatus,
    Role,
)
from mentordesk.core.i18n import t
from mentordesk.core.participant import is_minor
from mentordesk.core.screening import clearance_problem
from mentordesk.db.models import (
    ClosureRecord,
    GuardianRecord,
    MembershipRecord,
    PairEventRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.matching.criteria import resolve_options
from mentordesk.services.common import audit
from mentordesk.services.pairs import create_pair, live_pair_counts
from mentordesk.services.sample import pair_records as sample_records
from mentordesk.services.sample import pairs_text as text

DAY = dt.timedelta(days=1)

#: The first pairs get these stories, so every state and every warning shows up once.
SCENARIOS = [
    "healthy",
    "overdue",
    "safety",
    "low",
    "paused",
    "completed",
    "early",
    "proposed",
    "stale",
    "reopened",
    "healthy",
    "new",
]
FILLER = ["healthy", "healthy", "healthy", "overdue", "completed", "healthy", "paused", "new"]


def populate_pairs(session: Session, program_id: int, seed: int, today: dt.date) -> None:
    """Create the sample pairs and their records; the caller commits."""
    rng = random.Random(seed)
    program = session.get(ProgramRecord, program_id)
    if program is None:
        raise ValueError(t("No program with id {program_id}", program_id=program_id))
    # The sample obeys the rules it teaches: only mentors cleared today, and nobody who has
    # withdrawn, are paired (the pair lifecycle would refuse them without an override).
    screened = resolve_options(program.format, program.matching_options or {}).require_screening
    members = session.execute(
        sa.select(
            MembershipRecord.participant_id,
            MembershipRecord.role,
            MembershipRecord.capacity,
            MembershipRecord.status,
            ScreeningRecord.decision,
            ScreeningRecord.background_check_expiry,
        )
        .outerjoin(
            ScreeningRecord, ScreeningRecord.participant_id == MembershipRecord.participant_id
        )
        .where(MembershipRecord.program_id == program_id)
        .order_by(MembershipRecord.participant_id)
    ).all()
    rows = [
        (pid, role, capacity)
        for pid, role, capacity, status, decision, expiry in members
        if MemberStatus(status) is not MemberStatus.WITHDRAWN
        and not (
            screened
            and Role(role) is not Role.MENTEE
            and clearance_problem(decision, expiry, today)
        )
    ]
    busy = live_pair_counts(session, program_id)
    slots: list[int] = []
    for pid, role, capacity in rows:
        if Role(role) in (Role.MENTOR, Role.BOTH):
            slots += [pid] * max(0, (capacity or 1) - busy.get(pid, 0))
    mentees = [pid for pid, role, _ in rows if Role(role) is Role.MENTEE and pid not in busy]
    rng.shuffle(mentees)
    # Leave about a quarter of the mentees unmatched, so matching has work to show.
    mentees = mentees[: max(1, (len(mentees) * 3) // 4)]
    rng.shuffle(slots)
    minors = _minors(session, [pid for pid, _, _ in rows], today)
    cadence = program.cadence_days or 14
    count = 0
    for mentee in mentees:
        mentor = next((m for m in slots if m != mentee), None)
        if mentor is None:
            break
        slots.remove(mentor)
        story = SCENARIOS[count] if count < len(SCENARIOS) else rng.choice(FILLER)
        _make_pair(session, program, mentor, mentee, story, rng, today, cadence, mentee in minors)
        count += 1
    audit(session, "sample.pairs", program_id=program_id, details={"pairs": count, "seed": seed})


def _minors(session: Session, ids: list[int], today: dt.date) -> set[int]:
    guarded = set(
        session.scalars(
            sa.select(GuardianRecord.participant_id).where(GuardianRecord.participant_id.in_(ids))
        )
    )
    dobs = session.execute(
        sa.select(ParticipantRecord.id, ParticipantRecord.date_of_birth).where(
            ParticipantRecord.id.in_(ids)
        )
    )
    return guarded | {pid for pid, dob in dobs if is_minor(dob, today)}


#: criterion → (weight, text when similar, text when not), as the matcher words its reasons.
_CRITERIA = {
    "skills": (3.0, "offers skills sought: study skills, maths", "offers few of the skills sought"),
    "interests": (2.0, "shared interests: reading, football", "no shared interests"),
    "availability": (2.0, "common times: wed-pm, thu-pm", "little common availability"),
    "language": (1.0, "common language: English", "no common language"),
}


def _explanation(rng: random.Random) -> tuple[list[dict[str, object]], float]:
    """Matcher-style explanation lines ({criterion, text, points}) around a neutral 50."""
    total = sum(w for w, _, _ in _CRITERIA.values())
    lines: list[dict[str, object]] = []
    score = 50.0
    for criterion, (weight, good, poor) in _CRITERIA.items():
        similarity = rng.uniform(0.35, 1.0)
        points = round(100 * weight * (similarity - 0.5) / total, 1)
        score += points
        lines.append(
            {"criterion": criterion, "text": good if similarity >= 0.5 else poor, "points": points}
        )
    lines.sort(key=lambda line: -abs(float(str(line["points"]))))
    return lines, round(score, 1)


def _start_for(story: str, rng: random.Random, today: dt.date) -> dt.date:
    days = {
        "completed": rng.randint(276, 300),
        "early": rng.randint(150, 200),
        "reopened": rng.randint(160, 200),
        "new": rng.randint(8, 20),
        "proposed": 3,
    }.get(story, rng.randint(75, 160))
    return today - days * DAY


def _make_pair(
    session: Session,
    program: ProgramRecord,
    mentor: int,
    mentee: int,
    story: str,
    rng: random.Random,
    today: dt.date,
    cadence: int,
    minor: bool,
) -> None:
    start = _start_for(story, rng, today)
    planned_end = add_months(start, 9)
    status = PairStatus.PROPOSED if story == "proposed" else PairStatus.ACTIVE
    explanation, score = _explanation(rng)
    pair = create_pair(
        session,
        program.id,
        [mentor],
        [mentee],
        status=status,
        start_date=start,
        planned_end_date=planned_end,
        score=score,
        explanation=explanation,
        rationale=rng.choice(text.RATIONALES),
        approved_by="" if story == "proposed" else "Coordinator",
    )
    if story == "proposed":
        return

    # When the pair stopped meeting (closed/paused) or last met (stale).
    end = today
    closed_on: dt.date | None = None
    if story == "completed":
        closed_on = min(planned_end, today - rng.randint(10, 40) * DAY)
        end = closed_on
    elif story == "early":
        closed_on = start + rng.randint(60, 100) * DAY
        end = closed_on
    elif story == "reopened":
        closed_on = start + 70 * DAY
        end = today
    elif story == "paused":
        end = today - rng.randint(18, 30) * DAY
    elif story == "stale":
        end = today - (2 * cadence + rng.randint(3, 10)) * DAY

    sample_records.agreement(session, program, pair, start, planned_end, minor, story)
    meetings = sample_records.meetings(session, pair.id, start, end, today, cadence, rng, story)
    first = meetings[0] if meetings else None
    sample_records.checkins(session, pair.id, first, end, today, rng, story, minor)
    sample_records.goals_and_idp(
        session, program.id, pair.id, mentee, start, planned_end, end, rng, story
    )

    if story == "paused":
        pair.status = PairStatus.PAUSED
        pair.pause_reason = rng.choice(text.PAUSE_REASONS)
        session.add(
            PairEventRecord(
                pair_id=pair.id,
                date=end + 3 * DAY,
                from_status=PairStatus.ACTIVE,
                to_status=PairStatus.PAUSED,
                reason=pair.pause_reason,
            )
        )
    if closed_on is not None:
        completed = story == "completed"
        reason = "goals met" if completed else rng.choice(["moved away", "schedule conflict"])
        session.add(
            ClosureRecord(
                pair_id=pair.id,
                date=closed_on,
                type=ClosureType.COMPLETED if completed else ClosureType.EARLY,
                initiated_by="both" if completed else "mentee's family",
                reason_code=reason,
                mentor_feedback="A rewarding year; would mentor again."
                if completed
                else "Sorry it ended so soon; we had a good start.",
                mentee_feedback="My mentor helped me plan and believe in myself."
                if completed
                else "I liked the meetings.",
                rematch="no rematch" if completed else "rematch mentee",
                reopened_on=closed_on + 21 * DAY if story == "reopened" else None,
            )
        )
        label = "completed" if completed else "ended early"
        session.add(
            PairEventRecord(
                pair_id=pair.id,
                date=closed_on,
                from_status=PairStatus.ACTIVE,
                to_status=PairStatus.CLOSED,
                reason=f"{label}: {reason}",
            )
        )
        if story == "reopened":
            session.add(
                PairEventRecord(
                    pair_id=pair.id,
                    date=closed_on + 21 * DAY,
                    from_status=PairStatus.CLOSED,
                    to_status=PairStatus.ACTIVE,
                    reason="Family moved back; both wanted to continue",
                )
            )
        else:
            pair.status = PairStatus.CLOSED
