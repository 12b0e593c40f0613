"""The tables behind the measures, and their export to CSV and XLSX for a funder.

No sensitive fields (gender, pronouns, identity, notes, safety notes) ever appear here.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mentordesk.core.enums import MeetingStatus, Party
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.measures import MeasureComparison, ProgramMeasures
from mentordesk.core.outputs import atomic_output
from mentordesk.db.engine import Database
from mentordesk.db.models import CheckInRecord, ClosureRecord, MeetingRecord, PairRecord
from mentordesk.db.sql import first_in_group
from mentordesk.importing.formulas import escape_csv_row, is_formula_like
from mentordesk.importing.xlsx import text_cell, xlsx_safe
from mentordesk.services.reports.at_risk import pair_names


@dataclass(frozen=True)
class ReportTable:
    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


STATUSES = ("active", "paused", "closed", "proposed")
MEASURE_COLUMNS = (
    "section",
    "key",
    "measure",
    "value",
    "shown as",
    "numerator",
    "denominator",
    "unit",
    "formula",
)


def measure_table(
    measures: ProgramMeasures,
    baseline: ProgramMeasures | None = None,
    comparison: Sequence[MeasureComparison] = (),
) -> ReportTable:
    """One row per measure; with a comparison, the baseline's value and the change too."""
    columns: tuple[str, ...] = MEASURE_COLUMNS
    changes = {c.key: c for c in comparison}
    if baseline is not None:
        columns = (*columns, f"{baseline.program_name} {baseline.period.label}", "change")
    rows = []
    for m in measures.measures:
        row: tuple[Any, ...] = (
            m.section.value,
            m.key,
            m.label,
            _round(m.value),
            m.display(),
            m.numerator,
            m.denominator,
            m.unit.value,
            m.formula,
        )
        if baseline is not None:
            c = changes.get(m.key)
            row = (*row, _round(c.baseline) if c else None, c.change_text() if c else "")
        rows.append(row)
    return ReportTable("Measures", columns, tuple(rows))


def underlying_tables(db: Database, measures: ProgramMeasures) -> list[ReportTable]:
    """Pairs with their activity in the period, and the chart series as tables."""
    start, as_of = measures.period.start, measures.as_of
    c = measures.charts
    tables = [
        _pairs_table(db, measures.program_id, start, as_of),
        ReportTable(
            "Meetings per month",
            ("month", "meetings held", "hours"),
            tuple((x.month, x.count, round(x.hours, 2)) for x in c.meetings_per_month),
        ),
        ReportTable(
            "Pairs by status",
            ("date", "active", "paused", "closed", "proposed"),
            tuple(
                (s.date.isoformat(), *(s.counts.get(k, 0) for k in STATUSES))
                for s in c.pairs_by_status
            ),
        ),
        ReportTable(
            "Closures by reason",
            ("reason", "completed", "ended early", "total"),
            tuple((r.reason, r.completed, r.early, r.total) for r in c.closures_by_reason),
        ),
        ReportTable("Ratings", ("rating", "check-ins"), tuple(sorted(c.ratings.items()))),
        ReportTable(
            "Participants", ("role", "status", "count"), measures.participants_by_role_status
        ),
        ReportTable(
            "At risk",
            ("pair", "names", "reasons"),
            tuple((a.pair_id, a.names, "; ".join(a.reasons)) for a in measures.at_risk),
        ),
    ]
    return tables


