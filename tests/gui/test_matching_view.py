"""The matching view driven like a coordinator would: run, pin, reject, swap, approve, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.core.enums import DraftState, ProgramFormat
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord, PairMemberRecord, PairRecord
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.matching.models import SortRole, draft_model
from mentordesk.gui.matching.view import MatchingView
from mentordesk.services.matching.runs import MatchingService
from tests.matching.factory import realistic_program


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> MatchingView:
    pid = realistic_program(db, mentees=12, mentors=7)
    ctx = AppContext(db)
    ctx.set_program(pid)
    widget = MatchingView(ctx)
    qtbot.addWidget(widget)
    return widget


def run(qtbot: QtBot, view: MatchingView) -> None:
    view.ui.runButton.click()
    qtbot.waitUntil(lambda: view.worker is None and len(view.drafts.rows) > 0, timeout=10000)


def select_draft(view: MatchingView, row: int = 0) -> None:
    view.ui.draftTable.clearSelection()
    view.ui.draftTable.selectRow(row)


def pair_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(PairRecord)) or 0


def test_lists_people_with_eligibility_before_any_run(view: MatchingView) -> None:
    """Mentees and mentors are listed, ineligible mentors with the reason."""
    assert len(view.mentees.rows) == 12 and len(view.mentors.rows) == 7
    reasons = {m.reason for m in view.mentors.rows if not m.eligible}
    assert reasons & {"screening pending", "background check expired"}
    assert view.drafts.rows == []


def test_run_in_background_then_undo_and_redo(qtbot: QtBot, view: MatchingView) -> None:
    """Run shows the proposal with scores; undo clears it; redo brings it back."""
    run(qtbot, view)
    assert all(d.score is not None and d.explanation for d in view.drafts.rows)
    assert "matched" in view.ui.summaryLabel.text()
    count = len(view.drafts.rows)
    view.ctx.undo_stack.undo()
    assert view.drafts.rows == []
    view.ctx.undo_stack.redo()
    assert len(view.drafts.rows) == count


def test_selecting_a_draft_shows_ranked_candidates_and_explanation(
    qtbot: QtBot, view: MatchingView
) -> None:
    """A selected draft fills the candidate list (best first) and the explanation."""
    run(qtbot, view)
    select_draft(view)
    draft = view.selected_draft()
    assert draft is not None and view.current_mentee == draft.mentee_id
    scores = [c.score for c in view.candidates.rows if c.eligible]
    assert scores == sorted(scores, reverse=True)
    assert draft.mentor_name in view.ui.explanationText.toPlainText()
    first_proxy_row = view.ui.candidateTable.model().index(0, 1).data()
    assert first_proxy_row == view.candidates.rows[0].name


def test_pin_reject_with_reason_and_undo(qtbot: QtBot, view: MatchingView, db: Database) -> None:
    """Pin and reject change the draft, write the audit log with the reason, and undo."""
    run(qtbot, view)
    select_draft(view)
    draft = view.selected_draft()
    assert draft is not None
    view.ui.reasonEdit.setText("known good fit")
    view.ui.pinButton.click()
    states = {(d.mentor_id, d.mentee_id): d.state for d in view.drafts.rows}
    assert states[(draft.mentor_id, draft.mentee_id)] is DraftState.PINNED
    with db.read() as s:
        assert (
            s.scalar(sa.select(AuditRecord.reason).where(AuditRecord.action == "match.pin"))
            == "known good fit"
        )
    view.ctx.undo_stack.undo()
    states = {(d.mentor_id, d.mentee_id): d.state for d in view.drafts.rows}
    assert states[(draft.mentor_id, draft.mentee_id)] is DraftState.PROPOSED

    select_draft(view)
    target = view.selected_draft()
    assert target is not None
    view.ui.rejectButton.click()
    rejected = [d for d in view.drafts.rows if d.state is DraftState.REJECTED]
    assert [(d.mentor_id, d.mentee_id) for d in rejected] == [(target.mentor_id, target.mentee_id)]
    view.ctx.undo_stack.undo()
    assert not any(d.state is DraftState.REJECTED for d in view.drafts.rows)


def test_swap_by_hand_from_the_candidate_list(qtbot: QtBot, view: MatchingView) -> None:
    """Choosing another eligible candidate pins that mentor to the mentee."""
    run(qtbot, view)
    select_draft(view)
    draft = view.selected_draft()
    assert draft is not None
    row = next(
        k
        for k, c in enumerate(view.candidates.rows)
        if c.eligible and c.mentor_id != draft.mentor_id and c.free_slots > 0
    )
    chosen = view.candidates.rows[row]
    view.ui.candidateTable.selectRow(row)
    view.ui.useCandidateButton.click()
    pinned = {(d.mentor_id, d.mentee_id) for d in view.drafts.rows if d.state is DraftState.PINNED}
    assert (chosen.mentor_id, draft.mentee_id) in pinned


def test_use_this_mentor_is_disabled_for_ineligible_candidates_with_the_reason(
    qtbot: QtBot, view: MatchingView
) -> None:
    """Issue 11: "Use this mentor (pin)" was enabled for ineligible candidates and then refused;
    it is disabled, the reason as its tooltip, and enabled again for an eligible one."""
    run(qtbot, view)
    select_draft(view)
    row = next(k for k, c in enumerate(view.candidates.rows) if not c.eligible)
    blocked = view.candidates.rows[row]
    view.ui.candidateTable.selectRow(row)
    assert not view.ui.useCandidateButton.isEnabled()
    tip = view.ui.useCandidateButton.toolTip()
    assert tip.startswith("Cannot pin") and blocked.blocked_by[0] in tip
    # Even if it were clicked (a stale view), the refusal is a message, not a traceback.
    view.use_candidate()
    assert view.ui.summaryLabel.text().startswith("⚠ Cannot pin")
    draft = view.selected_draft() or view.drafts.rows[0]
    good = next(
        k
        for k, c in enumerate(view.candidates.rows)
        if c.eligible and c.free_slots > 0 and c.mentor_id != draft.mentor_id
    )
    view.ui.candidateTable.selectRow(good)
    assert view.ui.useCandidateButton.isEnabled()
    assert view.ui.useCandidateButton.toolTip().startswith("Pin ")


def test_a_pin_whose_mentor_check_expired_is_flagged_and_not_approved(
    qtbot: QtBot, view: MatchingView, db: Database
) -> None:
    """A stale pin shows as 'pin no longer valid' after a run and Approve all leaves it out."""
    import datetime as dt

    from mentordesk.db.models import ScreeningRecord

    run(qtbot, view)
    select_draft(view)
    draft = view.selected_draft()
    assert draft is not None
    view.ui.pinButton.click()
    with db.begin() as s:
        record = s.scalars(
            sa.select(ScreeningRecord).where(ScreeningRecord.participant_id == draft.mentor_id)
        ).one()
        record.background_check_expiry = dt.date.today() - dt.timedelta(days=1)
    view.ui.runButton.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)
    assert "no longer hold" in view.ui.summaryLabel.text()
    stale = [d for d in view.drafts.rows if d.blocked]
    assert [(d.mentor_id, d.mentee_id) for d in stale] == [(draft.mentor_id, draft.mentee_id)]
    view.ui.approveAllButton.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)  # approval runs in the background
    assert "Not approved (1)" in view.ui.summaryLabel.text()
    with db.read() as s:
        mentors = s.scalars(
            sa.select(PairMemberRecord.participant_id).where(PairMemberRecord.role == "mentor")
        ).all()
    assert draft.mentor_id not in mentors


def test_approve_all_and_undo(qtbot: QtBot, view: MatchingView, db: Database) -> None:
    """Approve all creates the pairs; undo removes them and brings the drafts back."""
    run(qtbot, view)
    count = len(view.drafts.rows)
    view.ui.approveAllButton.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)
    assert pair_count(db) == count and view.drafts.rows == []
    view.ctx.undo_stack.undo()
    assert pair_count(db) == 0 and len(view.drafts.rows) == count
    view.ctx.undo_stack.redo()
    assert pair_count(db) == count


def test_approve_selected_and_exclude(qtbot: QtBot, view: MatchingView, db: Database) -> None:
    """Approve one selected draft; exclude another pair, which lists it and can be undone."""
    run(qtbot, view)
    select_draft(view, 0)
    view.ui.approveSelectedButton.click()
    qtbot.waitUntil(lambda: view.worker is None, timeout=10000)
    assert pair_count(db) == 1
    select_draft(view, 0)
    view.ui.reasonEdit.setText("same family")
    view.ui.excludeButton.click()
    assert [e.reason for e in view.exclusions.rows] == ["same family"]
    view.ctx.undo_stack.undo()
    assert view.exclusions.rows == []


def test_weights_dialog_saves_and_undo_restores(qtbot: QtBot, view: MatchingView) -> None:
    """The weights dialog shows the format's defaults, saves new weights, and undo restores."""
    dialog = view.weights_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.ui.skillsSpin.value() == 3.0
    dialog.ui.languageSpin.setValue(9.0)
    dialog.ui.minScoreSpin.setValue(30)
    assert view.save_weights(dialog)
    assert view.overview is not None and view.overview.weights["language"] == 9.0
    assert view.ui.minScoreSpin.value() == 30
    view.ctx.undo_stack.undo()
    assert view.overview.weights["language"] == 2.0
    dialog.restore_defaults()
    assert dialog.ui.languageSpin.value() == 2.0


