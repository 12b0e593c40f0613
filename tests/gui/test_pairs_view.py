"""The Pairs view driven with qtbot: list filters, detail tabs, edits and their undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from mentordesk.core.enums import PairStatus, Party
from mentordesk.db.engine import Database
from mentordesk.db.models import CheckInRecord, MeetingRecord
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.common.table_model import RowTableModel
from mentordesk.gui.pairs.dialogs import (
    CheckinDialog,
    CloseDialog,
    GoalDialog,
    MeetingDialog,
    ProgressDialog,
)
from mentordesk.gui.pairs.models import PAIR_COLUMNS
from mentordesk.gui.pairs.view import TAB_CHECKINS, PairsView
from mentordesk.services.pairs.service import PairService
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import Cohort, make_cohort

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def setup(db: Database) -> tuple[Cohort, int, int]:
    c = make_cohort(db)
    with db.begin() as s:
        ok = create_pair(
            s, c.program_id, [c.mentors[0]], [c.mentees[1]], start_date=dt.date(2026, 11, 1)
        )
        s.add(MeetingRecord(pair_id=ok.id, date=dt.date(2026, 11, 3), duration_minutes=45))
        s.add(
            CheckInRecord(pair_id=ok.id, date=dt.date(2026, 11, 20), party=Party.MENTOR, rating=4)
        )
        risky = create_pair(
            s, c.program_id, [c.mentors[2]], [c.mentees[2]], start_date=dt.date(2026, 9, 1)
        )
        create_pair(
            s, c.program_id, [c.mentors[3]], [c.mentees[3]], status=PairStatus.PAUSED,
            start_date=dt.date(2026, 10, 1),
        )  # fmt: skip
        return c, ok.id, risky.id


@pytest.fixture
def view(qtbot: Any, db: Database, setup: tuple[Cohort, int, int]) -> Iterator[PairsView]:
    ctx = AppContext(db)
    ctx.set_program(setup[0].program_id)
    widget = PairsView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(str(a[2])))
    return shown


def fake_exec(fill: Any) -> Any:
    """Replace a dialog's exec: fill its fields, press Save, report accepted or not."""

    def run(self: Any) -> int:
        fill(self)
        self.accept()
        return int(self.result())

    return run


def test_pairs_model_passes_modeltester(qtmodeltester: Any, view: PairsView) -> None:
    """The pairs table model follows Qt's model contract."""
    model: RowTableModel[Any] = RowTableModel(PAIR_COLUMNS)
    model.set_rows(view.pairs_model.rows)
    qtmodeltester.check(model)


def test_list_filters_and_due_panel(view: PairsView, qtbot: Any) -> None:
    """Status, at-risk and name filters narrow the list; the due panel lists overdue items."""
    assert view.pairs_proxy.rowCount() == 3
    view.ui.atRiskCheck.setChecked(True)
    assert view.pairs_proxy.rowCount() == 1
    assert "1 of 3 pairs" in view.ui.countLabel.text()
    view.ui.atRiskCheck.setChecked(False)
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData("paused"))
    assert view.pairs_proxy.rowCount() == 1
    view.ui.statusCombo.setCurrentIndex(0)
    qtbot.keyClicks(view.ui.searchEdit, "amelia")
    assert view.pairs_proxy.rowCount() == 1
    assert any(item.overdue for item in view.due_model.rows)
    assert "overdue" in view.ui.dueGroup.title()


def test_open_pair_header_and_risk(view: PairsView, setup: tuple[Cohort, int, int]) -> None:
    """The detail header shows people (minor and guardian), status, and the at-risk reasons."""
    view.open_pair(setup[2])
    assert view.ui.stack.currentIndex() == 1
    assert "No meeting yet, 82 days since the start" in view.ui.riskLabel.text()
    view.open_pair(setup[1])
    assert (
        "(minor)" in view.ui.peopleLabel.text() and "Parent of Farah" in view.ui.peopleLabel.text()
    )
    assert "On track" in view.ui.riskLabel.text()
    assert view.ui.pauseButton.isVisibleTo(view) and not view.ui.reopenButton.isVisibleTo(view)


