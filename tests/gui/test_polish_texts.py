"""Texts a funder or coordinator reads: the at-risk column says "and N more reasons" (not a
cryptic "(+1)"), and a count above what was expected is never "141 of 112"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import PairStatus, Role
from mentordesk.core.measures import Measure, Section, Unit
from mentordesk.gui.common import RowTableModel
from mentordesk.gui.pairs.models import PAIR_COLUMNS
from mentordesk.gui.reports.cards import MeasureCard, detail_text
from mentordesk.services.pairs import PairSummary, PersonRef


def _pair(reasons: tuple[str, ...]) -> PairSummary:
    mentor, mentee = PersonRef(1, "Ana", "", Role.MENTOR), PersonRef(2, "Ben", "", Role.MENTEE)
    return PairSummary(
        1, 1, PairStatus.ACTIVE, (mentor,), (mentee,),
        None, None, None, None, None, False, reasons,
    )  # fmt: skip


def test_at_risk_column_says_how_many_more_reasons(qtbot: QtBot) -> None:
    """Two reasons: "⚠ first and 1 more reason"; three: "… and 2 more reasons"; tooltip all."""
    model: RowTableModel[PairSummary] = RowTableModel(PAIR_COLUMNS, None)
    model.set_rows(
        [
            _pair(("Check-in overdue", "No meeting for 40 days")),
            _pair(("Check-in overdue", "Rating is 2/5", "Open safety concern")),
            _pair(("Check-in overdue",)),
        ]
    )
    col = [c.title for c in PAIR_COLUMNS].index("At risk")
    texts = [model.index(r, col).data() for r in range(3)]
    assert texts == [
        "⚠ Check-in overdue and 1 more reason",
        "⚠ Check-in overdue and 2 more reasons",
        "⚠ Check-in overdue",
    ]
    assert all("(+" not in t for t in texts)
    tip = model.index(1, col).data(Qt.ItemDataRole.ToolTipRole)
    assert "Open safety concern" in tip


def _checkins(done: float, expected: float) -> Measure:
    return Measure(
        "checkins_done", "Check-ins done", done, Unit.COUNT, "days with a contact",
        Section.OUTCOMES, done, expected,
    )  # fmt: skip


def test_count_detail_is_a_true_sentence(qtbot: QtBot) -> None:
    """141 check-ins done when 112 were expected: "112 expected in the period"."""
    measure = _checkins(141, 112)
    assert detail_text(measure) == "112 expected in the period"
    percent = Measure("r", "Rate", 50.0, Unit.PERCENT, "", Section.OUTCOMES, 5, 10)
    assert detail_text(percent) == "5 of 10"

    class _Measures:
        def get(self, key: str) -> Measure:
            return measure

    card = MeasureCard("checkins_done")
    qtbot.addWidget(card)
    card.show_measure(_Measures(), None, "")  # type: ignore[arg-type]
    texts: list[Any] = [card.title.text(), card.value.text(), card.detail.text()]
    assert texts == ["Check-ins done", "141", "112 expected in the period"]
    assert "141 of 112" not in " ".join(texts)