def test_weights_dialog_refuses_all_zero(qtbot: QtBot, view: MatchingView) -> None:
    """All weights at 0 keeps the dialog open with a message."""
    dialog = view.weights_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    for spin in dialog.spins.values():
        spin.setValue(0)
    dialog.accept()
    assert "at least one criterion" in dialog.ui.errorLabel.text()


def test_flash_rotation_grid_and_csv(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """A flash program builds a rotation grid and exports it as CSV."""
    pid = realistic_program(db, mentees=10, mentors=5, program_format=ProgramFormat.FLASH)
    ctx = AppContext(db)
    ctx.set_program(pid)
    view = MatchingView(ctx)
    qtbot.addWidget(view)
    assert view.ui.resultTabs.currentIndex() == 1
    view.ui.roundsSpin.setValue(3)
    view.ui.rotationButton.click()
    assert view.grid.columnCount() == 4 and view.grid.rowCount() > 0
    target = tmp_path / "r.csv"
    view.export_rotation(str(target))
    assert target.read_text(encoding="utf-8").startswith("round,table,mentor,mentee,score")


def test_flash_rotation_saved_as_pdf(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """The rotation grid is saved as a PDF naming every table's mentor; disabled before a run."""
    from pypdf import PdfReader

    pid = realistic_program(db, mentees=10, mentors=5, program_format=ProgramFormat.FLASH)
    ctx = AppContext(db)
    ctx.set_program(pid)
    view = MatchingView(ctx)
    qtbot.addWidget(view)
    assert not view.ui.printRotationButton.isEnabled()
    view.ui.roundsSpin.setValue(2)
    view.ui.rotationButton.click()
    assert view.ui.printRotationButton.isEnabled()
    target = tmp_path / "rotation.pdf"
    view.rotation_print.ask_save_path = lambda _suggested: str(target)
    view.rotation_print.save.trigger()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Rotation schedule" in text and "Round 2" in text
    assert view.rotation is not None
    assert all(name.split()[0] in text for _id, name in view.rotation.mentors)


def test_draft_model_is_a_valid_qt_model(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    """The draft table model passes Qt's model tester."""
    pid = realistic_program(db, mentees=6, mentors=4)
    result, _ = MatchingService(db).run(pid)
    model = draft_model()
    model.set_rows(result.drafts)
    qtmodeltester.check(model)


def test_run_worker_reports_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    """The worker relays progress; after cancel() the next progress call stops the job."""
    from mentordesk.core.changes import ChangeSet
    from mentordesk.gui.matching.commands import RunWorker

    seen: list[int] = []

    def job(progress):  # type: ignore[no-untyped-def]
        progress(10, "Scoring")
        worker.cancel()
        progress(20, "Scoring")
        return None, ChangeSet.of()

    worker = RunWorker(job)
    worker.signals.progress.connect(lambda p, _m: seen.append(p))
    with qtbot.waitSignal(worker.signals.cancelled, timeout=2000):
        worker.run()
    assert seen == [10]


def test_failed_run_shows_a_message(qtbot: QtBot, view: MatchingView) -> None:
    """A run failing inside the worker shows a message and keeps the view usable."""
    from mentordesk.gui.matching.commands import RunWorker

    def job(_progress):  # type: ignore[no-untyped-def]
        raise ValueError("disk on fire")

    worker = RunWorker(job)
    worker.signals.failed.connect(view._run_failed)
    view.worker = worker
    worker.run()
    assert "disk on fire" in view.ui.summaryLabel.text()
    assert view.worker is None and view.ui.runButton.isEnabled()


def test_sorting_and_filtering_the_proposal(qtbot: QtBot, view: MatchingView) -> None:
    """Clicking a header sorts by its raw value; the filter box narrows the proposal."""
    run(qtbot, view)
    table = view.ui.draftTable
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    proxy = table.model()
    scores = [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())]
    assert scores == sorted(scores)
    name = view.drafts.rows[0].mentee_name
    view.ui.filterEdit.setText(name)
    assert 0 < proxy.rowCount() < len(view.drafts.rows)
    assert all(
        name.casefold()
        in " ".join(str(proxy.index(r, c).data()) for c in range(proxy.columnCount())).casefold()
        for r in range(proxy.rowCount())
    )
