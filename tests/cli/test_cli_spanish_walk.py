"""Issue 16: the command line in Spanish — every command's --help and a run over the sample
program print no English sentence (data, command and option names aside)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mentordesk.cli import build_parser, main
from tests.cli.english_lines import data_texts, english_lines

PROGRAM = "Riverside Mentoring 2026–27 (sample)"


@pytest.fixture(autouse=True)
def _spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Commands run in this process: the `cli` domain a Spanish run installs must not leak
    into the next test (as it cannot in a real one-command process)."""
    import gettext

    from mentordesk.cli import language as cli_language

    domain = gettext.textdomain()
    monkeypatch.setattr(cli_language, "_installed", [])
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    yield
    gettext.textdomain(domain)


def _commands() -> list[list[str]]:
    """Every command and sub-command path ("pdf agreement", "retention set" …)."""
    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(build_parser("*"), [])
    return found


def _help(path: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*path, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_every_help_speaks_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    """Each command's --help: no line mostly English; the matching objectives explained."""
    paths = _commands()
    assert len(paths) > 30
    names = sorted({name for path in paths for name in path}, key=len, reverse=True)
    problems = []
    for path in paths:
        out = _help(path, capsys)
        assert "uso:" in out, path
        problems += [f"{' '.join(path)}: {line}" for line in english_lines(out, "es", names)]
    assert problems == []
    match = _help(["match"], capsys)
    assert "coverage: emparejar al mayor número posible de mentorados" in " ".join(match.split())


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(args)
    captured = capsys.readouterr()
    assert code == 0, (args, captured.err)
    return captured.out + captured.err


def test_a_run_over_the_sample_speaks_spanish(
    db_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """demo, programs, participants, export, import --show-mapping, match (each objective),
    pairs, due, report: no English line once the data is taken out; field names, statuses,
    roles, the objective's name and the duplicates' action are Spanish."""
    db = ["--db", db_location]
    out = _run([*db, "demo"], capsys)
    program = ["--program", PROGRAM]
    sheet = tmp_path / "roster.xlsx"
    runs = [
        ["programs"],
        ["participants", *program],
        ["export", *program, str(sheet)],
        ["import", *program, "--show-mapping", "--dry-run", str(sheet)],
        ["match", *program],
        ["match", *program, "--objective", "coverage"],
        ["match", *program, "--objective", "stable"],
        ["pairs", *program],
        ["due", *program],
        ["report", *program],
    ]
    for args in runs:
        out += _run([*db, *args], capsys)
    # the file's own column headers are data too (the left side of --show-mapping)
    headers = [str(c.value) for c in next(load_workbook(sheet, read_only=True).active.rows)]
    data = [*data_texts(db_location), *headers, sheet.name]
    assert english_lines(out, "es", data) == []
    assert "Full name → Nombre completo" in out and "Email → Correo electrónico" in out
    assert "ya está en el programa (se omitirá)" in out
    assert "(Máxima puntuación total)" in out and "(Emparejamiento estable" in out
    assert "\tmentorado\tactivo\t" in out and "\tuno a uno\t" in out
    assert "(total)" not in out and "(coverage)" not in out and "(skip)" not in out


@pytest.mark.sqlite_only
def test_the_list_of_backups_speaks_spanish(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mentordesk backups`: why each backup was made and what it holds, in Spanish."""
    db = ["--db", str(db_path)]
    _run([*db, "demo"], capsys)
    _run([*db, "backup"], capsys)
    out = _run([*db, "backups"], capsys)
    assert "(manual): 1 programa, 60 personas" in out
    assert "parejas" in out and "(manual): 1 program," not in out
    assert english_lines(out, "es") == []
