"""`mentordesk programs`: one line per program, its name first."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.enums import value_word
from mentordesk.core.i18n import t


def register(sub: Any) -> None:
    parser = sub.add_parser("programs", help="list the programs in the file")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_programs)

    audit = sub.add_parser(
        "audit",
        help="a program's latest changes: when, who and what (the audit log)",
        description="List a program's latest audit log entries, newest first: the time (UTC), "
        "who, what was done and its details, worded in your language (the log itself keeps "
        "them as recorded).",
    )
    audit.add_argument("--program", required=True, metavar="NAME", help="the program's name")
    audit.add_argument(
        "--limit", type=int, default=50, metavar="N", help="at most N entries (default 50)"
    )
    audit.add_argument(
        "--json", action="store_true", help="machine-readable output (the recorded codes)"
    )
    audit.set_defaults(handler=run_audit)


def run_programs(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.programs import ProgramService

    programs = ProgramService(ctx.db).list()
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "organization": p.organization,
                    "format": p.format.value,
                    "start_date": p.start_date,
                    "end_date": p.end_date,
                    "archived": p.archived,
                }
                for p in programs
            ]
        )
        return 0
    for p in programs:
        dates = f"{p.start_date or '?'} – {p.end_date or '?'}"
        flag = "  " + t("(archived)") if p.archived else ""
        print(f"{p.name}\t{value_word(p.format.value)}\t{dates}\t{p.organization}{flag}")
    return 0


def run_audit(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.common import audit_entries
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    entries = audit_entries(ctx.db, program.id, max(1, args.limit))
    if args.json:
        print_json(
            [
                {
                    "at": e.at.isoformat(sep=" ", timespec="seconds"),
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "details": e.details,
                    "reason": e.reason,
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        print(t("Nothing recorded for this program yet."))
    for e in entries:
        line = f"{e.at:%Y-%m-%d %H:%M}\t{e.actor}\t{e.action_text()}"
        worded = e.details_text()
        if worded:
            line += f"\t{worded}"
        if e.reason:
            line += "\t" + t("reason: {reason}", reason=e.reason)
        print(line)
    return 0
