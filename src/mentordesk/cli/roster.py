"""`mentordesk demo`, `mentordesk participants` and `mentordesk remove-participant`."""

from __future__ import annotations

import argparse
import time
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.capacity import mentor_places
from mentordesk.core.enums import value_word
from mentordesk.core.i18n import nt, t


def _participant_count(text: str) -> int:
    from mentordesk.services.sample import MAX_PARTICIPANTS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not a whole number: {text}", text=repr(text))) from None
    if not 1 <= value <= MAX_PARTICIPANTS:
        raise argparse.ArgumentTypeError(
            t("must be between 1 and {MAX_PARTICIPANTS}", MAX_PARTICIPANTS=MAX_PARTICIPANTS)
        )
    return value


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="create a sample program with realistic participants")
    demo.add_argument(
        "--participants", type=_participant_count, default=60, metavar="N",
        help="how many people (default 60)",
    )  # fmt: skip
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same people")
    demo.set_defaults(handler=run_demo)

    people = sub.add_parser("participants", help="list a program's participants")
    people.add_argument("--program", required=True, metavar="NAME", help="program name")
    people.add_argument("--json", action="store_true", help="every field, as a JSON list")
    people.add_argument(
        "--include-sensitive", action="store_true",
        help="with --json: also demographics, guardian data and confidential notes",
    )  # fmt: skip
    people.set_defaults(handler=run_participants)

    remove = sub.add_parser(
        "remove-participant",
        help="take someone out of a program (refused while they are in a live pair)",
    )
    remove.add_argument("--program", required=True, metavar="NAME", help="program name")
    remove.add_argument("person", metavar="PERSON", help="their e-mail, full name or id")
    remove.add_argument(
        "--close-pairs", metavar="REASON", default="",
        help="end their proposed, active and paused pairs for this reason (kept in the audit "
        "log); those pairs are removed with them",
    )  # fmt: skip
    remove.set_defaults(handler=run_remove)


def run_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.sample import create_sample_program

    started = time.perf_counter()
    program = create_sample_program(ctx.db, participants=args.participants, seed=args.seed)
    elapsed = time.perf_counter() - started
    print(
        t(
            "Created {name} with {participants} participants in {db_path} ({elapsed} s)",
            name=repr(program.name),
            participants=args.participants,
            db_path=ctx.db_path,
            elapsed=format(elapsed, ".1f"),
        )
    )
    return 0


def run_participants(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import RosterService, participant_inputs, to_json_record

    program = ProgramService(ctx.db).by_name(args.program)
    if args.json:
        print_json(
            [
                to_json_record(pid, person, include_sensitive=args.include_sensitive)
                for pid, person in participant_inputs(ctx.db, program.id)
            ]
        )
        return 0
    for row in RosterService(ctx.db).rows(program.id):
        screening = value_word(row.screening.value) if row.screening else "-"
        if row.expiring_soon:
            screening += " " + t("(expires soon)")
        print(
            "\t".join(
                (
                    row.name, value_word(row.role.value), value_word(row.status.value),
                    row.org_unit, screening,
                    f"{row.places_used}/{mentor_places(row.capacity)}" if row.role.value != "mentee"
                    else str(row.matched), row.email,
                )
            )
        )  # fmt: skip
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    # Imported here, as the other commands do, so `mentordesk --help` stays quick.
    from mentordesk.core.errors import NotFoundError
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import RosterService

    program = ProgramService(ctx.db).by_name(args.program)
    service = RosterService(ctx.db)
    wanted = args.person.strip()
    found = [
        row
        for row in service.rows(program.id)
        if wanted.casefold() in (row.email.casefold(), row.name.casefold(), str(row.participant_id))
    ]
    if len(found) != 1:
        raise NotFoundError(
            nt(
                "{n} person in {name} matches {wanted}; give their e-mail or id",
                "{n} people in {name} match {wanted}; give their e-mail or id",
                len(found),
                name=repr(program.name),
                wanted=repr(wanted),
            )
        )
    removed, _changes = service.remove(program.id, found[0].participant_id, args.close_pairs)
    print(t("Removed {name} from {program}", name=removed.name, program=repr(program.name)))
    return 0
