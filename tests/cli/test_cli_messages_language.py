"""The command's output lines and what the services say through it follow the CLI's one
language choice ($MENTORDESK_LANGUAGE, then the locale variables): Spanish and Arabic, and
English as before."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mentordesk.cli import main
from mentordesk.db.engine import Database
from tests.matching.factory import realistic_program
from tests.reports.program_fixture import build_cycle

MARCH = ["--from", "2026-03-01", "--to", "2026-03-31", "--today", "2026-07-15"]
PROGRAM = "Spring mentoring 2026"


@pytest.fixture(autouse=True)
def _gettext_as_before(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Commands run in this process: the `cli` domain a Spanish run installs (argparse's words,
    $LANGUAGE) must not leak into the next test, as it cannot in a real one-command process."""
    import gettext

    from mentordesk.cli import language as cli_language

    domain = gettext.textdomain()
    monkeypatch.setattr(cli_language, "_installed", [])
    monkeypatch.delenv("LANGUAGE", raising=False)
    yield
    gettext.textdomain(domain)


@pytest.fixture
def cycle(db_location: str) -> str:
    db = Database(db_location)
    build_cycle(db)
    db.close()
    return db_location


@pytest.fixture
def matching(db_location: str) -> str:
    db = Database(db_location)
    realistic_program(db, mentees=10, mentors=4)
    db.close()
    return db_location


def report(path: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", path, "report", "--program", "Cycle 2026", *MARCH]) == 0
    return capsys.readouterr().out


def test_report_in_spanish(
    cycle: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measure lines (value, detail), section and measure names and the at-risk reason are
    Spanish, dates and numbers Spanish-style."""
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    out = report(cycle, capsys)
    assert "50,0 %" in out and "2 de 4" in out and "4 valoraciones" in out
    assert "Parejas en riesgo" in out
    assert "Seguimiento atrasado desde el 14 mar 2026" in out
    assert "Check-in overdue" not in out and "Match rate" not in out


def test_report_in_arabic_and_english_unchanged(
    cycle: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arabic through LANG (the locale variables decide when MENTORDESK_LANGUAGE is unset);
    English keeps its exact wording."""
    monkeypatch.delenv("MENTORDESK_LANGUAGE")
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    out = report(cycle, capsys)
    assert "2 من 4" in out and "ثنائيات معرضة للخطر" in out
    assert "المتابعة متأخرة منذ" in out
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "en")  # (the Arabic run set LANGUAGE for gettext)
    out = report(cycle, capsys)
    assert "50.0 %" in out and "2 of 4" in out and "4 ratings" in out
    assert "Check-in overdue since 2026-03-14" in out and "\nPairs at risk\n" in out


def test_match_explanations_and_summary_in_spanish(
    matching: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mentordesk match`: each pair's "why" and the summary line in Spanish."""
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    assert main(["--db", matching, "match", "--program", PROGRAM]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "puntuación total" in lines[-1] and "emparejados" in lines[-1]
    spanish = ("compartidos", "común", "habilidades", "sin información", "zona horaria")
    assert any(word in lines[0] for word in spanish)
    english = ("shared", "common", "no information", "time zone")
    assert not any(word in line for line in lines for word in english)


def test_refusal_in_arabic_and_spanish(
    matching: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pin the hard rules refuse: one line on stderr in the language, exit 1, and the
    coordinator's own reason (data) left as typed."""
    assert main(["--db", matching, "match", "--program", PROGRAM, "--json"]) == 0
    pair = json.loads(capsys.readouterr().out)["pairs"][0]
    mentor, mentee = str(pair["mentor_id"]), str(pair["mentee_id"])
    args = ["--db", matching, "exclude", "--program", PROGRAM, mentor, mentee]
    assert main([*args, "--reason", "misma familia"]) == 0
    capsys.readouterr()
    pin = ["--db", matching, "pin", "--program", PROGRAM, mentor, mentee]
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    assert main(pin) == 1
    err = capsys.readouterr().err
    assert err.startswith("mentordesk: No se puede fijar ") and "excluido: misma familia" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "ar")
    assert main(pin) == 1
    err = capsys.readouterr().err
    assert "تعذّر تثبيت" in err and "مستبعد: misma familia" in err
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "en")
    assert main(pin) == 1
    assert "Cannot pin " in capsys.readouterr().err
