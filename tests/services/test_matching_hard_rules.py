"""Issue 10: no run or approval breaks a hard rule — stale pins, capacity in people, peer
rejections, and why a mentee is left over."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.core.enums import (
    DraftState,
    MemberStatus,
    PairStatus,
    ProgramFormat,
    Role,
)
from mentordesk.core.errors import RuleError
from mentordesk.db.engine import Database
from mentordesk.db.models import (
    MembershipRecord,
    PairRecord,
    ScreeningRecord,
)
from mentordesk.services.matching import MatchingService
from mentordesk.services.roster import RosterService
from tests.matching.factory import add_person, add_program

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def two_pairs(db: Database, name: str = "Pins") -> tuple[int, dict[str, int]]:
    pid = add_program(db, name)
    ids: dict[str, int] = {}
    with db.begin() as s:
        ids["ann"] = add_person(s, pid, "Ann Mentor", Role.MENTOR, seniority=10, goals=("a",))
        ids["bob"] = add_person(s, pid, "Bob Mentor", Role.MENTOR, seniority=10, goals=("b",))
        ids["cat"] = add_person(s, pid, "Cat Mentee", Role.MENTEE, seniority=1, goals=("b",))
        ids["dan"] = add_person(s, pid, "Dan Mentee", Role.MENTEE, seniority=1, goals=("a",))
    return pid, ids


def expire_check(db: Database, person: int) -> None:
    with db.begin() as s:
        record = s.scalars(
            sa.select(ScreeningRecord).where(ScreeningRecord.participant_id == person)
        ).one()
        record.background_check_expiry = YESTERDAY


def withdraw(db: Database, program: int, person: int) -> None:
    with db.begin() as s:
        s.execute(
            sa.update(MembershipRecord)
            .where(
                MembershipRecord.program_id == program, MembershipRecord.participant_id == person
            )
            .values(status=MemberStatus.WITHDRAWN)
        )


def live_pairs(db: Database, program: int) -> set[tuple[int, int]]:
    """(mentor, mentee) of every live pair."""
    with db.read() as s:
        pairs = s.scalars(
            sa.select(PairRecord).where(
                PairRecord.program_id == program,
                PairRecord.status.in_((PairStatus.ACTIVE, PairStatus.PAUSED)),
            )
        ).all()
        out = set()
        for pair in pairs:
            mentors = [m.participant_id for m in pair.members if m.role is Role.MENTOR]
            for m in pair.members:
                if m.role is Role.MENTEE:
                    out.add((mentors[0], m.participant_id))
        return out


def test_pin_on_a_mentor_whose_check_expired_is_reported_and_never_approved(db: Database) -> None:
    """A pin made while cleared: once the check expires, the run reports it, approval refuses."""
    pid, ids = two_pairs(db)
    service = MatchingService(db)
    service.pin(pid, ids["ann"], ids["cat"], "asked for each other")
    expire_check(db, ids["ann"])
    result, _ = service.run(pid)
    assert [(p.mentor_id, p.mentee_id) for p in result.invalid_pins] == [(ids["ann"], ids["cat"])]
    assert "mentor not eligible: background check expired" in result.invalid_pins[0].reasons
    pin = next(d for d in result.drafts if (d.mentor_id, d.mentee_id) == (ids["ann"], ids["cat"]))
    assert pin.state is DraftState.PINNED and pin.blocked  # kept, flagged with the reason
    assert result.matched == 1  # Cat goes to Bob instead; the expired mentor gets nobody
    approved, _ = service.approve(pid)
    assert (ids["ann"], ids["cat"]) not in live_pairs(db, pid)
    assert [(r.mentor_id, r.mentee_id) for r in approved.refused] == [(ids["ann"], ids["cat"])]
    assert "background check expired" in approved.refused[0].text


def test_approving_only_an_invalid_pin_is_refused_with_the_reason(db: Database) -> None:
    """Approve selected on a pin whose mentee withdrew: refused with one clear sentence."""
    pid, ids = two_pairs(db)
    service = MatchingService(db)
    service.pin(pid, ids["ann"], ids["dan"])
    withdraw(db, pid, ids["dan"])
    with pytest.raises(RuleError, match="withdrawn"):
        service.approve(pid, [(ids["ann"], ids["dan"])])
    assert live_pairs(db, pid) == set()


def test_withdrawn_mentee_pin_is_reported_by_the_run(db: Database) -> None:
    """A run re-checks the pin of a mentee who withdrew and says why it no longer holds."""
    pid, ids = two_pairs(db)
    service = MatchingService(db)
    service.pin(pid, ids["ann"], ids["dan"])
    withdraw(db, pid, ids["dan"])
    result, _ = service.run(pid)
    assert [p.reasons for p in result.invalid_pins] == [("mentee not eligible: withdrawn",)]
    assert all(d.mentee_id != ids["dan"] or d.blocked for d in result.drafts)


def test_cli_match_approve_does_not_approve_a_stale_pin(
    db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`match --approve` after the pinned mentor's check expired: the pair is not created."""
    db = Database(db_location)
    pid, ids = two_pairs(db, "Pins")
    MatchingService(db).pin(pid, ids["ann"], ids["cat"])
    expire_check(db, ids["ann"])
    assert main(["--db", str(db_location), "match", "--program", "Pins", "--approve"]) == 0
    out = capsys.readouterr().out
    assert "pin no longer holds" in out and "background check expired" in out
    assert (ids["ann"], ids["cat"]) not in live_pairs(db, pid)
    db.close()


