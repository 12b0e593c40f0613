"""Opening a MentorDesk database: what it is, the lock, pragmas, migrations, sessions.

`Database` opens either engine: a file (SQLite, the default, described below) or a
PostgreSQL server (`db/server.py`), chosen by the `Location` that `db/location.py` parsed.
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

import glob
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.outputs import protect_file
from mentordesk.db import cipher, errors
from mentordesk.db.location import Location, ServerLocation, parse_location
from mentordesk.db.lock import WriterLock

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: An empty file at the newest revision, made by running the migrations at install time
#: (`make` runs `python -m mentordesk.db.template`): a new file is a copy of it, so a first
#: start needs neither Alembic nor the migration scripts run. Used only while its revision
#: is the scripts' head; otherwise (or when missing) the migrations build the file.
NEW_FILE_TEMPLATE = MIGRATIONS_DIR / "new-file.sqlite"
SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a writer waits for another process's write transaction before giving up.
BUSY_TIMEOUT_S = 10.0
#: How long a writer (a CLI command) waits for another window's or command's lock.
LOCK_WAIT_S = 5.0


def connect(
    path: Path, *, readonly: bool = False, keyring: cipher.Keyring | None = None
) -> sqlite3.Connection:
    """A DB-API connection to the file at `path`, with MentorDesk's pragmas (keyed first when
    the file is encrypted: a wrong key raises PassphraseError before anything is written).

    The driver's own transaction handling is off (`isolation_level=None`): SQLAlchemy's
    `begin` event issues BEGIN [IMMEDIATE] so that DDL is transactional too.
    """
    path = Path(path).absolute()
    options: dict[str, Any] = {
        "timeout": BUSY_TIMEOUT_S,
        "isolation_level": None,
        "check_same_thread": False,
    }
    target = path.as_uri() + "?mode=ro" if readonly else os.fspath(path)
    if keyring is not None:
        connection: sqlite3.Connection = cipher.connect(
            target,
            keyring,
            uri=readonly,
            **options,
        )
    else:
        connection = sqlite3.connect(target, uri=readonly, **options)
    _configure(connection, readonly=readonly)
    return connection


def _configure(connection: sqlite3.Connection, *, readonly: bool) -> None:
    connection.execute("PRAGMA foreign_keys=ON")
    if readonly:
        connection.execute("PRAGMA query_only=ON")
        return
    # Deleted rows are overwritten with zeros, so an erased person cannot be read back from
    # free pages (set here: not every SQLite build defaults to it).
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed action survives a power cut too, not only a crash of the program.
    connection.execute("PRAGMA synchronous=FULL")


# -- what the file is -----------------------------------------------------------------------
class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes, or SQLite with none of our data: safe to build
    MENTORDESK = "mentordesk"


@dataclass(frozen=True)
class FileInfo:
    state: FileState
    revisions: frozenset[str] = frozenset()


def inspect_file(path: Path, keyring: cipher.Keyring | None = None) -> FileInfo:
    """What is at `path`, read without writing anything; FileError for what we must refuse."""
    if not path.exists():
        return FileInfo(FileState.MISSING)
    if path.is_dir():
        raise errors.FileError(f"{path} is a folder; choose a file inside it")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise errors.FileError(
            f"{path.name} cannot be read ({error.strerror or error}); nothing was changed"
        ) from None
    if not header:
        return FileInfo(FileState.EMPTY)
    if header != SQLITE_HEADER and (keyring is None or not cipher.is_encrypted(path)):
        if cipher.is_encrypted(path):
            raise cipher.PassphraseError(f"{path.name} is protected with a passphrase")
        raise errors.not_mentordesk(path)
    try:
        tables, revisions = _read_catalog(path, keyring)
    except sqlite3.DatabaseError:
        raise errors.damaged(path) from None
    if not tables:
        return FileInfo(FileState.EMPTY)
    if revisions:
        unknown = revisions - _script_revisions()
        if unknown:
            raise errors.NewerFileError(
                f"{path.name} was saved by a newer MentorDesk (file schema "
                f"{', '.join(sorted(unknown))}; this version knows up to "
                f"{', '.join(sorted(_script_heads()))}): it was left untouched — "
                "open it with the newer MentorDesk"
            )
        return FileInfo(FileState.MENTORDESK, frozenset(revisions))
    # Only a file with no schema revision needs the records' table names (the ORM models):
    # opening a MentorDesk file does not import them.
    known = model_tables()
    try:
        has_rows = _has_rows(path, tables & known, keyring)
    except sqlite3.DatabaseError:
        raise errors.damaged(path) from None
    if tables <= known | {"alembic_version"} and not has_rows:
        return FileInfo(FileState.EMPTY)  # half-created by an interrupted first open
    raise errors.not_mentordesk(path)


def _read_only(path: Path, keyring: cipher.Keyring | None) -> sqlite3.Connection:
    wal = Path(f"{path}-wal")
    # No WAL: `immutable` reads the file without creating -shm/-wal companions beside it.
    options = "?mode=ro" if wal.exists() else "?immutable=1"
    connection: sqlite3.Connection = cipher.connect(
        path.absolute().as_uri() + options, keyring, uri=True
    )
    return connection


def _read_catalog(path: Path, keyring: cipher.Keyring | None = None) -> tuple[set[str], set[str]]:
    """(table names, schema revisions)."""
    connection = _read_only(path, keyring)
    try:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revisions: set[str] = set()
        if "alembic_version" in tables:
            revisions = {
                r for (r,) in connection.execute("SELECT version_num FROM alembic_version")
            }
        return tables, revisions
    finally:
        connection.close()


def _has_rows(path: Path, tables: set[str], keyring: cipher.Keyring | None) -> bool:
    """Whether any of `tables` holds a row."""
    connection = _read_only(path, keyring)
    try:
        return any(
            connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None
            for name in tables
        )
    finally:
        connection.close()


@cache
def model_tables() -> frozenset[str]:
    from mentordesk.db.models import Base

    return frozenset(Base.metadata.tables)


def writable(path: Path) -> bool:
    """Whether the user may write `path` (by its permission bits too: root ignores them)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def secure_path(path: Path) -> None:
    """Create missing folders 0700 (folders the user already had keep their permissions: a
    shared 0775 folder stays 0775, the home folder is never touched); take group/other access
    off the file and its companions.

    Permissions are only ever tightened: a read-only file stays read-only.
    """
    from mentordesk.core.private_files import make_private_dirs

    try:
        make_private_dirs(path.parent)
    except OSError as error:
        raise errors.FileError(
            f"The folder {path.parent} cannot be created ({error.strerror or error})"
        ) from None
    if os.name != "posix":
        return
    for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        _tighten(companion, folder=False)