def test_edit_agreement_then_undo(view: PairsView, setup: tuple[Cohort, int, int]) -> None:
    """Saving the pre-filled agreement stores it; undo goes back to the unsaved defaults."""
    view.open_pair(setup[1])
    tab = view.agreement_tab
    assert "not saved yet" in tab.ui.agreementStateLabel.text()
    assert "mandatory reporting" in tab.ui.confidentialityEdit.toPlainText()
    tab.ui.placeEdit.setText("Library, room 2")
    tab.ui.saveAgreementButton.click()
    svc = PairService(view.ctx.db, TODAY)
    assert svc.detail(setup[1]).agreement.place == "Library, room 2"
    assert "Agreement draft" in tab.ui.agreementStateLabel.text()
    view.ctx.undo_stack.undo()
    assert not svc.detail(setup[1]).agreement_saved
    assert tab.ui.placeEdit.text() == ""
    view.ctx.undo_stack.redo()
    assert svc.detail(setup[1]).agreement.place == "Library, room 2"


def test_agreement_error_shown_beside_field(
    view: PairsView, setup: tuple[Cohort, int, int]
) -> None:
    """Marking it signed without the guardian's date names the missing signature; nothing saved."""
    view.open_pair(setup[1])
    ui = view.agreement_tab.ui
    ui.agreementStatusCombo.setCurrentText("signed")
    for edit in (ui.mentorSignedEdit, ui.menteeSignedEdit, ui.coordinatorSignedEdit):
        edit.setDate(QDate(2026, 11, 10))
    ui.saveAgreementButton.click()
    assert "missing: guardian" in ui.agreementErrorLabel.text()
    assert "b00020" in ui.guardianSignedEdit.styleSheet()
    assert view.ctx.undo_stack.count() == 0


