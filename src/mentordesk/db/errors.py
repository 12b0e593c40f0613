"""What can go wrong with the file itself, each said in one sentence a coordinator can act on.

SQLite's own messages (and SQLAlchemy's, which carry the SQL and its parameters: names,
e-mails, dates of birth) never reach the user: `translate` turns the ones a coordinator can
meet into one of these errors, and anything else becomes `UnexpectedDatabaseError`, whose
message names no SQL and no value.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa

from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.i18n import N_, _, t
from mentordesk.db.location import Location

RESTORE_HINT = N_("restore a backup (File ▸ Restore… or `mentordesk restore`)")


class FileError(MentorDeskError):
    """The file cannot be opened or written as asked; nothing was changed."""


class NotMentorDeskFileError(FileError):
    pass


class NewerFileError(FileError):
    pass


class DamagedFileError(FileError):
    pass


class FileInUseError(FileError):
    """Another MentorDesk window or command is writing to the file."""


class ReadOnlyFileError(FileError):
    pass


class FileBusyError(FileError):
    pass


class DiskFullError(FileError):
    pass


class UnexpectedDatabaseError(FileError):
    pass


class ServerError(FileError):
    """A PostgreSQL server refused the connection or the request; nothing was changed."""


class ServerUnreachableError(ServerError):
    pass


class PasswordRequiredError(ServerError):
    """The server wants a password that neither libpq's files nor the caller supplied."""


class WrongPasswordError(PasswordRequiredError):
    pass


class NotPermittedError(ServerError):
    """The server refused the request for the connected role (privileges or row security)."""


#: PostgreSQL's SQLSTATE for "insufficient privilege": a missing grant, and a row that a
#: row-level security policy refuses.
INSUFFICIENT_PRIVILEGE = "42501"


def is_refused(error: BaseException) -> bool:
    """Whether the server refused `error`'s statement for lack of privilege."""
    return getattr(getattr(error, "orig", error), "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def refused(
    error: BaseException, location: Location, role: str, kind: str | None
) -> NotPermittedError:
    """One sentence: what the server refused, and why, for a role of `kind` (viewer,
    coordinator, admin, or None when the role has no MentorDesk access at all).

    Whether the refused statement was a read or a write is told from its first word; the
    statement itself is never shown."""
    statement = str(getattr(error, "statement", "") or "").lstrip().split(" ", 1)[0].upper()
    writing = statement not in ("SELECT", "WITH", "")
    if "FOR UPDATE" in str(getattr(error, "statement", "") or "").upper():
        writing = True  # a read that locks the rows it is about to change
    if kind == "viewer":
        why = t(
            "your role {role} may only read the reports of the programs assigned to it", role=role
        )
    elif kind == "coordinator":
        why = t(
            "your role {role} may only work on the programs assigned to it (new programs and "
            "assignments are the district administrator's)",
            role=role,
        )
    elif kind == "admin":
        why = t(
            "your role {role} lacks a privilege this needs (ask IT to run `mentordesk district "
            "init` again after an upgrade)",
            role=role,
        )
    else:
        why = t(
            "your role {role} has no access to MentorDesk on {name} (ask the district "
            "administrator for a grant)",
            role=role,
            name=location.name,
        )
    if writing:
        return NotPermittedError(
            t("The server refused this change: {why}; nothing was saved", why=why)
        )
    return NotPermittedError(
        t("The server refused showing these records: {why}; nothing was changed", why=why)
    )


class FileOnlyError(FileError):
    """An action that works on a database file only (backup, restore, encryption…)."""


def file_only(what: str, location: Location) -> FileOnlyError:
    return FileOnlyError(
        t(
            "{what} works on a database file only; {name} is on a PostgreSQL server (back it up "
            "on the server with pg_dump)",
            what=what,
            name=location.name,
        )
    )


def not_mentordesk(path: Location) -> NotMentorDeskFileError:
    return NotMentorDeskFileError(
        t(
            "{name} is not a MentorDesk file; it was left untouched (choose another file, or a "
            "new name to start a new one)",
            name=path.name,
        )
    )


def in_use(path: Location) -> FileInUseError:
    return FileInUseError(
        t(
            "{name} is already open in another window or command; close it there, or wait for "
            "it to finish, and try again",
            name=path.name,
        )
    )


def read_only(path: Location) -> ReadOnlyFileError:
    return ReadOnlyFileError(
        t(
            "{name} is open read-only (the file or its folder cannot be written, or it is open "
            "in another window): nothing can be changed in it",
            name=path.name,
        )
    )


def damaged(path: Location) -> DamagedFileError:
    return DamagedFileError(
        t(
            "{name} is damaged and was not changed; {hint} to go on working",
            name=path.name,
            hint=_(RESTORE_HINT),
        )
    )


def translate(error: BaseException, path: Location) -> MentorDeskError:
    """The coordinator's sentence for a database error (never its SQL or parameters)."""
    if isinstance(error, MentorDeskError):
        return error
    original = getattr(error, "orig", error)
    text = str(original).lower()
    integrity = isinstance(error, sa.exc.IntegrityError) or isinstance(
        original, sqlite3.IntegrityError
    )
    if integrity and "duplicate e-mail" in text:
        return ValidationError(
            t("Someone in this program already has that e-mail address; nothing was saved"),
            {"email": t("already used in this program")},
        )
    if not isinstance(path, Path) and isinstance(error, sa.exc.OperationalError):
        if "no space left" in text or "disk full" in text:
            return DiskFullError(
                t(
                    "The server holding {name} is out of disk space; nothing was saved",
                    name=path.name,
                )
            )
        if "could not serialize" in text or "deadlock" in text or "lock timeout" in text:
            return FileBusyError(
                t(
                    "{name} is busy: another coordinator is saving the same records; nothing "
                    "was saved, try again in a moment",
                    name=path.name,
                )
            )
        return ServerUnreachableError(
            t(
                "The connection to {name} was lost; nothing was saved (check the network and "
                "try again)",
                name=path.name,
            )
        )
    if "locked" in text or "busy" in text:
        return FileBusyError(
            t(
                "{name} is busy: another MentorDesk is saving to it; nothing was saved, try "
                "again in a moment",
                name=path.name,
            )
        )
    if "readonly" in text or "read-only" in text:
        return read_only(path)
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            t(
                "The disk holding {name} is full; nothing was saved (free some space and try "
                "again)",
                name=path.name,
            )
        )
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return damaged(path)
    if integrity:
        return ValidationError(t("That change would break the file's rules; nothing was saved"))
    kind = type(original).__name__
    return UnexpectedDatabaseError(
        t(
            "MentorDesk could not read or save {name} ({kind}); nothing was changed",
            name=path.name,
            kind=kind,
        )
    )


def is_database_error(error: BaseException) -> bool:
    return isinstance(error, (sa.exc.DBAPIError, sqlite3.Error))
