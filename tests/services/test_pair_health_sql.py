"""Pair health computed from SQL aggregates equals the rule run over every record in Python."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
import sqlalchemy as sa

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.enums import ClosureType, MeetingStatus, PairStatus, Party, Role
from mentordesk.core.health import CheckinFact, PairFacts, PairHealth, evaluate
from mentordesk.core.participant import is_minor
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    CheckInRecord,
    ClosureRecord,
    MeetingRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
)
from mentordesk.services.pairs.health import program_health
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import make_cohort

D = dt.date
START = D(2026, 9, 1)


def _random_program(db: Database, seed: int) -> int:
    """Six pairs in every state with random meetings, check-ins, ratings, concerns, closures."""
    rng = random.Random(seed)
    c = make_cohort(db)
    mentors = [c.mentors[0], c.mentors[0], c.mentors[1], c.mentors[2], c.mentors[2], c.mentors[3]]
    statuses = [PairStatus.ACTIVE, PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.CLOSED]
    with db.begin() as s:
        for n, (mentor, mentee) in enumerate(zip(mentors, c.mentees, strict=True)):
            start = START + dt.timedelta(days=rng.randint(0, 40)) if n else None
            pair = create_pair(
                s, c.program_id, [mentor], [mentee], start_date=start or START + dt.timedelta(3)
            )
            s.flush()
            pair.status = statuses[n % len(statuses)] if n < 5 else PairStatus.ACTIVE
            day = lambda: START + dt.timedelta(days=rng.randint(-5, 120))  # noqa: E731
            if pair.status is not PairStatus.ACTIVE:
                # The status history says when it changed (the rule reads it as of the day).
                s.add(
                    PairEventRecord(
                        pair_id=pair.id,
                        date=START + dt.timedelta(days=rng.randint(45, 90)),
                        from_status=PairStatus.ACTIVE,
                        to_status=pair.status,
                    )
                )
            for _ in range(rng.randint(0, 12) if n != 5 else 0):
                s.add(
                    MeetingRecord(
                        pair_id=pair.id,
                        date=day(),
                        duration_minutes=rng.choice([0, 30, 45, 60]),
                        status=rng.choice([MeetingStatus.HELD, MeetingStatus.HELD,
                                           MeetingStatus.CANCELLED]),
                    )
                )  # fmt: skip
            same_day = day()
            for k in range(rng.randint(0, 10)):
                concern = rng.random() < 0.2
                s.add(
                    CheckInRecord(
                        pair_id=pair.id,
                        date=same_day if k < 2 else day(),  # two on one day: a rating tie
                        party=rng.choice(list(Party)),
                        rating=rng.choice([None, 1, 2, 3, 4, 5]),
                        safety_concern=concern,
                        safety_resolved_on=day() if concern and rng.random() < 0.5 else None,
                    )
                )
            if pair.status is PairStatus.CLOSED:
                s.add(ClosureRecord(pair_id=pair.id, date=day(), type=ClosureType.COMPLETED))
                s.add(
                    ClosureRecord(
                        pair_id=pair.id, date=day(), type=ClosureType.EARLY, reopened_on=day()
                    )
                )
    return c.program_id


def _plain_evaluation(db: Database, program_id: int, today: dt.date) -> dict[int, PairHealth]:
    """The rule over every meeting and check-in, loaded record by record."""
    with db.read() as s:
        meetings: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
        for m in s.scalars(sa.select(MeetingRecord).order_by(MeetingRecord.id)):
            if m.status == MeetingStatus.HELD:
                meetings[m.pair_id].append((m.date, m.duration_minutes or 0))
        checkins: dict[int, list[CheckinFact]] = defaultdict(list)
        for r in s.scalars(sa.select(CheckInRecord).order_by(CheckInRecord.id)):
            checkins[r.pair_id].append(
                CheckinFact(
                    r.date, Party(r.party), r.rating, r.safety_concern, r.safety_resolved_on
                )
            )
        result: dict[int, PairHealth] = {}
        for pair in s.scalars(sa.select(PairRecord).where(PairRecord.program_id == program_id)):
            mentee = s.scalars(
                sa.select(ParticipantRecord)
                .join(PairMemberRecord, PairMemberRecord.participant_id == ParticipantRecord.id)
                .where(PairMemberRecord.pair_id == pair.id, PairMemberRecord.role == Role.MENTEE)
            ).one()
            closures = [
                c.date
                for c in s.scalars(sa.select(ClosureRecord).where(ClosureRecord.pair_id == pair.id))
                if c.date <= today and (c.reopened_on is None or c.reopened_on > today)
            ]
            events = sorted(
                (e.date, e.id, e.to_status)
                for e in s.scalars(
                    sa.select(PairEventRecord).where(PairEventRecord.pair_id == pair.id)
                )
                if e.date <= today
            )
            status = PairStatus(events[-1][2]) if events else PairStatus.PROPOSED
            facts = PairFacts(
                pair_id=pair.id,
                status=status,
                start_date=pair.start_date,
                meetings=tuple(meetings[pair.id]),
                checkins=tuple(checkins[pair.id]),
                has_guardian=bool(mentee.guardians) or is_minor(mentee.date_of_birth, today),
                closed_on=max(closures) if closures and status is PairStatus.CLOSED else None,
            )
            result[pair.id] = evaluate(facts, cadence_days=14, rules=CheckinRules(), today=today)
        return result


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_sql_aggregates_match_the_plain_rule(db: Database, seed: int) -> None:
    """program_health (SQL aggregates) gives exactly the record-by-record results: pairs
    with no meetings or no check-ins, closed, reopened and paused pairs, as of three days
    (before most records, in the middle, after all of them), for the whole program and for a
    few pairs, and for each pair alone (what opening one pair reads: its own mentors' screening
    and its own mentee's age and guardians, not the whole program's)."""
    program_id = _random_program(db, seed=seed)
    for today in (D(2026, 9, 20), D(2026, 11, 1), D(2027, 2, 1)):
        with db.read() as s:
            fast = program_health(s, program_id, today)
            some = program_health(s, program_id, today, pair_ids=list(fast)[:2])
            alone = {k: program_health(s, program_id, today, pair_ids=[k]) for k in fast}
        plain = _plain_evaluation(db, program_id, today)
        assert fast == plain
        assert some == {k: plain[k] for k in list(fast)[:2]}
        assert alone == {k: {k: plain[k]} for k in plain}
