"""Two coordinators at once: a save over someone else's newer save is refused, naming them;
two approvals at the same moment never book a mentor beyond capacity; windows learn of
changes through the change counters."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from mentordesk.core.changes import Topic
from mentordesk.core.concurrency import ConcurrentEditError
from mentordesk.core.enums import DraftState, PairStatus, Role
from mentordesk.core.errors import MentorDeskError
from mentordesk.db.actor import current_actor
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    AuditRecord,
    MatchDraftRecord,
    PairMemberRecord,
    PairRecord,
    read_counters,
)
from mentordesk.services.matching.runs import MatchingService
from mentordesk.services.pairs import PairService, create_pair
from mentordesk.services.programs.catalog import ProgramService
from mentordesk.services.roster.people import RosterService
from tests.matching.factory import add_person, add_program
from tests.services.pairs_setup import make_cohort


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second connection to the same database: another window, process or coordinator."""
    second = Database(getattr(db, "location", db.path))
    yield second
    second.close()


def _person(db: Database) -> tuple[int, int]:
    cohort = make_cohort(db)
    return cohort.program_id, cohort.mentees[0]


def test_second_save_of_a_person_is_refused_naming_who_and_keeps_the_first(
    db: Database, other: Database
) -> None:
    """Two editors open one person; the later save is refused with who saved, nothing lost."""
    program_id, person_id = _person(db)
    mine, my_version = RosterService(db).get_versioned(program_id, person_id)
    theirs, their_version = RosterService(other).get_versioned(program_id, person_id)
    RosterService(other).update(
        program_id, person_id, dataclasses.replace(theirs, phone="111"), their_version
    )
    with pytest.raises(ConcurrentEditError) as refused:
        RosterService(db).update(
            program_id, person_id, dataclasses.replace(mine, phone="222"), my_version
        )
    assert isinstance(refused.value, MentorDeskError)
    with other.connect_read() as c:  # who saved: the server's role, or the user on a file
        who = c.execute(sa.text("SELECT current_user")).scalar() if other.is_server else None
    assert (who or current_actor()) in str(refused.value) and "UTC" in str(refused.value)
    assert refused.value.theirs.phone == "111"
    assert RosterService(db).get(program_id, person_id).phone == "111"


def test_keep_mine_saves_over_the_newer_version_and_is_audited(
    db: Database, other: Database
) -> None:
    """'Keep mine' saves against the version just seen; the audit log says it overrode one."""
    program_id, person_id = _person(db)
    mine, my_version = RosterService(db).get_versioned(program_id, person_id)
    theirs, their_version = RosterService(other).get_versioned(program_id, person_id)
    RosterService(other).update(
        program_id, person_id, dataclasses.replace(theirs, phone="111"), their_version
    )
    with pytest.raises(ConcurrentEditError) as refused:
        RosterService(db).update(
            program_id, person_id, dataclasses.replace(mine, phone="222"), my_version
        )
    RosterService(db).update(
        program_id,
        person_id,
        dataclasses.replace(mine, phone="222"),
        refused.value.current,
        keep_mine=True,
    )
    assert RosterService(other).get(program_id, person_id).phone == "222"
    with db.read() as session:
        details = session.scalars(
            sa.select(AuditRecord.details).where(AuditRecord.action == "participant.update")
        ).all()
    assert [d.get("kept_mine_over", "") != "" for d in details] == [False, True]


def test_a_membership_change_elsewhere_also_refuses_the_stale_edit(db: Database) -> None:
    """A status change made by another path (not the dialog) still counts as a newer save."""
    program_id, person_id = _person(db)
    service = RosterService(db)
    person, version = service.get_versioned(program_id, person_id)
    service.update(program_id, person_id, dataclasses.replace(person, capacity=3))
    with pytest.raises(ConcurrentEditError):
        service.update(program_id, person_id, dataclasses.replace(person, phone="9"), version)


