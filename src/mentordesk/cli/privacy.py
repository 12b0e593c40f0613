"""`mentordesk person …` and `mentordesk retention …`: a person's data on request, erasure,
retention. Heavy imports (services, ReportLab) happen inside the handlers."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import nt, t


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

    protect = sub.add_parser(
        "protect",
        help="encrypt the file with a passphrase (or change it); a backup is made first",
        description="Encrypt the database with SQLCipher. The new passphrase comes from "
        "--new-passphrase-file, $MENTORDESK_NEW_PASSPHRASE or a prompt (twice); never from "
        "the command line. The current passphrase (for a change) as for any command.",
    )
    protect.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    protect.set_defaults(handler=run_protect)
    unprotect = sub.add_parser(
        "unprotect", help="remove the passphrase: store the file unencrypted (a backup first)"
    )
    unprotect.set_defaults(handler=run_unprotect)

    transfer = sub.add_parser(
        "transfer",
        help="copy programs to another database, or write an encrypted copy of the file",
        description="With --to: copy programs, with every record that belongs to them, from "
        "--from (default: --db) to another database, a file or postgresql://user@host/db. "
        "New ids are given, row counts per table are printed, and a program the target "
        "already has (same name) is left as it is, so running it again adds nothing. "
        "With -o: write an encrypted copy (SQLCipher, the format of a protected file) with "
        "a passphrase of its own, from --new-passphrase-file, $MENTORDESK_NEW_PASSPHRASE or a "
        "prompt. On the other computer open it as any protected file: "
        "mentordesk --db COPY … (or File ▸ Open), which asks for that passphrase.",
    )
    transfer.add_argument("-o", "--output", type=Path, metavar="FILE")
    transfer.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    transfer.add_argument(
        "--from", dest="source", metavar="DB", help="where the programs are (default: --db)"
    )
    transfer.add_argument("--to", dest="target", metavar="DB", help="where they are copied")
    transfer.add_argument(
        "--program",
        dest="programs",
        action="append",
        metavar="NAME",
        help="a program to copy (repeat for several; default: every program)",
    )
    transfer.set_defaults(handler=run_transfer)

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
        raise ValidationError(
            t("The export file should end in .json or .pdf: {output}", output=args.output)
        )
    pid = service.resolve(args.person)
    try:
        if suffix == ".json":
            service.export_json(pid, args.output)
        else:
            service.export_pdf(pid, args.output, args.paper)
    except OSError as error:
        raise ValidationError(
            t("Cannot write {output}: {strerror}", output=args.output, strerror=error.strerror)
        ) from None
    print(args.output)
    return 0


def run_erase(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import ErasureService, PersonDataService

    pid = PersonDataService(ctx.db).resolve(args.person)
    result = ErasureService(ctx.db).erase(
        pid, confirm_name=args.confirm, remove_pairs=args.remove_pairs
    )
    pairs = (
        nt("{n} pair removed", "{n} pairs removed", result.pairs_removed)
        if args.remove_pairs
        else nt(
            "{n} pair kept as 'Former participant'",
            "{n} pairs kept as 'Former participant'",
            result.pairs_kept,
        )
    )
    print(
        t(
            "Erased: {records_deleted} records deleted, {pairs}.",
            records_deleted=result.records_deleted,
            pairs=pairs,
        )
    )
    return 0


def _today(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(t("Not a date (YYYY-MM-DD): {text}", text=repr(text))) from None


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
        raise ValidationError(
            t("--years takes a whole number of years or 'off', not {text}", text=repr(text))
        )
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
        print(
            t(
                "{participant_id}	{name}	{names}	due since {due_since}",
                participant_id=d.participant_id,
                name=d.name,
                names="; ".join(d.programs),
                due_since=d.due_since,
            )
        )
    if not due:
        print(t("Nobody is due for erasure."))
    return 0


def run_retention_run(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.privacy import RetentionService

    count = RetentionService(ctx.db).run(_today(args.today), remove_pairs=args.remove_pairs)
    print(nt("Erased {n} person.", "Erased {n} people.", count))
    return 0


NEW_PASSPHRASE_ENV = "MENTORDESK_NEW_PASSPHRASE"


def _new_passphrase(args: argparse.Namespace) -> str:
    import getpass
    import os
    import sys

    from mentordesk.cli.common import read_passphrase_file

    if args.new_passphrase_file is not None:
        return read_passphrase_file(args.new_passphrase_file)
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise ValidationError(
            t(
                "Give the new passphrase with --new-passphrase-file FILE or {NEW_PASSPHRASE_ENV}",
                NEW_PASSPHRASE_ENV=NEW_PASSPHRASE_ENV,
            )
        )
    first = getpass.getpass(t("New passphrase: "))
    if getpass.getpass(t("Repeat the new passphrase: ")) != first:
        raise ValidationError(t("The two passphrases differ: nothing changed"))
    return first


def _convert(ctx: CliContext, new: str | None) -> int:
    from mentordesk.db.cipher import change_protection

    path = ctx.file_path("A passphrase")
    old = ctx.passphrase()  # checks the current passphrase before anything is written
    ctx.close()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    done = change_protection(path, old_passphrase=old, new_passphrase=new, stamp=stamp)
    state = "encrypted" if done.encrypted else "not encrypted"
    kept = f"; the previous file is kept as {done.backup}" if done.backup else ""
    print(t("{path} is now {state}{kept}.", path=path, state=state, kept=kept))
    return 0


def run_protect(args: argparse.Namespace, ctx: CliContext) -> int:
    new = _new_passphrase(args)
    if len(new) < 8:
        raise ValidationError(t("Choose a passphrase of at least 8 characters"))
    return _convert(ctx, new)


def run_unprotect(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.db.cipher import is_encrypted

    path = ctx.file_path("A passphrase")
    if not is_encrypted(path):
        raise ValidationError(t("{path} is not protected with a passphrase", path=path))
    return _convert(ctx, None)


def run_transfer(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.db.cipher import checkpoint, copy_database

    if args.target is not None:
        if args.output is not None:
            raise ValidationError(t("Give either --to (copy programs) or -o (encrypted copy)"))
        from mentordesk.cli.transfer import run_copy

        return run_copy(args, ctx)
    if args.output is None:
        raise ValidationError(t("Say where to: --to DB copies programs, -o FILE an encrypted copy"))
    path = ctx.file_path("An encrypted copy")
    output: Path = args.output
    if output.exists():
        raise ValidationError(t("{output} already exists: choose a new file name", output=output))
    if output.resolve() == path.resolve():
        raise ValidationError(t("The copy must be a different file"))
    new = _new_passphrase(args)
    if len(new) < 8:
        raise ValidationError(t("Choose a passphrase of at least 8 characters"))
    current = ctx.passphrase()
    ctx.close()
    checkpoint(path, current)
    copy_database(path, output, source_passphrase=current, passphrase=new)
    print(t("Encrypted copy written to {output}; open it with its passphrase.", output=output))
    return 0
