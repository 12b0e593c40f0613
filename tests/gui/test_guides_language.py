"""Help ▸ User guide in the user's language: a translated guide where one is shipped
(docs/<language>/), else English with a one-line note; Arabic right to left; and every
translation keeps the English guide's sections and links."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from mentordesk.core.resources import docs_path
from mentordesk.db.engine import Database
from mentordesk.gui.common import LANGUAGES, install_language
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.help.guide import NOT_GUIDES, TITLES, GuideWindow, first_heading
from mentordesk.gui.main_window import MainWindow
from mentordesk.services.programs.catalog import ProgramService

_HEADING = re.compile(r"^(#+)\s", re.MULTILINE)
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_CODE = re.compile(r"`([^`]+)`")
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"\s+#.*$")


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    code = request.param
    install_language(code, QLocale(code))
    yield code
    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def structure(path: Path) -> tuple[list[str], list[str], list[str]]:
    """What a translation must keep: its headings' levels in order, its links in order (to
    the same guides), and the names in code spans (files, keys typed as they are). In a
    fenced block only the `mentordesk` command lines count (without a trailing `# comment`):
    its comments and explanations are prose, translated like the rest."""
    text = path.read_text(encoding="utf-8")
    commands = [
        _COMMENT.sub("", line).rstrip()
        for block in _FENCE.findall(text)
        for line in block.splitlines()
        if line.strip().removeprefix("$ ").startswith("mentordesk")
    ]
    prose = _FENCE.sub("", text)
    return _HEADING.findall(prose), _LINK.findall(prose), _CODE.findall(prose) + commands


def translation_problems(folder: Path) -> list[str]:
    """Each translated guide against its English original, and each language's set of
    guides against the others' (a guide translated into one language is in all)."""
    problems = []
    shipped = {code for code in LANGUAGES if code != "en"}
    sets = {code: {p.name for p in (folder / code).glob("*.md")} for code in shipped}
    every = set().union(*sets.values())
    for code, names in sorted(sets.items()):
        problems += [f"{code}/{name}: missing" for name in sorted(every - names)]
        for name in sorted(names):
            english = folder / name
            if not english.is_file():
                problems.append(f"{code}/{name}: no English original")
                continue
            theirs, ours = structure(folder / code / name), structure(english)
            for what, a, b in zip(("sections", "links", "code"), theirs, ours, strict=True):
                if a != b:
                    problems.append(f"{code}/{name}: {what} differ from English: {a} != {b}")
    return problems


def test_every_translation_has_the_english_sections_and_links() -> None:
    """Spanish, French and Arabic guides: the same guides, and in each the same sections (by
    level, in order), links and code names as the English one."""
    folder = docs_path()
    assert (folder / "es" / "getting-started.md").is_file()
    assert translation_problems(folder) == []


def test_a_new_english_section_without_translations_is_caught(tmp_path: Path) -> None:
    """The check itself: an English section or link added, a command changed in a fenced
    block, and a guide translated into one language only, are each reported."""
    folder = tmp_path / "docs"
    shutil.copytree(docs_path(), folder, ignore=shutil.ignore_patterns("dev"))
    english = folder / "getting-started.md"
    english.write_text(
        english.read_text(encoding="utf-8") + "\n## Something new\n\nSee [x](x.md).\n",
        encoding="utf-8",
    )
    (folder / "es" / "roster.md").write_text("# La lista\n", encoding="utf-8")
    (folder / "extra.md").write_text("# Extra\n\nA new guide.\n", encoding="utf-8")
    (folder / "es" / "extra.md").write_text("# Extra\n\nUna guía nueva.\n", encoding="utf-8")
    spanish = folder / "es" / "matching.md"  # a command changed inside a fenced block
    text = spanish.read_text(encoding="utf-8")
    assert "[--min-score S]" in text
    spanish.write_text(text.replace("[--min-score S]", "[--minimo S]"), encoding="utf-8")
    problems = translation_problems(folder)
    assert any(p.startswith("es/matching.md: code differ") for p in problems)
    assert {p.split(":")[0] for p in problems if "sections differ" in p} == {
        *(f"{code}/getting-started.md" for code in ("es", "fr", "ar")),
        "es/roster.md",  # one heading where the English guide has several
    }
    assert any("links differ" in p for p in problems)
    assert {"fr/extra.md: missing", "ar/extra.md: missing"} <= set(problems)
    assert not any(p.startswith("es/extra.md") for p in problems)


def test_every_english_guide_has_a_translated_title() -> None:
    """The list names an untranslated guide by a translated title: TITLES holds each English
    guide's first heading (a new guide, or a renamed one, fails here)."""
    guides = {p.stem: first_heading(p) for p in docs_path().glob("*.md")}
    expected = {name: title for name, title in guides.items() if name not in NOT_GUIDES}
    assert expected == TITLES


