"""Backing up and restoring the open file: the use cases behind File ▸ Back up now…,
File ▸ Restore… and `mentordesk backup | backups | restore`.

Automatic backups: when a file is opened and its newest backup is older than a day
(`backup_if_due`), and before every migration, import, rollover, bulk removal and restore
(`backup_before`). A failed automatic backup never stops the coordinator's work: it is
logged and the action goes on (a manual backup that fails says so).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.i18n import N_, _, nt, t
from mentordesk.core.outputs import protect_folder
from mentordesk.core.private_files import make_private_dirs
from mentordesk.db import backup as files
from mentordesk.db.engine import Database
from mentordesk.db.errors import FileError
from mentordesk.db.location import default_backup_dir
from mentordesk.db.schema import migrate
from mentordesk.db.sqlite_file import FileState, inspect_file, make_engine

log = logging.getLogger("mentordesk")

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupPreferences:
    """The coordinator's choice: where backups go (None: the user data folder), how many."""

    folder: Path | None = None
    rotation: files.Rotation = field(default_factory=files.Rotation)


_preferences = BackupPreferences()


def configure_backups(preferences: BackupPreferences) -> None:
    """From now on, backups of every file (automatic ones too) follow `preferences`."""
    global _preferences
    _preferences = preferences


def backup_preferences() -> BackupPreferences:
    return _preferences


@dataclass(frozen=True)
class BackupInfo:
    """One backup, as listed for the coordinator."""

    path: Path
    taken: dt.datetime
    reason: str
    programs: int | None
    people: int | None
    pairs: int | None
    last_change: dt.datetime | None
    readable: bool

    def describe(self) -> str:
        """One line for the list of backups, in the language of the moment."""
        taken = f"{self.taken:%Y-%m-%d %H:%M}"
        reason = reason_word(self.reason)
        if not self.readable:
            return t(
                "{taken}  ({reason}) — encrypted or damaged: its contents cannot be listed",
                taken=taken,
                reason=reason,
            )
        last = (
            t(", last change {when}", when=f"{self.last_change:%Y-%m-%d %H:%M}")
            if self.last_change
            else ""
        )
        n = {"programs": self.programs or 0, "people": self.people or 0, "pairs": self.pairs or 0}
        return t(
            "{taken}  ({reason}): {programs}, {people}, {pairs}{last}",
            taken=taken,
            reason=reason,
            programs=nt("{n} program", "{n} programs", n["programs"], n=n["programs"]),
            people=nt("{n} person", "{n} people", n["people"], n=n["people"]),
            pairs=nt("{n} pair", "{n} pairs", n["pairs"], n=n["pairs"]),
            last=last,
        )


#: Why a backup was made (its file name says it): the words the list shows.
REASONS = {
    N_("manual"),
    N_("daily"),
    N_("first open"),
    N_("before import"),
    N_("before removal"),
    N_("before restore"),
    N_("before migration"),
    N_("before rollover"),
}


def reason_word(reason: str) -> str:
    """A backup's reason in the language of the moment (an unknown one as it is)."""
    return _(reason) if reason in REASONS else reason


