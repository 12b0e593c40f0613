"""MatchingService against a real SQLite file: run, review, approve, undo, audit, settings."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from mentordesk.core.enums import DraftState, PairStatus, ProgramFormat, Role, ScreeningDecision
from mentordesk.core.errors import RuleError, ValidationError
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, PairRecord
from mentordesk.services.matching.runs import MatchingService
from mentordesk.services.pairs.store import create_pair
from tests.matching.factory import add_person, add_program, realistic_program


def small(db: Database, **program: object) -> tuple[int, dict[str, int]]:
    pid = add_program(db, "Small", **program)
    ids: dict[str, int] = {}
    with db.begin() as s:
        ids["ann"] = add_person(
            s,
            pid,
            "Ann Mentor",
            Role.MENTOR,
            capacity=2,
            seniority=10,
            goals=("python", "speaking"),
        )
        ids["bob"] = add_person(s, pid, "Bob Mentor", Role.MENTOR, seniority=8, goals=("sales",))
        ids["cat"] = add_person(s, pid, "Cat Mentee", Role.MENTEE, seniority=1, goals=("python",))
        ids["dan"] = add_person(s, pid, "Dan Mentee", Role.MENTEE, seniority=2, goals=("sales",))
        ids["eve"] = add_person(s, pid, "Eve Mentee", Role.MENTEE, seniority=1, goals=("speaking",))
    return pid, ids


def pairs_of(result) -> set[tuple[int, int]]:
    return {(d.mentor_id, d.mentee_id) for d in result.drafts}


def actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(sa.select(AuditRecord.action).order_by(AuditRecord.id)))


def test_run_proposes_and_stores_drafts_with_explanations(db: Database) -> None:
    """A run stores one draft per proposed pair with its score and explanation, and audits."""
    pid, ids = small(db)
    service = MatchingService(db)
    result, changes = service.run(pid)
    assert pairs_of(result) == {
        (ids["ann"], ids["cat"]),
        (ids["ann"], ids["eve"]),
        (ids["bob"], ids["dan"]),
    }
    assert result.matched == 3 and not result.unmatched
    assert all(d.explanation and d.score is not None for d in result.drafts)
    assert changes.program_id == pid
    assert "match.run" in actions(db)
    assert len(service.overview(pid).drafts) == 3


def test_rerun_undo_puts_previous_proposals_back(db: Database) -> None:
    """Undoing a run restores exactly the drafts that were there before."""
    pid, _ids = small(db)
    service = MatchingService(db)
    first, _ = service.run(pid)
    second, _ = service.run(pid, min_score=99)
    assert second.matched == 0
    assert {u.reason for u in second.unmatched} == {"below the minimum score"}
    service.restore(second.undo)
    assert {(d.mentor_id, d.mentee_id) for d in service.overview(pid).drafts} == pairs_of(first)


def test_not_cleared_and_expired_mentors_are_ineligible_with_the_reason(db: Database) -> None:
    """Mentors pending screening or with an expired check are listed as ineligible, not matched."""
    pid = add_program(db, "P")
    with db.begin() as s:
        add_person(s, pid, "Pat", Role.MENTOR, screening=ScreeningDecision.PENDING)
        add_person(s, pid, "Exp", Role.MENTOR, check_expiry=dt.date.today() - dt.timedelta(days=1))
        add_person(s, pid, "Kid", Role.MENTEE)
    service = MatchingService(db)
    reasons = {m.name: m.reason for m in service.overview(pid).mentors}
    assert reasons == {"Pat": "screening pending", "Exp": "background check expired"}
    result, _ = service.run(pid)
    assert result.matched == 0
    assert [u.reason for u in result.unmatched] == ["no eligible mentor"]


def test_mentee_in_a_live_pair_is_skipped_unless_asked(db: Database) -> None:
    """Mentees already in an active pair are not matched again unless include_matched."""
    pid, ids = small(db)
    with db.begin() as s:
        create_pair(s, pid, [ids["bob"]], [ids["cat"]])
    service = MatchingService(db)
    result, _ = service.run(pid)
    assert ids["cat"] not in {d.mentee_id for d in result.drafts}
    again, _ = service.run(pid, include_matched=True)
    assert ids["cat"] in {d.mentee_id for d in again.drafts}
    mentors = {m.id: m for m in service.overview(pid).mentors}
    assert mentors[ids["bob"]].used == 1 and mentors[ids["bob"]].free == 0


def test_pin_survives_reruns_and_unpin_and_undo(db: Database) -> None:
    """A pinned pair is kept by every re-run, audited with its reason, and undo removes it."""
    pid, ids = small(db)
    service = MatchingService(db)
    service.run(pid)
    undo, _ = service.pin(pid, ids["bob"], ids["eve"], "they already know each other")
    result, _ = service.run(pid)
    pinned = [d for d in result.drafts if d.state is DraftState.PINNED]
    assert [(d.mentor_id, d.mentee_id) for d in pinned] == [(ids["bob"], ids["eve"])]
    with db.read() as s:
        reason = s.scalar(sa.select(AuditRecord.reason).where(AuditRecord.action == "match.pin"))
    assert reason == "they already know each other"
    service.unpin(pid, ids["bob"], ids["eve"])
    assert all(d.state is DraftState.PROPOSED for d in service.overview(pid).drafts)
    with pytest.raises(RuleError):
        service.unpin(pid, ids["bob"], ids["eve"])
    del undo


def test_pin_refuses_what_the_hard_rules_forbid(db: Database) -> None:
    """Pinning an excluded pair or past capacity is refused with the reason."""
    pid, ids = small(db)
    service = MatchingService(db)
    service.add_exclusion(pid, ids["bob"], ids["dan"], "same family")
    with pytest.raises(RuleError, match="same family"):
        service.pin(pid, ids["bob"], ids["dan"])
    service.pin(pid, ids["bob"], ids["cat"])
    with pytest.raises(RuleError, match="capacity is full"):
        service.pin(pid, ids["bob"], ids["eve"])


def test_reject_keeps_the_pair_out_and_undo_restores(db: Database) -> None:
    """A rejected proposal is not proposed again; undoing the reject allows it again."""
    pid, ids = small(db)
    service = MatchingService(db)
    service.run(pid)
    undo, _ = service.reject(pid, ids["bob"], ids["dan"], "clash of schedules")
    result, _ = service.run(pid)
    assert (ids["bob"], ids["dan"]) not in pairs_of(result)
    service.restore(undo)
    result, _ = service.run(pid)
    assert (ids["bob"], ids["dan"]) in pairs_of(result)


def test_exclusion_removes_drafts_and_blocks_future_runs(db: Database) -> None:
    """An exclusion deletes drafts between the two and is never proposed; bad input refused."""
    pid, ids = small(db)
    service = MatchingService(db)
    service.run(pid)
    row, undo, _ = service.add_exclusion(pid, ids["dan"], ids["bob"], "direct manager")
    assert row.reason == "direct manager" and undo.keys == ((ids["bob"], ids["dan"]),)
    result, _ = service.run(pid)
    assert (ids["bob"], ids["dan"]) not in pairs_of(result)
    with pytest.raises(ValidationError):
        service.add_exclusion(pid, ids["bob"], ids["dan"])
    with pytest.raises(ValidationError):
        service.add_exclusion(pid, ids["bob"], ids["bob"])
    service.remove_exclusion(pid, row.id)
    assert service.overview(pid).exclusions == ()


def test_approve_creates_active_pairs_with_score_and_rationale_and_undo(db: Database) -> None:
    """Approval makes active pairs with score, explanation, rationale; undo brings drafts back."""
    pid, ids = small(db)
    service = MatchingService(db)
    service.run(pid)
    result, changes = service.approve(pid, [(ids["bob"], ids["dan"])], reason="good fit")
    assert len(result.pair_ids) == 1 and changes.ids == frozenset(result.pair_ids)
    with db.read() as s:
        pair = s.get(PairRecord, result.pair_ids[0])
        assert pair is not None
        assert pair.status is PairStatus.ACTIVE and pair.start_date == dt.date.today()
        assert pair.score and pair.explanation and "good fit" in pair.rationale
    assert len(service.overview(pid).drafts) == 2
    service.undo_approve(result)
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(PairRecord)) == 0
    assert len(service.overview(pid).drafts) == 3
    assert "match.approve.undo" in actions(db)


def test_group_program_approves_one_circle_per_mentor(db: Database) -> None:
    """In group programs the mentor's drafts become one circle."""
    pid, _ids = small(db, format=ProgramFormat.GROUP)
    service = MatchingService(db)
    service.run(pid)
    result, _ = service.approve(pid)
    assert len(result.pair_ids) == 2


