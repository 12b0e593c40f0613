"""Issue 10 item 6: people who share a name — ranked choices and printed output."""

from __future__ import annotations

import pytest

from mentordesk.cli import main
from mentordesk.core.enums import Role
from mentordesk.db.engine import Database
from mentordesk.importing.table import read_csv_bytes
from mentordesk.services.matching import MatchingService
from mentordesk.services.roster.spreadsheet import SpreadsheetService
from tests.matching.factory import add_person, add_program


def twins(db: Database, name: str = "Twins") -> tuple[int, dict[str, int]]:
    pid = add_program(db, name)
    ids: dict[str, int] = {}
    with db.begin() as s:
        ids["sam1"] = add_person(s, pid, "Sam Lee", Role.MENTOR, seniority=10, goals=("a",))
        # Two records with one name need distinct e-mails (one per program: a constraint).
        ids["sam2"] = add_person(
            s, pid, "Sam Lee", Role.MENTOR, seniority=10, goals=("b",), email="sam.lee2@x.org"
        )
        ids["ann"] = add_person(
            s, pid, "Ann Chen", Role.MENTEE, seniority=1, goals=("b",), ranked=("Sam Lee",)
        )
        ids["bo"] = add_person(
            s, pid, "Bo Park", Role.MENTEE, seniority=1, goals=("a",), ranked=("sam.lee2@x.org",)
        )
    return pid, ids


def test_an_ambiguous_ranked_choice_is_reported_not_given_to_the_lower_id(db: Database) -> None:
    """'Sam Lee' names two people: the run says so; an e-mail choice still counts."""
    pid, ids = twins(db)
    result, _ = MatchingService(db).run(pid, objective="stable")
    assert any("Ann Chen's ranked choice 'Sam Lee' matches 2 people" in w for w in result.warnings)
    assert not any("Bo Park" in w for w in result.warnings)
    from mentordesk.services.matching.data import load_input

    with db.read() as session:
        data = load_input(session, pid)
    ranked = {m.id: m.profile.ranked for m in data.mentees}
    # Before: Ann's "Sam Lee" went silently to the lower id. Now it names nobody; Bo's e-mail does.
    assert ranked == {ids["ann"]: (), ids["bo"]: (ids["sam2"],)}


def test_import_reports_ambiguous_ranked_choices_before_writing(db: Database) -> None:
    """A file whose ranked choice names two people gets a note asking for the e-mail."""
    text = (
        "Full name,Email,Role,Ranked choices\n"
        "Sam Lee,sam1@x.org,mentor,\n"
        "Sam Lee,sam2@x.org,mentor,\n"
        "Ann Chen,ann@x.org,mentee,Sam Lee\n"
        "Bo Park,bo@x.org,mentee,sam2@x.org\n"
    )
    plan = SpreadsheetService(db).plan(read_csv_bytes(text.encode(), source="people.csv"), "Twins")
    notes = [n for n in plan.notes if "ranked choice" in n]
    assert notes == [
        "Row 4 (Ann Chen)'s ranked choice 'Sam Lee' matches 2 people; write their e-mail instead"
    ]


def test_cli_output_tells_people_with_the_same_name_apart(
    db_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two mentors called Sam Lee: each printed line carries the e-mail, never two equal lines."""
    db = Database(db_location)
    twins(db)
    db.close()
    assert main(["--db", str(db_location), "match", "--program", "Twins"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "→" in line]
    assert len(lines) == len(set(lines)) == 2
    assert all("Sam Lee <" in line for line in lines)
    assert any("<sam.lee2@x.org>" in line for line in lines)