class BackupService:
    """Backups of one open file, in `folder` (default: the user data folder).

    A database on a PostgreSQL server has no file to copy: the service refuses it with one
    sentence (FileOnlyError pointing at pg_dump), and the automatic backups skip it."""

    def __init__(
        self,
        db: Database,
        folder: Path | None = None,
        rotation: files.Rotation | None = None,
    ) -> None:
        self.db = db
        self.path = db.file_path("Backup and restore")
        chosen = folder or _folder_for(self.path)
        self.folder = Path(chosen) if chosen is not None else default_backup_dir(self.path)
        self.rotation = rotation or _preferences.rotation
        protect_folder(self.folder)

    # -- taking backups --------------------------------------------------------------------
    def backup(
        self, reason: str = "manual", target: Path | None = None, *, rotate: bool = True
    ) -> Path:
        """Back up now into the backup folder (or to `target`); verified before rotating."""
        now = dt.datetime.now()
        if target is not None:
            target = Path(target).expanduser()
            if target.exists():
                raise ValidationError(
                    t("{name} already exists; choose another name", name=target.name)
                )
        path = target or self.folder / files.backup_name(self.path, reason, now)
        try:
            if self.db.keyring is not None:
                # An encrypted file's backups are encrypted with the same passphrase.
                from mentordesk.db import cipher

                make_private_dirs(path.parent)
                passphrase = self.db.keyring.passphrase
                cipher.copy_database(
                    self.path, path, source_passphrase=passphrase, passphrase=passphrase
                )
            else:
                source = self.db.raw_connection()
                try:
                    files.copy_database(source, path)
                finally:
                    source.close()
        except OSError as error:
            raise FileError(
                t(
                    "The backup could not be written to {parent} ({value}); your file is unchanged",
                    parent=path.parent,
                    value=error.strerror or error,
                )
            ) from None
        if target is None and rotate:
            files.rotate(self.folder, self.path, self.rotation)
        return path

    def backup_before(self, action: str, *, rotate: bool = True) -> Path | None:
        """The automatic backup before `action`; a failure is logged, never raised."""
        return self._automatic(f"before {action}", rotate=rotate)

    def _automatic(self, reason: str, *, rotate: bool = True) -> Path | None:
        try:
            return self.backup(reason, rotate=rotate)
        except (MentorDeskError, OSError) as error:
            log.warning("Automatic backup (%s) failed: %s", reason, error)
            return None

    def backup_if_due(self, now: dt.datetime | None = None) -> Path | None:
        """At open: a backup when the newest one is older than a day (or there is none)."""
        newest = self.newest()
        if newest is not None and (now or dt.datetime.now()) - newest.taken < DAY:
            return None
        if self.db.readonly:
            return None
        return self._automatic("daily" if newest else "first open")

    # -- listing ---------------------------------------------------------------------------
    def newest(self) -> files.BackupFile | None:
        backups = files.list_backups(self.folder, self.path)
        return backups[0] if backups else None

    def list(self) -> list[BackupInfo]:
        """Every backup of this file, newest first, with what it holds."""
        return [describe_backup(b) for b in files.list_backups(self.folder, self.path)]

    # -- restoring -------------------------------------------------------------------------
    def restore(self, source: Path) -> Path | None:
        """Replace the open file's content with the backup at `source`.

        The current content is backed up first ("before restore"), the backup is checked,
        and the copy happens in one transaction: a crash leaves the file as it was. The
        caller must reopen the database afterwards (its views of the file are stale).
        """
        source = Path(source).expanduser()
        if not source.is_file():
            raise ValidationError(t("No backup at {source}", source=source))
        info = inspect_file(source)  # refuses non-MentorDesk and newer files
        if info.state is not FileState.MENTORDESK:
            raise ValidationError(t("{name} is not a MentorDesk backup", name=source.name))
        files.verify(source)
        self.db.acquire_writer()
        # Not rotated yet: the rotation could remove the very backup being restored.
        kept = self.backup_before("restore", rotate=False)
        live = self.db.raw_connection()
        try:
            files.copy_into(source, live)
        finally:
            live.close()
        files.rotate(self.folder, self.path, self.rotation)
        self.db.engine.dispose()
        engine = make_engine(self.path)
        try:
            migrate(engine)  # a backup from an older version is brought up to date
        finally:
            engine.dispose()
        return kept


def recover_damaged(path: Path, folder: Path | None = None) -> Path | None:
    """Put the newest backup that passes its integrity check in place of a damaged file.

    The damaged file is kept beside it (`<name>.damaged-<time>`), never deleted. Returns the
    backup used, or None when there is none that is good.
    """
    path = Path(path).expanduser().absolute()
    for backup in files.list_backups(folder or _folder_for(path) or default_backup_dir(path), path):
        try:
            files.verify(backup.path)
        except MentorDeskError:
            continue
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        for suffix in ("", "-wal", "-shm"):
            damaged = Path(f"{path}{suffix}")
            if damaged.exists():
                damaged.rename(Path(f"{path}.damaged-{stamp}{suffix}"))
        files.copy_file(backup.path, path)
        return backup.path
    return None


def _folder_for(db_path: Path) -> Path | None:
    """The chosen folder gets one sub-folder per database, like the default location."""
    if _preferences.folder is None:
        return None
    return _preferences.folder / default_backup_dir(db_path).name


def describe_backup(backup: files.BackupFile) -> BackupInfo:
    try:
        held = files.contents(backup.path)
    except (MentorDeskError, OSError, Exception):  # a damaged backup is listed as such
        return BackupInfo(backup.path, backup.taken, backup.reason, None, None, None, None, False)
    return BackupInfo(
        backup.path,
        backup.taken,
        backup.reason,
        held.programs,
        held.people,
        held.pairs,
        held.last_change,
        True,
    )


def backup_before(db: Database, action: str) -> Path | None:
    """Before a risky action (import, rollover, bulk removal): an automatic backup (none on
    a server, whose backups are the server's)."""
    if db.is_server:
        return None
    return BackupService(db).backup_before(action)


def _before_migration(db: Database, reason: str) -> None:
    backup_before(db, "migration")


def backup_if_due(db: Database) -> Path | None:
    """At open: the daily automatic backup of a file (nothing for a server)."""
    if db.is_server:
        return None
    return BackupService(db).backup_if_due()


def install_migration_backups() -> None:
    """From now on, every migration of an opened file is preceded by a backup."""
    Database.before_migration = _before_migration
