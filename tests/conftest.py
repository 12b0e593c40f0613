"""Shared fixtures: offscreen Qt, a fresh database per test, never the user's data.

The engine every test runs on is chosen by `MENTORDESK_TEST_ENGINE`: `sqlite` (the default:
a fresh file per test) or `postgresql` (a fresh database per test on a private server that
the session starts, see tests/pgserver_fixture.py). `make test` runs the suite on both.
Tests about the local file itself are marked `sqlite_only` and skipped on PostgreSQL.
"""

from __future__ import annotations

import atexit
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
    See docs/dev/responsive.md."""
    import ctypes
    import sys

    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_guard_none_refcount()

from mentordesk.db.engine import Database  # noqa: E402  (after the guard and QT_QPA_PLATFORM)
from mentordesk.db.location import ServerLocation, parse_location  # noqa: E402
from tests import pgserver_fixture  # noqa: E402
from tests.pgserver_fixture import PASSWORD_GROUP, PgForTests  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point the data folder, QSettings and MENTORDESK_DB away from the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    # English, whatever the machine's locale: tests that want another language set it.
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "en")
    # ... and the services' messages (a process-wide setting the GUI or a CLI run changes).
    from mentordesk.core.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture(scope="session")
def _english_qt(qapp: object) -> None:
    """Qt's English catalog with its plurals ("1 participant", "2 participants"), as a
    coordinator's English system shows them."""
    from PySide6.QtCore import QLocale

    from mentordesk.gui.common import install_language

    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _english_widgets(request: pytest.FixtureRequest) -> None:
    """Every test that builds widgets (wherever it lives) runs with the English catalog, so
    a file run alone reads as in the whole suite."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        request.getfixturevalue("_english_qt")


ENGINE_VAR = "MENTORDESK_TEST_ENGINE"
ENGINE = os.environ.get(ENGINE_VAR, "sqlite").strip().lower() or "sqlite"
if ENGINE not in ("sqlite", "postgresql"):
    raise pytest.UsageError(f"{ENGINE_VAR} must be sqlite or postgresql, not {ENGINE!r}")
ON_POSTGRESQL = ENGINE == "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the local database file; skipped on PostgreSQL"
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"database engine: {ENGINE} ({ENGINE_VAR})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRESQL:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"file only: {reason or 'the SQLite file'}"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgForTests]:
    """The session's PostgreSQL server, with the schema built in a template database.

    Without the binaries the test is skipped (a developer still gets the SQLite run); under
    CI (`CI` set) that is a failure instead, so CI never silently runs one engine only."""
    try:
        server = pgserver_fixture.start()
    except pgserver_fixture.ServerUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {error}")
        pytest.skip(f"no PostgreSQL for the tests: {error}")
    # Stopped when the test process ends, not when the session's fixtures are torn down:
    # pytest-qt still runs the last test's pending events after that.
    atexit.register(server.stop)
    server.execute(f"CREATE DATABASE {pgserver_fixture.TEMPLATE}")
    Database(server.url(pgserver_fixture.TEMPLATE)).close()
    yield server


@pytest.fixture
def pg_database(pg_server: PgForTests) -> Iterator[str]:
    """The address of a fresh PostgreSQL database with the schema, dropped after the test."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    # Dropped a few tests later, not now: a view may still read during pytest-qt's teardown or
    # the next test's setup (a file would simply still be there in its temporary folder).
    pg_server.drop_later(name)


@pytest.fixture
def password_role(pg_server: PgForTests, pg_database: str) -> tuple[str, str]:
    """(address, password) of a role that must give its password (scram-sha-256), allowed
    into the test's database, reached over TCP."""
    location = parse_location(pg_database)
    assert isinstance(location, ServerLocation)
    name = location.database
    role = f"pw_{name}"
    pg_server.execute(
        f"CREATE ROLE {role} LOGIN PASSWORD 'right horse' IN ROLE {PASSWORD_GROUP}",
        f"GRANT ALL ON SCHEMA public TO {role}",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}",
        database=name,
    )
    return pg_server.url(name, role, tcp=True), "right horse"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database *file* (for tests about files; engine-neutral tests use db_location)."""
    return tmp_path / "program.sqlite"


@pytest.fixture
def db_location(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where the test's database is on the engine under test: a file path or a server
    address (`--db` and `Database` take either)."""
    if ON_POSTGRESQL:
        return str(request.getfixturevalue("pg_database"))
    return str(db_path)


@pytest.fixture
def db(db_location: str) -> Iterator[Database]:
    database = Database(db_location)
    yield database
    database.close()
