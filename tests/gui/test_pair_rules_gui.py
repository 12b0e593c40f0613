"""Safeguarding in the pairs view: starting a pair whose mentor is not cleared asks for an
override reason (a real dialog), records it, and cancelling changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from mentordesk.core.enums import PairStatus, ScreeningDecision
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, ScreeningRecord
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.pairs.view import PairsView
from mentordesk.services.pairs import PairService, create_pair
from tests.services.pairs_setup import Cohort, make_cohort

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def proposed(db: Database) -> tuple[Cohort, int]:
    c = make_cohort(db)
    with db.begin() as s:
        pair = create_pair(
            s, c.program_id, [c.mentors[0]], [c.mentees[0]], status=PairStatus.PROPOSED
        )
        s.execute(
            sa.update(ScreeningRecord)
            .where(ScreeningRecord.participant_id == c.mentors[0])
            .values(decision=ScreeningDecision.PENDING)
        )
        return c, pair.id


@pytest.fixture
def view(qtbot: Any, db: Database, proposed: tuple[Cohort, int]) -> Iterator[PairsView]:
    ctx = AppContext(db)
    ctx.set_program(proposed[0].program_id)
    widget = PairsView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _answer(text: str | None, seen: list[str]) -> None:
    """When the override dialog opens: read it, type `text` and go ahead (None: cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.labelText())
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    QTimer.singleShot(0, act)


def test_activate_uncleared_asks_for_override(
    view: PairsView, proposed: tuple[Cohort, int], db: Database
) -> None:
    """Activate ▸ the dialog names the mentor and why; the reason given is audited."""
    pid = proposed[1]
    view.open_pair(pid)
    seen: list[str] = []
    _answer("references checked by phone", seen)
    view.ui.activateButton.click()
    assert "Amelia Okafor: screening pending" in seen[0]
    assert PairService(db, TODAY).detail(pid).status is PairStatus.ACTIVE
    with db.read() as s:
        reasons = s.scalars(
            sa.select(AuditRecord.reason).where(AuditRecord.action == "pair.screening_override")
        ).all()
    assert reasons == ["references checked by phone"]
    view.ctx.undo_stack.undo()
    assert PairService(db, TODAY).detail(pid).status is PairStatus.PROPOSED


def test_cancel_or_blank_override_changes_nothing(
    view: PairsView, proposed: tuple[Cohort, int], db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel, or go ahead with no reason: the pair stays proposed and nothing is undoable."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    pid = proposed[1]
    view.open_pair(pid)
    _answer(None, [])
    view.ui.activateButton.click()
    _answer("   ", [])
    view.ui.activateButton.click()
    assert shown == ["Without a reason the pair keeps its status."]
    assert PairService(db, TODAY).detail(pid).status is PairStatus.PROPOSED
    assert view.ctx.undo_stack.count() == 0
