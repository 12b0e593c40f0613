"""The command line speaks the user's language (gettext domain `cli`): its help, argparse's own
words and its common messages; the catalogs are complete; English stays the default."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.commands import language, quick_help

ROOT = Path(__file__).resolve().parents[2]


def _mentordesk(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["MENTORDESK_LANGUAGE"] = lang
    code = "import sys; from mentordesk.entry import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_help_in_spanish() -> None:
    """`mentordesk --help` in Spanish: argparse's headings and every command's line."""
    done = _mentordesk("--help", lang="es")
    assert done.returncode == 0
    assert done.stdout.startswith("uso: mentordesk")
    assert "opciones:" in done.stdout and "argumentos posicionales:" in done.stdout
    assert "listar los programas del archivo" in done.stdout
    assert "list the programs in the file" not in done.stdout


def test_a_command_help_and_an_error_in_french() -> None:
    """A command's own options are explained in French, and a misspelt command is refused in
    French (exit status 2, as in English)."""
    done = _mentordesk("backup", "--help", lang="fr")
    assert done.returncode == 0
    assert "fichier de base de données" in done.stdout
    wrong = _mentordesk("nosuch", lang="fr")
    assert wrong.returncode == 2
    assert "choix non valide : 'nosuch'" in wrong.stderr


def test_arabic_help() -> None:
    """The Arabic catalog is read (right-to-left text is the terminal's business)."""
    done = _mentordesk("--help", lang="ar")
    assert "الخيارات:" in done.stdout
    assert "سرد البرامج في الملف" in done.stdout


def test_english_stays_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no shipped language in the environment the help is English and fast (quick_help);
    the locale variables are read in gettext's order, MENTORDESK_LANGUAGE first."""
    for variable in ("MENTORDESK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert language() == "en" and quick_help(100) is not None
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert language() == "fr" and quick_help(100) is None
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert language() == "en"  # LC_ALL wins over LANG, and German is not shipped
    monkeypatch.setenv("LANGUAGE", "ar:en")
    assert language() == "ar"
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    assert language() == "es"


def test_cli_catalogs_are_complete() -> None:
    """Every help text, argparse message and common line has a translation in es, fr and ar,
    and each compiled .mo matches its .po (`make translations` after changing a help text)."""
    path = ROOT / "tools" / "cli_catalog.py"
    spec = importlib.util.spec_from_file_location("cli_catalog_tool", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    problems = tool.check()
    assert problems == [], "\n".join(problems[:20])