def test_add_meeting_then_undo(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A meeting added in the dialog appears with the totals; undo removes it."""
    view.open_pair(setup[1])

    def fill(d: MeetingDialog) -> None:
        d.ui.dateEdit.setDate(QDate(2026, 11, 17))
        d.ui.durationSpin.setValue(60)
        d.ui.topicsEdit.setPlainText("Mock interview")
        d.ui.notesEdit.setPlainText("Confidential remark")

    monkeypatch.setattr(MeetingDialog, "exec", fake_exec(fill))
    view.meetings_tab.ui.addButton.click()
    tab = view.meetings_tab
    assert tab.model.rowCount() == 2
    assert "2 meetings held, 1.8 hours" in tab.ui.summaryLabel.text()  # the English plural
    assert "confidential" in tab.model.headerData(6, Qt.Orientation.Horizontal)
    view.ctx.undo_stack.undo()
    assert tab.model.rowCount() == 1


def test_bad_meeting_keeps_dialog_open(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A held meeting in the future is refused inside the dialog, beside the date."""
    view.open_pair(setup[1])
    seen: dict[str, str] = {}

    def fill(d: MeetingDialog) -> None:
        d.ui.dateEdit.setDate(QDate(2026, 12, 24))

    def run(self: MeetingDialog) -> int:
        fill(self)
        self.accept()
        seen["error"] = self.ui.errorLabel.text()
        seen["style"] = self.ui.dateEdit.styleSheet()
        return int(self.result())

    monkeypatch.setattr(MeetingDialog, "exec", run)
    assert not view.meetings_tab.add_record()
    assert "future" in seen["error"] and "b00020" in seen["style"]
    assert view.meetings_tab.model.rowCount() == 1


def test_add_checkin_with_safety_concern(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check-in with an open safety concern makes the pair at risk, shown in the header."""
    view.open_pair(setup[1])
    view.ui.tabs.setCurrentIndex(TAB_CHECKINS)

    def fill(d: CheckinDialog) -> None:
        d.ui.partyCombo.setCurrentText("mentee")
        d.ui.ratingSpin.setValue(3)
        d.ui.safetyCheck.setChecked(True)
        d.ui.safetyNoteEdit.setPlainText("Reported bullying; safeguarding lead informed")

    monkeypatch.setattr(CheckinDialog, "exec", fake_exec(fill))
    view.checkins_tab.ui.addButton.click()
    assert "Open safety concern" in view.ui.riskLabel.text()
    assert "1 open safety concern" in view.checkins_tab.ui.summaryLabel.text()
    assert view.ui.tabs.currentIndex() == TAB_CHECKINS  # the refresh keeps the tab
    view.ctx.undo_stack.undo()
    assert "On track" in view.ui.riskLabel.text()


def test_goal_with_step_and_progress(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A goal with an action step is added, progress logged, and it shows in the IDP tab."""
    view.open_pair(setup[1])

    def fill(d: GoalDialog) -> None:
        d.ui.statementEdit.setPlainText("Give a talk in class")
        d.ui.idpCheck.setChecked(True)
        d.ui.addStepButton.click()
        d.steps.item(0, 0).setText("Pick a topic")
        d.steps.item(0, 1).setText("2026-12-01")

    monkeypatch.setattr(GoalDialog, "exec", fake_exec(fill))
    view.goals_tab.ui.addGoalButton.click()
    assert view.goals_tab.model.rowCount() == 1
    view.goals_tab.ui.goalsTable.selectRow(0)
    monkeypatch.setattr(ProgressDialog, "exec", fake_exec(lambda d: d.ui.percentSpin.setValue(40)))
    view.goals_tab.ui.progressButton.click()
    assert "40 %" in view.goals_tab.ui.goalDetail.toPlainText()
    assert "Pick a topic" in view.goals_tab.ui.goalDetail.toPlainText()
    assert "Give a talk in class" in view.idp_tab.ui.idpGoalsBrowser.toPlainText()
    assert "Give a talk in class" in view.agreement_tab.ui.agreementGoalsLabel.text()
    view.ctx.undo_stack.undo()
    assert "0 %" in view.goals_tab.ui.goalDetail.toPlainText()


def test_save_idp_then_undo(view: PairsView, setup: tuple[Cohort, int, int]) -> None:
    """The IDP is created on first save; undo removes it again."""
    view.open_pair(setup[1])
    tab = view.idp_tab
    tab.ui.strengthsEdit.setPlainText("Curious")
    tab.ui.baselineSpin.setValue(2)
    tab.ui.saveIdpButton.click()
    assert PairService(view.ctx.db, TODAY).detail(setup[1]).idps[0].strengths == "Curious"
    view.ctx.undo_stack.undo()
    assert PairService(view.ctx.db, TODAY).detail(setup[1]).idps[0].id == 0


def test_close_pause_and_undo(
    view: PairsView,
    setup: tuple[Cohort, int, int],
    monkeypatch: pytest.MonkeyPatch,
    _no_blocking_boxes: list[str],
) -> None:
    """Close with a reason, see it in the Closure tab, undo back to active; pause asks why."""
    pid = setup[1]
    view.open_pair(pid)

    def fill(d: CloseDialog) -> None:
        d.ui.typeCombo.setCurrentIndex(1)
        d.ui.reasonCombo.setCurrentText("moved away")

    monkeypatch.setattr(CloseDialog, "exec", fake_exec(fill))
    view.ui.closePairButton.click()
    assert view.detail is not None and view.detail.status is PairStatus.CLOSED
    assert "ended early" in view.closure_tab.ui.closureStateLabel.text()
    assert view.ui.reopenButton.isVisibleTo(view)
    view.ctx.undo_stack.undo()
    assert view.detail.status is PairStatus.ACTIVE
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    view.ui.pauseButton.click()
    assert any("reason" in m for m in _no_blocking_boxes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("exam period", True))
    view.ui.pauseButton.click()
    assert view.detail.status is PairStatus.PAUSED
    assert "exam period" in view.ui.statusLabel.text()


def test_export_calendar(view: PairsView, tmp_path: Path) -> None:
    """The calendar export writes an .ics with the due items."""
    path = view.export_calendar(str(tmp_path / "due"))
    assert path is not None and path.suffix == ".ics"
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert len(events) == len(
        PairService(view.ctx.db, TODAY).due_items(view.ctx.program_id or 0, 90)
    )


def test_explanation_lines_both_formats() -> None:
    """The header reads the matcher's {text, points} lines and plain similarity entries."""
    from mentordesk.gui.pairs.summaries import explanation_line

    assert (
        explanation_line({"criterion": "goals", "text": "shared goals: Python", "points": 12.4})
        == "shared goals: Python +12"
    )
    assert (
        explanation_line({"criterion": "tz", "text": "time zones 5 h apart", "points": -6})
        == "time zones 5 h apart −6"
    )
    assert (
        explanation_line({"criterion": "pinned", "text": "pinned by coordinator", "points": None})
        == "pinned by coordinator"
    )
    assert (
        explanation_line({"criterion": "skills", "similarity": 0.8, "weight": 3})
        == "skills: 80 %, weight 3"
    )


@pytest.mark.parametrize("which", ["due", "meetings", "checkins", "goals", "events"])
def test_detail_models_pass_modeltester(
    qtmodeltester: Any, view: PairsView, setup: tuple[Cohort, int, int], which: str
) -> None:
    """Every table model of the detail follows Qt's model contract with real rows."""
    view.open_pair(setup[1])
    model = {
        "due": view.due_model,
        "meetings": view.meetings_tab.model,
        "checkins": view.checkins_tab.model,
        "goals": view.goals_tab.model,
        "events": view.closure_tab.model,
    }[which]
    qtmodeltester.check(model)


def test_cadence_rules_edit_and_undo(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changing the program's cadence rules re-evaluates the pairs; undo restores them."""
    from mentordesk.gui.pairs.rules import RulesDialog
    from mentordesk.services.programs.catalog import ProgramService

    def run(self: RulesDialog) -> int:
        self.ui.cadenceSpin.setValue(60)
        self.ui.monthlySpin.setValue(45)
        return 1

    monkeypatch.setattr(RulesDialog, "exec", run)
    assert view.pairs_proxy.rowCount() == 3
    view.ui.atRiskCheck.setChecked(True)
    assert view.pairs_proxy.rowCount() == 1
    assert view.edit_rules()
    program = ProgramService(view.ctx.db).get(setup[0].program_id)
    assert program.cadence_days == 60 and program.checkin_rules["monthly_days"] == 45
    assert view.pairs_proxy.rowCount() == 0  # 82 days without a meeting is within 1.5 × 60
    view.ctx.undo_stack.undo()
    assert ProgramService(view.ctx.db).get(setup[0].program_id).cadence_days == 14
    assert view.pairs_proxy.rowCount() == 1


def test_future_closure_is_refused_in_the_dialog(
    view: PairsView, setup: tuple[Cohort, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A closure dated after today is refused beside its date; the pair stays active."""
    pid = setup[1]
    view.open_pair(pid)
    seen: dict[str, str] = {}

    def run(self: CloseDialog) -> int:
        self.ui.typeCombo.setCurrentIndex(1)
        self.ui.reasonCombo.setCurrentText("moved away")
        self.ui.dateEdit.setDate(QDate(2027, 3, 1))
        self.accept()
        seen["error"] = self.ui.errorLabel.text()
        return int(self.result())

    monkeypatch.setattr(CloseDialog, "exec", run)
    view.ui.closePairButton.click()
    assert "future" in seen["error"]
    assert view.detail is not None and view.detail.status is PairStatus.ACTIVE


def test_detail_tabs_are_built_when_the_first_pair_opens(
    qtbot: Any, db: Database, setup: tuple[Cohort, int, int]
) -> None:
    """The first visit shows the list without building the detail's tabs and print menu
    (issue 11: they made the first visit to Pairs freeze); opening a pair builds all six, in
    order, with the pair in them."""
    ctx = AppContext(db)
    ctx.set_program(setup[0].program_id)
    view = PairsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.ui.tabs.count() == 0
    assert view.pairs_model.rowCount() == 3
    view.open_pair(setup[1])
    titles = [view.ui.tabs.tabText(i).replace("&", "") for i in range(view.ui.tabs.count())]
    assert titles == ["Agreement", "Goals", "Meetings", "Check-ins", "IDP", "Closure"]
    assert view.meetings_tab.model.rowCount() == 1
    view.open_pair(setup[2])
    assert view.ui.tabs.count() == 6  # built once