def test_program_settings_and_agreement_refuse_a_stale_save(db: Database, other: Database) -> None:
    """The program dialog and the agreement tab are protected the same way."""
    cohort = make_cohort(db)
    program = ProgramService(db).get(cohort.program_id)
    ProgramService(other).update(cohort.program_id, program.version, cadence_days=7)
    with pytest.raises(ConcurrentEditError) as refused:
        ProgramService(db).update(cohort.program_id, program.version, cadence_days=21)
    assert refused.value.theirs.cadence_days == 7
    assert ProgramService(db).get(cohort.program_id).cadence_days == 7

    with db.begin() as session:
        pair_id = create_pair(
            session, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]]
        ).id
    opened = PairService(db).agreement(pair_id)  # not saved yet: the program's defaults
    PairService(other).save_agreement(
        pair_id, dataclasses.replace(opened, place="Library"), opened.version
    )
    with pytest.raises(ConcurrentEditError) as refused_agreement:
        PairService(db).save_agreement(
            pair_id, dataclasses.replace(opened, place="Café"), opened.version
        )
    assert refused_agreement.value.theirs.place == "Library"
    assert PairService(db).agreement(pair_id).place == "Library"


def test_every_write_moves_the_counter_of_its_topic_only(db: Database, other: Database) -> None:
    """A save in one connection moves the counters another connection polls, by topic."""
    program_id, person_id = _person(db)
    with other.read() as session:
        before = read_counters(session)
    person = RosterService(db).get(program_id, person_id)
    RosterService(db).update(program_id, person_id, dataclasses.replace(person, phone="5"))
    with other.read() as session:
        after = read_counters(session)
    moved = {topic for topic in Topic if after[topic] != before[topic]}
    assert moved == {Topic.PARTICIPANTS}


def test_a_refused_save_moves_no_counter(db: Database) -> None:
    """A rolled-back transaction tells nobody that anything changed."""
    program_id, person_id = _person(db)
    service = RosterService(db)
    person, version = service.get_versioned(program_id, person_id)
    service.update(program_id, person_id, dataclasses.replace(person, phone="1"))
    with db.read() as session:
        before = read_counters(session)
    with pytest.raises(ConcurrentEditError):
        service.update(program_id, person_id, dataclasses.replace(person, phone="2"), version)
    with db.read() as session:
        assert read_counters(session) == before


def test_a_core_write_counts_its_topics_and_a_failed_one_counts_nothing(
    db: Database, other: Database
) -> None:
    """`Database.write()` (the ORM-free path a matching run takes) follows the same counter
    rule as a session: its tables' topics move once on commit, and nothing moves (or stays
    written) when it fails half-way."""
    from mentordesk.db.tables import audit_log, match_drafts
    from mentordesk.services.common import audit

    cohort = make_cohort(db)
    MatchingService(db).run(cohort.program_id)
    with other.read() as session:
        before = read_counters(session)
        drafts = session.scalar(sa.select(sa.func.count()).select_from(MatchDraftRecord))
    assert drafts
    with pytest.raises(RuntimeError), db.write() as connection:
        connection.execute(sa.delete(match_drafts))
        audit(connection, "test.write", program_id=cohort.program_id)
        raise RuntimeError("crash half-way")
    with other.read() as session:
        assert read_counters(session) == before
        assert session.scalar(sa.select(sa.func.count()).select_from(MatchDraftRecord)) == drafts
    with db.write() as connection:
        connection.execute(
            sa.delete(match_drafts).where(match_drafts.c.program_id == cohort.program_id)
        )
        audit(connection, "test.write", program_id=cohort.program_id, details={"n": 1})
    with other.read() as session:
        after = read_counters(session)
        entry = session.execute(
            sa.select(audit_log.c.actor, audit_log.c.details, audit_log.c.at).where(
                audit_log.c.action == "test.write"
            )
        ).one()
    assert {t for t in Topic if after[t] != before[t]} == {Topic.MATCHING}
    assert after[Topic.MATCHING] == before[Topic.MATCHING] + 1
    assert entry.details == {"n": 1} and entry.actor and entry.at is not None


