"""Writing an output file (PDF, CSV, XLSX, ICS …) without ever losing another file.

Every output goes to a temporary file in the target's folder (created 0600 by `mkstemp`,
readable only by the user) and is renamed into place once complete, so a crash or a full disk
leaves the previous file whole. An existing file is replaced only when the caller says so
(the GUI after asking, the CLI with `--force`). The open database, its WAL/SHM/lock
companions and the backup folders are registered here by the database layer and can never be
an output, whatever path the user types.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t

_PROTECTED_FILES: set[Path] = set()
_PROTECTED_FOLDERS: set[Path] = set()


class OutputError(ValidationError):
    """An output cannot be written where asked; nothing was written or replaced."""


class OutputExistsError(OutputError):
    pass


def _key(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def protect_file(path: Path) -> None:
    """`path` (and its -wal, -shm and .lock companions) can never be an output."""
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal", f"{path}.lock"):
        _PROTECTED_FILES.add(_key(Path(name)))


def protect_folder(folder: Path) -> None:
    """Nothing inside `folder` (a backup folder) can be an output."""
    _PROTECTED_FOLDERS.add(_key(folder))


def is_protected(path: Path) -> bool:
    target = _key(path)
    if target in _PROTECTED_FILES:
        return True
    return any(folder == target or folder in target.parents for folder in _PROTECTED_FOLDERS)


def check_output(path: Path, *, replace: bool) -> Path:
    """The target as a Path, or OutputError saying why it cannot be written."""
    path = Path(path).expanduser()
    if is_protected(path):
        raise OutputError(
            t(
                "{name} is the MentorDesk file (or one of its backups) and cannot be "
                "overwritten by an export; choose another file name",
                name=path.name,
            )
        )
    if path.is_dir():
        raise OutputError(t("{path} is a folder; give a file name inside it", path=path))
    if path.exists() and not replace:
        raise OutputExistsError(
            t(
                "{name} already exists; choose another name, or use --force to replace it",
                name=path.name,
            )
        )
    if not path.parent.is_dir():
        raise OutputError(
            t(
                "Cannot write {name}: the folder {parent} does not exist",
                name=path.name,
                parent=path.parent,
            )
        )
    return path


@contextmanager
def atomic_output(path: Path, *, replace: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block succeeds it becomes `path`.

    On any error (including a full disk) the temporary file is removed and the previous
    file, if any, is left as it was.
    """
    target = check_output(path, replace=replace)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise _write_error(target, error) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _sync(temporary)
        if replace:
            os.replace(temporary, target)
        else:
            # link() fails if the target appeared meanwhile: never replace what we didn't ask to
            os.link(temporary, target)
            temporary.unlink()
    except FileExistsError:
        temporary.unlink(missing_ok=True)
        raise OutputExistsError(
            t(
                "{name} already exists; choose another name, or use --force to replace it",
                name=target.name,
            )
        ) from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _write_error(target, error) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_output(path: Path, data: bytes, *, replace: bool = False) -> Path:
    """Write `data` to `path` atomically (see `atomic_output`); returns the path."""
    with atomic_output(path, replace=replace) as temporary:
        temporary.write_bytes(data)
    return Path(path).expanduser()


def _sync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_error(target: Path, error: OSError) -> OutputError:
    if error.errno == errno.ENOSPC:
        return OutputError(
            t("The disk is full: {name} was not written (free some space)", name=target.name)
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(
            t(
                "{parent} cannot be written to: {name} was not saved",
                parent=target.parent,
                name=target.name,
            )
        )
    return OutputError(
        t("{name} could not be written ({value})", name=target.name, value=error.strerror or error)
    )
