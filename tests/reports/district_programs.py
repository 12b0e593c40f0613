"""Programs of different sizes for the district report, built so that the average of the
programs' rates differs from the rate of their sums (the district total must be the latter).

"Big" (2026):   8 mentees active, 4 mentors (capacity 2 each, cleared); 2 mentees matched
                (pairs started 2026-02-01); 4 check-ins rated 2, 1 held meeting of 60 min.
                match rate 2/8 = 25 %, utilization 2/8 = 25 %, rating 8/4 = 2.0
"Small" (2026): 2 mentees, 2 mentors (capacity 1); both mentees matched (2026-02-01);
                1 check-in rated 5, 3 held meetings of 30 min.
                match rate 2/2 = 100 %, utilization 2/2 = 100 %, rating 5/1 = 5.0
District total: match rate (2+2)/(8+2) = 40 % (the mean of 25 % and 100 % would be 62.5 %),
                utilization 4/10 = 40 %, rating (8+5)/(4+1) = 2.6 (mean of rates: 3.5),
                meetings 1+3 = 4, hours 1.0+1.5 = 2.5.
"Big 2025" is Big's previous cycle (Big rolled over from it): 4 mentees, 1 matched (25 %).
"""

from __future__ import annotations

import datetime as dt

from mentordesk.core.enums import MeetingStatus, MemberStatus, Party, Role, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    CheckInRecord,
    MeetingRecord,
    MembershipRecord,
    ParticipantRecord,
    ProgramRecord,
    ScreeningRecord,
)
from mentordesk.services.pairs.store import create_pair

TODAY = dt.date(2026, 7, 15)


def program(
    db: Database,
    name: str,
    *,
    year: int,
    mentors: int,
    capacity: int,
    mentees: int,
    matched: int,
    ratings: list[int],
    meetings: list[int],
    previous: int | None = None,
    archived: bool = False,
) -> int:
    """A program of the given shape; pairs start on 02-01 of `year`."""
    start = dt.date(year, 1, 1)
    with db.begin() as s:
        record = ProgramRecord(
            name=name,
            start_date=start,
            end_date=dt.date(year, 6, 30),
            cadence_days=14,
            previous_program_id=previous,
            archived=archived,
        )
        s.add(record)
        s.flush()

        def person(label: str, role: Role, cap: int) -> int:
            p = ParticipantRecord(full_name=f"{name} {label}")
            if role is Role.MENTOR:
                p.screening = ScreeningRecord(decision=ScreeningDecision.CLEARED)
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=record.id,
                    participant_id=p.id,
                    role=role,
                    status=MemberStatus.ACTIVE,
                    capacity=cap,
                    joined_on=start,
                )
            )
            return p.id

        mentor_ids = [person(f"Mentor {i}", Role.MENTOR, capacity) for i in range(mentors)]
        mentee_ids = [person(f"Mentee {i}", Role.MENTEE, 0) for i in range(mentees)]
        pair_ids = [
            create_pair(
                s,
                record.id,
                [mentor_ids[i % mentors]],
                [mentee_ids[i]],
                start_date=dt.date(year, 2, 1),
                planned_end_date=dt.date(year, 6, 30),
            ).id
            for i in range(matched)
        ]
        for i, rating in enumerate(ratings):
            s.add(
                CheckInRecord(
                    pair_id=pair_ids[0],
                    date=dt.date(year, 3, 1 + i),
                    party=Party.MENTOR,
                    rating=rating,
                )
            )
        for i, minutes in enumerate(meetings):
            s.add(
                MeetingRecord(
                    pair_id=pair_ids[-1],
                    date=dt.date(year, 2, 10 + i),
                    duration_minutes=minutes,
                    status=MeetingStatus.HELD,
                )
            )
        return record.id


def build_district(db: Database) -> dict[str, int]:
    ids = {}
    ids["Big 2025"] = program(
        db,
        "Big 2025",
        year=2025,
        mentors=2,
        capacity=2,
        mentees=4,
        matched=1,
        ratings=[3],
        meetings=[60],
    )
    ids["Big"] = program(
        db,
        "Big",
        year=2026,
        mentors=4,
        capacity=2,
        mentees=8,
        matched=2,
        ratings=[2, 2, 2, 2],
        meetings=[60],
        previous=ids["Big 2025"],
    )
    ids["Small"] = program(
        db,
        "Small",
        year=2026,
        mentors=2,
        capacity=1,
        mentees=2,
        matched=2,
        ratings=[5],
        meetings=[30, 30, 30],
    )
    ids["Old"] = program(
        db,
        "Old",
        year=2024,
        mentors=1,
        capacity=1,
        mentees=1,
        matched=1,
        ratings=[],
        meetings=[],
        archived=True,
    )
    return ids
