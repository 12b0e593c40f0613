"""`mentordesk report --all-programs`: the district report (every program the user may see,
and their total) as a table, JSON, CSV or XLSX."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import day, nt, t
from mentordesk.core.measures import format_value, label_text
from mentordesk.core.periods import PeriodPreset

if TYPE_CHECKING:
    from mentordesk.services.reports import DistrictReport

#: The figures the terminal table shows per program (every measure is in json/csv/xlsx).
HEADLINE = ("participants", "pairs_active", "match_rate", "meetings_vs_target", "retention")


def run_district_report(
    args: argparse.Namespace,
    ctx: CliContext,
    preset: PeriodPreset,
    today: dt.date,
    start: dt.date | None,
    end: dt.date | None,
) -> int:
    from mentordesk.services.reports import compute_district, district_tables, export_xlsx

    if args.compare:
        raise ValidationError(
            t(
                "--compare is for one program; the district report compares each program with "
                "its previous cycle"
            )
        )
    report = compute_district(
        ctx.db, preset, today, start, end, include_archived=args.include_archived
    )
    tables = district_tables(report)
    if args.xlsx:
        export_xlsx(args.xlsx, tables, title=f"District {report.period.label}", replace=args.force)
    if args.format == "json":
        print_json(_as_json(report))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(tables[0].columns)
        writer.writerows(["" if v is None else v for v in row] for row in tables[0].rows)
    else:
        _print_table(report)
    return 0


def _as_json(report: DistrictReport) -> dict[str, Any]:
    def measures(items: Any) -> list[dict[str, Any]]:
        return [
            {
                "key": m.key,
                "label": m.label,
                "value": m.value,
                "numerator": m.numerator,
                "denominator": m.denominator,
                "unit": m.unit.value,
            }
            for m in items
        ]

    return {
        "period": {"start": report.period.start, "end": report.period.end, "preset": report.preset},
        "programs": [
            {
                "program": r.current.program_name,
                "period": {"start": r.current.period.start, "end": r.current.period.end},
                "measures": measures(r.current.measures),
                "previous": None
                if r.previous is None
                else {
                    "program": r.previous.program_name,
                    "measures": measures(r.previous.measures),
                },
            }
            for r in report.rows
        ],
        "total": measures(report.total),
        "previous_total": None
        if report.previous_total is None
        else measures(report.previous_total),
        "changes": {c.key: c.change for c in report.comparison()},
    }


def _print_table(report: DistrictReport) -> None:
    period = report.period
    dates = f"{day(period.start)} – {day(period.end)}"
    when = dates if period.label == dates else f"{period.label} ({dates})"
    count = nt("{n} program", "{n} programs", len(report.rows))
    print(t("District — {count}, {when}", count=count, when=when))
    baseline = report.previous_total is not None
    if baseline:
        print(
            t(
                "compared with the previous cycles of {with_previous} of them",
                with_previous=report.with_previous,
            )
        )
    changes = {c.key: c for c in report.comparison()}
    width = max(len(label_text(m.label)) for m in report.total)
    sections: dict[str, list[Any]] = {}
    for m in report.total:
        sections.setdefault(m.section.value, []).append(m)
    for section, items in sections.items():
        print()
        print(label_text(section))
        for m in items:
            line = f"  {label_text(m.label):<{width}}  {m.display():>12}"
            if baseline:
                c = changes[m.key]
                line += f"  {format_value(c.baseline, m.unit):>12}  {c.change_text():>10}"
            print(f"{line}  {m.detail()}".rstrip())
    names = [r.current.program_name for r in report.rows]
    district_total = t("District total")
    name_width = max(len(n) for n in [*names, district_total])
    labels = {m.key: label_text(m.label) for m in report.total}
    print()
    print(t("Programs"))
    print(f"  {'':<{name_width}}" + "".join(f"  {labels[k][:14]:>14}" for k in HEADLINE))
    for r in report.rows:
        cells = "".join(f"  {r.current.get(k).display():>14}" for k in HEADLINE)
        print(f"  {r.current.program_name:<{name_width}}{cells}")
    total = {m.key: m for m in report.total}
    print(
        f"  {district_total:<{name_width}}"
        + "".join(f"  {total[k].display():>14}" for k in HEADLINE)
    )
