"""Opening a MentorDesk database: `Database`, the one object services get, and its sessions.

`Database` opens either engine: a file (SQLite, the default: `db/sqlite_file.py` connects,
inspects, secures and builds files) or a PostgreSQL server (`db/server.py`), chosen by the
`Location` that `db/location.py` parsed; both run the same migrations (`db/schema.py`).
Services only use `begin()` and `read()`, which behave the same on both.

The order matters and is kept in `Database.__init__`:

1. `inspect_file` looks at the file through a read-only connection (nothing is written):
   missing, empty or half-created (safe to build), not a MentorDesk file, made by a newer
   version, or a MentorDesk file at some revision.
2. A file or folder the user cannot write is opened read-only; nothing is ever chmod-ed to
   make it writable.
3. Building a new file happens in a temporary file in the same folder, renamed into place
   when complete, under the writer lock: an interrupted first open leaves no broken file.
4. Migrations run under the writer lock, after a backup, in one transaction.
5. `PRAGMA quick_check`: a damaged file is refused before anything is written to it.

Every connection is made by `connect()` (the one place to add a key or a pragma), from the
path itself, never from a URL string (paths with `?`, `%` or accents open the right file). A
file protected with a passphrase (SQLCipher, see `db/cipher.py`) is keyed there first, on
every connection, before any other pragma.
Write transactions start with `BEGIN IMMEDIATE`, so whatever a writer reads before deciding
(e.g. the e-mails already in a program) cannot change under it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.i18n import t
from mentordesk.core.outputs import protect_file
from mentordesk.db import cipher, errors
from mentordesk.db.location import Location, ServerLocation, parse_location
from mentordesk.db.lock import WriterLock
from mentordesk.db.revisions import script_heads as _script_heads
from mentordesk.db.revisions import script_revisions as _script_revisions
from mentordesk.db.schema import is_current, migrate, model_tables
from mentordesk.db.sqlite_file import (
    FileInfo,
    FileState,
    build_new_file,
    connect,
    inspect_file,
    make_engine,
    secure_path,
    writable,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

#: How long a writer (a CLI command) waits for another window's or command's lock.
LOCK_WAIT_S = 5.0


# -- the open file -------------------------------------------------------------------------
BackupHook = Callable[["Database", str], object]


class Database:
    """One open MentorDesk database: its engine, a session factory, and (for a file) its
    writer lock.

    `location` is a file path or a server address (anything `parse_location` accepts).

    `readonly=True` opens it for reading only (a second window, a read-only file or
    folder). A writable file takes the writer lock the first time it writes (or at once
    with `lock_now=True`, as the GUI does) and keeps it until `close()`; a server needs no
    lock file (it serialises writers itself).

    `passphrase` opens (or creates) a file encrypted with SQLCipher (see db/cipher.py); a
    wrong one raises PassphraseError before anything is written, and an encrypted file
    opened without one raises PassphraseError too. `password` is a server's password when
    libpq's passfile or service file does not supply it (PasswordRequiredError says so).
    """

    #: Called with (database, reason) before a migration; set by the backup service so that
    #: the database layer needs to know nothing about where backups go.
    before_migration: BackupHook | None = None

    def __init__(
        self,
        location: str | os.PathLike[str] | Location,
        *,
        migrate_schema: bool = True,
        readonly: bool = False,
        lock_now: bool = False,
        lock_wait: float | None = None,
        passphrase: str | None = None,
        password: str | None = None,
    ) -> None:
        self.location: Location = parse_location(location)
        self.passphrase = passphrase
        self.lock_wait = LOCK_WAIT_S if lock_wait is None else lock_wait
        self.keyring: cipher.Keyring | None = None
        if isinstance(self.location, ServerLocation):
            if passphrase is not None:
                raise errors.file_only("A passphrase", self.location)
            self.path: Path | None = None
            self._lock: WriterLock | None = None
            self.readonly = readonly
            self._open_server(self.location, password, migrate_schema)
        else:
            self.location = self.path = self.location.expanduser().absolute()
            self._lock = WriterLock(Path(f"{self.path}.lock"))
            self._open_file(self.path, readonly, migrate_schema, lock_now)

    # The session factories import sqlalchemy.orm on first use: the reads made as the file
    # opens (`connect_read`, `db/tables.py`) need none of it.
    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(
            self.engine.execution_options(mentordesk_read=True), expire_on_commit=False
        )

    @property
    def is_server(self) -> bool:
        return isinstance(self.location, ServerLocation)

    @property
    def name(self) -> str:
        """The file's name, or "database on host": for titles and messages."""
        return self.location.name

    def file_path(self, what: str) -> Path:
        """The database file, for an action that only a file allows (FileOnlyError on a
        server, naming `what`)."""
        if self.path is None:
            raise errors.file_only(what, self.location)
        return self.path

    def _open_server(
        self, location: ServerLocation, password: str | None, migrate_schema: bool
    ) -> None:
        from mentordesk.db import server

        self.engine = server.make_server_engine(location, password=password, readonly=self.readonly)
        try:
            server.first_connection(self.engine, location)
            tables, revisions, has_rows = server.read_catalog(self.engine)
            self._check_server_schema(location, tables, revisions, has_rows)
            if migrate_schema and revisions != _script_heads():
                if self.readonly:
                    raise errors.ReadOnlyFileError(
                        t(
                            "{name} needs its schema created or upgraded, which this read-only "
                            "connection cannot do",
                            name=location.name,
                        )
                    )
                migrate(self.engine)
        except sa.exc.DBAPIError as error:
            # A role the server lets in but not read the tables (no grant yet), …
            explained = self.explain(error)
            self.engine.dispose()
            raise explained from None
        except BaseException:
            self.engine.dispose()
            raise

    @staticmethod
    def _check_server_schema(
        location: ServerLocation, tables: set[str], revisions: set[str], has_rows: bool
    ) -> None:
        if revisions:
            unknown = revisions - _script_revisions()
            if unknown:
                raise errors.NewerFileError(
                    t(
                        "{name} was set up by a newer MentorDesk (schema {names}): it was left "
                        "untouched — use the newer MentorDesk",
                        name=location.name,
                        names=", ".join(sorted(unknown)),
                    )
                )
            return
        ours = tables & (model_tables() | {"alembic_version"})
        if has_rows or tables - ours:
            raise errors.NotMentorDeskFileError(
                t(
                    "{name} holds tables that are not MentorDesk's; it was left untouched (use "
                    "an empty database)",
                    name=location.name,
                )
            )

    def _open_file(self, path: Path, readonly: bool, migrate_schema: bool, lock_now: bool) -> None:
        passphrase = self.passphrase
        if (
            passphrase is not None
            and path.exists()
            and path.stat().st_size
            and not cipher.is_encrypted(path)
        ):
            raise cipher.PassphraseError(
                t("{name} is not protected with a passphrase", name=path.name)
            )
        self.keyring = self._new_keyring()
        info = inspect_file(path, self.keyring)
        self.readonly = readonly or not self._can_write(info)
        if self.readonly and info.state is not FileState.MENTORDESK:
            if info.state is FileState.MISSING and readonly:
                raise errors.FileError(t("{name} does not exist", name=path.name))
            raise errors.ReadOnlyFileError(
                t("{name} cannot be created: its folder cannot be written to", name=path.name)
            )
        protect_file(path)
        try:
            if not self.readonly:
                self._prepare(info, migrate_schema, lock_now)
            self.keyring = self._new_keyring()  # the salt of the file as it now is
            self.engine = make_engine(path, readonly=self.readonly, keyring=self.keyring)
            self._check_integrity()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    def _new_keyring(self) -> cipher.Keyring | None:
        if self.passphrase is None or self.path is None:
            return None
        return cipher.Keyring(self.path, self.passphrase)

    @property
    def encrypted(self) -> bool:
        return self.keyring is not None

    def _can_write(self, info: FileInfo) -> bool:
        path = self.file_path("Writing")
        folder = path.parent
        if info.state is FileState.MISSING:
            return not folder.exists() or writable(folder)
        return writable(path) and writable(folder)

    def _prepare(self, info: FileInfo, migrate_schema: bool, lock_now: bool) -> None:
        path = self.file_path("Preparing")
        secure_path(path)
        if info.state is not FileState.MENTORDESK:
            self.acquire_writer()
            info = inspect_file(path, self.keyring)  # another process may have built it
            if info.state is not FileState.MENTORDESK:
                build_new_file(path, self.passphrase)
                secure_path(path)
        elif migrate_schema and info.revisions != _script_heads():
            self.acquire_writer()
            engine = make_engine(path, keyring=self.keyring)
            try:
                if not is_current(engine):
                    self._quick_check(engine)
                    if Database.before_migration is not None:
                        Database.before_migration(self, "before migration")
                    migrate(engine)
            finally:
                engine.dispose()
        if lock_now:
            self.acquire_writer(wait=0)

    def _check_integrity(self) -> None:
        self._quick_check(self.engine)

    def _quick_check(self, engine: sa.Engine) -> None:
        try:
            with engine.connect() as connection:
                result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
                connection.rollback()
        except sa.exc.DBAPIError as error:
            raise errors.translate(error, self.location) from None
        if result != "ok":
            raise errors.damaged(self.location)

    # -- the writer lock -------------------------------------------------------------------
    def acquire_writer(self, wait: float | None = None) -> None:
        """Take the writer lock (waiting up to `wait` seconds) or raise FileInUseError.

        A server has no lock file: it serialises writers itself (nothing to take)."""
        if self.readonly:
            raise errors.read_only(self.location)
        if self._lock is None:
            return
        if not self._lock.acquire(self.lock_wait if wait is None else wait):
            raise errors.in_use(self.location)

    @property
    def holds_writer_lock(self) -> bool:
        return self._lock.held if self._lock is not None else not self.readonly

    # -- sessions --------------------------------------------------------------------------
    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on a file): commits on success, rolls back
        as a whole on any error. A database error becomes one sentence (never SQL or values)."""
        self.acquire_writer()
        try:
            with self.sessions.begin() as session:
                yield session
        except (sa.exc.DBAPIError, sqlite3.Error) as error:
            raise self.explain(error) from None

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One write transaction on a Core connection, for the paths that load no ORM (a
        matching run): like `begin()` — the writer lock, BEGIN IMMEDIATE on a file, all or
        nothing, a database error as one sentence — and, just before it commits, the change
        counters of the tables it wrote are bumped (`db/counters.py`, the rule the ORM
        sessions follow too)."""
        from mentordesk.db import counters

        self.acquire_writer()
        try:
            with self.engine.connect() as connection:
                written: set[Any] = set()
                connection.info[counters.WRITTEN] = written
                sa.event.listen(connection, "before_execute", _note_write)
                try:
                    with connection.begin():
                        yield connection
                        counters.bump(connection, written)
                finally:
                    connection.info.pop(counters.WRITTEN, None)
        except (sa.exc.DBAPIError, sqlite3.Error) as error:
            raise errors.translate(error, self.location) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only."""
        try:
            with self._read_sessions() as session:
                yield session
        except (sa.exc.DBAPIError, sqlite3.Error) as error:
            raise self.explain(error) from None

    @contextmanager
    def connect_read(self) -> Iterator[sa.Connection]:
        """A Core connection for queries only, in one read transaction (no ORM session: for
        the quick reads over `db/tables.py`)."""
        try:
            with (
                self.engine.connect().execution_options(mentordesk_read=True) as connection,
                connection.begin(),
            ):
                yield connection
        except (sa.exc.DBAPIError, sqlite3.Error) as error:
            raise self.explain(error) from None

    def explain(self, error: BaseException) -> MentorDeskError:
        """The coordinator's sentence for a database error (never SQL or values). A refusal
        by the server names the connected role and what it may do (asked on a fresh
        connection: the refused transaction is over)."""
        if self.is_server and errors.is_refused(error):
            from mentordesk.db import access

            try:
                with self.engine.connect() as connection:
                    role, kind = access.role_kind(connection)
            except sa.exc.DBAPIError:
                return errors.translate(error, self.location)
            return errors.refused(error, self.location, role, kind)
        return errors.translate(error, self.location)

    def raw_connection(self) -> sqlite3.Connection:
        """A fresh DB-API connection to this file (for the online backup API)."""
        path = self.file_path("A file-level backup")
        return connect(path, readonly=self.readonly, keyring=self.keyring)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()


def _note_write(connection: sa.Connection, statement: Any, *_args: Any) -> None:
    from mentordesk.db.counters import note_statement

    note_statement(connection, statement)


def describe_error(error: BaseException, location: Location) -> MentorDeskError | None:
    """A coordinator's sentence for a database error, or None if `error` is not one."""
    if isinstance(error, MentorDeskError):
        return error
    if errors.is_database_error(error):
        return errors.translate(error, location)
    return None


__all__ = [
    "Database",
    "FileInfo",
    "FileState",
    "connect",
    "describe_error",
    "inspect_file",
    "make_engine",
    "migrate",
    "secure_path",
]
