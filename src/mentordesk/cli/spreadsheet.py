"""`mentordesk import` and `mentordesk export`: spreadsheets in and out, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, add_force
from mentordesk.core.enums import Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import nt, t


def register(sub: Any) -> None:
    """Add `import`, `export` and `template` to the parser."""
    parser = sub.add_parser(
        "import",
        help="import participants from a CSV or XLSX file",
        description="Import participants from a CSV or XLSX file into a program (created if "
        "it does not exist). Bad rows are listed one per line; with bad rows nothing is "
        "imported unless --skip-bad-rows is given.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=".csv, .tsv, .txt or .xlsx file")
    parser.add_argument("--program", required=True, metavar="NAME", help="program to import into")
    parser.add_argument(
        "--role",
        choices=[Role.MENTOR.value, Role.MENTEE.value],
        help="role of everyone whose row has no role (a role column in the file wins)",
    )
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    parser.add_argument(
        "--update-duplicates",
        action="store_true",
        help="update people already in the program (same e-mail) instead of skipping them",
    )
    parser.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows when some are bad"
    )
    parser.add_argument(
        "--show-mapping", action="store_true", help="print which column goes to which field"
    )
    parser.set_defaults(handler=run_import)

    parser = sub.add_parser(
        "export",
        help="export a program's roster to CSV or XLSX",
        description="Export a program's participants; the format follows the file's extension. "
        "Sensitive fields (demographics, guardian data, confidential notes) are left out "
        "unless --include-sensitive is given.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file to write")
    parser.add_argument("--program", required=True, metavar="NAME", help="program to export")
    parser.add_argument(
        "--include-sensitive", action="store_true", help="also export the sensitive fields"
    )
    add_force(parser)
    parser.set_defaults(handler=run_export)

    parser = sub.add_parser(
        "template",
        help="write the import template (CSV or XLSX) in your language",
        description="Write the spreadsheet to fill in for `mentordesk import`: one column per "
        "field, headed in your language, and (XLSX) a sheet explaining each column. Headers in "
        "any shipped language are read back.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file to write")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the template's language (default: yours; English when none ships for it)",
    )
    add_force(parser)
    parser.set_defaults(handler=run_template)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.importing.mapping import target_label
    from mentordesk.importing.table import read_table
    from mentordesk.services.roster import SpreadsheetService

    service = SpreadsheetService(ctx.db)
    table = read_table(args.file)
    role = Role(args.role) if args.role else None
    try:
        plan = service.plan(table, args.program, default_role=role)
    except ValidationError as error:
        if "role" in error.fields:
            raise ValidationError(
                t("The file has no role column: give --role mentor or --role mentee")
            ) from None
        raise
    print(
        t(
            "{name}: {count} rows, read as {read_as}",
            name=args.file.name,
            count=len(table.rows),
            read_as=plan.read_as,
        )
    )
    if args.show_mapping:
        for column in plan.mapping:
            print(f"  {column.header} → {target_label(column.target)}")
    for note in plan.notes:
        print(note)
    for problem in plan.errors:
        print(problem)
    for duplicate in plan.duplicates():
        # TRANSLATORS: what the import does with a person already in the program
        action = t("will be updated") if args.update_duplicates else t("will be skipped")
        print(
            t(
                "row {row}, {email}: {describe} ({action})",
                row=duplicate.row,
                email=duplicate.email,
                describe=duplicate.describe(),
                action=action,
            )
        )
    counts = plan.counts(args.update_duplicates)
    if args.dry_run:
        print(t("dry run, nothing written: {summary}", summary=counts.summary()))
        return 0
    if plan.errors and not args.skip_bad_rows:
        print(t("0 added, 0 updated, 0 skipped, {rejected} rejected", rejected=counts.rejected))
        print(
            "mentordesk: "
            + nt(
                "nothing imported: {n} bad row (fix it, or use --skip-bad-rows to import the "
                "good rows only)",
                "nothing imported: {n} bad rows (fix them, or use --skip-bad-rows to import the "
                "good rows only)",
                len(plan.bad_rows),
            ),
            file=sys.stderr,
        )
        return 1
    counts, _ = service.apply(
        plan, update_duplicates=args.update_duplicates, skip_bad_rows=args.skip_bad_rows
    )
    print(counts.summary())
    return 0


def run_template(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.roster import write_template

    path = write_template(args.file, args.language, replace=args.force)
    print(t("Template written to {file}", file=path))
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.roster import SpreadsheetService

    count = SpreadsheetService(ctx.db).export(
        args.program, args.file, include_sensitive=args.include_sensitive, replace=args.force
    )
    extra = t(" (with sensitive fields)") if args.include_sensitive else ""
    print(
        nt(
            "{n} participant written to {file}{extra}",
            "{n} participants written to {file}{extra}",
            count,
            file=args.file,
            extra=extra,
        )
    )
    return 0
