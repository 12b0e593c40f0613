"""`mentordesk backup | backups | restore`: copies of the file, and getting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.i18n import t


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="back up the file now (verified copy)")
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the copy here instead"
    )
    backup.set_defaults(handler=run_backup)

    backups = sub.add_parser("backups", help="list the backups of the file, newest first")
    backups.add_argument("--json", action="store_true", help="machine-readable output")
    backups.set_defaults(handler=run_backups)

    restore = sub.add_parser(
        "restore", help="replace the file's content with a backup (the current one is kept)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup (see `backups`)")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.files import BackupService

    path = BackupService(ctx.db).backup("manual", target=args.output)
    print(t("backed up to {path}", path=path))
    return 0


def run_backups(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.files import BackupService

    backups = BackupService(ctx.db).list()
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "taken": b.taken.isoformat(timespec="seconds"),
                    "reason": b.reason,
                    "programs": b.programs,
                    "people": b.people,
                    "pairs": b.pairs,
                    "last_change": b.last_change.isoformat() if b.last_change else None,
                    "readable": b.readable,
                }
                for b in backups
            ]
        )
        return 0
    if not backups:
        print(t("no backups yet (mentordesk backup makes one)"))
    for b in backups:
        print(f"{b.describe()}\n    {b.path}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.files import BackupService

    kept = BackupService(ctx.db).restore(args.file)
    print(t("restored {db_path} from {file}", db_path=ctx.db_path, file=args.file))
    if kept is not None:
        print(t("the previous content was kept as {kept}", kept=kept))
    return 0
