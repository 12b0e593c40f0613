"""Encryption at rest with SQLCipher 4 (the `sqlcipher3` wheel): keying, detection, conversion.

An encrypted MentorDesk file is an ordinary SQLCipher 4 database (AES-256, PBKDF2-HMAC-SHA512
with 256,000 iterations, HMAC per page): `sqlcipher` and DB Browser for SQLite open it with the
passphrase. A plain file starts with "SQLite format 3"; an encrypted one starts with its
random salt, which is how the two are told apart without a passphrase.

Deriving the key from the passphrase is slow on purpose (a third of a second). It is done once
per opened file (`Keyring`) and every further connection is keyed with the derived raw key,
so the connection pool, worker threads and Alembic pay nothing more.

`copy_database` is the one way to write a copy of a database with a given protection (plain
→ encrypted, encrypted → plain, one passphrase → another); backups of an encrypted file use it
too, so that they are encrypted with the same passphrase.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.i18n import t
from mentordesk.core.private_files import create_private_file, tighten
from mentordesk.db.header import SQLITE_HEADER as SQLITE_HEADER
from mentordesk.db.header import is_encrypted as is_encrypted

SALT_BYTES = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4's default: PBKDF2-HMAC-SHA512
KEY_BYTES = 32
CACHE_KIB = 64_000  # per connection, at most; SQLite allocates it only as pages are read
#: The environment variable the CLI reads the passphrase from (README: "Encryption at rest").
PASSPHRASE_ENV = "MENTORDESK_PASSPHRASE"


class PassphraseError(MentorDeskError):
    """The passphrase is missing or wrong; nothing was read or written."""


def dbapi(encrypted: bool) -> ModuleType:
    """The DB-API module for a plain (sqlite3) or an encrypted (sqlcipher3) file."""
    if not encrypted:
        return sqlite3
    import sqlcipher3.dbapi2

    module: ModuleType = sqlcipher3.dbapi2
    return module


@dataclass
class Keyring:
    """The key of one file, derived once from the passphrase (and the file's salt)."""

    path: Path
    passphrase: str = field(repr=False)
    _raw: str = field(default="", repr=False)

    def raw_key(self) -> str:
        """`x'<key><salt>'` for `PRAGMA key`: no key derivation per connection."""
        if not self._raw:
            salt = _salt(self.path)
            self._raw = f"x'{_derive(self.passphrase, salt).hex()}{salt.hex()}'"
        return self._raw


@lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation (kept for a few files: converting opens one file often)."""
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )


def _salt(path: Path) -> bytes:
    """The salt at the start of an encrypted file; a new random one for a new file."""
    if is_encrypted(path):
        with Path(path).open("rb") as handle:
            return handle.read(SALT_BYTES)
    return os.urandom(SALT_BYTES)


def connect(path: Path | str, keyring: Keyring | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to `path`; keyed (and the key checked) when `keyring` is given.

    Raises PassphraseError for a wrong passphrase, before anything is written.
    """
    if keyring is None:
        return sqlite3.connect(str(path), **kwargs)
    module = dbapi(True)
    connection = module.connect(str(path), **kwargs)
    try:
        # SQLCipher reports a wrong key on stderr too; the user gets our message instead.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{keyring.raw_key()}"')
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # Pages are decrypted when read into SQLite's cache (not the OS's): a larger cache
        # keeps repeated reports and roster loads from decrypting the same pages again; and
        # sorting/grouping in memory spares encrypting temporary files (and leaves none).
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        connection.execute("PRAGMA temp_store = MEMORY")
    except module.DatabaseError:
        connection.close()
        raise PassphraseError(
            t(
                "The passphrase for {name} is not right (or the file is damaged)",
                name=Path(path).name,
            )
        ) from None
    return connection


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_to(connection: Any, target: Path, passphrase: str | None) -> None:
    """Write everything in `connection` (a sqlcipher3 connection, keyed or plain) to a new
    file `target` (0600), encrypted with `passphrase`, or plain when it is None."""
    target = Path(target)
    if target.exists():
        target.unlink()
    create_private_file(target)
    key = "" if passphrase is None else Keyring(target, passphrase).raw_key()
    key_sql = "''" if passphrase is None else f'"{key}"'
    connection.execute(f"ATTACH DATABASE {_quote(str(target))} AS copy KEY {key_sql}")
    try:
        connection.execute("SELECT sqlcipher_export('copy')")
        # Header fields sqlcipher_export leaves out: the schema version and the file's
        # application id (which tells MentorDesk files from other SQLite files).
        for pragma in ("user_version", "application_id"):
            value = connection.execute(f"PRAGMA {pragma}").fetchone()[0]
            connection.execute(f"PRAGMA copy.{pragma} = {int(value)}")
    finally:
        connection.execute("DETACH DATABASE copy")
    tighten(target)


def copy_database(
    source: Path, target: Path, *, source_passphrase: str | None, passphrase: str | None
) -> None:
    """Copy the database `source` (encrypted with `source_passphrase`, or plain) to `target`
    encrypted with `passphrase` (or plain). The source's WAL is included; `target` is 0600.
    Reusable by backups: an encrypted file's backup is `copy_database(f, b, source_passphrase=p,
    passphrase=p)`."""
    module = dbapi(True)
    connection = module.connect(str(source))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if source_passphrase is not None:
            keyring = Keyring(Path(source), source_passphrase)
            connection.execute(f'PRAGMA key = "{keyring.raw_key()}"')
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError:
            raise PassphraseError(
                t(
                    "The passphrase for {name} is not right (or the file is damaged)",
                    name=Path(source).name,
                )
            ) from None
        export_to(connection, target, passphrase)
    finally:
        connection.close()


def table_counts(path: Path, passphrase: str | None) -> dict[str, int]:
    """Rows per table: used to check that a converted copy holds everything."""
    connection = connect(path, Keyring(Path(path), passphrase) if passphrase else None)
    try:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        connection.close()


def checkpoint(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the file and empty it (the file must not be open elsewhere)."""
    connection = connect(path, Keyring(Path(path), passphrase) if passphrase else None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


@dataclass(frozen=True)
class Conversion:
    """What `change_protection` did."""

    encrypted: bool
    #: A copy of the file as it was before, or None when that copy was unprotected and
    #: therefore removed once the protected file was checked.
    backup: Path | None


def change_protection(
    path: Path, *, old_passphrase: str | None, new_passphrase: str | None, stamp: str
) -> Conversion:
    """Protect a plain file with a passphrase, change the passphrase, or remove it.

    The file must be closed. Steps: a backup copy of the file as it is; the converted copy
    written beside it; its row counts checked against the original; then it replaces the
    original. On any failure the original is untouched. When a plain file becomes encrypted
    the plain backup is removed after the check (keeping it would defeat the protection).
    """
    path = Path(path)
    if new_passphrase is not None and not new_passphrase:
        raise PassphraseError(t("The new passphrase is empty"))
    checkpoint(path, old_passphrase)
    before = table_counts(path, old_passphrase)
    backup = path.with_name(f"{path.stem}.before-passphrase-{stamp}{path.suffix}")
    create_private_file(backup)
    shutil.copyfile(path, backup)
    tighten(backup)
    converting = path.with_name(path.name + ".converting")
    try:
        copy_database(path, converting, source_passphrase=old_passphrase, passphrase=new_passphrase)
        if table_counts(converting, new_passphrase) != before:
            raise MentorDeskError(
                t("The converted copy does not hold every record: nothing changed")
            )
        for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            companion.unlink(missing_ok=True)
        os.replace(converting, path)
    except BaseException:
        converting.unlink(missing_ok=True)
        raise
    if old_passphrase is None and new_passphrase is not None:
        backup.unlink()
        return Conversion(True, None)
    return Conversion(new_passphrase is not None, backup)
