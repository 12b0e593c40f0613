"""Start-up of the command line: a command imports only what it uses; global options go
anywhere; the command table and the command modules agree."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mentordesk.cli import COMMANDS, build_parser, main
from mentordesk.db.engine import Database
from mentordesk.services.programs import ProgramService

XLSX = {"openpyxl", "numpy"}  # openpyxl itself imports numpy when it is installed
HEAVY = ("sqlalchemy", "scipy", "numpy", "ortools", "reportlab", "openpyxl", "icalendar", "PySide6")

# Runs each command in a child forked from one fresh interpreter (cheap: the interpreter and
# the modules named in argv[1] are loaded once), and prints, per command, the heavy packages
# the command imported.
DRIVER = textwrap.dedent(
    """
    import importlib, json, os, sys
    for name in json.loads(sys.argv[1]):
        importlib.import_module(name)
    heavy = json.loads(sys.argv[2])
    def loaded():
        return sorted(h for h in heavy if h in sys.modules)
    results = {"baseline": loaded()}
    for key, argv in json.loads(sys.argv[3]).items():
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            code = None
            try:
                from mentordesk.cli import build_parser, main
                if argv == ["*"]:
                    build_parser("*")
                    code = 0
                else:
                    code = main(argv)
            except SystemExit as exit:
                code = exit.code
            except BaseException as error:
                code = repr(error)
            os.write(write, json.dumps({"code": code, "heavy": loaded()}).encode())
            os._exit(0)
        os.close(write)
        chunks = []
        while chunk := os.read(read, 65536):
            chunks.append(chunk)
        os.close(read)
        os.waitpid(pid, 0)
        results[key] = json.loads(b"".join(chunks) or b"null")
    print(json.dumps(results))
    """
)


def _imports(commands: dict[str, list[str]], preload: tuple[str, ...] = ()) -> dict[str, dict]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            DRIVER,
            json.dumps(preload),
            json.dumps(HEAVY),
            json.dumps(commands),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, dict] = json.loads(done.stdout)
    return result


def test_help_version_and_registration_import_nothing_heavy() -> None:
    """--version, --help, every command's --help and registering every command load no
    database, science, PDF, spreadsheet, calendar or Qt library."""
    commands = {"--version": ["--version"], "--help": ["--help"], "register all": ["*"]}
    for name in COMMANDS:
        commands[f"{name} --help"] = [name, "--help"]
    commands["pdf agreement --help"] = ["pdf", "agreement", "--help"]
    results = _imports(commands)
    assert results.pop("baseline") == []
    for key, outcome in results.items():
        assert outcome == {"code": 0, "heavy": []}, key


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "cmd.sqlite"
    db = Database(path)
    ProgramService(db).create("Autumn 2026")
    db.close()
    (tmp_path / "people.csv").write_text("Name,Email,Role\nAna,ana@example.org,mentor\n")
    return path


def test_each_command_imports_only_what_it_uses(sample_file: Path, tmp_path: Path) -> None:
    """OR-Tools only for matching (SciPy never), ReportLab only for PDFs, openpyxl only for
    XLSX, icalendar only for calendars; no command loads Qt."""
    db, out, p = ["--db", str(sample_file)], tmp_path, ["--program", "Autumn 2026"]
    commands: dict[str, tuple[list[str], set[str]]] = {
        "programs": (["programs"], set()),
        "participants": (["participants", *p], set()),
        "export csv": (["export", str(out / "x.csv"), *p], set()),
        "export xlsx": (["export", str(out / "x.xlsx"), *p], XLSX),
        "import csv": (["import", str(out / "people.csv"), *p, "--dry-run"], set()),
        "match": (["match", *p], {"numpy", "ortools"}),
        "exclude": (["exclude", *p, "Ana", "Ben"], {"numpy", "ortools"}),
        "pin": (["pin", *p, "Ana", "Ben"], {"numpy", "ortools"}),
        "rotation": (["rotation", *p, "--rounds", "2"], {"numpy", "ortools"}),
        "rotation pdf": (
            ["rotation", *p, "--rounds", "2", "--pdf", str(out / "r.pdf")],
            {"numpy", "ortools", "reportlab"},
        ),
        "pairs": (["pairs", *p], set()),
        "due": (["due", *p], set()),
        "close": (["close", "999", "--type", "completed", "--reason", "x"], set()),
        "calendar": (["calendar", *p, "-o", str(out / "c.ics")], {"icalendar"}),
        "pdf roster": (["pdf", "roster", *p, "-o", str(out / "r.pdf")], {"reportlab"}),
        "pdf agreement": (
            ["pdf", "agreement", "--pair", "1", "-o", str(out / "a.pdf")],
            {"reportlab"},
        ),
        "report": (["report", *p], set()),
        "report csv": (["report", *p, "--format", "csv"], set()),
        "report xlsx": (["report", *p, "--xlsx", str(out / "m.xlsx")], XLSX),
        "rollover": (["rollover", *p, "--to", "Spring 2027"], set()),
    }
    # The database layer every command needs is loaded once, before the fork.
    preload = ("mentordesk.db.engine", "mentordesk.db.models", "mentordesk.services.programs")
    results = _imports({k: [*db, *argv] for k, (argv, _) in commands.items()}, preload)
    assert results.pop("baseline") == ["sqlalchemy"]
    wrong = {
        key: outcome
        for key, (_argv, allowed) in commands.items()
        if (outcome := results[key])["code"] not in (0, 1)  # run, or refused with a message
        or not set(outcome["heavy"]) - {"sqlalchemy"} <= allowed
    }
    assert wrong == {}
    # Each allowed library is really what the command needed, not an accident of the list.
    assert "numpy" in results["match"]["heavy"]  # the score matrix
    assert "reportlab" in results["pdf roster"]["heavy"]
    assert "openpyxl" in results["export xlsx"]["heavy"]
    assert "icalendar" in results["calendar"]["heavy"]


def _all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.extend(_all_parsers(child))
    return found


def test_command_table_matches_the_modules() -> None:
    """Every command a module registers is in COMMANDS with the same help line, and back."""
    parser = build_parser("*")
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(sub.choices) == list(COMMANDS)
    helps = {action.dest: action.help for action in sub._choices_actions}
    assert helps == {name: help_text for name, (_module, help_text) in COMMANDS.items()}


def test_global_options_on_every_parser() -> None:
    """--db and --version are accepted by every command and sub-command."""
    for parser in _all_parsers(build_parser("*")):
        assert {"--db", "--version"} <= set(parser._option_string_actions), parser.prog


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{path}", "programs"],
        ["programs", "--db", "{path}"],
        ["programs", "--db={path}"],
        ["due", "--db", "{path}", "--program", "Autumn 2026"],
        ["--db", "elsewhere.sqlite", "programs", "--db", "{path}"],  # the later one wins
    ],
)
def test_db_before_or_after_the_command(
    argv: list[str], sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mentordesk programs --db F` works like `mentordesk --db F programs`."""
    args = [a.replace("{path}", str(sample_file)) for a in argv]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Autumn 2026" in out or out.startswith("nothing due")