def _tighten(path: Path, *, folder: bool) -> None:
    try:
        info = path.stat()
    except OSError:
        return
    mode = stat.S_IMODE(info.st_mode)
    # Only what we own, never a shared sticky folder such as /tmp, never adding a bit.
    if info.st_uid != os.getuid() or not mode & 0o077 or (folder and mode & stat.S_ISVTX):
        return
    with suppress(OSError):
        path.chmod(mode & 0o700)


# -- migrations ----------------------------------------------------------------------------
def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the schema up to the newest Alembic revision, in one transaction (on a server,
    holding an advisory lock so that two clients never build it at once)."""
    if engine.dialect.name == "postgresql":
        from mentordesk.db.server import migrate_locked

        migrate_locked(engine, upgrade_on)
        return
    with engine.begin() as connection:
        upgrade_on(connection)


def upgrade_on(connection: sa.Connection) -> None:
    """Alembic's upgrade to head on an open transaction."""
    from alembic import command

    # The connection is handed over: the path never goes through a URL or a config file.
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _scripts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in (MIGRATIONS_DIR / "versions").glob("*.py")]


@cache
def _script_revisions() -> frozenset[str]:
    found = (re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", t, re.MULTILINE) for t in _scripts())
    return frozenset(m.group(1) for m in found if m)


@cache
def _script_heads() -> frozenset[str]:
    """Head revisions, read from the migration scripts without importing Alembic.

    Alembic costs a noticeable part of the application's start-up, and it is only needed
    when the file actually has to be migrated.
    """
    parents: set[str] = set()
    for text in _scripts():
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.MULTILINE)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return _script_revisions() - parents