def _guide_from_help(qtbot: QtBot, db: Database, tmp_path: Path) -> GuideWindow:
    ProgramService(db).create("Otoño 2026")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(window)
    window.action_user_guide.trigger()
    guide = next(w for w in window.findChildren(GuideWindow))
    qtbot.waitExposed(guide)
    return guide


def _docs_with_an_untranslated_guide(tmp_path: Path) -> Path:
    """A copy of the shipped guides plus one guide written in English only (a new guide the
    translators have not reached yet), and the roster guide's Spanish translation taken away."""
    folder = tmp_path / "docs"
    shutil.copytree(docs_path(), folder, ignore=shutil.ignore_patterns("dev"))
    (folder / "whats-new.md").write_text(
        "# What is new\n\nWhat it does: a guide in English only.\n", encoding="utf-8"
    )
    (folder / "es" / "roster.md").unlink()
    return folder


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_help_in_spanish_opens_the_spanish_guide(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str
) -> None:
    """Help ▸ User guide in Spanish opens the Spanish getting-started guide first, with no
    note, and the roster guide in Spanish; a link between guides opens the Spanish one."""
    guide = _guide_from_help(qtbot, db, tmp_path)
    assert guide.list.currentItem().text() == "Primeros pasos con MentorDesk"
    assert "Las cuatro vistas" in guide.browser.toPlainText()
    assert guide.note.isHidden()
    titles = [guide.list.item(i).text() for i in range(guide.list.count())]
    guide.list.setCurrentRow(titles.index("La ventana principal y la lista"))
    assert "Qué hace" in guide.browser.toPlainText()
    assert "What it does" not in guide.browser.toPlainText()
    assert guide.note.isHidden()
    guide.list.setCurrentRow(0)
    guide.browser.anchorClicked.emit(guide.browser.source().resolved("matching.md"))
    assert guide.list.currentItem().text() == "Emparejamiento"
    assert "Qué hace" in guide.browser.toPlainText()


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_a_guide_not_translated_yet_shows_in_english_under_a_note(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """A guide with no Spanish file shows in English under a one-line note in Spanish; a
    known guide's title in the list is still Spanish (TITLES), a new one keeps its own."""
    guide = GuideWindow(folder=_docs_with_an_untranslated_guide(tmp_path))
    qtbot.addWidget(guide)
    titles = [guide.list.item(i).text() for i in range(guide.list.count())]
    assert "La ventana principal y la lista" in titles and "What is new" in titles
    guide.list.setCurrentRow(titles.index("La ventana principal y la lista"))
    assert "What it does" in guide.browser.toPlainText()  # the English guide …
    assert guide.note.isVisibleTo(guide)  # … under the note, in Spanish
    assert guide.note.text().startswith("Esta guía aún no está traducida")
    guide.list.setCurrentRow(titles.index("What is new"))
    assert "a guide in English only" in guide.browser.toPlainText()
    assert guide.note.isVisibleTo(guide)
    guide.list.setCurrentRow(0)
    assert guide.note.isHidden()


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_help_in_arabic_is_right_to_left(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str
) -> None:
    """In Arabic the guide is Arabic and laid out right to left, paragraph by paragraph; an
    English guide shown in the Arabic window stays left to right."""
    guide = _guide_from_help(qtbot, db, tmp_path)
    assert guide.list.currentItem().text() == "البدء مع MentorDesk"
    block = guide.browser.document().begin()
    assert block.text().startswith("البدء")
    directions = set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    english = GuideWindow(folder=_docs_with_an_untranslated_guide(tmp_path))
    qtbot.addWidget(english)
    titles = [english.list.item(i).text() for i in range(english.list.count())]
    english.list.setCurrentRow(titles.index("What is new"))  # English only
    first = english.browser.document().begin()
    assert first.text() == "What is new"
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight
    assert english.note.isVisibleTo(english) and "الإنجليزية" in english.note.text()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_welcome_links_to_the_guide_in_the_users_language(
    qtbot: QtBot, db: Database, language: str
) -> None:
    """The first-run screen's link opens the getting-started guide, in French here."""
    from mentordesk.gui.welcome.first_run import GUIDE_LINK, WelcomeDialog

    dialog = WelcomeDialog(AppContext(db))
    qtbot.addWidget(dialog)
    assert "href='" + GUIDE_LINK + "'" in dialog.guide_link.text()
    dialog.guide_link.linkActivated.emit(GUIDE_LINK)
    guide = dialog.guide
    assert isinstance(guide, GuideWindow)
    assert guide.list.currentItem().text() == "Premiers pas avec MentorDesk"
    assert "Les quatre vues" in guide.browser.toPlainText()
