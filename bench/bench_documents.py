"""Documents: one agreement (≤ 0.1 s), 500 agreements in a batch (≤ 30 s), the summary of a
5,000-pair program with 100,000 meetings (≤ 2 s) — with names in every script a school roster
holds (bidirectional layout, HarfBuzz shaping and the Noto fonts loaded), in English and Arabic."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from mentordesk.core.enums import ClosureType, MeetingStatus, PairStatus, Party, Role
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    AgreementRecord,
    CheckInRecord,
    ClosureRecord,
    GoalRecord,
    MeetingRecord,
    MembershipRecord,
    PairEventRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.documents.produce import BatchKind, DocumentService

NAMES = [
    "Zoë Ñúñez",
    "Ελένη Π.",
    "Дмитрий И.",
    "王小明",
    "فاطمة الزهراء",
    "דוד כהן",
    "山田さくら",
    "김민준",
    "Alex Smith",
    "שרה בן דוד",
    "สมชาย ใจดี",
    "अनुष्का शर्मा",
    "রবি দাস",
    "አበበ ቢቂላ",
    "Արամ Պետրոսյան",
]
START = dt.date(2025, 9, 1)
TODAY = dt.date(2026, 5, 1)


def build(db: Database, pairs: int, meetings: int, *, previous: bool = False) -> int:
    """A synthetic program with `pairs` pairs and `meetings` meetings, by bulk inserts."""
    rng = random.Random(7)
    with db.begin() as s:
        program = ProgramRecord(
            name=f"Bench {pairs}",
            organization="Bench School",
            start_date=START,
            end_date=dt.date(2026, 6, 30),
        )
        s.add(program)
        s.flush()
        pid = program.id
        first = (s.scalar(sa.select(sa.func.max(ParticipantRecord.id))) or 0) + 1
        people = [
            {
                "id": first + i,
                "full_name": f"{NAMES[i % len(NAMES)]} {i}",
                "preferred_name": "",
                "email": f"p{first + i}@example.org",
                "phone": "",
                "grade": "",
                "org_unit": "",
                "skills_offered": [],
                "skills_sought": [],
                "interests": [],
                "goals": [],
                "languages": [],
                "location": "",
                "time_zone": "",
                "availability": [],
                "preferred_format": "",
                "gender": "",
                "pronouns": "",
                "identity_preferences": "",
                "notes": "",
            }
            for i in range(2 * pairs)
        ]
        s.execute(sa.insert(ParticipantRecord), people)
        s.execute(
            sa.insert(MembershipRecord),
            [
                {
                    "program_id": pid,
                    "participant_id": first + i,
                    "role": Role.MENTOR if i < pairs else Role.MENTEE,
                    "status": "active",
                    "capacity": 1 if i < pairs else 0,
                    "ranked_choices": [],
                }
                for i in range(2 * pairs)
            ],
        )
        first_pair = (s.scalar(sa.select(sa.func.max(PairRecord.id))) or 0) + 1
        statuses = [PairStatus.ACTIVE] * 8 + [PairStatus.PAUSED, PairStatus.CLOSED]
        pair_rows = [
            {
                "id": first_pair + k,
                "program_id": pid,
                "status": statuses[k % 10],
                "start_date": START + dt.timedelta(days=k % 30),
                "planned_end_date": dt.date(2026, 6, 30),
                "explanation": [],
                "rationale": "",
                "approved_by": "bench",
                "pause_reason": "",
            }
            for k in range(pairs)
        ]
        s.execute(sa.insert(PairRecord), pair_rows)
        s.execute(
            sa.insert(PairMemberRecord),
            [
                {"pair_id": first_pair + k, "participant_id": first + k + offset, "role": role}
                for k in range(pairs)
                for offset, role in ((0, Role.MENTOR), (pairs, Role.MENTEE))
            ],
        )
        s.execute(
            sa.insert(PairEventRecord),
            [
                {
                    "pair_id": r["id"],
                    "date": r["start_date"],
                    "to_status": PairStatus.ACTIVE,
                    "reason": "",
                }
                for r in pair_rows
            ],
        )
        s.execute(
            sa.insert(AgreementRecord),
            [
                {
                    "pair_id": first_pair + k,
                    "meeting_frequency": "every 2 weeks",
                    "meeting_minutes": 45,
                    "meeting_format": "in person",
                    "usual_time": "Tue 15:30",
                    "place": "Library",
                    "contact_between": "",
                    "confidentiality": "",
                    "boundaries": "",
                    "obligations": "",
                    "ending_clause": "",
                    "status": "draft",
                }
                for k in range(pairs)
            ],
        )
        s.execute(
            sa.insert(GoalRecord),
            [
                {
                    "pair_id": first_pair + k,
                    "statement": "Read one book a month",
                    "measure": "",
                    "priority": 2,
                    "status": "open",
                    "resources": "",
                    "mentor_role": "",
                    "position": 0,
                }
                for k in range(pairs)
            ],
        )
        s.execute(
            sa.insert(MeetingRecord),
            [
                {
                    "pair_id": first_pair + rng.randrange(pairs),
                    "date": START + dt.timedelta(days=rng.randrange(240)),
                    "duration_minutes": 45,
                    "format": "in person",
                    "status": MeetingStatus.HELD if rng.random() < 0.9 else MeetingStatus.CANCELLED,
                    "topics": "",
                    "notes": "",
                    "next_steps": "",
                    "attendees": "",
                }
                for _ in range(meetings)
            ],
        )
        s.execute(
            sa.insert(CheckInRecord),
            [
                {
                    "pair_id": first_pair + k,
                    "date": START + dt.timedelta(days=30 + k % 200),
                    "party": Party.MENTEE,
                    "method": "phone",
                    "rating": 1 + k % 5,
                    "safety_concern": False,
                    "safety_note": "",
                    "follow_up": "",
                    "notes": "",
                }
                for k in range(pairs)
            ],
        )
        s.execute(
            sa.insert(ClosureRecord),
            [
                {
                    "pair_id": r["id"],
                    "date": dt.date(2026, 3, 1),
                    "type": ClosureType.COMPLETED if r["id"] % 20 else ClosureType.EARLY,
                    "initiated_by": "",
                    "reason_code": "moved",
                    "mentor_feedback": "",
                    "mentee_feedback": "",
                    "rematch": "",
                }
                for r in pair_rows
                if r["status"] == PairStatus.CLOSED
            ],
        )
    return pid


def _time(label: str, target: float, call) -> float:  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    call()
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    verdict = "ok" if took <= target else "OVER TARGET"
    print(f"{label:48s} {took:8.3f} s  cpu {cpu:7.3f} s  (target ≤ {target:g} s)  {verdict}")
    return took


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = Database(root / "bench.sqlite")
        service = DocumentService(db, today=lambda: TODAY)
        small = build(db, 500, 5000)
        with db.read() as session:
            first_pair = session.scalar(
                sa.select(sa.func.min(PairRecord.id)).where(PairRecord.program_id == small)
            )
        service.agreement(first_pair)  # warm-up: font loading happens once per process
        runs = [
            _time("one agreement (warm)", 0.1, lambda: service.agreement(first_pair))
            for _ in range(5)
        ]
        print(f"{'  median of 5':48s} {sorted(runs)[2]:8.3f} s")
        # Arabic, a different pair each time (a name's words are shaped once per process):
        # the first 15 pairs load every script's font, the next 10 are timed.
        for k in range(15):
            service.agreement(first_pair + k, language="ar")
        timed = []
        for k in range(15, 25):
            started, cpu = time.perf_counter(), time.process_time()
            service.agreement(first_pair + k, language="ar")
            timed.append((time.process_time() - cpu, time.perf_counter() - started))
        cpus, walls = sorted(c for c, _ in timed), sorted(w for _, w in timed)
        verdict = "ok" if cpus[5] <= 0.1 else "OVER TARGET"
        print(
            f"{'one agreement in Arabic (mirrored), 10 pairs':48s} {walls[5]:8.3f} s  "
            f"cpu {cpus[5]:7.3f} s  median; cpu max {cpus[-1]:.3f} s  (target ≤ 0.1 s)  {verdict}"
        )
        _time(
            "500 agreements in a batch (folder)",
            30,
            lambda: service.batch(BatchKind.AGREEMENTS, small, root / "out", paper="a4"),
        )
        started = time.perf_counter()
        big = build(db, 5000, 100_000)
        print(f"{'(building the 5,000-pair program)':48s} {time.perf_counter() - started:8.3f} s")
        _time(
            "program summary, 5,000 pairs, 100,000 meetings",
            2,
            lambda: service.summary(big, paper="a4"),
        )
        db.close()


if __name__ == "__main__":
    main()
