"""The district report: one row per program, a total whose rates are ratios of sums, year
over year, and its CSV/XLSX export (figures worked out in district_programs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.core.measures import Measure, Section, Unit, combine
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.services.reports import (
    DistrictReport,
    compute_district,
    district_tables,
    export_csv,
    export_xlsx,
)
from mentordesk.services.reports.measures import compute_measures, period_for
from tests.reports.district_programs import TODAY, build_district


@pytest.fixture
def report(db: Database) -> DistrictReport:
    build_district(db)
    return compute_district(db, PeriodPreset.CYCLE, TODAY)


def _total(report: DistrictReport, key: str) -> Measure:
    return next(m for m in report.total if m.key == key)


def test_one_row_per_current_program(report: DistrictReport) -> None:
    """Archived programs and a cycle rolled over into a newer one are not rows."""
    assert [r.current.program_name for r in report.rows] == ["Big", "Small"]


def test_total_rates_are_ratios_of_sums_not_averages(report: DistrictReport) -> None:
    """Match rate 4/10 = 40 % (mean of the programs' 25 % and 100 % would be 62.5 %)."""
    big, small = (r.current for r in report.rows)
    assert (big.value("match_rate"), small.value("match_rate")) == (25.0, 100.0)
    match = _total(report, "match_rate")
    assert (match.numerator, match.denominator) == (4, 10)
    assert match.value == pytest.approx(40.0)
    assert _total(report, "utilization").value == pytest.approx(4 / 10 * 100)
    rating = _total(report, "rating_avg")
    assert rating.value == pytest.approx((4 * 2 + 5) / 5)  # 2.6, not (2 + 5) / 2
    assert rating.value != pytest.approx((2 + 5) / 2)


def test_total_counts_are_sums(report: DistrictReport) -> None:
    """Counts and hours add up over the programs."""
    assert _total(report, "mentees").value == 10
    assert _total(report, "meetings_held").value == 4
    assert _total(report, "mentoring_hours").value == pytest.approx(2.5)
    assert _total(report, "pairs_active").value == 4


def test_every_ratio_is_recomputed_from_its_parts(report: DistrictReport) -> None:
    """For every ratio measure the total equals Σ numerators ÷ Σ denominators × scale."""
    for m in report.total:
        if m.scale is None:
            continue
        parts = [r.current.get(m.key) for r in report.rows]
        num = sum(p.numerator or 0 for p in parts)
        den = sum(p.denominator or 0 for p in parts)
        expected = None if den == 0 else num / den * m.scale
        assert m.value == pytest.approx(expected), m.key


def test_each_ratio_measure_is_its_numerator_over_denominator(db: Database) -> None:
    """A program's own ratio values agree with their numerator, denominator and scale, so
    a total built from the parts means the same thing."""
    ids = build_district(db)
    period = period_for(db, ids["Big"], PeriodPreset.CYCLE, TODAY)
    for m in compute_measures(db, ids["Big"], period, TODAY).measures:
        if m.scale is not None and m.denominator:
            assert m.value == pytest.approx((m.numerator or 0) / m.denominator * m.scale), m.key
        if m.unit in (Unit.PERCENT, Unit.RATING, Unit.DAYS):
            assert m.scale is not None, f"{m.key}: a ratio without its parts cannot be totalled"


def test_year_over_year_against_previous_cycles(report: DistrictReport) -> None:
    """Big is compared with Big 2025 (1 of 4 mentees matched); Small has no previous cycle."""
    big, small = report.rows
    assert big.previous is not None and big.previous.program_name == "Big 2025"
    assert small.previous is None
    assert report.with_previous == 1
    changes = {c.key: c for c in report.comparison()}
    assert changes["match_rate"].baseline == pytest.approx(25.0)
    assert changes["match_rate"].change == pytest.approx(15.0)
    assert changes["mentees"].baseline == 4


def test_archived_programs_when_asked(db: Database) -> None:
    """--include-archived adds archived programs as rows."""
    build_district(db)
    report = compute_district(db, PeriodPreset.CYCLE, TODAY, include_archived=True)
    assert [r.current.program_name for r in report.rows] == ["Big", "Old", "Small"]


def test_combine_of_nothing_and_of_empty_denominators() -> None:
    """No programs: no total; a ratio over zero in every program stays undefined."""
    assert combine([]) == ()
    zero = Measure(
        "match_rate",
        "Match rate",
        None,
        Unit.PERCENT,
        "f",
        Section.MATCHING,
        0,
        0,
        scale=100,
    )
    (total,) = combine([[zero], [zero]])
    assert total.value is None and total.denominator == 0


def test_export_csv_and_xlsx(report: DistrictReport, tmp_path: Path) -> None:
    """The export has a row per program and the totals, every measure a column."""
    import csv

    from openpyxl import load_workbook

    tables = district_tables(report)
    written = export_csv(tmp_path / "district.csv", tables)
    with written[0].open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert [r[0] for r in body] == [
        "Big",
        "Small",
        "District total",
        "District total, previous cycles",
    ]
    match = header.index("Match rate")
    assert float(body[2][match]) == pytest.approx(40.0)
    path = export_xlsx(tmp_path / "district.xlsx", tables)
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["District", "Measures"]
    assert book["District"].cell(4, 1).value == "District total"
