"""Long loops in a worker let the window's thread take the interpreter (core/sharing.py)."""

from __future__ import annotations

import pytest

from mentordesk.core import sharing
from mentordesk.db.engine import Database
from mentordesk.services.matching import MatchingService
from mentordesk.services.pairs import PairService
from mentordesk.services.sample.program import create_sample_program


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every item of a shared loop lets others run (the interval set to nothing); counted."""
    taken: list[int] = []
    monkeypatch.setattr(sharing, "SHARE_EVERY", 0.0)
    monkeypatch.setattr(sharing, "let_others_run", lambda: taken.append(1))
    return taken


def test_a_shared_loop_gives_every_item_in_order_and_pauses_along_the_way(
    pauses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert list(sharing.shared(range(500))) == list(range(500))
    assert len(pauses) == 500  # after each item, not once at the end
    assert list(sharing.shared([])) == []
    pauses.clear()
    monkeypatch.setattr(sharing, "SHARE_EVERY", 3600.0)
    assert list(sharing.shared("abc")) == ["a", "b", "c"]
    assert pauses == []  # a short loop does not pause


def test_the_matchers_input_lets_a_waiting_thread_in_all_along(
    db: Database, pauses: list[int]
) -> None:
    """Reading a program for the matcher and encoding its people (0.3-2.6 s of Python at
    5,000 people, in a worker beside the window) lets go of the interpreter lock per person,
    not only when done: the loops over people are shared."""
    program = create_sample_program(db, participants=60, seed=4)
    pauses.clear()
    find = MatchingService(db).candidate_finder(program.id)
    assert callable(find)
    # Each person in the two loops of the read, and each in the tag encoding per criterion.
    assert len(pauses) >= 3 * 60


def test_the_pairs_read_lets_a_waiting_thread_in_all_along(db: Database, pauses: list[int]) -> None:
    """The Pairs list's read (0.6 s of Python for 2,352 pairs, in a worker while the view is
    first shown or re-read after Approve all) lets go of the lock per pair: in the health
    of each pair, its summary and the due list."""
    program = create_sample_program(db, participants=60, seed=4)
    service = PairService(db)
    pairs = service.list_pairs(program.id)
    assert pairs
    pauses.clear()
    assert service.list_pairs(program.id) == pairs  # the same answer, shared or not
    assert len(pauses) >= 2 * len(pairs)
    pauses.clear()
    service.due_items(program.id, 7)
    assert len(pauses) >= len(pairs)  # the health of each pair, then each live pair's items


def test_approving_lets_a_waiting_thread_in_per_pair_created(
    db: Database, pauses: list[int]
) -> None:
    """Approve all creates hundreds of pairs in a worker (seconds on a big program) while the
    window shows its progress: the creation loop lets go of the lock per pair, besides the
    read of the program before it."""
    program = create_sample_program(db, participants=60, seed=4)
    service = MatchingService(db)
    service.run(program.id)
    pauses.clear()
    with db.read() as session:
        from mentordesk.services.matching.data import load_input

        load_input(session, program.id, include_matched=True)
    read_alone = len(pauses)
    pauses.clear()
    result, _changes = service.approve(program.id)
    assert result.pair_ids
    assert len(pauses) >= read_alone + len(result.pair_ids)
