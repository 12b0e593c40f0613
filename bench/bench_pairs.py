"""Pair health for a big program: at-risk, list, due items (target < 0.5 s each at 500 pairs).

The target is this area's own: the Pairs view recomputes these on every change, so they must
stay interactive. Builds a program of 400 mentors (capacity 2) and 700 mentees with the sample
pair generator (months of meetings, check-ins and goals per pair).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from mentordesk.core.enums import MemberStatus, Role
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    CheckInRecord,
    MeetingRecord,
    MembershipRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.pairs.health import at_risk_pairs
from mentordesk.services.pairs.service import PairService
from mentordesk.services.sample.pairs import populate_pairs

TODAY = dt.date(2026, 11, 22)


def _build(db: Database) -> int:
    with db.begin() as s:
        program = ProgramRecord(name="Big district program", cadence_days=14)
        s.add(program)
        s.flush()
        for n in range(1100):
            mentor = n < 400
            p = ParticipantRecord(
                full_name=f"Person {n:04d}",
                email=f"p{n}@example.org",
                date_of_birth=dt.date(2011, 5, 1) if n % 5 == 0 else None,
            )
            s.add(p)
            s.flush()
            s.add(
                MembershipRecord(
                    program_id=program.id,
                    participant_id=p.id,
                    role=Role.MENTOR if mentor else Role.MENTEE,
                    status=MemberStatus.ACTIVE,
                    capacity=2 if mentor else 0,
                )
            )
        populate_pairs(s, program.id, seed=5, today=TODAY)
        return program.id


def _time(label: str, fn: object, target_ms: int = 500) -> None:
    start = time.perf_counter()
    result = fn()  # type: ignore[operator]
    took = time.perf_counter() - start
    size = len(result) if hasattr(result, "__len__") else ""
    print(f"  {label:<34} {took * 1000:7.0f} ms  {size}  (target < {target_ms} ms)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        program_id = _build(db)
        with db.read() as s:
            pairs = s.scalar(sa.select(sa.func.count()).select_from(PairRecord))
            meetings = s.scalar(sa.select(sa.func.count()).select_from(MeetingRecord))
            checkins = s.scalar(sa.select(sa.func.count()).select_from(CheckInRecord))
        print(
            f"  built {pairs} pairs, {meetings} meetings, {checkins} check-ins "
            f"in {time.perf_counter() - start:.1f} s"
        )
        svc = PairService(db, TODAY)

        def risk() -> list[object]:
            with db.read() as s:
                return list(at_risk_pairs(s, program_id, TODAY))

        _time("at_risk_pairs (whole program)", risk)
        _time("PairService.list_pairs", lambda: svc.list_pairs(program_id))
        _time("PairService.due_items (7 days)", lambda: svc.due_items(program_id, 7))
        # An export the coordinator starts by hand, not recomputed on every change.
        _time("PairService.calendar_ics (90 days)", lambda: svc.calendar_ics(program_id), 3000)
        first = svc.list_pairs(program_id)[0].id
        _time("PairService.detail (one pair)", lambda: [svc.detail(first)])
        db.close()


if __name__ == "__main__":
    main()
