"""Shared fixtures: offscreen Qt, a fresh database file per test, never the user's data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _guard_none_refcount() -> None:
    """PySide6 6.12: every static QApplication.processEvents() (and so QTest.qWait and
    pytest-qt's waits) drops one reference to None; after enough of them a long GUI session
    aborts with "Fatal Python error: none_dealloc". Give None a large reserve of references
    once (CPython 3.11 keeps None's count in its first field; 3.12+ makes None immortal).
    See docs/responsive.md."""
    import ctypes
    import sys

    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_guard_none_refcount()

from mentordesk.db.engine import Database  # noqa: E402  (after the guard and QT_QPA_PLATFORM)


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the data folder, QSettings and MENTORDESK_DB away from the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    # English, whatever the machine's locale: tests that want another language set it.
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "program.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    yield database
    database.close()