def test_changing_weights_never_touches_approved_pairs(db: Database) -> None:
    """Saving new weights leaves approved pairs' scores and explanations as they were."""
    pid, _ids = small(db)
    service = MatchingService(db)
    service.run(pid)
    result, _ = service.approve(pid)
    with db.read() as s:
        before = [(p.score, p.explanation) for p in s.scalars(sa.select(PairRecord))]
    previous, _ = service.save_settings(pid, {"goals": 0.0, "language": 5.0}, {"min_score": 20})
    assert previous == ({}, {})
    with db.read() as s:
        assert [(p.score, p.explanation) for p in s.scalars(sa.select(PairRecord))] == before
    overview = service.overview(pid)
    assert overview.weights["language"] == 5.0 and overview.options.min_score == 20
    del result


def test_bad_settings_are_refused_with_field_messages(db: Database) -> None:
    """Negative weights or unknown objectives are refused, naming the field."""
    pid, _ids = small(db)
    service = MatchingService(db)
    with pytest.raises(ValidationError) as error:
        service.save_settings(pid, {"goals": -1}, {})
    assert "goals" in error.value.fields
    with pytest.raises(ValidationError) as error:
        service.save_settings(pid, {}, {"objective": "fastest"})
    assert "objective" in error.value.fields


def test_candidates_rank_mentors_and_say_why_some_are_blocked(db: Database) -> None:
    """The candidate list for one mentee: eligible first by score, blocked ones with reasons."""
    pid = realistic_program(db)
    service = MatchingService(db)
    overview = service.overview(pid)
    mentee = overview.mentees[0]
    candidates = service.candidates(pid, mentee.id)
    assert len(candidates) == len(overview.mentors)
    eligible = [c for c in candidates if c.eligible]
    assert [c.score for c in eligible] == sorted((c.score for c in eligible), reverse=True)
    assert any("screening pending" in " ".join(c.blocked_by) for c in candidates)


def test_peer_program_matches_one_pool(db: Database) -> None:
    """Peer programs pair members of one pool; nobody appears twice."""
    pid = realistic_program(db, mentees=9, mentors=0, program_format=ProgramFormat.PEER)
    result, _ = MatchingService(db).run(pid)
    people = [x for d in result.drafts for x in (d.mentor_id, d.mentee_id)]
    assert len(result.drafts) == 4 and len(set(people)) == 8


def test_rotation_service_and_csv(db: Database) -> None:
    """A rotation lists seats per round with names; the CSV has a header and no repeats."""
    from mentordesk.services.matching import rotation_csv

    pid = realistic_program(db, program_format=ProgramFormat.FLASH)
    rotation = MatchingService(db).rotation(pid, 3)
    seats = [(s.mentor_id, s.mentee_id) for s in rotation.seats]
    assert len(seats) == len(set(seats))
    text = rotation_csv(rotation)
    assert text.splitlines()[0] == "round,table,mentor,mentee,score"
    with pytest.raises(ValidationError):
        MatchingService(db).rotation(pid, 0)
