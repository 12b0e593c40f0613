"""`mentordesk person …` and `mentordesk retention …`: a person's data on request, erasure,
retention. Heavy imports (services, ReportLab) happen inside the handlers."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.errors import ValidationError


def register(sub: Any) -> None:
    person = sub.add_parser("person", help="one person's data: export it, or erase the person")
    commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    export = commands.add_parser(
        "export", help="everything held about one person, as JSON or a readable PDF"
    )
    export.add_argument("person", metavar="PERSON", help="participant id, e-mail or full name")
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="a .json or .pdf file"
    )
    export.add_argument("--paper", choices=("a4", "letter"), type=str.lower)
    export.set_defaults(handler=run_export)

    erase = commands.add_parser(
        "erase",
        help="erase a person completely (cannot be undone)",
        description="Erase every record about a person. Pairs they were in are kept for the "
        "statistics with an anonymous 'Former participant', or removed with --remove-pairs. "
        "This cannot be undone; backups made before it still hold the person.",
    )
    erase.add_argument("person", metavar="PERSON", help="participant id, e-mail or full name")
    erase.add_argument(
        "--confirm", required=True, metavar="FULL_NAME", help="the person's full name, exactly"
    )
    erase.add_argument("--remove-pairs", action="store_true", help="remove their pairs too")
    erase.set_defaults(handler=run_erase)

    retention = sub.add_parser("retention", help="erase people N years after their program ends")
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    setting = actions.add_parser("set", help="set a program's retention period")
    setting.add_argument("--program", required=True, metavar="NAME")
    setting.add_argument(
        "--years", required=True, metavar="N|off", help="years after the program's end, or off"
    )
    setting.set_defaults(handler=run_retention_set)
    due = actions.add_parser("due", help="who the retention rule says to erase (a preview)")
    due.add_argument("--today", metavar="DATE", help="as if today were DATE (YYYY-MM-DD)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=run_retention_due)
    run = actions.add_parser("run", help="erase everyone due (cannot be undone)")
    run.add_argument("--today", metavar="DATE", help="as if today were DATE (YYYY-MM-DD)")
    run.add_argument("--remove-pairs", action="store_true", help="remove their pairs too")
    run.add_argument("--yes", action="store_true", required=True, help="confirm the erasure")
    run.set_defaults(handler=run_retention_run)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import PersonDataService

    service = PersonDataService(ctx.db)
    suffix = args.output.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise ValidationError(f"The export file should end in .json or .pdf: {args.output}")
    pid = service.resolve(args.person)
    try:
        if suffix == ".json":
            service.export_json(pid, args.output)
        else:
            service.export_pdf(pid, args.output, args.paper)
    except OSError as error:
        raise ValidationError(f"Cannot write {args.output}: {error.strerror}") from None
    print(args.output)
    return 0


def run_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import ErasureService, PersonDataService

    pid = PersonDataService(ctx.db).resolve(args.person)
    result = ErasureService(ctx.db).erase(
        pid, confirm_name=args.confirm, remove_pairs=args.remove_pairs
    )
    pairs = (
        f"{result.pairs_removed} pairs removed"
        if args.remove_pairs
        else f"{result.pairs_kept} pairs kept as 'Former participant'"
    )
    print(f"Erased: {result.records_deleted} records deleted, {pairs}.")
    return 0


def _today(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"Not a date (YYYY-MM-DD): {text!r}") from None


def run_retention_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import RetentionService
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    text = args.years.strip().lower()
    if text in ("off", "never", "none"):
        years = None
    elif text.isdigit():
        years = int(text)
    else:
        raise ValidationError(f"--years takes a whole number of years or 'off', not {text!r}")
    RetentionService(ctx.db).set_years(program.id, years)
    print("Retention off" if years is None else f"Erase people {years} years after the end")
    return 0


def run_retention_due(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import RetentionService

    due = RetentionService(ctx.db).due(_today(args.today))
    if args.json:
        print_json(
            [
                {"id": d.participant_id, "name": d.name, "programs": list(d.programs),
                 "due_since": d.due_since.isoformat()}
                for d in due
            ]
        )  # fmt: skip
        return 0
    for d in due:
        print(f"{d.participant_id}\t{d.name}\t{'; '.join(d.programs)}\tdue since {d.due_since}")
    if not due:
        print("Nobody is due for erasure.")
    return 0


def run_retention_run(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import RetentionService

    count = RetentionService(ctx.db).run(_today(args.today), remove_pairs=args.remove_pairs)
    print(f"Erased {count} people.")
    return 0
