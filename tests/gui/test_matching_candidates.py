"""Clicking a proposal on a big program (issue 11, bench_stalls "click proposal row 40"): the
candidate list ranks every mentor but words only the reasons of the rows it shows first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.matching.view import MatchingView
from mentordesk.matching import engine
from mentordesk.services.matching import MatchingService
from tests.gui.test_matching_view import run, select_draft
from tests.matching.factory import realistic_program

MENTORS = 130  # more than one block of worded rows (CandidateWording.BLOCK)


@pytest.fixture
def explained(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many (mentee, mentor) pairs the matcher explains, call by call."""
    counts: list[int] = []
    real = engine.explain_pairs

    def counting(*args: Any, **kwargs: Any) -> Any:
        cols: Sequence[int] = args[4]
        counts.append(len(cols))
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "explain_pairs", counting)
    return counts


def test_a_proposal_click_words_only_the_candidates_shown_first(
    qtbot: QtBot, db: Database, explained: list[int]
) -> None:
    """Every mentor is ranked, but only the first rows' reasons are worded by the click (on
    `main` all of them were: 0.16–0.19 s of Python per click at 2,000 mentors, during which
    the window's own paint waited for the interpreter); a row further down is worded when it
    is asked for, and says what the matcher's explanation of that pair says."""
    pid = realistic_program(db, mentees=40, mentors=MENTORS)
    ctx = AppContext(db)
    ctx.set_program(pid)
    view = MatchingView(ctx)
    qtbot.addWidget(view)
    run(qtbot, view)
    explained.clear()  # the run explains its proposals; the click is what is counted

    select_draft(view, 3)
    draft = view.selected_draft()
    assert draft is not None and view.current_mentee == draft.mentee_id
    rows = view.candidates.rows
    assert len(rows) == MENTORS
    assert 0 < sum(explained) < MENTORS  # the first block, not every mentor
    top = view.ui.candidateTable.model().index(0, 3)
    assert top.data() and top.data(Qt.ItemDataRole.ToolTipRole)  # the first rows' reasons

    clicked = sum(explained)
    last_eligible = next(c for c in reversed(rows) if c.eligible)
    far = view.ui.candidateTable.model().index(rows.index(last_eligible), 3)
    assert far.data(Qt.ItemDataRole.ToolTipRole)  # worded now, when asked for
    assert sum(explained) > clicked
    score, lines = MatchingService(db).explain(pid, last_eligible.mentor_id, draft.mentee_id)
    assert (last_eligible.score, last_eligible.lines) == (score, tuple(lines))

    view.ui.candidateTable.selectRow(rows.index(last_eligible))
    text = view.ui.explanationText.toPlainText()
    assert last_eligible.name in text and lines[0] in text


def test_blocked_candidates_say_why_before_and_after_their_reasons_are_worded(
    qtbot: QtBot, db: Database, explained: list[int]
) -> None:
    """A blocked candidate's note (the hard rules) needs no wording; its reasons, when asked,
    start with the same rules, and pinning it stays refused with them."""
    pid = realistic_program(db, mentees=40, mentors=MENTORS)
    ctx = AppContext(db)
    ctx.set_program(pid)
    view = MatchingView(ctx)
    qtbot.addWidget(view)
    run(qtbot, view)
    select_draft(view, 0)
    rows = view.candidates.rows
    blocked = [k for k, c in enumerate(rows) if not c.eligible]
    assert blocked == list(range(blocked[0], len(rows)))  # listed after every eligible one
    explained.clear()
    row = blocked[-1]
    candidate = rows[row]
    note = view.ui.candidateTable.model().index(row, 3).data()
    assert note == "; ".join(candidate.blocked_by) and explained == []
    assert candidate.lines[: len(candidate.blocked_by)] == candidate.blocked_by
    view.ui.candidateTable.selectRow(row)
    assert not view.ui.useCandidateButton.isEnabled()
    assert candidate.pin_blocked_by[0] in view.ui.useCandidateButton.toolTip()
