"""Files only the user can read: folders MentorDesk creates are 0700, every output is 0600.

A folder the user already had keeps its permissions (a shared 0775 folder stays 0775, the home
folder is never touched); only the folders created here get 0700. Outputs are written to a
temporary file created 0600 in the target folder and renamed over the target, so an export,
PDF, calendar file or log is never readable by others, not even while it is being written,
and a failed write leaves any earlier file as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_private_dirs(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents with mode 0700; returns the folders created.

    Existing folders are left exactly as they are.
    """
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    created: list[Path] = []
    for path in reversed(missing):
        try:
            path.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        # mkdir's mode is filtered by the umask; 0700 is what we promise, whatever the umask.
        path.chmod(FOLDER_MODE)
        created.append(path)
    return created


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 if it does not exist (its folder is created 0700 if missing)."""
    path = Path(path)
    make_private_dirs(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def tighten(path: Path) -> None:
    """Make an existing file 0600 (a no-op for a missing file or on a failure to chmod)."""
    with suppress(OSError):
        Path(path).chmod(FILE_MODE)


@contextmanager
def private_output(path: Path) -> Iterator[Path]:
    """A temporary path, created 0600 beside `path`, to be written by a library (openpyxl,
    ReportLab …); renamed over `path` when the block ends without an error, removed otherwise.

    The one atomic writer (`core.outputs.atomic_output`, which also refuses the open database
    and its backups as a target), replacing an existing file; kept 0600 afterwards in case a
    library replaced the temporary file rather than writing into it.
    """
    from mentordesk.core.outputs import atomic_output

    with atomic_output(Path(path), replace=True) as temporary:
        yield temporary
        tighten(temporary)


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` as a file only the user can read (atomically)."""
    with private_output(path) as temporary:
        temporary.write_bytes(data)


def write_private_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to `path` as a file only the user can read (atomically)."""
    with private_output(path) as temporary:
        temporary.write_text(text, encoding=encoding)


@contextmanager
def open_private_text(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """A text handle on a new private file that replaces `path` when the block succeeds."""
    with (
        private_output(path) as temporary,
        temporary.open("w", encoding=encoding, newline=newline) as handle,
    ):
        yield handle


def open_private_append(path: Path, *, encoding: str = "utf-8") -> IO[str]:
    """A log file opened for appending: created 0600 (folder 0700) and kept 0600."""
    path = Path(path)
    create_private_file(path)
    tighten(path)
    return path.open("a", encoding=encoding)
