"""District mode: a MentorDesk database on a PostgreSQL server, opened by address.

These run on both passes (they start the session's server themselves when needed)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from mentordesk.core.enums import Role
from mentordesk.core.participant import ParticipantInput
from mentordesk.db import errors
from mentordesk.db.engine import Database
from mentordesk.db.location import LocationError, ServerLocation, parse_location
from mentordesk.services.programs import ProgramService
from mentordesk.services.roster import RosterService
from tests.pgserver_fixture import PgForTests


def test_location_tells_a_file_from_a_server(tmp_path: Path) -> None:
    """A path stays a path; a postgresql:// address becomes a server location, its options
    kept and no password anywhere."""
    assert parse_location(str(tmp_path / "a.sqlite")) == tmp_path / "a.sqlite"
    server = parse_location("postgresql://ana@db.example:6543/district?sslmode=verify-full")
    assert isinstance(server, ServerLocation)
    assert (server.host, server.port, server.database, server.user) == (
        "db.example",
        6543,
        "district",
        "ana",
    )
    assert server.option("sslmode") == "verify-full"
    assert server.url() == "postgresql://ana@db.example:6543/district?sslmode=verify-full"
    assert parse_location(server.url()) == server
    assert server.name == "district on db.example"


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://ana:s3cret@db.example/district",
        "postgresql://ana@db.example/district?password=s3cret",
    ],
)
def test_a_password_in_the_address_is_refused_without_echoing_it(address: str) -> None:
    """A password typed into the address is refused, and the message does not repeat it."""
    with pytest.raises(LocationError) as caught:
        parse_location(address)
    assert "s3cret" not in str(caught.value)
    assert "password" in str(caught.value)


def test_unknown_scheme_is_refused() -> None:
    """mysql://… is not taken for a file name."""
    with pytest.raises(LocationError, match="cannot open a 'mysql' address"):
        parse_location("mysql://ana@db/x")


def test_a_new_server_database_gets_the_schema(pg_server: PgForTests) -> None:
    """An empty database on the server is given MentorDesk's schema at first open, and the
    services work on it."""
    name = pg_server.new_database(template=None)
    db = Database(pg_server.url(name))
    try:
        assert db.is_server and db.path is None
        program, _ = ProgramService(db).create("District pilot")
        RosterService(db).add(program.id, ParticipantInput(full_name="Zoë Ab", role=Role.MENTOR))
        assert [r.name for r in RosterService(db).rows(program.id)] == ["Zoë Ab"]
        with db.read() as session:
            tables = set(sa.inspect(session.connection()).get_table_names())
        assert {"programs", "participants", "alembic_version"} <= tables
    finally:
        db.close()
        pg_server.drop_database(name)


def test_file_only_actions_say_so_on_a_server(pg_database: str) -> None:
    """Backups, a passphrase: one sentence pointing at the server's own tools."""
    from mentordesk.services.files import BackupService, backup_before

    db = Database(pg_database)
    try:
        with pytest.raises(errors.FileOnlyError, match="pg_dump"):
            BackupService(db)
        assert backup_before(db, "import") is None  # automatic backups skip the server
    finally:
        db.close()
    with pytest.raises(errors.FileOnlyError):
        Database(pg_database, passphrase="x")


def test_a_database_of_someone_else_is_left_untouched(pg_server: PgForTests) -> None:
    """A database holding other tables is refused and not written to."""
    name = pg_server.new_database(template=None)
    try:
        pg_server.execute("CREATE TABLE invoices (id int)", "INSERT INTO invoices VALUES (1)",
                          database=name)  # fmt: skip
        with pytest.raises(errors.NotMentorDeskFileError):
            Database(pg_server.url(name))
        with pg_server.admin(name) as connection:  # type: ignore[attr-defined]
            tables = {r[0] for r in connection.execute("SELECT tablename FROM pg_tables "
                                                       "WHERE schemaname = 'public'")}  # fmt: skip
        assert tables == {"invoices"}
    finally:
        pg_server.drop_database(name)


def test_missing_database_is_one_sentence(pg_server: PgForTests) -> None:
    """A database that does not exist: one sentence naming it; nothing is created."""
    with pytest.raises(errors.ServerError) as caught:
        Database(pg_server.url("no_such_db"))
    assert str(caught.value).count(".") <= 1 and "no database called no_such_db" in str(
        caught.value
    )
    with pg_server.admin() as connection:  # type: ignore[attr-defined]
        assert connection.execute(
            "SELECT count(*) FROM pg_database WHERE datname = 'no_such_db'"
        ).fetchone() == (0,)


def test_server_down_is_one_sentence(pg_server: PgForTests) -> None:
    """Nobody listening at the address: ServerUnreachableError, no driver text."""
    with pytest.raises(errors.ServerUnreachableError) as caught:
        Database("postgresql://postgres@127.0.0.1:1/x?connect_timeout=2")
    assert "cannot be reached" in str(caught.value)
    assert "psycopg" not in str(caught.value) and "Connection refused" not in str(caught.value)


def test_password_required_wrong_and_right(password_role: tuple[str, str]) -> None:
    """No password: PasswordRequiredError; a wrong one: WrongPasswordError; the right one
    opens. No message carries the password."""
    url, password = password_role
    with pytest.raises(errors.PasswordRequiredError) as required:
        Database(url)
    assert not isinstance(required.value, errors.WrongPasswordError)
    with pytest.raises(errors.WrongPasswordError) as wrong:
        Database(url, password="wrong horse")
    assert "wrong horse" not in str(wrong.value)
    db = Database(url, password=password)
    try:
        assert ProgramService(db).list() == []
    finally:
        db.close()


def test_libpq_passfile_is_read(
    password_role: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ~/.pgpass-style file (PGPASSFILE) supplies the password: nothing to type."""
    url, password = password_role
    location = parse_location(url)
    assert isinstance(location, ServerLocation)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{location.port}:*:{location.user}:{password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    Database(url).close()


def test_errors_on_a_server_carry_no_sql_or_values(db: Database) -> None:
    """A database error during a write is one sentence, without SQL or the values."""
    with pytest.raises(errors.FileError) as caught, db.begin() as session:
        session.execute(sa.text("INSERT INTO nowhere VALUES (:secret)"), {"secret": "Zoë"})
    assert "Zoë" not in str(caught.value) and "INSERT" not in str(caught.value)


def test_driver_is_psycopg_3() -> None:
    """District mode talks to PostgreSQL through psycopg 3 (libpq in the wheel)."""
    assert psycopg.__version__.startswith("3.")


def test_names_sort_the_same_as_in_a_file(pg_database: str) -> None:
    """Programs' and people's names carry the "C" collation on the server (code point order,
    as SQLite's BINARY), whatever the server's default: lists sort as from a file."""
    db = Database(pg_database)
    try:
        with db.read() as session:
            collations = dict(
                session.execute(
                    sa.text(
                        "SELECT table_name || '.' || column_name, collation_name"
                        " FROM information_schema.columns"
                        " WHERE (table_name, column_name) IN"
                        " (('participants', 'full_name'), ('programs', 'name'))"
                    )
                ).all()
            )
        assert collations == {"participants.full_name": "C", "programs.name": "C"}
        names = ["ana", "Zz", "Zoë", "Émile", "Bo"]
        service = ProgramService(db)
        for each in names:
            service.create(each)
        assert [p.name for p in service.list()] == sorted(names)
    finally:
        db.close()
