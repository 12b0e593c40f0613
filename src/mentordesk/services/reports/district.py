"""The district report: every measure of every program the user may see, and their total.

One row per program (its `compute_measures`, the one computation the reports view, the CLI
and the summary PDF use) and the district total (`core.measures.combine`: counts summed,
rates recomputed from summed numerators and denominators, never averaged percentages), with
year over year: each program against its previous cycle (the program it was rolled over
from) over the equivalent stretch, and the total of those baselines.

Which programs: on a district server, the ones the server's policies let the connected role
read (nothing to filter here); on a file, every program in it. Archived programs are left
out unless asked for, and so is a program that was rolled over into a newer one the report
shows (it is that one's year-over-year baseline, not a second current program).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.core.measures import (
    ChartSeries,
    Measure,
    MeasureComparison,
    ProgramMeasures,
    combine,
    compare,
)
from mentordesk.core.periods import Period, PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.db.models import ProgramRecord
from mentordesk.services.reports.export import ReportTable, measure_table
from mentordesk.services.reports.measures import compute_measures, equivalent_period, period_for

TOTAL_NAME = "District total"
TOTAL_NOTE = "district total over the programs (counts summed; ratios from summed parts): "


@dataclass(frozen=True)
class DistrictRow:
    """One program: its figures for the period and, when it has a previous cycle, those."""

    current: ProgramMeasures
    previous: ProgramMeasures | None


@dataclass(frozen=True)
class DistrictReport:
    preset: PeriodPreset
    #: The period asked for; for the whole cycle each program has its own (row.current.period).
    period: Period
    rows: tuple[DistrictRow, ...]
    total: tuple[Measure, ...]
    #: The total of the previous cycles' figures (None when no program has a previous cycle).
    previous_total: tuple[Measure, ...] | None

    @property
    def with_previous(self) -> int:
        """How many programs have a previous cycle to compare with."""
        return sum(1 for row in self.rows if row.previous is not None)

    def total_measures(self) -> ProgramMeasures:
        """The total as a ProgramMeasures, so tables and exports treat it like a program."""
        return _as_program(TOTAL_NAME, self.period, self.total)

    def previous_measures(self) -> ProgramMeasures | None:
        if self.previous_total is None:
            return None
        return _as_program(f"{TOTAL_NAME}, previous cycles", self.period, self.previous_total)

    def comparison(self) -> list[MeasureComparison]:
        """The total against the previous cycles' total, measure by measure."""
        return compare(self.total_measures(), self.previous_measures())


def _as_program(name: str, period: Period, measures: tuple[Measure, ...]) -> ProgramMeasures:
    as_of = min(period.end, dt.date.today())
    return ProgramMeasures(0, name, period, max(period.start, as_of), measures, ChartSeries())


def district_programs(db: Database, *, include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the programs the report shows, by name."""
    with db.read() as session:
        rows = session.execute(
            sa.select(
                ProgramRecord.id,
                ProgramRecord.name,
                ProgramRecord.archived,
                ProgramRecord.previous_program_id,
            ).order_by(ProgramRecord.name)
        ).all()
    shown = [r for r in rows if include_archived or not r.archived]
    superseded = {r.previous_program_id for r in shown if r.previous_program_id is not None}
    return [(r.id, r.name) for r in shown if r.id not in superseded]


def compute_district(
    db: Database,
    preset: PeriodPreset,
    today: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    include_archived: bool = False,
) -> DistrictReport:
    """Every measure per program and the district total, with the previous cycles'."""
    today = today or dt.date.today()
    programs = district_programs(db, include_archived=include_archived)
    if not programs:
        raise NotFoundError(t("There is no program to report on (or none you may see)"))
    rows = []
    for program_id, _name in programs:
        period = period_for(db, program_id, preset, today, start, end)
        current = compute_measures(db, program_id, period, today)
        rows.append(DistrictRow(current, _previous_cycle(db, current, today)))
    baselines = [row.previous.measures for row in rows if row.previous is not None]
    period = rows[0].current.period
    if preset is PeriodPreset.CYCLE:
        period = Period(
            min(r.current.period.start for r in rows),
            max(r.current.period.end for r in rows),
            PeriodPreset.CYCLE,
        )
    return DistrictReport(
        preset=preset,
        period=period,
        rows=tuple(rows),
        total=combine([row.current.measures for row in rows], TOTAL_NOTE),
        previous_total=combine(baselines, TOTAL_NOTE) if baselines else None,
    )


def _previous_cycle(
    db: Database, current: ProgramMeasures, today: dt.date
) -> ProgramMeasures | None:
    with db.read() as session:
        previous_id = session.scalar(
            sa.select(ProgramRecord.previous_program_id).where(
                ProgramRecord.id == current.program_id
            )
        )
        # On a server the previous cycle may be a program this role cannot see.
        if previous_id is None or session.get(ProgramRecord, previous_id) is None:
            return None
    period = equivalent_period(db, current.period, current.program_id, previous_id, today)
    return compute_measures(db, previous_id, period, today)


def district_tables(report: DistrictReport) -> list[ReportTable]:
    """The district report as tables for CSV/XLSX: one row per program and the totals (every
    measure a column), the total against the previous cycles with numerators, denominators
    and formulas, and each program's previous cycle."""
    keys = [m.key for m in report.total]
    labels = [m.label for m in report.total]
    columns = ("program", "period start", "period end", *labels)

    def line(name: str, period: Period, measures: tuple[Measure, ...]) -> tuple[object, ...]:
        values = {m.key: m.value for m in measures}
        rounded = (None if values.get(k) is None else round(values[k] or 0.0, 4) for k in keys)
        return (name, period.start.isoformat(), period.end.isoformat(), *rounded)

    rows = [line(r.current.program_name, r.current.period, r.current.measures) for r in report.rows]
    rows.append(line(TOTAL_NAME, report.period, report.total))
    if report.previous_total is not None:
        rows.append(line(f"{TOTAL_NAME}, previous cycles", report.period, report.previous_total))
    previous = [
        (
            r.current.program_name,
            *line(r.previous.program_name, r.previous.period, r.previous.measures),
        )
        for r in report.rows
        if r.previous is not None
    ]
    return [
        ReportTable("District", columns, tuple(rows)),
        measure_table(report.total_measures(), report.previous_measures(), report.comparison()),
        ReportTable(
            "Previous cycles", ("program", "previous cycle", *columns[1:]), tuple(previous)
        ),
    ]