def group_program(db: Database, mentees: int) -> tuple[int, list[int], list[int]]:
    pid = add_program(db, "Circles", format=ProgramFormat.GROUP)
    with db.begin() as s:
        mentors = [
            add_person(s, pid, f"Mentor {k}", Role.MENTOR, capacity=4, seniority=10, goals=("a",))
            for k in range(2)
        ]
        people = [
            add_person(s, pid, f"Mentee {k}", Role.MENTEE, seniority=1, goals=("a",))
            for k in range(mentees)
        ]
    return pid, mentors, people


def test_group_circles_never_exceed_capacity_counted_in_people(db: Database) -> None:
    """2 mentors × capacity 4: after circles of 4 and 2, importing 6 more fills to 4 and 4."""
    pid, mentors, _people = group_program(db, 6)
    service = MatchingService(db)
    service.run(pid)
    service.approve(pid)
    with db.begin() as s:
        for k in range(6, 12):
            add_person(s, pid, f"Mentee {k}", Role.MENTEE, seniority=1, goals=("a",))
    second, _ = service.run(pid)
    assert second.matched == 2
    assert {u.reason for u in second.unmatched} == {"all capacity taken"}
    service.approve(pid)
    held: dict[int, int] = {}
    for mentor, _mentee in live_pairs(db, pid):
        held[mentor] = held.get(mentor, 0) + 1
    assert held == {mentors[0]: 4, mentors[1]: 4}
    roster = {r.participant_id: r for r in RosterService(db).rows(pid)}
    assert [roster[m].places_used for m in mentors] == [4, 4]
    overview = {m.id: m for m in service.overview(pid).mentors}
    assert [overview[m].free for m in mentors] == [0, 0]


def test_roster_cli_shows_places_in_people(
    db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`participants` prints a mentor's places as mentees held / capacity ("4/4", not "1/4")."""
    db = Database(db_location)
    pid, mentors, _people = group_program(db, 6)
    service = MatchingService(db)
    service.run(pid)
    service.approve(pid)
    db.close()
    assert main(["--db", str(db_location), "participants", "--program", "Circles"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Mentor ")]
    assert sorted(line.split("\t")[5] for line in lines) == ["2/4", "4/4"]
    del pid, mentors


def test_approval_refuses_more_mentees_than_a_mentor_has_places(db: Database) -> None:
    """Drafts beyond a mentor's places (a live circle filled meanwhile) are refused at approval."""
    from mentordesk.services.pairs import create_pair

    pid = add_program(db, "Circles", format=ProgramFormat.GROUP)
    with db.begin() as s:
        best = add_person(s, pid, "Best", Role.MENTOR, capacity=4, seniority=10, goals=("a",))
        other = add_person(s, pid, "Other", Role.MENTOR, capacity=4, seniority=10, goals=("z",))
        for k in range(3):
            add_person(s, pid, f"Mentee {k}", Role.MENTEE, seniority=1, goals=("a",))
    service = MatchingService(db)
    run, _ = service.run(pid)
    assert {d.mentor_id for d in run.drafts} == {best}
    # Meanwhile "Best" takes a circle of four outside the matcher: no place is left.
    with db.begin() as s:
        extra = [add_person(s, pid, f"Late {k}", Role.MENTEE, seniority=1) for k in range(4)]
        create_pair(s, pid, [best], extra, status=PairStatus.ACTIVE)
    with pytest.raises(RuleError, match="capacity is full"):
        service.approve(pid)
    held: dict[int, int] = {}
    for mentor, _mentee in live_pairs(db, pid):
        held[mentor] = held.get(mentor, 0) + 1
    assert held == {best: 4}
    del other


def test_peer_rejection_covers_both_directions(db: Database) -> None:
    """Reject A→B in a peer program: the next run never proposes B→A."""
    pid = add_program(db, "Peers", format=ProgramFormat.PEER)
    with db.begin() as s:
        a = add_person(s, pid, "Peer A", Role.BOTH, screening=None, interests=("x",))
        b = add_person(s, pid, "Peer B", Role.BOTH, screening=None, interests=("x",))
    service = MatchingService(db)
    first, _ = service.run(pid)
    (draft,) = first.drafts
    service.reject(pid, draft.mentor_id, draft.mentee_id)
    again, _ = service.run(pid)
    assert {frozenset((d.mentor_id, d.mentee_id)) for d in again.drafts} == set()
    candidates = service.candidates(pid, draft.mentor_id)
    assert "rejected earlier" in candidates[0].blocked_by
    del a, b


def test_mentee_left_over_because_mentors_are_full_is_told_capacity(db: Database) -> None:
    """A mentee whose only eligible mentor is full is 'all capacity taken', not 'no eligible'."""
    pid = add_program(db, "Full")
    with db.begin() as s:
        mentor = add_person(s, pid, "Only Mentor", Role.MENTOR, seniority=10)
        first = add_person(s, pid, "First Mentee", Role.MENTEE, seniority=1)
        late = add_person(s, pid, "Late Mentee", Role.MENTEE, seniority=1)
        from mentordesk.services.pairs import create_pair

        create_pair(s, pid, [mentor], [first])
    result, _ = MatchingService(db).run(pid)
    assert [(u.mentee_id, u.reason) for u in result.unmatched] == [(late, "all capacity taken")]
