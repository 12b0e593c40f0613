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
