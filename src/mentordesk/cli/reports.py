"""`mentordesk report` (every measure of a program) and `mentordesk rollover` (the next cycle)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, add_force, print_json
from mentordesk.core.enums import MemberStatus
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import day, nt, t
from mentordesk.core.measures import MeasureComparison, ProgramMeasures, compare, label_text
from mentordesk.core.periods import PeriodPreset, parse_date

PRESETS = {"month": PeriodPreset.MONTH, "term": PeriodPreset.TERM, "cycle": PeriodPreset.CYCLE}


def register(sub: Any) -> None:
    """Add `report` and `rollover`."""
    report = sub.add_parser(
        "report",
        help="print every measure of a program",
        description="Print every program measure (with its formula in json/csv). The period is "
        "the whole cycle unless --period or --from/--to say otherwise.",
    )
    report.add_argument("--program", metavar="NAME")
    report.add_argument(
        "--all-programs",
        action="store_true",
        help="district report: one row per program you may see, and their total",
    )
    report.add_argument(
        "--include-archived", action="store_true", help="with --all-programs: archived too"
    )
    report.add_argument("--period", choices=sorted(PRESETS), help="month, term (quarter) or cycle")
    report.add_argument("--from", dest="date_from", metavar="DATE", help="custom start YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="custom end YYYY-MM-DD")
    report.add_argument("--compare", metavar="OTHER_PROGRAM", help="year over year: same stretch")
    report.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_force(report)
    report.add_argument("--today", metavar="DATE", help="compute as if today were DATE")
    report.add_argument(
        "--xlsx", type=Path, metavar="PATH", help="also write measures and tables to XLSX"
    )
    report.set_defaults(handler=run_report)

    roll = sub.add_parser(
        "rollover",
        help="start the next cycle from a program",
        description="Create NEW_NAME from a program: same settings, the participants who continue "
        "(profiles and screening carried, expiry kept), no pairs. By default everyone continues "
        "except withdrawn participants.",
    )
    roll.add_argument("--program", required=True, metavar="NAME")
    roll.add_argument("--to", dest="new_name", required=True, metavar="NEW_NAME")
    roll.add_argument(
        "--exclude-status",
        action="append",
        choices=[s.value for s in MemberStatus],
        metavar="STATUS",
        help="leave out participants with this status (repeatable; default: withdrawn)",
    )
    roll.add_argument(
        "--participant",
        action="append",
        type=int,
        metavar="ID",
        help="only these participants continue (repeatable; overrides --exclude-status)",
    )
    roll.add_argument("--start", metavar="DATE", help="new cycle start (default: a year later)")
    roll.add_argument("--end", metavar="DATE", help="new cycle end (default: a year later)")
    roll.add_argument("--archive-old", action="store_true", help="archive the old program")
    roll.set_defaults(handler=run_rollover)


def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.reports import (
        compute_measures,
        equivalent_period,
        export_xlsx,
        measure_table,
        period_for,
        underlying_tables,
    )

    today = parse_date(args.today, "today") if args.today else dt.date.today()
    start = parse_date(args.date_from, "from") if args.date_from else None
    end = parse_date(args.date_to, "to") if args.date_to else None
    if (start is None) != (end is None):
        raise ValidationError(t("Give both --from and --to for a custom period"))
    if start is not None and args.period:
        raise ValidationError(t("Give either --period or --from/--to, not both"))
    preset = PeriodPreset.CUSTOM if start else PRESETS[args.period or "cycle"]
    if args.all_programs == bool(args.program):
        raise ValidationError(t("Give either --program NAME or --all-programs"))
    if args.all_programs:
        from mentordesk.cli.district_report import run_district_report

        return run_district_report(args, ctx, preset, today, start, end)
    if args.include_archived:
        raise ValidationError(t("--include-archived goes with --all-programs"))
    programs = ProgramService(ctx.db)
    program = programs.by_name(args.program)
    period = period_for(ctx.db, program.id, preset, today, start, end)
    measures = compute_measures(ctx.db, program.id, period, today)
    other: ProgramMeasures | None = None
    rows: list[MeasureComparison] = []
    if args.compare:
        other_program = programs.by_name(args.compare)
        other_period = equivalent_period(ctx.db, period, program.id, other_program.id, today)
        other = compute_measures(ctx.db, other_program.id, other_period, today)
        rows = compare(measures, other)
    if args.xlsx:
        tables = [measure_table(measures, other, rows), *underlying_tables(ctx.db, measures)]
        export_xlsx(args.xlsx, tables, title=f"{program.name} {period.label}", replace=args.force)
    if args.format == "json":
        print_json(_as_json(measures, other, rows))
    elif args.format == "csv":
        table = measure_table(measures, other, rows)
        writer = csv.writer(sys.stdout)
        writer.writerow(table.columns)
        writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    else:
        _print_table(measures, other, rows)
    return 0


def _as_json(
    measures: ProgramMeasures, other: ProgramMeasures | None, rows: list[MeasureComparison]
) -> dict[str, Any]:
    def one(m: ProgramMeasures) -> dict[str, Any]:
        c = m.charts
        return {
            "program": m.program_name,
            "period": {"start": m.period.start, "end": m.period.end, "preset": m.period.preset},
            "as_of": m.as_of,
            "measures": [
                {
                    "key": x.key,
                    "label": x.label,
                    "section": x.section.value,
                    "value": x.value,
                    "numerator": x.numerator,
                    "denominator": x.denominator,
                    "unit": x.unit.value,
                    "formula": x.formula,
                }
                for x in m.measures
            ],
            "charts": {
                "meetings_per_month": [
                    {"month": x.month, "held": x.count, "hours": x.hours}
                    for x in c.meetings_per_month
                ],
                "pairs_by_status": [{"date": s.date, **s.counts} for s in c.pairs_by_status],
                "closures_by_reason": [
                    {"reason": r.reason, "completed": r.completed, "early": r.early}
                    for r in c.closures_by_reason
                ],
                "ratings": {str(k): v for k, v in c.ratings.items()},
            },
            "at_risk": [
                {"pair_id": a.pair_id, "names": a.names, "reasons": list(a.reasons)}
                for a in m.at_risk
            ],
        }

    data = one(measures)
    if other is not None:
        data["compare"] = one(other)
        data["changes"] = {r.key: r.change for r in rows}
    return data


def _print_table(
    measures: ProgramMeasures, other: ProgramMeasures | None, rows: list[MeasureComparison]
) -> None:
    period = measures.period
    dates = f"{day(period.start)} – {day(period.end)}"
    label = period.label if period.label != dates else ""
    print(f"{measures.program_name} — {label + ' (' + dates + ')' if label else dates}")
    if measures.as_of < period.end:
        print(t("figures as of {as_of}", as_of=measures.as_of))  # a date: the language's form
    if other is not None:
        print(
            t(
                "compared with {program_name} — {start} – {end}",
                program_name=other.program_name,
                start=other.period.start,
                end=other.period.end,
            )
        )
    changes = {r.key: r for r in rows}
    width = max(len(label_text(m.label)) for m in measures.measures)
    for section, items in measures.by_section().items():
        print()
        print(label_text(section.value))
        for m in items:
            line = f"  {label_text(m.label):<{width}}  {m.display():>12}"
            if other is not None:
                c = changes[m.key]
                base = other.get(m.key).display() if c.baseline is not None else "—"
                line += f"  {base:>12}  {c.change_text():>10}"
            detail = m.detail()
            print(f"{line}  {detail}".rstrip())
    if measures.at_risk:
        print()
        print(t("Pairs at risk"))
        for pair in measures.at_risk:
            print(f"  #{pair.pair_id} {pair.names}: {'; '.join(pair.reasons)}")


def run_rollover(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.reports import rollover

    program = ProgramService(ctx.db).by_name(args.program)
    excluded = [MemberStatus(s) for s in (args.exclude_status or ["withdrawn"])]
    result, _ = rollover(
        ctx.db,
        program.id,
        args.new_name,
        participant_ids=args.participant,
        exclude_statuses=excluded,
        start_date=parse_date(args.start, "start") if args.start else None,
        end_date=parse_date(args.end, "end") if args.end else None,
        archive_old=args.archive_old,
    )
    print(
        nt(
            "Created {name} from {old}: {n} participant continues, {skipped} left out",
            "Created {name} from {old}: {n} participants continue, {skipped} left out",
            result.copied,
            name=repr(result.program.name),
            old=repr(program.name),
            skipped=result.skipped,
        )
        + (t("; {name} archived", name=repr(program.name)) if args.archive_old else "")
    )
    return 0
