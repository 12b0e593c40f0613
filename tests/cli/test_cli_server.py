"""`mentordesk --db postgresql://…`: a district server from the command line."""

from __future__ import annotations

import pytest

from mentordesk.cli import main


def test_password_in_the_address_is_refused_and_not_echoed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A password typed into --db is a usage error whose message does not repeat it."""
    with pytest.raises(SystemExit) as caught:
        main(["--db", "postgresql://ana:hunter22@db.example/district", "programs"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "must not contain a password" in err and "hunter22" not in err


def test_server_commands_work_and_file_commands_say_pg_dump(
    pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ordinary commands run against the server; backup answers with one sentence."""
    assert main(["--db", pg_database, "demo", "--participants", "12", "--seed", "3"]) == 0
    assert main(["--db", pg_database, "programs"]) == 0
    assert "Riverside" in capsys.readouterr().out
    assert main(["--db", pg_database, "backup"]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and "Traceback" not in err


def test_password_needed_without_a_terminal_says_where_to_put_it(
    password_role: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """No terminal to ask on: one sentence naming ~/.pgpass; exit 1."""
    url, _password = password_role
    assert main(["--db", url, "programs"]) == 1
    err = capsys.readouterr().err
    assert "needs the password" in err and ".pgpass" in err


def test_password_is_prompted_on_a_terminal(
    password_role: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On a terminal the password is asked (getpass, nothing echoed); a wrong one is asked
    again."""
    url, password = password_role
    answers = iter(["wrong", password])
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["--db", url, "programs"]) == 0
    assert len(prompts) == 2 and "Password of pw_" in prompts[0]
    assert "wrong password" in capsys.readouterr().err
