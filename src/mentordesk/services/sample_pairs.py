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

from mentordesk.core.agreement_defaults import add_months, prefill
from mentordesk.core.enums import (
    AgreementStatus,
    ClosureType,
    ContactMethod,
    GoalStatus,
    MeetingStatus,
    PairStatus,
    Party,
    Role,
    StepStatus,
)
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    CheckInRecord,
    ClosureRecord,
    GoalProgressRecord,
    GoalRecord,
    GuardianRecord,
    IdpRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services import sample_pairs_text as text
from mentordesk.services.audit import audit
from mentordesk.services.pair_health import is_minor
from mentordesk.services.pair_store import create_pair, live_pair_counts

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
        raise ValueError(f"No program with id {program_id}")
    rows = session.execute(
        sa.select(MembershipRecord.participant_id, MembershipRecord.role, MembershipRecord.capacity)
        .where(MembershipRecord.program_id == program_id)
        .order_by(MembershipRecord.participant_id)
    ).all()
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


def _start_for(story: str, rng: random.Random, today: dt.date) -> dt.date:
    days = {
        "completed": rng.randint(300, 340),
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
    weights = {"skills": 3.0, "interests": 2.0, "availability": 2.0, "language": 1.0}
    sims = {criterion: round(rng.uniform(0.35, 1.0), 2) for criterion in weights}
    explanation = [{"criterion": c, "weight": w, "similarity": sims[c]} for c, w in weights.items()]
    score = round(100 * sum(w * sims[c] for c, w in weights.items()) / sum(weights.values()), 1)
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

    _agreement(session, program, pair, start, planned_end, minor, story)
    meetings = _meetings(session, pair.id, start, end, today, cadence, rng, story)
    first = meetings[0] if meetings else None
    _checkins(session, pair.id, first, end, today, rng, story, minor)
    _goals_and_idp(session, program.id, pair.id, mentee, start, planned_end, end, rng, story)

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


def _agreement(
    session: Session,
    program: ProgramRecord,
    pair: PairRecord,
    start: dt.date,
    planned_end: dt.date,
    minor: bool,
    story: str,
) -> None:
    values = prefill(
        program.agreement_defaults,
        cadence_days=program.cadence_days,
        meeting_minutes=program.meeting_minutes,
        start=start,
        planned_end=planned_end,
        program_end=program.end_date,
        mentee_is_minor=minor,
    )
    values.update(usual_time="Wednesdays 15:30", place="School library, room B2")
    signed = story != "new"
    day = start + 7 * DAY
    session.add(
        AgreementRecord(
            pair_id=pair.id,
            status=AgreementStatus.SIGNED if signed else AgreementStatus.DRAFT,
            mentor_signed_on=day if signed else None,
            mentee_signed_on=day if signed else None,
            guardian_signed_on=day + 2 * DAY if signed and minor else None,
            coordinator_signed_on=day + 3 * DAY if signed else None,
            **values,
        )
    )


def _meetings(
    session: Session,
    pair_id: int,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    cadence: int,
    rng: random.Random,
    story: str,
) -> list[dt.date]:
    held: list[dt.date] = []
    day = start + rng.randint(3, 8) * DAY
    n = 0
    while day <= end and day <= today:
        status = MeetingStatus.HELD
        roll = rng.random()
        if n > 1 and roll < 0.08:
            status = MeetingStatus.CANCELLED
        elif n > 1 and roll < 0.12:
            status = MeetingStatus.NO_SHOW
        minutes = rng.choice([40, 45, 45, 50, 60]) if status is MeetingStatus.HELD else 0
        session.add(
            MeetingRecord(
                pair_id=pair_id,
                date=day,
                duration_minutes=minutes,
                format=rng.choice(["in person", "in person", "video"]),
                status=status,
                topics=text.TOPICS[n % len(text.TOPICS)] if status is MeetingStatus.HELD else "",
                notes="Mentee was tired but engaged." if n % 5 == 3 else "",
                next_steps=rng.choice(text.NEXT_STEPS) if status is MeetingStatus.HELD else "",
                attendees="mentor, mentee",
            )
        )
        if status is MeetingStatus.HELD:
            held.append(day)
        n += 1
        day += (cadence + rng.randint(-3, 4)) * DAY
    if story in ("healthy", "low", "new", "reopened"):
        session.add(
            MeetingRecord(
                pair_id=pair_id,
                date=today + rng.randint(2, 9) * DAY,
                duration_minutes=45,
                format="in person",
                status=MeetingStatus.PLANNED,
                topics="Next meeting: " + text.TOPICS[n % len(text.TOPICS)],
            )
        )
    return held


def _checkins(
    session: Session,
    pair_id: int,
    first: dt.date | None,
    end: dt.date,
    today: dt.date,
    rng: random.Random,
    story: str,
    minor: bool,
) -> None:
    if first is None:
        return
    stop = end
    if story == "overdue":
        stop = today - rng.randint(45, 60) * DAY
    dates = [first + rng.randint(1, 2) * DAY]
    while True:
        gap = 15 if dates[-1] < first + 30 * DAY else 30
        nxt = dates[-1] + (gap - rng.randint(0, 4)) * DAY
        if nxt > stop or nxt > today:
            break
        dates.append(nxt)
    for i, day in enumerate(d for d in dates if d <= today):
        last = i == len(dates) - 1
        rating = rng.choice([4, 4, 5, 3])
        concern = False
        note = ""
        if last and story == "low":
            rating = 2
        if last and story == "safety":
            concern = True
            note = "Mentee mentioned being picked on after school; informed safeguarding lead."
        session.add(
            CheckInRecord(
                pair_id=pair_id,
                date=day,
                party=Party.MENTEE if i % 2 else Party.MENTOR,
                method=rng.choice(
                    [ContactMethod.PHONE, ContactMethod.IN_PERSON, ContactMethod.EMAIL]
                ),
                rating=rating,
                safety_concern=concern,
                safety_note=note,
                follow_up="Meet the mentee with the school counsellor"
                if concern
                else (
                    "Talk with both about expectations"
                    if last and story == "low"
                    else rng.choice(text.FOLLOW_UPS)
                ),
            )
        )
    if minor:
        day = first + 20 * DAY
        while day <= min(stop, today):
            session.add(
                CheckInRecord(
                    pair_id=pair_id,
                    date=day,
                    party=Party.GUARDIAN,
                    method=ContactMethod.PHONE,
                    rating=rng.choice([4, 5]),
                    follow_up="",
                )
            )
            day += 90 * DAY


def _goals_and_idp(
    session: Session,
    program_id: int,
    pair_id: int,
    mentee: int,
    start: dt.date,
    planned_end: dt.date,
    end: dt.date,
    rng: random.Random,
    story: str,
) -> None:
    idp = session.scalar(
        sa.select(IdpRecord).where(
            IdpRecord.program_id == program_id, IdpRecord.participant_id == mentee
        )
    )
    if idp is None:
        idp = IdpRecord(
            program_id=program_id,
            participant_id=mentee,
            period_start=start,
            period_end=planned_end,
            midpoint_review_date=add_months(start, 4),
            final_review_date=planned_end,
            strengths=rng.choice(text.STRENGTHS),
            growth_areas=rng.choice(text.GROWTH),
            short_term_aspirations=rng.choice(text.SHORT_TERM),
            long_term_aspirations=rng.choice(text.LONG_TERM),
            baseline_rating=rng.randint(2, 3),
            final_rating=rng.randint(4, 5) if story == "completed" else None,
            mentee_signed_on=start + 14 * DAY,
            mentor_signed_on=start + 14 * DAY,
            coordinator_signed_on=start + 15 * DAY,
        )
        session.add(idp)
        session.flush()
    months = max(1, (end - start).days // 30)
    for pos, (statement, measure, steps) in enumerate(rng.sample(text.GOALS, rng.randint(2, 3))):
        target = add_months(start, rng.randint(3, 8))
        done = story == "completed" or (pos == 0 and months >= 4 and rng.random() < 0.5)
        goal = GoalRecord(
            pair_id=pair_id,
            idp_id=idp.id if pos < 2 else None,
            position=pos,
            statement=statement,
            measure=measure,
            target_date=target,
            priority=pos + 1,
            status=GoalStatus.COMPLETED if done else GoalStatus.OPEN,
            completed_on=min(end, target) if done else None,
            resources="School library; mentor's contacts" if pos == 0 else "",
            mentor_role="Checks in on the plan every meeting" if pos == 0 else "Shares experience",
        )
        session.add(goal)
        session.flush()
        for i, step in enumerate(steps):
            due = start + (20 + 25 * i) * DAY
            finished = done or due < end - 20 * DAY
            session.add(
                ActionStepRecord(
                    goal_id=goal.id,
                    position=i,
                    description=step,
                    due_date=due,
                    status=StepStatus.DONE
                    if finished
                    else (StepStatus.DOING if i == 0 else StepStatus.TODO),
                )
            )
        percent = 0
        for m in range(1, months + 1):
            day = start + m * 30 * DAY
            if day > end:
                break
            percent = min(100 if done else 90, percent + rng.randint(10, 30))
            session.add(
                GoalProgressRecord(
                    goal_id=goal.id,
                    date=day,
                    percent=percent,
                    comment="" if m % 2 else "Steady progress",
                )
            )
