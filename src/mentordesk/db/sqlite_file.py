"""A MentorDesk file (SQLite): connecting (the one place for the key and the pragmas), what a
file is before it is opened, its permissions, the engine, and building a new one.

The order in which `db/engine.Database` uses these is described there. Every connection is
made by `connect()` from the path itself, never from a URL string (paths with `?`, `%` or
accents open the right file). A file protected with a passphrase (SQLCipher, see
`db/cipher.py`) is keyed there first, on every connection, before any other pragma. Write
transactions start with `BEGIN IMMEDIATE`, so whatever a writer reads before deciding (e.g.
the e-mails already in a program) cannot change under it.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import stat
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mentordesk.core.i18n import t
from mentordesk.db import cipher, errors
from mentordesk.db.header import SQLITE_HEADER
from mentordesk.db.revisions import MIGRATIONS_DIR
from mentordesk.db.revisions import script_heads as _script_heads
from mentordesk.db.revisions import script_revisions as _script_revisions
from mentordesk.db.schema import migrate, model_tables

#: An empty file at the newest revision, made by running the migrations at install time
#: (`make` runs `python -m mentordesk.db.template`): a new file is a copy of it, so a first
#: start needs neither Alembic nor the migration scripts run. Used only while its revision
#: is the scripts' head; otherwise (or when missing) the migrations build the file.
NEW_FILE_TEMPLATE = MIGRATIONS_DIR / "new-file.sqlite"
#: How long a writer waits for another process's write transaction before giving up.
BUSY_TIMEOUT_S = 10.0


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
        raise errors.FileError(t("{path} is a folder; choose a file inside it", path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise errors.FileError(
            t(
                "{name} cannot be read ({value}); nothing was changed",
                name=path.name,
                value=error.strerror or error,
            )
        ) from None
    if not header:
        return FileInfo(FileState.EMPTY)
    if header != SQLITE_HEADER and (keyring is None or not cipher.is_encrypted(path)):
        if cipher.is_encrypted(path):
            raise cipher.PassphraseError(t("{name} is protected with a passphrase", name=path.name))
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
                t(
                    "{name} was saved by a newer MentorDesk (file schema {names}; this version "
                    "knows up to {names2}): it was left untouched — open it with the newer "
                    "MentorDesk",
                    name=path.name,
                    names=", ".join(sorted(unknown)),
                    names2=", ".join(sorted(_script_heads())),
                )
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
            t(
                "The folder {parent} cannot be created ({value})",
                parent=path.parent,
                value=error.strerror or error,
            )
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
