"""`mentordesk pdf ...`: the print-ready documents, headless (same service as the GUI)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, add_force
from mentordesk.services.documents import BatchKind, DocumentService
from mentordesk.services.programs import ProgramService


def register(sub: Any) -> None:
    parser = sub.add_parser("pdf", help="print-ready documents (agreements, IDPs, summary …)")
    pdf = parser.add_subparsers(dest="pdf_command", metavar="DOCUMENT", required=True)

    def add(name: str, help_text: str, output: str) -> argparse.ArgumentParser:
        command: argparse.ArgumentParser = pdf.add_parser(name, help=help_text)
        command.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            metavar=output,
            help=f"where to write ({output.lower()})",
        )
        command.add_argument(
            "--paper",
            choices=("a4", "letter"),
            type=str.lower,
            help="paper size (default: the program's setting, else the locale)",
        )
        add_force(command)
        return command

    agreement = add("agreement", "the mentoring agreement of a pair", "FILE")
    agreement.add_argument("--pair", type=int, required=True, metavar="ID")
    agreement.set_defaults(handler=run_agreement)

    idp = add("idp", "the Individual Development Plan of a mentee", "FILE")
    idp.add_argument("--participant", type=int, required=True, metavar="ID")
    idp.add_argument("--program", metavar="NAME", help="program (default: the mentee's latest)")
    idp.set_defaults(handler=run_idp)

    summary = add("summary", "the program summary with measures and charts", "FILE")
    summary.add_argument("--program", required=True, metavar="NAME")
    summary.set_defaults(handler=run_summary)

    roster = add("roster", "the roster of a program", "FILE")
    roster.add_argument("--program", required=True, metavar="NAME")
    roster.add_argument(
        "--include-sensitive",
        action="store_true",
        help="also print gender, pronouns, identity, guardian contact and notes",
    )
    roster.set_defaults(handler=run_roster)

    for name, kind, help_text in (
        ("certificates", BatchKind.CERTIFICATES, "certificates of completed pairs, one per person"),
        ("agreements", BatchKind.AGREEMENTS, "agreements of every active pair, one per pair"),
    ):
        batch = add(name, help_text, "DIR")
        batch.add_argument("--program", required=True, metavar="NAME")
        batch.add_argument(
            "--combined",
            action="store_true",
            help="write one combined PDF to -o FILE instead of a folder",
        )
        batch.set_defaults(handler=run_batch, kind=kind)


def _program_id(ctx: CliContext, name: str) -> int:
    return ProgramService(ctx.db).by_name(name).id


def _write(path: Path, data: bytes, replace: bool) -> int:
    from mentordesk.core.outputs import write_output

    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    print(write_output(path, data, replace=replace))
    return 0


def run_agreement(args: argparse.Namespace, ctx: CliContext) -> int:
    return _write(args.output, DocumentService(ctx.db).agreement(args.pair, args.paper), args.force)


def run_idp(args: argparse.Namespace, ctx: CliContext) -> int:
    program = _program_id(ctx, args.program) if args.program else None
    data = DocumentService(ctx.db).idp(args.participant, program, args.paper)
    return _write(args.output, data, args.force)


def run_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    data = DocumentService(ctx.db).summary(_program_id(ctx, args.program), paper=args.paper)
    return _write(args.output, data, args.force)


def run_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    data = DocumentService(ctx.db).roster(
        _program_id(ctx, args.program), include_sensitive=args.include_sensitive, paper=args.paper
    )
    return _write(args.output, data, args.force)


def run_batch(args: argparse.Namespace, ctx: CliContext) -> int:
    result = DocumentService(ctx.db).batch(
        args.kind,
        _program_id(ctx, args.program),
        args.output,
        combined=args.combined,
        paper=args.paper,
        replace=args.force,
    )
    for path in result.files:
        print(path)
    if not result.files:
        print(f"mentordesk: no {args.kind} to print in this program", file=sys.stderr)
    return 0
