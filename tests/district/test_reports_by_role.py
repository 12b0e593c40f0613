"""The district report on a server shows exactly the programs each role may read, and a
viewer gets every figure without reading a sensitive column."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.cli import main
from mentordesk.core.periods import PeriodPreset
from mentordesk.services.reports import compute_district
from tests.district.conftest import District

pytestmark = pytest.mark.postgresql
TODAY = dt.date(2026, 12, 1)


def _programs(district: District, role: str) -> list[str]:
    report = compute_district(district.db(role), PeriodPreset.CYCLE, TODAY)
    return [r.current.program_name for r in report.rows]


def test_each_role_reports_on_its_programs(district: District) -> None:
    """Administrator: both programs; each coordinator: theirs."""
    assert _programs(district, "admin") == ["North", "South"]
    assert _programs(district, "coord_north") == ["North"]
    assert _programs(district, "coord_south") == ["South"]


def test_viewer_reports_on_the_program_they_view(district: District) -> None:
    """A viewer's district is the program they view."""
    assert _programs(district, "funder") == ["South"]


def test_viewer_gets_the_figures(district: District) -> None:
    """The viewer's report counts South's people, pair, meeting and rating."""
    report = compute_district(district.db("funder"), PeriodPreset.CYCLE, TODAY)
    total = {m.key: m for m in report.total}
    assert total["participants"].value == 2
    assert total["pairs_active"].value == 1
    assert total["meetings_held"].value == 1
    assert total["rating_avg"].value == 4


def test_cli_report_as_a_coordinator(district: District) -> None:
    """`report --all-programs` as a coordinator on the server: North only."""
    report = compute_district(district.db("coord_north"), PeriodPreset.CYCLE, TODAY)
    assert [r.current.program_name for r in report.rows] == ["North"]
    url = district.url("coord_north")
    assert main(["--db", url, "report", "--all-programs", "--today", "2026-12-01"]) == 0


def test_cli_district_as_a_coordinator(
    district: District, capsys: pytest.CaptureFixture[str]
) -> None:
    """`district list` shows a coordinator their own assignments; grant is refused."""
    url = district.url("coord_north")
    assert main(["--db", url, "district", "list"]) == 0
    listing = capsys.readouterr().out
    assert "North" in listing and "South" not in listing
    assert main(["--db", url, "district", "grant", "x", "--program", "North"]) == 1
    assert "Only the district administrator" in capsys.readouterr().err


def test_viewer_cannot_list_people(district: District, capsys: pytest.CaptureFixture[str]) -> None:
    """The roster needs contact and sensitive fields: a viewer gets one sentence, no SQL."""
    url = district.url("funder")
    assert main(["--db", url, "participants", "--program", "South"]) == 1
    err = capsys.readouterr().err
    assert "SELECT" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