def _pairs_table(db: Database, program_id: int, start: dt.date, as_of: dt.date) -> ReportTable:
    mt, ci, cl = MeetingRecord, CheckInRecord, ClosureRecord
    in_period_m = sa.and_(mt.date >= start, mt.date <= as_of, mt.status == MeetingStatus.HELD)
    meetings = (
        sa.select(
            mt.pair_id,
            sa.func.count().label("n"),
            sa.func.sum(mt.duration_minutes).label("minutes"),
        )
        .where(in_period_m)
        .group_by(mt.pair_id)
        .subquery()
    )
    checkins = (
        sa.select(
            ci.pair_id,
            sa.func.count(sa.distinct(ci.date)).label("n"),
            sa.func.avg(ci.rating).label("rating"),
        )
        .where(ci.date >= start, ci.date <= as_of, ci.party != Party.GUARDIAN)
        .group_by(ci.pair_id)
        .subquery()
    )
    closures = first_in_group(  # each pair's latest closure still in effect
        sa.select(cl.pair_id, cl.date, cl.type, cl.reason_code).where(cl.reopened_on.is_(None)),
        cl.pair_id,
        cl.date.desc(),
        cl.id.desc(),
    )
    with db.read() as session:
        rows = session.execute(
            sa.select(
                PairRecord.id,
                PairRecord.status,
                PairRecord.start_date,
                PairRecord.planned_end_date,
                closures.c.date,
                closures.c.type,
                closures.c.reason_code,
                meetings.c.n,
                meetings.c.minutes,
                checkins.c.n,
                checkins.c.rating,
            )
            .outerjoin(meetings, meetings.c.pair_id == PairRecord.id)
            .outerjoin(checkins, checkins.c.pair_id == PairRecord.id)
            .outerjoin(closures, closures.c.pair_id == PairRecord.id)
            .where(PairRecord.program_id == program_id, PairRecord.start_date <= as_of)
            .order_by(PairRecord.id)
        ).all()
        names = pair_names(session, [r[0] for r in rows])
    columns: tuple[str, ...] = ("pair", "mentor → mentee", "status now", "start", "planned end")
    columns += ("closed on",)
    columns += ("closure", "reason", "meetings held", "hours", "check-ins", "average rating")
    out = tuple(
        (
            pid,
            names.get(pid, ""),
            str(status),
            _iso(begin),
            _iso(planned),
            _iso(closed),
            kind or "",
            reason or "",
            n or 0,
            round((minutes or 0) / 60, 2),
            checks or 0,
            round(rating, 2) if rating is not None else None,
        )
        for pid, status, begin, planned, closed, kind, reason, n, minutes, checks, rating in rows
    )
    return ReportTable("Pairs", columns, out)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _cell(value: Any) -> Any:
    return "" if value is None else value


def export_csv(path: Path, tables: Sequence[ReportTable], *, replace: bool = False) -> list[Path]:
    """The first table at `path`, each further one beside it as `<stem>-<table>.csv`.

    Each file is written beside its target and renamed into place (`core.outputs`)."""
    written = []
    for index, table in enumerate(tables):
        target = path if index == 0 else path.with_name(f"{path.stem}-{_slug(table.name)}.csv")
        with atomic_output(target, replace=replace) as temporary:
            try:
                with temporary.open("w", newline="", encoding="utf-8-sig") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(escape_csv_row(table.columns))
                    writer.writerows(escape_csv_row(_cell(v) for v in row) for row in table.rows)
            except OSError as error:
                raise ValidationError(
                    t("Cannot write {target}: {strerror}", target=target, strerror=error.strerror)
                ) from None
        written.append(target)
    return written


def export_xlsx(
    path: Path, tables: Sequence[ReportTable], title: str = "", *, replace: bool = False
) -> Path:
    """One workbook, one sheet per table, header row bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name[:31])
        sheet.append(list(table.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([xlsx_safe(_cell(v)) for v in row])
            for cell in sheet[sheet.max_row]:
                if is_formula_like(cell.value):
                    text_cell(cell)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
    if title:
        workbook.properties.title = title
    with atomic_output(path, replace=replace) as temporary:
        try:
            workbook.save(temporary)
        except OSError as error:
            raise ValidationError(
                t("Cannot write {path}: {strerror}", path=path, strerror=error.strerror)
            ) from None
    return path


def _slug(name: str) -> str:
    return "-".join(name.lower().split())