def test_two_approvals_at_once_never_exceed_a_mentors_capacity(
    db: Database, other: Database
) -> None:
    """Two coordinators approve a different mentee for the same one-place mentor at the
    same moment: one pair is made, the other approval is refused with the reason."""
    program_id = add_program(db, "Race")
    with db.begin() as session:
        mentor = add_person(session, program_id, "Mo Mentor", Role.MENTOR, capacity=1)
        first = add_person(session, program_id, "Ana Mentee", Role.MENTEE)
        second = add_person(session, program_id, "Ben Mentee", Role.MENTEE)
        for mentee in (first, second):
            session.add(
                MatchDraftRecord(
                    program_id=program_id,
                    mentor_id=mentor,
                    mentee_id=mentee,
                    state=DraftState.PROPOSED,
                    score=80.0,
                )
            )
    arrived = [threading.Event(), threading.Event()]
    outcome: dict[int, object] = {}

    def approve(index: int, database: Database, mentee: int) -> None:
        def hold(_percent: int, _message: str) -> None:
            # Both approvals have checked capacity: wait (briefly) for the other to get here
            # too, which it only can if nothing serialises the two.
            arrived[index].set()
            arrived[1 - index].wait(timeout=1.5)

        try:
            result, _changes = MatchingService(database).approve(
                program_id, [(mentor, mentee)], progress=hold
            )
            outcome[index] = result
        except MentorDeskError as error:
            outcome[index] = error

    threads = [
        threading.Thread(target=approve, args=(0, db, first)),
        threading.Thread(target=approve, args=(1, other, second)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    with db.read() as session:
        live = session.scalar(
            sa.select(sa.func.count())
            .select_from(PairMemberRecord)
            .join(PairRecord, PairRecord.id == PairMemberRecord.pair_id)
            .where(
                PairMemberRecord.role == Role.MENTEE,
                PairRecord.status.in_([PairStatus.ACTIVE, PairStatus.PAUSED]),
            )
        )
    assert live == 1
    refused = [o for o in outcome.values() if isinstance(o, MentorDeskError)]
    assert len(outcome) == 2 and len(refused) == 1
    assert "Mo Mentor" in str(refused[0]) and "capacity" in str(refused[0]).lower()


def test_two_pair_starts_at_once_never_exceed_a_mentors_capacity(
    db: Database, other: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two coordinators activate two proposed pairs of the same one-place mentor at the same
    moment: one starts, the other is refused naming the mentor's capacity."""
    from mentordesk.services.pairs import lifecycle

    program_id = add_program(db, "Race")
    with db.begin() as session:
        mentor = add_person(session, program_id, "Mo Mentor", Role.MENTOR, capacity=1)
        pairs = [
            create_pair(
                session,
                program_id,
                [mentor],
                [add_person(session, program_id, name, Role.MENTEE)],
                status=PairStatus.PROPOSED,
            ).id
            for name in ("Ana Mentee", "Ben Mentee")
        ]
    arrived = {pairs[0]: threading.Event(), pairs[1]: threading.Event()}
    checked = lifecycle.start_problems

    def start_problems_then_wait(session: object, pair: PairRecord, today: object) -> object:
        # Capacity has been checked: wait (briefly) for the other start to get here too,
        # which it only can if nothing serialises the two.
        arrived[pair.id].set()
        arrived[pairs[1] if pair.id == pairs[0] else pairs[0]].wait(timeout=1.5)
        return checked(session, pair, today)  # type: ignore[arg-type]

    monkeypatch.setattr(lifecycle, "start_problems", start_problems_then_wait)
    outcome: dict[int, object] = {}

    def activate(database: Database, pair_id: int) -> None:
        try:
            outcome[pair_id] = PairService(database).activate(pair_id)
        except MentorDeskError as error:
            outcome[pair_id] = error

    threads = [
        threading.Thread(target=activate, args=(db, pairs[0])),
        threading.Thread(target=activate, args=(other, pairs[1])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    with db.read() as session:
        active = session.scalar(
            sa.select(sa.func.count())
            .select_from(PairRecord)
            .where(PairRecord.status == PairStatus.ACTIVE)
        )
    refused = [o for o in outcome.values() if isinstance(o, MentorDeskError)]
    assert active == 1 and len(outcome) == 2 and len(refused) == 1
    assert "Mo Mentor" in str(refused[0]) and "capacity" in str(refused[0])


def test_one_statement_adding_two_people_with_one_email_is_refused(db: Database) -> None:
    """The e-mail rule holds for a bulk insert too (one statement, many memberships): the
    database refuses it whole, on either engine."""
    from mentordesk.db.models import MembershipRecord, ParticipantRecord

    program_id = add_program(db, "Bulk")
    with pytest.raises(MentorDeskError, match="e-mail"), db.begin() as session:
        ids = list(
            session.scalars(
                sa.insert(ParticipantRecord).returning(ParticipantRecord.id),
                [
                    {"full_name": "Ana", "email": "ana@x.org"},
                    {"full_name": "Bo", "email": "bo@x.org"},
                    {"full_name": "Ana again", "email": "ANA@x.org"},
                ],
            )
        )
        session.execute(
            sa.insert(MembershipRecord),
            [{"program_id": program_id, "participant_id": i, "role": Role.MENTEE} for i in ids],
        )
    with db.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(MembershipRecord)) == 0
