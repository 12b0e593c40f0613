"""A small program with names in every script a school roster holds (shared by the tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.core.enums import ClosureType, MeetingStatus, PairStatus, Party, Role
from mentordesk.db.engine import Database
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
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.pairs.store import create_pair

MENTORS = ["Zoë Ñúñez-Løvgren", "Ελένη Παπαδοπούλου", "Дмитрий Иванов", "王小明"]
MENTEES = ["فاطمة الزهراء", "דוד כהן", "山田さくら", "김민준"]
# Words to find in extracted text, one or more per script (Arabic compared after NFKC).
SCRIPT_WORDS = {
    "latin": "Ñúñez-Løvgren",
    "greek": "Ελένη",
    "cyrillic": "Дмитрий",
    "chinese": "王小明",
    "arabic": "فاطمة",
    "hebrew": "כהן",
    "japanese": "山田さくら",
    "korean": "김민준",
}
TODAY = dt.date(2026, 3, 1)


@dataclass
class Sample:
    program_id: int
    pair_ids: list[int]
    mentor_ids: list[int]
    mentee_ids: list[int]
    closed_pair_id: int


def build(db: Database, *, meetings: int = 3) -> Sample:
    with db.begin() as s:
        program = ProgramRecord(
            name="Mentoring 2026",
            organization="Riverside School",
            start_date=dt.date(2026, 1, 5),
            end_date=dt.date(2026, 6, 30),
            document_settings={"coordinator": "Ms Okafor", "paper": "A4"},
        )
        s.add(program)
        s.flush()
        mentors, mentees = [], []
        for i, name in enumerate([*MENTORS, "Ada Completed"]):
            p = ParticipantRecord(
                full_name=name,
                email=f"m{i}@example.org",
                gender="female",
                pronouns="she/her",
                notes=f"SECRET-NOTE-{i}",
            )
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program.id, participant_id=p.id, role=Role.MENTOR, capacity=1
                )
            )
            mentors.append(p.id)
        for name in [*MENTEES, "Bo Completed"]:
            p = ParticipantRecord(
                full_name=name,
                date_of_birth=dt.date(2013, 5, 1),
                grade="7",
                pronouns="they/them",
                identity_preferences="PRIVATE-IDENTITY",
            )
            s.add(p)
            s.flush()
            s.add(MembershipRecord(program_id=program.id, participant_id=p.id, role=Role.MENTEE))
            s.add(
                GuardianRecord(
                    participant_id=p.id, name=f"Guardian of {name}", phone="555-GUARDIAN"
                )
            )
            mentees.append(p.id)
        pair_ids = []
        for mentor, mentee in zip(mentors[:4], mentees[:4], strict=True):
            pair = create_pair(
                s,
                program.id,
                [mentor],
                [mentee],
                start_date=dt.date(2026, 1, 10),
                planned_end_date=dt.date(2026, 6, 20),
            )
            pair_ids.append(pair.id)
            s.add(
                AgreementRecord(
                    pair_id=pair.id,
                    meeting_frequency="every 2 weeks",
                    meeting_minutes=45,
                    meeting_format="in person",
                    usual_time="Tuesday 15:30",
                    place="School library",
                    notice_days=14,
                )
            )
            goal = GoalRecord(
                pair_id=pair.id,
                statement="Read one book a month and talk about it",
                measure="Four books by June",
                target_date=dt.date(2026, 6, 1),
            )
            s.add(goal)
            s.flush()
            s.add(ActionStepRecord(goal_id=goal.id, description="Choose the first book"))
            s.add(
                GoalProgressRecord(
                    goal_id=goal.id, date=dt.date(2026, 2, 1), percent=25, comment="First book done"
                )
            )
            for k in range(meetings):
                s.add(
                    MeetingRecord(
                        pair_id=pair.id,
                        date=dt.date(2026, 1, 15) + dt.timedelta(14 * k),
                        duration_minutes=45,
                        format="in person",
                        status=MeetingStatus.HELD,
                        topics="Books",
                        notes="CONFIDENTIAL-MEETING-NOTE",
                    )
                )
            s.add(
                CheckInRecord(
                    pair_id=pair.id,
                    date=dt.date(2026, 1, 20),
                    party=Party.MENTEE,
                    rating=4,
                    notes="CONFIDENTIAL-CHECKIN-NOTE",
                )
            )
        idp = IdpRecord(
            program_id=program.id,
            participant_id=mentees[0],
            strengths="Curious and kind",
            growth_areas="Speaking in class",
            short_term_aspirations="Join the debate club",
            long_term_aspirations="Become a doctor",
            baseline_rating=2,
        )
        s.add(idp)
        closed = create_pair(
            s,
            program.id,
            [mentors[4]],
            [mentees[4]],
            start_date=dt.date(2025, 9, 1),
            status=PairStatus.CLOSED,
        )
        s.add(
            ClosureRecord(pair_id=closed.id, date=dt.date(2026, 2, 1), type=ClosureType.COMPLETED)
        )
        return Sample(program.id, pair_ids, mentors, mentees, closed.id)
