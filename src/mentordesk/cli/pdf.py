"""`mentordesk pdf ...`: the print-ready documents, headless (same service as the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk.cli.common import CliContext, add_force
from mentordesk.core.private_files import make_private_dirs

if TYPE_CHECKING:
    from mentordesk.services.documents import DocumentService


def _service(ctx: CliContext) -> DocumentService:
    # ReportLab, python-bidi and Babel load only when a document is made.
    from mentordesk.services.documents import DocumentService

    return DocumentService(ctx.db)


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
        command.add_argument(
            "--language",
            metavar="CODE",
            help="language of the document, e.g. en, es, fr, ar (default: the program's)",
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
    summary.add_argument(
        "--internal",
        action="store_true",
        help="the coordinator's version: names the pairs at risk (default: counts only)",
    )
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
        ("certificates", "certificates", "certificates of completed pairs, one per person"),
        ("agreements", "agreements", "agreements of every active pair, one per pair"),
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
    from mentordesk.services.programs import ProgramService

    return ProgramService(ctx.db).by_name(name).id


def _write(path: Path, data: bytes, replace: bool) -> int:
    from mentordesk.core.outputs import write_output

    make_private_dirs(path.parent)  # missing folders are created 0700, existing ones untouched
    print(write_output(path, data, replace=replace))  # 0600, atomic, never the database
    return 0


def run_agreement(args: argparse.Namespace, ctx: CliContext) -> int:
    data = _service(ctx).agreement(args.pair, args.paper, args.language)
    return _write(args.output, data, args.force)


def run_idp(args: argparse.Namespace, ctx: CliContext) -> int:
    program = _program_id(ctx, args.program) if args.program else None
    data = _service(ctx).idp(args.participant, program, args.paper, args.language)
    return _write(args.output, data, args.force)


def run_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    data = _service(ctx).summary(
        _program_id(ctx, args.program),
        paper=args.paper,
        language=args.language,
        internal=args.internal,
    )
    return _write(args.output, data, args.force)


def run_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    data = _service(ctx).roster(
        _program_id(ctx, args.program),
        include_sensitive=args.include_sensitive,
        paper=args.paper,
        language=args.language,
    )
    return _write(args.output, data, args.force)


def run_batch(args: argparse.Namespace, ctx: CliContext) -> int:
    """A batch with nothing to print is a RuleError: exit 1, no file written."""
    from mentordesk.services.documents import BatchKind

    result = _service(ctx).batch(
        BatchKind(args.kind),
        _program_id(ctx, args.program),
        args.output,
        combined=args.combined,
        paper=args.paper,
        language=args.language,
        replace=args.force,
    )
    for path in result.files:
        print(path)
    return 0 if result.files else 1
