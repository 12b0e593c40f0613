"""A person's data on request: the export holds every record about them, as JSON and PDF."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.db.models import Base
from mentordesk.services.privacy import PersonDataService
from tests.privacy.conftest import Person, enrich

# Every record about a person, written out by hand (independently of the export's own
# foreign-key walk): table → SQL selecting the ids of that table's rows about :p.
PAIRS = "SELECT pair_id FROM pair_members WHERE participant_id = :p"
IDPS = "SELECT id FROM idps WHERE participant_id = :p"
GOALS = f"SELECT id FROM goals WHERE pair_id IN ({PAIRS}) OR idp_id IN ({IDPS})"
EXPECTED = {
    "participants": "SELECT id FROM participants WHERE id = :p",
    "memberships": "SELECT id FROM memberships WHERE participant_id = :p",
    "screenings": "SELECT id FROM screenings WHERE participant_id = :p",
    "screening_references": "SELECT id FROM screening_references WHERE participant_id = :p",
    "trainings": "SELECT id FROM trainings WHERE participant_id = :p",
    "guardians": "SELECT id FROM guardians WHERE participant_id = :p",
    "idps": IDPS,
    "exclusions": "SELECT id FROM exclusions WHERE participant_a_id = :p OR participant_b_id = :p",
    "match_drafts": "SELECT id FROM match_drafts WHERE mentor_id = :p OR mentee_id = :p",
    "pairs": PAIRS.replace("pair_id", "pair_id AS id"),
    "pair_members": f"SELECT id FROM pair_members WHERE pair_id IN ({PAIRS})",
    "pair_events": f"SELECT id FROM pair_events WHERE pair_id IN ({PAIRS})",
    "agreements": f"SELECT id FROM agreements WHERE pair_id IN ({PAIRS})",
    "meetings": f"SELECT id FROM meetings WHERE pair_id IN ({PAIRS})",
    "checkins": f"SELECT id FROM checkins WHERE pair_id IN ({PAIRS})",
    "closures": f"SELECT id FROM closures WHERE pair_id IN ({PAIRS})",
    "goals": GOALS,
    "action_steps": f"SELECT id FROM action_steps WHERE goal_id IN ({GOALS})",
    "goal_progress": f"SELECT id FROM goal_progress WHERE goal_id IN ({GOALS})",
}


@pytest.fixture
def person(sample_path: Path) -> Person:
    db = Database(sample_path)
    try:
        return enrich(db)
    finally:
        db.close()


def test_every_table_about_people_is_checked() -> None:
    """A table that refers to people (or to their pairs, goals, IDPs) must be in EXPECTED."""
    about = {"participants", "pairs", "goals", "idps", "pair_members"}
    tables = {
        table.name
        for table in Base.metadata.sorted_tables
        if any(fk.column.table.name in about for fk in table.foreign_keys)
    }
    assert tables <= set(EXPECTED)


def test_export_holds_every_record_about_the_person(sample_path: Path, person: Person) -> None:
    """The JSON export lists exactly the rows about the person, table by table, and the
    audit entries that concern them."""
    db = Database(sample_path)
    try:
        data = PersonDataService(db).collect(person.id)
        with db.read() as session:
            expected = {
                table: set(session.scalars(sa.text(sql), {"p": person.id}))
                for table, sql in EXPECTED.items()
            }
    finally:
        db.close()
    got = {table: {row["id"] for row in rows} for table, rows in data["records"].items()}
    for table, ids in expected.items():
        assert got.get(table, set()) == ids, table
    assert all(expected[t] for t in ("screenings", "guardians", "meetings", "checkins", "goals"))
    audit = data["records"]["audit_log"]
    assert {"participant.update", "exclusion.add"} <= {entry["action"] for entry in audit}
    profile = data["records"]["participants"][0]
    assert (profile["full_name"], profile["email"], profile["notes"]) == (
        person.name,
        person.email,
        person.note,
    )
    partner = next(
        row for row in data["records"]["pair_members"] if row["participant_id"] == person.partner_id
    )
    assert partner["participant_name"]  # the partner is named, not just numbered


def test_cli_person_export_writes_private_json_and_pdf(
    sample_path: Path, person: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mentordesk person export` writes the JSON and a readable PDF, both 0600."""
    json_path, pdf_path = tmp_path / "p.json", tmp_path / "p.pdf"
    db = ["--db", str(sample_path)]
    assert main([*db, "person", "export", str(person.id), "-o", str(json_path)]) == 0
    assert main([*db, "person", "export", person.email, "-o", str(pdf_path)]) == 0
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["name"] == person.name
    for path in (json_path, pdf_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert person.email in text
    assert "Meetings" in text and "Guardians and consent" in text


def test_cli_person_export_of_an_unknown_person(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown person is a one-line error (exit 1), and no file is written."""
    target = tmp_path / "nobody.json"
    assert main(["--db", str(sample_path), "person", "export", "99999", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "No participant" in err and "Traceback" not in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", ("Datos personales que se conservan sobre", "Tutores legales y consentimiento")),
        ("fr", ("Données personnelles détenues sur", "Responsables légaux et consentement")),
    ],
)
def test_person_pdf_is_in_the_users_language(
    sample_path: Path, person: Person, language: str, words: tuple[str, ...]
) -> None:
    """The person-data PDF is worded in the coordinator's language — title, notice, section
    titles and field names (it was English in every language); the values stay as stored."""
    from mentordesk.core.i18n import set_language

    db = Database(sample_path)
    set_language(language)
    try:
        data = PersonDataService(db).pdf(person.id)
    finally:
        set_language("en")
        db.close()
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    text = " ".join(text.split())
    for expected in words:
        assert expected in text
    assert person.email in text
    assert "Guardians and consent" not in text and "Personal data held" not in text
