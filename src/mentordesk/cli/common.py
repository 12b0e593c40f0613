"""What every command shares: the open database, output helpers, the internal-error path.

Imported by every command module at its top, so it imports nothing heavy itself: the database
layer (SQLAlchemy, SQLCipher) is loaded when a command first uses `ctx.db`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk.core.i18n import t

if TYPE_CHECKING:
    from mentordesk.db.engine import Database
    from mentordesk.db.location import Location, ServerLocation


class CliContext:
    """Opens the database on first use, so `--help` and `--version` never touch a file.

    `db_path` is where the database is: a file, or a PostgreSQL server (district mode)."""

    def __init__(self, db_path: Location | None, passphrase_file: Path | None = None) -> None:
        if db_path is None:
            from mentordesk.db.location import default_location

            db_path = default_location()
        self.db_path: Location = db_path
        self.passphrase_file = passphrase_file
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from mentordesk.db.cipher import is_encrypted
            from mentordesk.db.engine import Database
            from mentordesk.services.files import backup_if_due, install_migration_backups

            install_migration_backups()
            if not isinstance(self.db_path, Path):
                self._db = open_server(self.db_path)
            elif is_encrypted(self.db_path):
                self._db = open_with_passphrase(self.db_path, self.passphrase_file)
            else:
                self._db = Database(self.db_path)
            backup_if_due(self._db)
        return self._db

    def file_path(self, what: str) -> Path:
        """The database file, for a command that works on a file only (FileOnlyError, one
        sentence, for a server)."""
        if isinstance(self.db_path, Path):
            return self.db_path
        from mentordesk.db.errors import file_only

        raise file_only(what, self.db_path)

    def passphrase(self) -> str | None:
        """The passphrase of an encrypted file (None for a plain one), checked."""
        from mentordesk.db.cipher import is_encrypted

        if not isinstance(self.db_path, Path) or not is_encrypted(self.db_path):
            return None
        return self.db.keyring.passphrase if self.db.keyring else None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


PROMPT_TRIES = 3


def read_passphrase_file(path: Path) -> str:
    """The first line of the file (its line ending removed)."""
    from mentordesk.db.cipher import PassphraseError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PassphraseError(
            t(
                "Cannot read the passphrase file {path}: {strerror}",
                path=path,
                strerror=error.strerror,
            )
        ) from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise PassphraseError(t("The passphrase file {path} is empty", path=path))
    return line


def open_with_passphrase(path: Path, passphrase_file: Path | None) -> Database:
    """Open an encrypted file: --passphrase-file, else $MENTORDESK_PASSPHRASE, else a prompt
    (three tries) when a terminal is attached. Never a command-line argument."""
    import getpass
    import os

    from mentordesk.db.cipher import PASSPHRASE_ENV, PassphraseError
    from mentordesk.db.engine import Database

    if passphrase_file is not None:
        return Database(path, passphrase=read_passphrase_file(passphrase_file))
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return Database(path, passphrase=from_env)
    if not sys.stdin.isatty():
        raise PassphraseError(
            t(
                "{name} is protected with a passphrase: give it with --passphrase-file FILE or "
                "the {PASSPHRASE_ENV} environment variable",
                name=path.name,
                PASSPHRASE_ENV=PASSPHRASE_ENV,
            )
        )
    for attempt in range(1, PROMPT_TRIES + 1):
        try:
            return Database(
                path, passphrase=getpass.getpass(t("Passphrase for {name}: ", name=path.name))
            )
        except PassphraseError:
            if attempt == PROMPT_TRIES:
                raise
            print(t("mentordesk: wrong passphrase, try again"), file=sys.stderr)
    raise AssertionError("unreachable")


def open_server(location: ServerLocation) -> Database:
    """Open a server's database: libpq's passfile or service file, else the password
    remembered in the OS keyring, else a prompt (three tries) when a terminal is attached.
    Never a command-line argument or an environment variable of ours."""
    import getpass

    from mentordesk.db.credentials import remembered_password
    from mentordesk.db.engine import Database
    from mentordesk.db.errors import PasswordRequiredError

    try:
        return Database(location, password=remembered_password(location))
    except PasswordRequiredError as error:
        if not sys.stdin.isatty():
            raise PasswordRequiredError(
                t(
                    "{error} (give it in ~/.pgpass, PGPASSFILE or a service file, or run the "
                    "command in a terminal to be asked)",
                    error=error,
                )
            ) from None
    for attempt in range(1, PROMPT_TRIES + 1):
        user = location.user or t("your user")
        password = getpass.getpass(
            t("Password of {user} on {server}: ", user=user, server=location.name)
        )
        try:
            return Database(location, password=password)
        except PasswordRequiredError:
            if attempt == PROMPT_TRIES:
                raise
            print(t("mentordesk: wrong password, try again"), file=sys.stderr)
    raise AssertionError("unreachable")


def print_json(value: Any) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail_internal(error: BaseException) -> int:
    """Unexpected failure: one line for the user, the traceback in the user's log file (0600,
    scrubbed of names, e-mails, dates and notes) for us."""
    import datetime as dt
    import traceback

    from mentordesk.core.logs import append_to_log

    stamp = dt.datetime.now().isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(error))
    log = append_to_log(f"ERROR mentordesk.cli: internal error\n{details}", stamp=stamp)
    where = f" (details in {log})" if log is not None else ""
    # Never the error's text for a database error: it carries SQL (and values, before
    # hide_parameters). Its kind and the log are enough for us.
    text = type(error).__name__ if _is_database_error(error) else str(error)
    print(t("mentordesk: internal error: {text}{where}", text=text, where=where), file=sys.stderr)
    return 1


def _is_database_error(error: BaseException) -> bool:
    import sqlite3

    import sqlalchemy as sa

    return isinstance(error, (sa.exc.SQLAlchemyError, sqlite3.Error))


def add_force(parser: argparse.ArgumentParser) -> None:
    """`--force`: an existing output file is replaced (without it, the command refuses)."""
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it already exists"
    )
