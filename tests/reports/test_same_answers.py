"""The summary PDF's data, the reports service, `report`, `pairs`, `due` and `calendar` give the
same answers for the same day: which pairs are live, which are at risk and why, and when each
pair's next check-in is due — for a past day (`--today`) and for the day after later edits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from mentordesk.cli import main
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.services.documents.summary import summary_doc
from mentordesk.services.pairs import PairService
from mentordesk.services.reports import compute_measures, period_for
from tests.reports.figures_program import build, later_edits


def cli(capsys: pytest.CaptureFixture[str], path: str, *args: str) -> object:
    assert main(["--db", str(path), *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if "--json" in args or "json" in args else out


@pytest.mark.parametrize(
    "day", [dt.date(2026, 10, 20), dt.date(2026, 10, 31), dt.date(2026, 12, 1)]
)
def test_every_path_agrees_on_the_day(
    db: Database, db_location: str, capsys: pytest.CaptureFixture[str], day: dt.date, tmp_path: Path
) -> None:
    """Live pairs, at-risk pairs with their reasons and check-ins due agree on every path."""
    built = build(db)
    later_edits(db, built)
    name, today = "Cycle 2026/2027", day.isoformat()

    period = period_for(db, built.program_id, PeriodPreset.CYCLE, day)
    service = compute_measures(db, built.program_id, period, day)
    risk = {a.pair_id: list(a.reasons) for a in service.at_risk}

    doc = summary_doc(db, built.program_id, None, "", "", day, internal=True)
    assert {a.pair_id: a.reason for a in doc.at_risk} == {k: "; ".join(v) for k, v in risk.items()}
    funder = summary_doc(db, built.program_id, None, "", "", day)  # counts by reason, no names
    assert not funder.at_risk and funder.at_risk_total == len(risk)

    report = cli(
        capsys, db_location, "report", "--program", name, "--today", today, "--format", "json"
    )
    assert isinstance(report, dict)
    assert {a["pair_id"]: a["reasons"] for a in report["at_risk"]} == risk
    by_key = {m["key"]: m["value"] for m in report["measures"]}
    assert by_key["pairs_at_risk"] == len(risk) == service.value("pairs_at_risk")

    pairs = cli(capsys, db_location, "pairs", "--program", name, "--today", today, "--json")
    assert isinstance(pairs, list)
    assert {p["id"]: p["reasons"] for p in pairs if p["at_risk"]} == risk
    active = sum(1 for p in pairs if p["status"] == "active")
    assert by_key["pairs_active"] == active == service.value("pairs_active")
    flagged = cli(
        capsys, db_location, "pairs", "--program", name, "--today", today, "--at-risk", "--json"
    )
    assert isinstance(flagged, list) and [p["id"] for p in flagged] == sorted(risk)

    due = cli(
        capsys, db_location, "due", "--program", name, "--today", today, "--days", "30", "--json"
    )
    assert isinstance(due, list)
    checkins = {(i["pair_id"], i["date"]) for i in due if i["kind"] == "check-in"}
    expected = {
        (p["id"], p["next_checkin_due"])
        for p in pairs
        if p["status"] == "active" and p["next_checkin_due"]
        and p["next_checkin_due"] <= (day + dt.timedelta(days=30)).isoformat()
    }  # fmt: skip
    assert checkins == expected
    overdue = {i["pair_id"] for i in due if i["kind"] == "check-in" and i["overdue"]}
    overdue_reasons = {
        pid for pid, reasons in risk.items() if any("Check-in overdue" in r for r in reasons)
    }
    assert overdue == overdue_reasons
    items = PairService(db, day).due_items(built.program_id, 30)
    assert [(i.date.isoformat(), i.kind, i.pair_id) for i in items] == [
        (i["date"], i["kind"], i["pair_id"]) for i in due
    ]
    assert risk  # every day chosen has a pair at risk, so the comparison means something

    ics = tmp_path / "due.ics"
    cli(capsys, db_location, "calendar", "--program", name, "--today", today, "--days", "30", "-o",
        str(ics))  # fmt: skip
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == len(due)
    assert sorted(str(e["summary"]).removeprefix("OVERDUE ") for e in events) == sorted(
        f"{i['kind'].capitalize()}: {i['pair']}" for i in due
    )