def test_db_after_a_nested_command(sample_file: Path, tmp_path: Path) -> None:
    """`mentordesk pdf agreement … --db F` reads F (the error names the missing pair in F)."""
    parser = build_parser("pdf")
    args = parser.parse_args(["pdf", "agreement", "--pair", "1", "-o", "x.pdf", "--db", "F"])
    assert args.db == Path("F")
    args = parser.parse_args(["--db", "G", "pdf", "agreement", "--pair", "1", "-o", "x.pdf"])
    assert args.db == Path("G")


def test_version_after_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`mentordesk programs --version` prints the version."""
    with pytest.raises(SystemExit) as exit_info:
        main(["programs", "--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("mentordesk ")


def test_quick_help_is_argparse_help(monkeypatch: pytest.MonkeyPatch) -> None:
    """`mentordesk --help` without argparse prints exactly what argparse prints, at every
    terminal width (or leaves it to argparse)."""
    from mentordesk.commands import quick_help

    for columns in range(20, 220):
        monkeypatch.setenv("COLUMNS", str(columns))
        text = quick_help()
        if text is not None:
            assert text == build_parser().format_help(), columns
        else:
            assert columns < 80  # a usual terminal or a pipe (80) never needs argparse


def test_help_through_the_entry_point(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry point's --help and -h print the full help and exit 0."""
    import signal

    from mentordesk import entry

    handler = signal.getsignal(signal.SIGINT)
    try:
        for flag in ("--help", "-h"):
            monkeypatch.setattr(sys, "argv", ["mentordesk", flag])
            assert entry.main() == 0
            out = capsys.readouterr().out
            assert out.startswith("usage: mentordesk") and all(name in out for name in COMMANDS)
    finally:
        signal.signal(signal.SIGINT, handler)  # main() leaves its exit-at-once handler
