"""Opening a MentorDesk file: permissions, pragmas, migrations, sessions."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.core.private_files import create_private_file, tighten
from mentordesk.db import cipher

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, so an erased person cannot be read back from
    # free pages (set here: not every SQLite build defaults to it).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def secure_path(path: Path) -> None:
    """Create the file 0600 (and any missing folders 0700) and keep it and its WAL/SHM
    companions 0600. Folders the user already had keep their permissions."""
    create_private_file(path)
    if os.name == "posix":
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if companion.exists():
                tighten(companion)


def _keyring(path: Path, passphrase: str | None) -> cipher.Keyring | None:
    if passphrase is None:
        if cipher.is_encrypted(path):
            raise cipher.PassphraseError(f"{path.name} is protected with a passphrase")
        return None
    if path.exists() and path.stat().st_size and not cipher.is_encrypted(path):
        raise cipher.PassphraseError(f"{path.name} is not protected with a passphrase")
    return cipher.Keyring(path, passphrase)


def _create_engine(path: Path, keyring: cipher.Keyring | None) -> sa.Engine:
    if keyring is None:
        return sa.create_engine(f"sqlite:///{path}", future=True)
    # The same SQLite dialect on SQLCipher's DB-API module; every connection keyed first.
    return sa.create_engine(
        f"sqlite:///{path}",
        module=cipher.dbapi(True),
        creator=lambda: cipher.connect(path, keyring, check_same_thread=False),
        future=True,
    )


def alembic_config(engine: sa.Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the schema up to the newest Alembic revision."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@cache
def _script_heads() -> frozenset[str]:
    """Head revisions, read from the migration scripts without importing Alembic.

    Alembic costs a noticeable part of the application's start-up, and it is only needed
    when the file actually has to be migrated.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
        if found:
            revisions.add(found.group(1))
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.MULTILINE)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


def is_current(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return False
        current = set(
            connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
        )
    return current == set(_script_heads())


class Database:
    """One open MentorDesk file: its engine and a session factory.

    `passphrase` opens (or creates) a file encrypted with SQLCipher (see db/cipher.py); a
    wrong one raises PassphraseError before anything is written, and an encrypted file
    opened without one raises PassphraseError too.
    """

    def __init__(
        self, path: Path, *, migrate_schema: bool = True, passphrase: str | None = None
    ) -> None:
        self.path = Path(path)
        self.keyring = _keyring(self.path, passphrase)
        secure_path(self.path)
        self.engine = _create_engine(self.path, self.keyring)
        sa.event.listen(self.engine, "connect", _on_connect)
        if migrate_schema and not is_current(self.engine):
            migrate(self.engine)
        secure_path(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self.keyring is not None

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back as a whole on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
