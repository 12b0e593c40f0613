"""Due items across a program, the iCalendar export (parsed back) and the mailto link."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from mentordesk.core.enums import MeetingStatus, PairStatus, Party
from mentordesk.db.engine import Database
from mentordesk.db.models import CheckInRecord, MeetingRecord
from mentordesk.services.pairs.records import GoalData, MeetingData, StepData
from mentordesk.services.pairs.service import PairService
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import make_cohort

D = dt.date
TODAY = D(2026, 11, 22)


def _setup(db: Database) -> tuple[int, int, int]:
    c = make_cohort(db)
    with db.begin() as s:
        a = create_pair(
            s,
            c.program_id,
            [c.mentors[0]],
            [c.mentees[1]],
            start_date=D(2026, 9, 1),
            planned_end_date=D(2026, 11, 25),
        )
        s.add(MeetingRecord(pair_id=a.id, date=D(2026, 9, 3), duration_minutes=45))
        s.add(MeetingRecord(pair_id=a.id, date=D(2026, 11, 20), duration_minutes=45))
        s.add(CheckInRecord(pair_id=a.id, date=D(2026, 9, 4), party=Party.MENTOR))
        closed = create_pair(
            s,
            c.program_id,
            [c.mentors[1]],
            [c.mentees[0]],
            status=PairStatus.CLOSED,
            start_date=D(2026, 1, 1),
        )
        return c.program_id, a.id, closed.id


def test_due_items_overdue_and_upcoming(db: Database) -> None:
    """Overdue check-ins and steps plus this week's meetings and reviews; closed pairs skipped."""
    program_id, pid, closed = _setup(db)
    svc = PairService(db, TODAY)
    svc.add_meeting(
        pid,
        MeetingData(
            date=D(2026, 11, 26),
            status=MeetingStatus.PLANNED,
            duration_minutes=60,
            topics="Mock interview",
        ),
    )
    svc.add_goal(
        pid,
        GoalData(
            statement="Talk", steps=(StepData(description="Outline", due_date=D(2026, 11, 1)),)
        ),
    )
    items = svc.due_items(program_id, 7)
    got = [(i.date, i.kind, i.overdue) for i in items]
    assert (D(2026, 9, 18), "check-in", True) in got  # first meeting 09-03 + 15
    assert (D(2026, 11, 1), "action step", True) in got
    assert (D(2026, 11, 25), "planned end", False) in got
    assert (D(2026, 11, 26), "planned meeting", False) in got
    assert (D(2026, 12, 2), "guardian check-in", False) not in got  # beyond the week
    assert all(i.pair_id != closed for i in items)
    assert not any(i.kind == "meeting" for i in items)  # a planned meeting covers the cadence
    assert items == sorted(items, key=lambda i: (i.date, i.kind, i.pair_title))
    assert svc.due_items(program_id, 7, include_overdue=False)[0].date >= TODAY


def test_calendar_parses_back(db: Database) -> None:
    """The .ics file holds one event per due item; overdue ones sit on today, notes stay out."""
    program_id, pid, _ = _setup(db)
    svc = PairService(db, TODAY)
    svc.add_meeting(
        pid,
        MeetingData(
            date=D(2026, 11, 26),
            status=MeetingStatus.PLANNED,
            duration_minutes=60,
            topics="Mock interview",
            notes="SECRET NOTE",
        ),
    )
    data = svc.calendar_ics(program_id, 30)
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    items = svc.due_items(program_id, 30)
    assert len(events) == len(items) > 0
    summaries = {str(e["summary"]): e for e in events}
    overdue = summaries["OVERDUE Check-in: Amelia Okafor & Farah Haddad"]
    assert overdue.decoded("dtstart") == TODAY
    assert "Was due 2026-09-18" in str(overdue["description"])
    meeting = summaries["Planned meeting: Amelia Okafor & Farah Haddad"]
    assert meeting.decoded("dtstart") == D(2026, 11, 26)
    assert "60 minutes" in str(meeting["description"])
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert b"SECRET" not in data
    assert str(cal["x-wr-calname"]) == "MentorDesk: Spring Cohort"


def test_mailto_link(db: Database) -> None:
    """The e-mail link goes to mentor and mentee, with a minor's guardian in copy."""
    _, pid, _ = _setup(db)
    url = PairService(db, TODAY).mailto(pid)
    assert url.startswith("mailto:amelia@example.org,farah@example.org?")
    assert "cc=parent.farah@example.org" in url
    assert "subject=Mentoring%3A%20Amelia%20Okafor%20%26%20Farah%20Haddad" in url


def test_the_pairs_list_and_due_list_make_no_pair_records(db: Database) -> None:
    """The pairs list and the due list read plain rows: no pair, guardian or IDP records are
    made (thousands of ORM objects for a big program, read while the window waits), and the
    rows say the same as before (names, guardians, planned end)."""
    from sqlalchemy import event

    from mentordesk.db.models.base import Base

    program_id, pid, _closed = _setup(db)
    loaded: list[str] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(type(target).__name__)

    event.listen(Base, "load", on_load, propagate=True)
    try:
        svc = PairService(db, TODAY)
        pairs = svc.list_pairs(program_id)
        items = svc.due_items(program_id, 7)
    finally:
        event.remove(Base, "load", on_load)
    assert set(loaded) <= {"ProgramRecord"}, loaded
    live = next(p for p in pairs if p.id == pid)
    assert live.planned_end_date == D(2026, 11, 25) and live.mentors and live.mentees
    assert (D(2026, 11, 25), "planned end", False) in [(i.date, i.kind, i.overdue) for i in items]
