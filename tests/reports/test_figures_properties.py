"""Property tests: for random event histories recorded through the services,

- the figures of a period that is over do not change when only later events are added
  (meetings, check-ins and concerns, closures, reopens, pauses, withdrawals, capacity changes,
  pairs that start later), and
- the at-risk flag (pairs list, due list and reports) as of day D depends only on records
  dated on or before D.

Bounded (3 pairs, up to 20 events, 15 examples, about 10 s): each example builds a small file.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mentordesk.core.enums import ClosureType, MemberStatus, Party, Role, ScreeningDecision
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.participant import ParticipantInput
from mentordesk.core.periods import Period
from mentordesk.db.engine import Database
from mentordesk.services.pairs import (
    CheckinData,
    ClosureData,
    MeetingData,
    PairService,
    create_pair,
)
from mentordesk.services.programs import ProgramService
from mentordesk.services.reports import compute_measures
from mentordesk.services.roster import RosterService

START = dt.date(2026, 9, 1)
CUT = 44  # the period is days 0–44; D = day 44
D = START + dt.timedelta(days=CUT)
PERIOD = Period(START, D)
PAIRS = 3

KINDS = ["meeting", "checkin", "concern", "close", "reopen", "pause", "resume", "withdraw",
         "capacity"]  # fmt: skip
Event = tuple[int, str, int, int]
event = st.tuples(
    st.integers(0, 100),  # day
    st.sampled_from(
        [
            "meeting",
            "checkin",
            "concern",
            "close",
            "reopen",
            "pause",
            "resume",
            "withdraw",
            "capacity",
        ]
    ),
    st.integers(0, PAIRS - 1),  # which pair / person
    st.integers(1, 5),  # rating, capacity, …
)


def _day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def _setup(db: Database, starts: list[int]) -> tuple[int, list[int], list[int]]:
    program, _ = ProgramService(db).create(
        "Random", start_date=START, end_date=dt.date(2027, 6, 30), cadence_days=7
    )
    roster = RosterService(db, today=START)
    mentors, mentees = [], []
    for n in range(PAIRS):
        mentor, _ = roster.add(
            program.id,
            ParticipantInput(
                full_name=f"Mentor {n}", role=Role.MENTOR, status=MemberStatus.ACTIVE,
                capacity=3, screening_decision=ScreeningDecision.CLEARED,
                background_check_expiry=START + dt.timedelta(days=20 + 30 * n),
            ),
        )  # fmt: skip
        mentee, _ = roster.add(
            program.id,
            ParticipantInput(full_name=f"Mentee {n}", role=Role.MENTEE, status=MemberStatus.ACTIVE),
        )
        mentors.append(mentor)
        mentees.append(mentee)
    return program.id, mentors, mentees


def _apply(
    db: Database,
    program_id: int,
    pairs: list[int],
    people: list[int],
    ev: tuple[int, str, int, int],
) -> None:
    """One event recorded on its own day; one the rules refuse (reopen an open pair) is skipped."""
    day, kind, index, n = ev
    svc = PairService(db, _day(day))
    pair = pairs[index % len(pairs)]
    try:
        if kind == "meeting":
            svc.add_meeting(pair, MeetingData(date=_day(day), duration_minutes=30 + n))
        elif kind in ("checkin", "concern"):
            concern = kind == "concern"
            svc.add_checkin(
                pair,
                CheckinData(
                    date=_day(day), party=Party.MENTEE if n % 2 else Party.MENTOR, rating=n,
                    safety_concern=concern, safety_note="note" if concern else "",
                ),
            )  # fmt: skip
        elif kind == "close":
            kind_of = ClosureType.EARLY if n % 2 else ClosureType.COMPLETED
            svc.close(pair, ClosureData(date=_day(day), type=kind_of, reason_code="other"))
        elif kind == "reopen":
            svc.reopen(pair, "again")
        elif kind == "pause":
            svc.pause(pair, "holiday")
        elif kind == "resume":
            svc.resume(pair, "back")
        else:
            roster = RosterService(db, today=_day(day))
            pid = people[index % len(people)]
            person = roster.get(program_id, pid)
            if kind == "withdraw":
                person = replace(person, status=MemberStatus.WITHDRAWN)
            else:
                person = replace(person, capacity=n)
            roster.update(program_id, pid, person)
    except MentorDeskError:
        pass


def _snapshot(db: Database, program_id: int) -> tuple[object, ...]:
    """Everything that must hold for the period and for day D."""
    measures = compute_measures(db, program_id, PERIOD, D + dt.timedelta(days=1))
    svc = PairService(db, D)
    pairs = [(p.id, p.status, p.reasons, p.next_checkin_due) for p in svc.list_pairs(program_id)]
    due = [(i.date, i.kind, i.pair_id) for i in svc.due_items(program_id, 14)]
    return measures, pairs, due


@settings(
    max_examples=15,
    deadline=None,
    # Each example builds a file; shrinking would take minutes, so a failure is shown as found.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    starts=st.lists(st.integers(0, 90), min_size=PAIRS, max_size=PAIRS),
    events=st.lists(event, max_size=20),
)
def test_later_events_change_nothing_before(starts: list[int], events: list[Event]) -> None:
    """Adding only events dated after D leaves the period's figures and D's at-risk flags."""
    # Memory-backed when the system has it: each example commits a few dozen transactions.
    shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=shm) as folder:
        db = Database(Path(folder) / "p.sqlite")
        try:
            program_id, mentors, mentees = _setup(db, starts)
            people = mentors + mentees
            pairs: list[int] = [0] * PAIRS
            early = sorted((e for e in events if e[0] <= CUT), key=lambda e: e[0])
            later = sorted((e for e in events if e[0] > CUT), key=lambda e: e[0])

            def start_pairs(when: list[int]) -> None:
                with db.begin() as session:
                    for n in when:
                        pairs[n] = create_pair(
                            session, program_id, [mentors[n]], [mentees[n]],
                            start_date=_day(starts[n]),
                        ).id  # fmt: skip

            start_pairs([n for n in range(PAIRS) if starts[n] <= CUT])
            live = [p for p in pairs if p]
            for ev in early:
                if live:
                    _apply(db, program_id, live, people, ev)
            before = _snapshot(db, program_id)
            start_pairs([n for n in range(PAIRS) if starts[n] > CUT])  # pairs that start later
            for ev in later:
                _apply(db, program_id, pairs, people, ev)
            assert _snapshot(db, program_id) == before
        finally:
            db.close()
