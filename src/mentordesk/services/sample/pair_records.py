"""The records of one sample pair: agreement, meetings, check-ins, goals with steps, IDP.

Helpers of `sample_pairs.populate_pairs`; they add rows to the caller's session.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.agreement_defaults import add_months, prefill
from mentordesk.core.enums import (
    AgreementStatus,
    ContactMethod,
    GoalStatus,
    MeetingStatus,
    Party,
    StepStatus,
)
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    CheckInRecord,
    GoalProgressRecord,
    GoalRecord,
    IdpRecord,
    MeetingRecord,
    PairRecord,
    ProgramRecord,
)
from mentordesk.services.sample import pairs_text as text

DAY = dt.timedelta(days=1)


def agreement(
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


def meetings(
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


def checkins(
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


def goals_and_idp(
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