def is_current(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return False
        current = set(
            connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
        )
    return current == set(_script_heads())


def make_engine(
    path: Path, *, readonly: bool = False, keyring: cipher.Keyring | None = None
) -> sa.Engine:
    """An engine whose every connection comes from `connect(path)` (SQLite's dialect on
    SQLCipher's DB-API module for an encrypted file)."""
    extra: dict[str, Any] = {} if keyring is None else {"module": cipher.dbapi(True)}
    engine = sa.create_engine(
        sa.URL.create("sqlite", database=os.fspath(path)),  # names the pool, never parsed
        creator=lambda: connect(path, readonly=readonly, keyring=keyring),
        hide_parameters=True,  # no name, e-mail or birth date in any error or log
        **extra,
    )

    @sa.event.listens_for(engine, "begin")
    def _begin(connection: sa.Connection) -> None:
        reading = readonly or connection.get_execution_options().get("mentordesk_read")
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def build_new_file(path: Path, passphrase: str | None = None) -> None:
    """Create the schema in a temporary file beside `path` (encrypted with `passphrase` when
    given), then rename it into place. Called under the writer lock."""
    remove_unfinished(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        if passphrase is not None or not _copy_template(temporary):
            keyring = None if passphrase is None else cipher.Keyring(temporary, passphrase)
            engine = make_engine(temporary, keyring=keyring)
            try:
                migrate(engine)
            finally:  # closing the last connection checkpoints the WAL into the file
                engine.dispose()
        for companion in ("-wal", "-shm"):
            Path(f"{temporary}{companion}").unlink(missing_ok=True)
        for companion in ("-wal", "-shm"):
            Path(f"{path}{companion}").unlink(missing_ok=True)  # leftovers of a broken file
        os.replace(temporary, path)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
        raise


def remove_unfinished(path: Path) -> None:
    """Delete what an earlier creation of `path` left when it was killed half-way: its hidden
    temporary file (`.<name>.*.new`) and that file's WAL. Only ever called by the holder of the
    writer lock, so no creation is running at the same time."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.new*"):
        if leftover.name.endswith((".new", ".new-wal", ".new-shm", ".new-journal")):
            leftover.unlink(missing_ok=True)


def template_is_current(template: Path | None = None) -> bool:
    """Whether the new-file template (`NEW_FILE_TEMPLATE` unless given) exists and is at the
    migration scripts' head revision."""
    template = template or NEW_FILE_TEMPLATE
    if not template.is_file():
        return False
    try:  # immutable: nothing (no -shm beside it) is written, even in a read-only install
        connection = sqlite3.connect(template.absolute().as_uri() + "?immutable=1", uri=True)
        try:
            found = {r for (r,) in connection.execute("SELECT version_num FROM alembic_version")}
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return bool(found) and found == set(_script_heads())


def _copy_template(target: Path) -> bool:
    """Copy the new-file template over `target` if it is current; False if it is not."""
    template = NEW_FILE_TEMPLATE
    if not template_is_current(template):
        return False
    shutil.copyfile(template, target)
    return True


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
                        f"{location.name} needs its schema created or upgraded, which this "
                        "read-only connection cannot do"
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
                    f"{location.name} was set up by a newer MentorDesk (schema "
                    f"{', '.join(sorted(unknown))}): it was left untouched — use the newer "
                    "MentorDesk"
                )
            return
        ours = tables & (model_tables() | {"alembic_version"})
        if has_rows or tables - ours:
            raise errors.NotMentorDeskFileError(
                f"{location.name} holds tables that are not MentorDesk's; it was left "
                "untouched (use an empty database)"
            )

    def _open_file(self, path: Path, readonly: bool, migrate_schema: bool, lock_now: bool) -> None:
        passphrase = self.passphrase
        if (
            passphrase is not None
            and path.exists()
            and path.stat().st_size
            and not cipher.is_encrypted(path)
        ):
            raise cipher.PassphraseError(f"{path.name} is not protected with a passphrase")
        self.keyring = self._new_keyring()
        info = inspect_file(path, self.keyring)
        self.readonly = readonly or not self._can_write(info)
        if self.readonly and info.state is not FileState.MENTORDESK:
            if info.state is FileState.MISSING and readonly:
                raise errors.FileError(f"{path.name} does not exist")
            raise errors.ReadOnlyFileError(
                f"{path.name} cannot be created: its folder cannot be written to"
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
