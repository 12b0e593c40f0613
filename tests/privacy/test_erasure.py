"""Erasing a person: nothing of them left in the file or its WAL, pairs kept anonymised or
removed, the audit log forgets their name and records that an erasure happened."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.core.errors import ValidationError
from mentordesk.db.engine import Database
from mentordesk.services.privacy import FORMER, ErasureService
from tests.privacy.conftest import Person, enrich


def file_strings(path: Path) -> str:
    """What `strings` shows of a file (the binary when installed, else the same in Python)."""
    if shutil.which("strings"):
        return subprocess.run(
            ["strings", "-n", "4", str(path)], check=True, capture_output=True
        ).stdout.decode("utf-8", "replace")
    data = path.read_bytes()
    return data.decode("utf-8", "replace")


def traces(path: Path, person: Person) -> list[str]:
    """Which of the person's identifying texts are still readable in the file or its WAL."""
    found = []
    for file in (path, Path(f"{path}-wal")):
        if not file.exists():
            continue
        raw = file.read_bytes()
        text = file_strings(file)
        for secret in (person.name, person.email, person.guardian, person.note):
            if secret in text or secret.encode("utf-8") in raw:
                found.append(f"{file.name}: {secret}")
    return found


@pytest.fixture
def setup(sample_path: Path) -> Iterator[tuple[Database, Person]]:
    db = Database(sample_path)
    person = enrich(db)
    yield db, person
    db.close()


def test_secure_delete_is_set_by_the_application(setup: tuple[Database, Person]) -> None:
    """Every connection zeroes deleted content (PRAGMA secure_delete), whatever the build."""
    db, _person = setup
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_strings_finds_nothing_of_the_person_after_erasure(
    setup: tuple[Database, Person], sample_path: Path
) -> None:
    """Before: the name, e-mail, guardian and notes are readable in the file. After erasure
    (and with the file still open), neither the file nor its WAL holds any of them."""
    db, person = setup
    db.engine.dispose()
    assert traces(sample_path, person)  # the check can see them
    ErasureService(db).erase(person.id, confirm_name=person.name)
    assert traces(sample_path, person) == []
    db.close()
    assert traces(sample_path, person) == []


def test_pairs_are_kept_anonymised_for_the_statistics(setup: tuple[Database, Person]) -> None:
    """The person's pair stays with a 'Former participant' in their place; dates, durations
    and statuses stay, notes about them go."""
    db, person = setup
    with db.read() as session:
        before = session.execute(
            sa.text("SELECT count(*), sum(duration_minutes) FROM meetings WHERE pair_id = :p"),
            {"p": person.pair_id},
        ).one()
    result = ErasureService(db).erase(person.id, confirm_name=person.name)
    assert result.pairs_kept == 1
    with db.read() as session:
        names = set(
            session.scalars(
                sa.text(
                    "SELECT p.full_name FROM pair_members m JOIN participants p"
                    " ON p.id = m.participant_id WHERE m.pair_id = :p"
                ),
                {"p": person.pair_id},
            )
        )
        after = session.execute(
            sa.text("SELECT count(*), sum(duration_minutes) FROM meetings WHERE pair_id = :p"),
            {"p": person.pair_id},
        ).one()
        notes = set(
            session.scalars(
                sa.text("SELECT notes FROM meetings WHERE pair_id = :p"), {"p": person.pair_id}
            )
        )
        stand_in = session.execute(
            sa.text(
                "SELECT m.status, m.role FROM memberships m JOIN participants p"
                " ON p.id = m.participant_id WHERE p.full_name = :f"
            ),
            {"f": FORMER},
        ).one()
        gone = session.scalar(
            sa.text("SELECT count(*) FROM participants WHERE id = :i"), {"i": person.id}
        )
    assert FORMER in names and person.name not in names
    assert tuple(after) == tuple(before)
    assert notes == {""}
    assert tuple(stand_in) == ("withdrawn", "mentee")
    assert gone == 0


def test_pairs_can_be_removed_instead(setup: tuple[Database, Person]) -> None:
    """With remove_pairs the person's pairs and their meetings are deleted too."""
    db, person = setup
    result = ErasureService(db).erase(person.id, confirm_name=person.name, remove_pairs=True)
    assert result.pairs_removed == 1
    with db.read() as session:
        left = session.execute(
            sa.text(
                "SELECT (SELECT count(*) FROM pairs WHERE id = :p),"
                " (SELECT count(*) FROM meetings WHERE pair_id = :p),"
                " (SELECT count(*) FROM participants WHERE full_name = :f)"
            ),
            {"p": person.pair_id, "f": FORMER},
        ).one()
    assert tuple(left) == (0, 0, 0)


def test_audit_log_records_the_erasure_and_forgets_the_name(
    setup: tuple[Database, Person],
) -> None:
    """Earlier entries lose the name; one entry says an erasure happened, not whom."""
    db, person = setup
    ErasureService(db).erase(person.id, confirm_name=person.name)
    with db.read() as session:
        rows = session.execute(
            sa.text("SELECT action, entity_id, details, reason FROM audit_log")
        ).all()
    text = " ".join(f"{r.details} {r.reason}" for r in rows)
    assert person.name not in text and person.email not in text
    erasures = [r for r in rows if r.action == "participant.erase"]
    assert len(erasures) == 1 and erasures[0].entity_id is None
    assert not [r for r in rows if r.action.startswith("participant.") and r.entity_id == person.id]


def test_other_peoples_ranked_choices_forget_the_person(setup: tuple[Database, Person]) -> None:
    """A partner's ranked choice naming the person by e-mail no longer holds it."""
    db, person = setup
    ErasureService(db).erase(person.id, confirm_name=person.name)
    with db.read() as session:
        choices = session.scalar(
            sa.text("SELECT ranked_choices FROM memberships WHERE participant_id = :p"),
            {"p": person.partner_id},
        )
    assert person.email not in choices


def test_a_wrong_confirmation_erases_nothing(setup: tuple[Database, Person]) -> None:
    """The typed name must match exactly; otherwise a message and nothing is erased."""
    db, person = setup
    with pytest.raises(ValidationError, match="full name"):
        ErasureService(db).erase(person.id, confirm_name=person.name.upper() + "x")
    with db.read() as session:
        assert (
            session.scalar(
                sa.text("SELECT full_name FROM participants WHERE id = :i"), {"i": person.id}
            )
            == person.name
        )


def test_cli_erase(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`mentordesk person erase ID --confirm NAME` erases; a wrong name exits 1."""
    db = Database(sample_path)
    person = enrich(db)
    db.close()
    base = ["--db", str(sample_path), "person", "erase", str(person.id)]
    assert main([*base, "--confirm", "Someone Else"]) == 1
    assert "full name" in capsys.readouterr().err
    assert main([*base, "--confirm", person.name]) == 0
    assert "Erased" in capsys.readouterr().out
    assert traces(sample_path, person) == []


def test_preview_lists_older_backups(setup: tuple[Database, Person], sample_path: Path) -> None:
    """The preview names the backups beside the file, which the erasure cannot reach."""
    db, person = setup
    backup = sample_path.with_name(f"{sample_path.stem}.before-passphrase-x{sample_path.suffix}")
    backup.write_bytes(b"")
    preview = ErasureService(db).preview(person.id)
    assert preview.copies == (backup,)
    assert preview.name == person.name and preview.pairs == 1
