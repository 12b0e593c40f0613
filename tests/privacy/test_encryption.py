"""Encryption at rest: round trip, wrong passphrase, conversion both ways, nothing readable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.db.cipher import (
    PASSPHRASE_ENV,
    PassphraseError,
    change_protection,
    copy_database,
    is_encrypted,
)
from mentordesk.db.engine import Database
from mentordesk.services.privacy import ErasureService
from tests.privacy.conftest import SAMPLE_PROGRAM
from tests.privacy.test_erasure import file_strings

pytestmark = pytest.mark.sqlite_only(reason="SQLCipher encryption of the file")

SECRET = "correct horse battery staple"


def names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(sa.text("SELECT full_name FROM participants ORDER BY id")))


@pytest.fixture
def encrypted(sample_path: Path) -> tuple[Path, list[str]]:
    """The sample program, converted to an encrypted file; and its people's names."""
    db = Database(sample_path)
    people = names(db)
    db.close()
    change_protection(sample_path, old_passphrase=None, new_passphrase=SECRET, stamp="t")
    return sample_path, people


def readable_names(path: Path, people: list[str]) -> list[str]:
    text = file_strings(path)
    raw = path.read_bytes()
    return [n for n in people if n in text or n.encode("utf-8") in raw]


def test_round_trip_and_nothing_readable(encrypted: tuple[Path, list[str]]) -> None:
    """An encrypted file opens with its passphrase and holds every record; `strings` on it
    finds no participant's name; the plain copy made before converting is gone."""
    path, people = encrypted
    assert is_encrypted(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert readable_names(path, people) == []
    assert not list(path.parent.glob("*.before-passphrase-*"))
    db = Database(path, passphrase=SECRET)
    try:
        assert names(db) == people
        with db.begin() as session:
            session.execute(sa.text("UPDATE participants SET notes = 'Kept secret'"))
    finally:
        db.close()
    assert b"Kept secret" not in path.read_bytes()
    assert readable_names(path, people) == []


def test_a_new_file_can_be_encrypted_from_the_start(tmp_path: Path) -> None:
    """A new file opened with a passphrase is encrypted before anything is written, and is a
    standard SQLCipher 4 file (opens with the passphrase in any SQLCipher tool)."""
    path = tmp_path / "new.sqlite"
    Database(path, passphrase=SECRET).close()
    assert is_encrypted(path)
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    connection.execute(f"PRAGMA key = '{SECRET}'")
    assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    connection.close()


def test_wrong_or_missing_passphrase_writes_nothing(encrypted: tuple[Path, list[str]]) -> None:
    """A wrong passphrase, or none, is a clear error; the file is byte for byte unchanged
    and no WAL/SHM appears."""
    path, _people = encrypted
    before = path.read_bytes()
    with pytest.raises(PassphraseError, match="not right"):
        Database(path, passphrase="wrong horse")
    with pytest.raises(PassphraseError, match="protected with a passphrase"):
        Database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_remove_protection_keeps_an_encrypted_backup(encrypted: tuple[Path, list[str]]) -> None:
    """Removing the passphrase gives a plain file with every record; the backup made first is
    the encrypted file."""
    path, people = encrypted
    done = change_protection(path, old_passphrase=SECRET, new_passphrase=None, stamp="t2")
    assert not is_encrypted(path) and not done.encrypted
    assert done.backup is not None and is_encrypted(done.backup)
    assert readable_names(done.backup, people) == []
    db = Database(path)
    assert names(db) == people
    db.close()


def test_encrypted_backup_copy(encrypted: tuple[Path, list[str]], tmp_path: Path) -> None:
    """copy_database (for backups) writes an encrypted copy, 0600, that `strings` cannot read
    and that opens with the same passphrase."""
    path, people = encrypted
    backup = tmp_path / "backup.sqlite"
    copy_database(path, backup, source_passphrase=SECRET, passphrase=SECRET)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert readable_names(backup, people) == []
    db = Database(backup, passphrase=SECRET)
    assert names(db) == people
    db.close()
    with pytest.raises(PassphraseError):
        copy_database(path, tmp_path / "x.sqlite", source_passphrase="nope", passphrase=None)


def test_erasure_on_an_encrypted_file(encrypted: tuple[Path, list[str]]) -> None:
    """Erasing works on an encrypted file (VACUUM under SQLCipher) and the person is gone."""
    path, people = encrypted
    db = Database(path, passphrase=SECRET)
    try:
        ErasureService(db).erase(1, confirm_name=people[0])
        assert people[0] not in names(db)
    finally:
        db.close()


def test_cli_passphrase_sources(
    encrypted: tuple[Path, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The CLI reads the passphrase from --passphrase-file or $MENTORDESK_PASSPHRASE; without
    one (no terminal) or with a wrong one it says so in one line, exit 1."""
    path, _people = encrypted
    db = ["--db", str(path)]
    assert main([*db, "programs"]) == 1
    err = capsys.readouterr().err
    assert PASSPHRASE_ENV in err and "Traceback" not in err
    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    assert main([*db, "--passphrase-file", str(secret_file), "programs"]) == 0
    assert capsys.readouterr().out.startswith(SAMPLE_PROGRAM)
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong")
    assert main([*db, "programs"]) == 1
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert main([*db, "programs"]) == 0


def test_cli_protect_and_unprotect(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mentordesk protect` encrypts (new passphrase from the environment), `unprotect`
    decrypts; a short passphrase is refused."""
    db = ["--db", str(sample_path)]
    monkeypatch.setenv("MENTORDESK_NEW_PASSPHRASE", "short")
    assert main([*db, "protect"]) == 1
    assert not is_encrypted(sample_path)
    monkeypatch.setenv("MENTORDESK_NEW_PASSPHRASE", SECRET)
    assert main([*db, "protect"]) == 0
    assert is_encrypted(sample_path)
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert main([*db, "unprotect"]) == 0
    assert not is_encrypted(sample_path)
    assert "not encrypted" in capsys.readouterr().out
    assert os.environ[PASSPHRASE_ENV] == SECRET


def test_conversion_keeps_the_header_fields(tmp_path: Path) -> None:
    """user_version and application_id survive a conversion both ways."""
    import sqlite3

    path = tmp_path / "ids.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA application_id = 1296323403")
    connection.execute("PRAGMA user_version = 7")
    connection.commit()
    connection.close()
    change_protection(path, old_passphrase=None, new_passphrase=SECRET, stamp="a")
    change_protection(path, old_passphrase=SECRET, new_passphrase=None, stamp="b")
    connection = sqlite3.connect(path)
    ids = [
        connection.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version")
    ]
    connection.close()
    assert ids == [1296323403, 7]


def test_cli_transfer_file(
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`mentordesk transfer -o COPY` writes an encrypted copy (0600, no readable name) that
    opens with its own passphrase; a wrong one says so and writes nothing."""
    db = Database(sample_path)
    people = names(db)
    db.close()
    copy = tmp_path / "move" / "program.sqlite"
    copy.parent.mkdir()
    monkeypatch.setenv("MENTORDESK_NEW_PASSPHRASE", SECRET)
    assert main(["--db", str(sample_path), "transfer", "-o", str(copy)]) == 0
    assert is_encrypted(copy) and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert readable_names(copy, people) == []
    before = copy.read_bytes()
    monkeypatch.setenv(PASSPHRASE_ENV, "not the one")
    assert main(["--db", str(copy), "programs"]) == 1
    assert "not right" in capsys.readouterr().err
    assert copy.read_bytes() == before and sorted(copy.parent.iterdir()) == [copy]
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    assert main(["--db", str(copy), "programs"]) == 0
    assert capsys.readouterr().out.startswith(SAMPLE_PROGRAM)
    assert main(["--db", str(sample_path), "transfer", "-o", str(copy)]) == 1  # exists


def test_automatic_and_manual_backups_of_an_encrypted_file_are_encrypted(
    encrypted: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """The backup service (issue 17) writes an encrypted file's backups with the same
    passphrase: nothing readable in them, and they open with that passphrase only."""
    from mentordesk.services.files import BackupService

    path, people = encrypted
    db = Database(path, passphrase=SECRET)
    service = BackupService(db, folder=tmp_path / "backups")
    backup = service.backup("manual")
    db.close()
    assert readable_names(backup, people) == []
    with pytest.raises(PassphraseError):
        Database(backup, passphrase="not it")
    copy = Database(backup, passphrase=SECRET)
    assert names(copy) == people
    copy.close()
    listed = service.list()
    assert [b.path for b in listed] == [backup] and "cannot be listed" in listed[0].describe()


def test_erasure_names_the_backups_in_the_backup_folder(sample_path: Path) -> None:
    """Backups the erasure cannot reach are listed, including those in the backup folder."""
    from mentordesk.services.files import BackupService
    from mentordesk.services.privacy.erasure import older_copies

    db = Database(sample_path)
    backup = BackupService(db).backup("manual")
    db.close()
    assert backup in older_copies(sample_path)
