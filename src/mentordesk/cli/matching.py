"""`mentordesk match`, `exclude`, `pin` and `rotation`: matching from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, add_force, print_json
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import nt, t
from mentordesk.core.outputs import write_output


def register(sub: Any) -> None:
    match = sub.add_parser(
        "match",
        help="propose pairs (and approve them with --approve)",
        description="Run the matcher: prints the proposed pairs with scores and top reasons, "
        "the unmatched mentees with the reason, and a summary line.",
    )
    match.add_argument("--program", required=True, metavar="NAME")
    match.add_argument(
        "--objective",
        choices=["total", "coverage", "stable"],
        help="total: the highest total score; coverage: as many mentees matched as possible, "
        "then the highest score; stable: stable matching by ranked choices (default: the "
        "program's setting)",
    )
    match.add_argument("--min-score", type=float, metavar="S", help="pairs below S not allowed")
    match.add_argument(
        "--include-matched", action="store_true", help="also match mentees already in a pair"
    )
    match.add_argument("--approve", action="store_true", help="turn the drafts into pairs")
    match.add_argument("--json", action="store_true", help="machine-readable output")
    match.set_defaults(handler=run_match)

    exclude = sub.add_parser("exclude", help="two people who must never be paired")
    exclude.add_argument("--program", required=True, metavar="NAME")
    exclude.add_argument("a", metavar="A", help="name, e-mail or id")
    exclude.add_argument("b", metavar="B", help="name, e-mail or id")
    exclude.add_argument("--reason", default="", help='e.g. "same family", "direct manager"')
    exclude.add_argument("--json", action="store_true")
    exclude.set_defaults(handler=run_exclude)

    pin = sub.add_parser("pin", help="fix a mentor–mentee pair; re-runs keep it")
    pin.add_argument("--program", required=True, metavar="NAME")
    pin.add_argument("mentor", metavar="MENTOR", help="name, e-mail or id")
    pin.add_argument("mentee", metavar="MENTEE", help="name, e-mail or id")
    pin.add_argument("--reason", default="")
    pin.add_argument("--json", action="store_true")
    pin.set_defaults(handler=run_pin)

    rotation = sub.add_parser("rotation", help="flash-mentoring rotation schedule")
    rotation.add_argument("--program", required=True, metavar="NAME")
    rotation.add_argument("--rounds", type=int, required=True, metavar="R")
    rotation.add_argument("--seats", type=int, metavar="N", help="mentees per mentor per round")
    rotation.add_argument("--csv", type=Path, metavar="FILE", help="write the schedule as CSV")
    rotation.add_argument("--pdf", type=Path, metavar="FILE", help="write the printable grid")
    rotation.add_argument("--paper", choices=("a4", "letter"), help="paper size of the PDF")
    rotation.add_argument("--json", action="store_true")
    add_force(rotation)
    rotation.set_defaults(handler=run_rotation)


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def run_match(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.matching.criteria import objective_label
    from mentordesk.services.matching import MatchingService
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    if args.min_score is not None and not 0 <= args.min_score <= 100:
        raise ValidationError(t("--min-score must be between 0 and 100"))
    service = MatchingService(ctx.db)
    settings: dict[str, Any] = {
        "objective": args.objective,
        "min_score": args.min_score,
        "include_matched": True if args.include_matched else None,
    }
    approved: tuple[int, ...] = ()
    refused: tuple[Any, ...] = ()
    if args.approve:  # one transaction: never drafts saved and left unapproved by a crash
        result, outcome, _changes = service.run_and_approve(
            program.id, approved_by="command line", **settings
        )
        if outcome is not None:
            approved, refused = outcome.pair_ids, outcome.refused
    else:
        result, _changes = service.run(program.id, **settings)
    if args.json:
        print_json(
            {
                "program": program.name,
                "objective": result.objective,
                "pairs": [
                    {
                        "mentor": d.mentor_name,
                        "mentor_id": d.mentor_id,
                        "mentee": d.mentee_name,
                        "mentee_id": d.mentee_id,
                        "state": d.state.value,
                        "score": d.score,
                        "reasons": d.lines(),
                    }
                    for d in result.drafts
                ],
                "unmatched": [
                    {"mentee": u.name, "mentee_id": u.mentee_id, "reason": u.reason}
                    for u in result.unmatched
                ],
                "matched": result.matched,
                "total_score": round(result.total_score, 2),
                "approved_pair_ids": list(approved),
                "invalid_pins": [
                    {
                        "mentor": p.mentor_name,
                        "mentor_id": p.mentor_id,
                        "mentee": p.mentee_name,
                        "mentee_id": p.mentee_id,
                        "reasons": list(p.reasons),
                    }
                    for p in result.invalid_pins
                ],
                "warnings": list(result.warnings),
                "not_approved": [
                    {"mentor_id": r.mentor_id, "mentee_id": r.mentee_id, "reasons": list(r.reasons)}
                    for r in refused
                ],
            }
        )
        return 0
    label = _labeller(service, program.id)
    for d in sorted(result.drafts, key=lambda d: -(d.score or 0)):
        if d.blocked:
            continue
        pin = t(" (pinned)") if d.state.value == "pinned" else ""
        print(
            f"{_score(d.score):>3}  {label(d.mentor_id, d.mentor_name)} → "
            f"{label(d.mentee_id, d.mentee_name)}{pin}  — {d.top(3)}"
        )
    for u in result.unmatched:
        print(
            t("–  unmatched: {label} — {reason}", label=label(u.mentee_id, u.name), reason=u.reason)
        )
    for p in result.invalid_pins:
        print(
            t(
                "!  pin no longer holds: {label} → {label2} — {names} (not approved)",
                label=label(p.mentor_id, p.mentor_name),
                label2=label(p.mentee_id, p.mentee_name),
                names="; ".join(p.reasons),
            )
        )
    for warning in result.warnings:
        print(f"  !  {warning}")
    print(f"{result.summary} ({objective_label(result.objective)})")
    if approved:
        print(nt("approved {n} pair", "approved {n} pairs", len(approved)))
    for r in refused:
        if all(
            (r.mentor_id, r.mentee_id) != (p.mentor_id, p.mentee_id) for p in result.invalid_pins
        ):
            print(t("  !  not approved: {text}", text=r.text))
    return 0


def _labeller(service: Any, program_id: int) -> Any:
    """Names as printed: people who share a name get their e-mail (or id) after it."""
    shared = service.shared_names(program_id)

    def label(person_id: int, name: str) -> str:
        return f"{name} <{shared[person_id]}>" if person_id in shared else name

    return label


def run_exclude(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.matching import MatchingService, find_member
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    a_id, a_name = find_member(ctx.db, program.id, args.a)
    b_id, b_name = find_member(ctx.db, program.id, args.b)
    row, undo, _changes = MatchingService(ctx.db).add_exclusion(program.id, a_id, b_id, args.reason)
    if args.json:
        print_json(
            {
                "id": row.id,
                "a": a_name,
                "b": b_name,
                "reason": row.reason,
                "drafts_removed": len(undo.keys),
            }
        )
    else:
        why = f" ({row.reason})" if row.reason else ""
        print(
            t(
                "{a_name} and {b_name} will not be paired{why}",
                a_name=a_name,
                b_name=b_name,
                why=why,
            )
        )
    return 0


def run_pin(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.matching import MatchingService, find_member
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    mentor_id, mentor = find_member(ctx.db, program.id, args.mentor)
    mentee_id, mentee = find_member(ctx.db, program.id, args.mentee)
    service = MatchingService(ctx.db)
    service.pin(program.id, mentor_id, mentee_id, args.reason)
    score, lines = service.explain(program.id, mentor_id, mentee_id)
    if args.json:
        print_json({"mentor": mentor, "mentee": mentee, "score": round(score, 2), "reasons": lines})
    else:
        print(
            t(
                "pinned {mentor} → {mentee}, score {score}: {names}",
                mentor=mentor,
                mentee=mentee,
                score=format(score, ".0f"),
                names="; ".join(lines[:3]),
            )
        )
    return 0


def run_rotation(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.matching import MatchingService, rotation_csv, rotation_grid
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    rotation = MatchingService(ctx.db).rotation(program.id, args.rounds, args.seats)
    if args.csv is not None:
        write_output(args.csv, rotation_csv(rotation).encode("utf-8"), replace=args.force)
    if args.pdf is not None:
        from mentordesk.services.documents import DocumentService  # ReportLab: --pdf only

        labels, mentors, grid, breaks = rotation_grid(rotation)
        data = DocumentService(ctx.db).rotation(
            program.id, labels, mentors, grid, args.paper, breaks=breaks
        )
        write_output(args.pdf, data, replace=args.force)
    if args.json:
        print_json(
            {
                "rounds": rotation.rounds,
                "seats": [
                    {
                        "round": s.round,
                        "mentor": s.mentor_name,
                        "mentee": s.mentee_name,
                        "score": s.score,
                    }
                    for s in rotation.seats
                ],
                "sitting_out": {str(r): list(names) for r, names in rotation.sitting_out},
                "conversations": rotation.meetings,
                "bound": rotation.bound,
                "spread": rotation.spread,
                "method": rotation.method,
            }
        )
    elif args.csv is None and args.pdf is None:
        sys.stdout.write(rotation_csv(rotation))
    else:
        written = " and ".join(str(p) for p in (args.csv, args.pdf) if p is not None)
        print(
            t(
                "wrote {count} seats over {rounds} rounds to {written}",
                count=len(rotation.seats),
                rounds=rotation.rounds,
                written=written,
            )
        )
        print(rotation.quality)
    return 0
