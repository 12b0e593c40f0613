"""What the server refuses a role is said in one sentence (what, and why), never as SQL, and
nothing is written: on the command line and in an edit dialog."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from mentordesk.cli import main
from mentordesk.db.errors import NotPermittedError
from mentordesk.gui.programs.dialog import ProgramDialog
from mentordesk.services.programs import ProgramService
from tests.district.conftest import District

pytestmark = pytest.mark.postgresql


def _scalar(district: District, sql: str) -> object:
    engine = district.engine("owner")
    try:
        with engine.connect() as c:
            return c.execute(sa.text(sql)).scalar()
    finally:
        engine.dispose()


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for leak in ("SELECT", "UPDATE", "INSERT", "Traceback", "sqlstate", "psycopg", "policy"):
        assert leak not in lines[0], lines[0]
    return lines[0]


def test_viewer_closing_a_pair_on_the_command_line(
    district: District, capsys: pytest.CaptureFixture[str]
) -> None:
    """`close` as a viewer: refused in one sentence naming the role; the pair stays active."""
    pair = _scalar(district, "SELECT id FROM pairs WHERE status = 'active' ORDER BY id DESC")
    argv = ["--db", district.url("funder"), "close", str(pair), "--type", "completed"]
    assert main([*argv, "--reason", "goals met", "--date", "2026-11-20"]) == 1
    line = _one_sentence(capsys.readouterr().err)
    assert "The server refused this change" in line
    assert f"your role {district.roles['funder']} may only read" in line
    assert "nothing was saved" in line
    assert _scalar(district, f"SELECT status FROM pairs WHERE id = {pair}") == "active"
    assert _scalar(district, "SELECT count(*) FROM closures") == 0


def test_coordinator_creating_a_program_on_the_command_line(
    district: District, capsys: pytest.CaptureFixture[str]
) -> None:
    """`demo` as a coordinator (programs are the administrator's): one sentence, no program."""
    before = _scalar(district, "SELECT count(*) FROM programs")
    people = _scalar(district, "SELECT count(*) FROM participants")
    assert main(["--db", district.url("coord_north"), "demo", "--participants", "4"]) == 1
    line = _one_sentence(capsys.readouterr().err)
    assert f"your role {district.roles['coord_north']} may only work on the programs" in line
    assert "nothing was saved" in line
    assert _scalar(district, "SELECT count(*) FROM programs") == before
    assert _scalar(district, "SELECT count(*) FROM participants") == people


def test_viewer_reading_people_is_told_why(
    district: District, capsys: pytest.CaptureFixture[str]
) -> None:
    """The roster as a viewer: the refusal says the role reads reports only."""
    assert main(["--db", district.url("funder"), "participants", "--program", "South"]) == 1
    line = _one_sentence(capsys.readouterr().err)
    assert "The server refused showing these records" in line
    assert "may only read the reports" in line


def test_coordinator_naming_another_program_on_the_command_line(
    district: District, capsys: pytest.CaptureFixture[str]
) -> None:
    """North's coordinator asking for South: hidden by the server, said in one sentence that
    lists only what the role can open; nothing written."""
    pairs = _scalar(district, "SELECT count(*) FROM pairs")
    argv = ["--db", district.url("coord_north"), "pin", "--program", "South"]
    assert main([*argv, "1", "2"]) == 1
    line = _one_sentence(capsys.readouterr().err)
    assert "No program named 'South' that you can open (programs: North)" in line
    assert _scalar(district, "SELECT count(*) FROM pairs") == pairs


def test_role_without_access_is_told_to_ask_for_a_grant(district: District) -> None:
    """A login no one granted anything: the sentence says to ask the administrator."""
    district.server.execute(f"CREATE ROLE nobody_{district.database} LOGIN")
    with pytest.raises(NotPermittedError, match="ask the district administrator for a grant"):
        district.db(f"nobody_{district.database}")


def test_viewer_settings_dialog_shows_the_refusal(district: District, qtbot: QtBot) -> None:
    """Program settings as a viewer: the dialog stays open with the sentence; nothing saved."""
    db = district.db("funder")
    service = ProgramService(db)
    program = service.get(district.programs["South"])

    def submit(values: dict[str, object]) -> None:
        service.update(program.id, dialog.version, keep_mine=dialog.keep_mine, **values)

    dialog = ProgramDialog(ProgramDialog.SETTINGS, program, submit=submit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.objectivesEdit.setPlainText("Reading together")
    dialog.accept()
    assert dialog.isVisible()
    shown = dialog.ui.nameError.text()
    assert "The server refused this change" in shown and "may only read" in shown
    _one_sentence(shown)
    objectives = _scalar(
        district, f"SELECT objectives FROM programs WHERE id = {district.programs['South']}"
    )
    assert objectives != "Reading together"
    dialog.ui.objectivesEdit.setPlainText(program.objectives)  # closes without asking
