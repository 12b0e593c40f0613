"""What a database file is, told from its first bytes alone: a plain SQLite file starts with
SQLite's header, an encrypted (SQLCipher) one with its random salt.

Kept to `os` and `pathlib`: the application asks it on the UI thread before its first paint,
where `db.cipher` (sqlite3, hashlib, shutil …) would cost ~10 ms (issue 14).
"""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """A file of whole pages whose start is not SQLite's plain header: SQLCipher. (A stray
    text or spreadsheet file is not taken for one, and is refused elsewhere as not ours.)"""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return header != SQLITE_HEADER
