"""Exports: the measures and underlying tables to CSV files and an XLSX workbook."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.core.errors import ValidationError
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.services.reports.export import (
    export_csv,
    export_xlsx,
    measure_table,
    underlying_tables,
)
from mentordesk.services.reports.measures import compute_measures
from tests.reports.program_fixture import TODAY, build_cycle, d

MARCH = Period(d(3, 1), d(3, 31), PeriodPreset.MONTH)


def test_csv_files_for_measures_and_tables(db: Database, tmp_path: Path) -> None:
    """Measures go to the chosen file, each underlying table beside it; no sensitive columns."""
    built = build_cycle(db)
    m = compute_measures(db, built.program_id, MARCH, TODAY)
    written = export_csv(tmp_path / "march.csv", [measure_table(m), *underlying_tables(db, m)])
    names = [p.name for p in written]
    assert names[:3] == ["march.csv", "march-pairs.csv", "march-meetings-per-month.csv"]
    with written[1].open(encoding="utf-8-sig") as handle:
        pairs = list(csv.DictReader(handle))
    # P4 is a draft started 03-05: listed with its status; P1 held 2 meetings in March (2 h).
    p1 = next(r for r in pairs if r["pair"] == str(built.pairs["P1"]))
    assert (p1["meetings held"], p1["hours"], p1["check-ins"]) == ("2", "2.0", "2")
    header = " ".join(pairs[0].keys()).lower()
    assert not any(word in header for word in ("gender", "pronoun", "note"))


def test_xlsx_workbook(db: Database, tmp_path: Path) -> None:
    """One sheet per table with a bold, frozen header."""
    built = build_cycle(db)
    m = compute_measures(db, built.program_id, MARCH, TODAY)
    target = export_xlsx(tmp_path / "march.xlsx", [measure_table(m), *underlying_tables(db, m)])
    book = load_workbook(target)
    assert book.sheetnames == [
        "Measures", "Pairs", "Meetings per month", "Pairs by status", "Closures by reason",
        "Ratings", "Participants", "At risk",
    ]  # fmt: skip
    sheet = book["Measures"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    match = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "match_rate")
    assert match[3] == 50.0 and match[4] == "50.0 %"


def test_unwritable_target_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    """Writing into a missing folder gives a message, not a traceback."""
    built = build_cycle(db)
    m = compute_measures(db, built.program_id, MARCH, TODAY)
    with pytest.raises(ValidationError, match="Cannot write"):
        export_csv(tmp_path / "missing" / "x.csv", [measure_table(m)])
    with pytest.raises(ValidationError, match="Cannot write"):
        export_xlsx(tmp_path / "missing" / "x.xlsx", [measure_table(m)])
