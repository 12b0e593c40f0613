"""The District tab of the reports view, driven with qtbot on the programs of
district_programs (figures worked out there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.gui.common import RowRole
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.reports.view import ReportsView
from mentordesk.services.roster import RosterService
from tests.reports.district_programs import TODAY, build_district


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> ReportsView:
    ids = build_district(db)
    ctx = AppContext(db)
    widget = ReportsView(ctx)
    qtbot.addWidget(widget)
    widget.today = TODAY
    widget.resize(1200, 760)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        ctx.set_program(ids["Big"])
        widget.show()
    with qtbot.waitSignal(widget.district.refreshed, timeout=10_000):
        widget.ui.tabs.setCurrentWidget(widget.district)
    return widget


def _cell(view: ReportsView, row_name: str, column_title: str) -> str:
    model = view.district.model
    titles = [c.title for c in model.columns]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == row_name:
            return str(model.index(row, titles.index(column_title)).data())
    raise AssertionError(f"no row {row_name}")


def test_rows_per_program_and_totals(view: ReportsView, qtbot: QtBot) -> None:
    """Big, Small, the total (40 %, not the 62.5 % mean), the previous cycles and the change."""
    model = view.district.model
    ModelTester(qtbot).check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == [
        "Big",
        "Small",
        "District total",
        "Previous cycles (1 of 2 programs)",
        "Change",
    ]
    assert _cell(view, "Big", "Match rate") == "25.0 %"
    assert _cell(view, "Small", "Match rate") == "100.0 %"
    assert _cell(view, "District total", "Match rate") == "40.0 %"
    assert _cell(view, "Change", "Match rate") == "+15.0 pts"
    total = model.index(2, 0).data(RowRole)
    assert total.measures["match_rate"].detail() == "4 of 10"


def test_period_and_archived_follow_the_view(view: ReportsView, qtbot: QtBot) -> None:
    """A custom period with no activity empties the meetings; archived programs join on ask."""
    with qtbot.waitSignal(view.district.refreshed, timeout=10_000):
        view.set_period(PeriodPreset.CUSTOM, TODAY.replace(month=7, day=1), TODAY)
    assert _cell(view, "District total", "Meetings held") == "0"
    with qtbot.waitSignal(view.district.refreshed, timeout=10_000):
        view.district.ui.archivedCheck.setChecked(True)
    assert view.district.model.rowCount() == 6  # Old joins


def test_refreshes_when_any_program_changes(view: ReportsView, qtbot: QtBot, db: Database) -> None:
    """A participant added to Small changes the district's total while the tab is shown."""
    program = next(
        r.current.program_id for r in view.district.report.rows if r.current.program_name == "Small"
    )
    before = _cell(view, "District total", "Participants")
    roster = RosterService(db)
    from mentordesk.core.enums import Role
    from mentordesk.core.participant import ParticipantInput

    roster.add(program, ParticipantInput(full_name="New Person", role=Role.MENTEE))
    with qtbot.waitSignal(view.district.refreshed, timeout=10_000):
        view.ctx.broadcast(ChangeSet.of(Topic.PARTICIPANTS, program_id=program))
    assert int(_cell(view, "District total", "Participants")) == int(before) + 1


def test_export(view: ReportsView, tmp_path: Path) -> None:
    """Export writes the District, Measures and Previous cycles sheets."""
    (path,) = view.district.export_to(tmp_path / "district.xlsx")
    assert load_workbook(path).sheetnames == ["District", "Measures", "Previous cycles"]
    assert (tmp_path / "district.xlsx").stat().st_mode & 0o777 == 0o600
