"""Every user-visible string of the GUI goes through Qt's translation, the shipped catalogs are
complete (plural forms included), and the window speaks and mirrors the chosen language."""

from __future__ import annotations

import ast
import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mentordesk.core.resources import resource_path
from mentordesk.db.engine import Database
from mentordesk.gui.common import choose_language, install_language
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.main_window import MainWindow
from mentordesk.services.programs import ProgramService

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "mentordesk" / "gui"
SHIPPED = ("es", "fr", "ar")
#: Plural forms Qt expects per language (Arabic: zero, one, two, few, many, other).
NUMERUS_FORMS = {"en": 2, "es": 2, "fr": 2, "ar": 6}

#: Calls whose string arguments a user reads or hears.
USER_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setTitle",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setLabelText",
    "setInformativeText", "setDetailedText", "showMessage", "addItem", "addItems", "addTab",
    "setTabText", "setTabToolTip", "addAction", "addMenu", "addButton", "addRow", "setSuffix",
    "setPrefix", "setSpecialValueText", "setHorizontalHeaderLabels", "setFormat",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QCommandLinkButton", "QToolButton", "QMessageBox", "information", "warning", "critical",
    "question", "getText", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "QProgressDialog", "MentorDeskError", "ValidationError", "setHeaderData", "Column",
}  # fmt: skip
TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}
#: Calls whose later arguments are data, not text (combo items: text, then the value).
TEXT_FIRST_ONLY = {"addItem", "Column"}
#: Loggers: their `warning`/`error` lines go to the log file for support, in English.
LOGGERS = {"log", "logger", "logging"}
#: Names that stay as they are in every language.
NAMES = {"MentorDesk", "A4"}


def _has_words(text: str) -> bool:
    """Natural language, not a key, a stylesheet, a shortcut or punctuation."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or text in NAMES or text.startswith(("Ctrl+", "color:", "border:")):
        return False
    return not text.replace("_", "").isalnum() or text[:1].isupper()


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_log_line(node: ast.Call) -> bool:
    """`log.warning(...)` and the like: a line for the log file, not for the user."""
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


def _escapes(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """String literals and f-strings passed to a user-facing call outside translate()."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _call_name(node) not in USER_CALLS:
            continue
        if _is_log_line(node):
            continue
        args = node.args[:1] if _call_name(node) in TEXT_FIRST_ONLY else node.args
        for arg in [*args, *(k.value for k in node.keywords if k.arg != "objectName")]:
            stack: list[ast.AST] = [arg]
            while stack:
                part = stack.pop()
                if isinstance(part, ast.Call) and _call_name(part) in TRANSLATING:
                    continue  # translated: whatever is inside is the source text
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if _has_words(part.value):
                        yield part.lineno, part.value
                elif isinstance(part, ast.JoinedStr):
                    literal = "".join(v.value for v in part.values if isinstance(v, ast.Constant))
                    if _has_words(literal):
                        yield part.lineno, f"f-string {literal!r}"
                elif isinstance(part, ast.BinOp | ast.IfExp | ast.BoolOp | ast.Tuple | ast.List):
                    stack.extend(ast.iter_child_nodes(part))


def test_the_check_catches_an_untranslated_string() -> None:
    """The check itself: a bare literal and an f-string on widgets are found, tr'd ones not."""
    source = (
        'label.setText("Save the file")\n'
        'box = QMessageBox(icon, f"Remove {name}?", "")\n'
        'label.setText(translate("ctx", "Saved"))\n'
        'label.setObjectName("saveLabel")\n'
        'edit.setStyleSheet("color: red;")\n'
        'log.warning("Warm-up failed: %s", error)\n'
        'QMessageBox.warning(self, "Cannot open", text)\n'
    )
    found = [text for _line, text in _escapes(ast.parse(source))]
    assert found == ["Save the file", "f-string 'Remove ?'", "Cannot open"]


def test_no_user_visible_string_escapes_translation() -> None:
    """No literal or f-string reaches a widget, a dialog, an action or a message untranslated."""
    escaped = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue  # generated from ui/*.ui: retranslateUi translates every text
        for line, text in _escapes(ast.parse(path.read_text(encoding="utf-8"))):
            escaped.append(f"{path.relative_to(ROOT)}:{line}: {text}")
    assert escaped == [], "wrap these in translate():\n" + "\n".join(escaped)


def test_literal_texts_have_literal_contexts() -> None:
    """`translate(CONTEXT, "text")` with a variable context is invisible to lupdate: the text
    would never reach the catalogs. Every literal text has a literal context."""
    hidden = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _call_name(node) in TRANSLATING
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and not isinstance(node.args[0], ast.Constant)
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_texts_use_module_contexts_not_tr() -> None:
    """`self.tr("…")` takes its context from the object's class at run time (a subclass looks
    in another context and finds nothing) and escapes the check above: every text goes through
    `translate("<module context>", …)` instead."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def _tool() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(300)
def test_catalogs_hold_every_string_of_the_sources() -> None:
    """lupdate over gui/ and ui/ finds nothing the catalogs lack, and every .qm is compiled
    from its .ts as it is now (`make translations` after changing a string)."""
    tool = _tool()
    problems = tool.check()  # type: ignore[attr-defined]
    assert problems == [], "\n".join(problems[:30])


def _catalog(language: str) -> ET.Element:
    return ET.parse(resource_path("translations", f"mentordesk_{language}.ts")).getroot()


def catalog_problems(root: ET.Element, language: str) -> list[str]:
    """Unfinished or empty messages, plurals without all of the language's forms, and
    {placeholders} lost in translation or added by it."""
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                problems.append(f"unfinished {where}")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.iter("numerusform")]
                if len(texts) != NUMERUS_FORMS[language] or not all(texts):
                    problems.append(f"{len(texts)} plural forms for {where}")
            else:
                texts = [translation.text or ""]
                if not texts[0].strip() and source.strip():
                    problems.append(f"empty {where}")
            for text in texts:
                problems += [f"{t} lost in {where}" for t in _placeholders(source) if t not in text]
                # .format() would raise on a placeholder the code does not pass
                extra = _placeholders(text) - _placeholders(source)
                problems += [f"{t} unknown in {where}" for t in sorted(extra)]
    return problems


@pytest.mark.parametrize("language", [*SHIPPED, "en"])
def test_shipped_catalogs_are_complete(language: str) -> None:
    """No message unfinished or empty, every plural has all of the language's forms (Arabic
    six), and placeholders survive translation."""
    problems = catalog_problems(_catalog(language), language)
    assert problems == [], "\n".join(problems[:30])


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{[^{}]*\}", text))


def test_the_completeness_check_fails_on_an_unfinished_catalog() -> None:
    """A missing plural form, an unfinished message, a lost and an unknown placeholder are each
    reported."""
    root = _catalog("ar")
    plural = next(m for m in root.iter("message") if m.get("numerus") == "yes")
    forms = plural.find("translation")
    assert forms is not None
    forms.remove(next(iter(forms.iter("numerusform"))))
    plain = [m for m in root.iter("message") if m.get("numerus") != "yes"]
    unfinished = plain[0].find("translation")
    assert unfinished is not None
    unfinished.set("type", "unfinished")
    placeholder = next(m for m in plain if (m.findtext("source") or "") == "{name} was not opened.")
    text = placeholder.find("translation")
    assert text is not None
    text.text = "—"
    renamed = next(m for m in plain if m.findtext("source") == "Page {v0}")
    page = renamed.find("translation")
    assert page is not None
    page.text = "الصفحة {page}"  # a placeholder the code does not pass: .format() would raise
    problems = catalog_problems(root, "ar")
    assert any(p.startswith("{page} unknown") for p in problems)
    problems = [p for p in problems if "Page {v0}" not in p]
    assert len(problems) == 3
    assert [p.split()[0] for p in problems].count("unfinished") == 1
    assert any(p.startswith("5 plural forms") for p in problems)
    assert any(p.startswith("{name} lost") for p in problems)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Start the GUI in a language; English again afterwards (the other tests expect it)."""
    code = request.param
    install_language(code, QLocale(code))
    yield code
    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    ProgramService(db).create("Primavera 2027")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db), settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_main_window_in_arabic_is_mirrored(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str
) -> None:
    """In Arabic the whole window lays out right to left and speaks Arabic, Qt's buttons too."""
    window = _window(qtbot, db, tmp_path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ui.menuFile.title() == "&ملف"
    assert window.preferences_action.text() == "ال&تفضيلات…"
    roster = window.view(0)
    assert roster.layoutDirection() == Qt.LayoutDirection.RightToLeft
    header = roster.ui.table.model().headerData(0, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
    assert header == "الاسم"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel != "Cancel" and all("\u0600" <= c <= "\u06ff" for c in cancel)  # qtbase_ar


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_main_window_in_spanish(qtbot: QtBot, db: Database, tmp_path: Path, language: str) -> None:
    """In Spanish the window stays left to right, its actions, headers and plurals are Spanish,
    and numbers follow the Spanish locale."""
    window = _window(qtbot, db, tmp_path)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.ui.menuFile.title() == "&Archivo"
    assert window.preferences_action.text() == "&Preferencias…"
    from mentordesk.gui.common import format_number, translate

    assert translate("roster.view", "%n participant(s)", None, 1) == "1 participante"
    assert translate("roster.view", "%n participant(s)", None, 3) == "3 participantes"
    assert format_number(12345) == "12.345"


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_views_added_by_other_branches_speak_spanish(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str
) -> None:
    """What the document-language and keyboard work added speaks Spanish too: View ▸ Lista
    with its mnemonic, Print ▸ Idioma ▸ Automático, and the pair's record tabs name their
    records in Spanish (their buttons and their tables for screen readers)."""
    window = _window(qtbot, db, tmp_path)
    view_menu = [a.text() for a in window.ui.menuView.actions() if not a.isSeparator()]
    assert view_menu[:4] == ["&Lista", "&Emparejamiento", "&Parejas", "&Informes"]
    roster_language = window.view(0).roster_language  # type: ignore[attr-defined]
    assert roster_language.title() == "&Idioma"
    assert roster_language.automatic.text() == "Automático"
    pairs = window.view(2)
    assert pairs.meetings_tab.ui.addButton.text() == "Añadir reunión…"  # type: ignore[attr-defined]
    assert pairs.checkins_tab.ui.addButton.text() == "Añadir seguimiento…"  # type: ignore[attr-defined]
    table = pairs.meetings_tab.ui.recordsTable  # type: ignore[attr-defined]
    assert table.accessibleName() == "Reuniones"


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_plurals_have_their_forms(language: str) -> None:
    """Arabic picks different forms for 1, 2, 3 and 11 participants."""
    from mentordesk.gui.common import translate

    texts = {n: translate("roster.view", "%n participant(s)", None, n) for n in (1, 2, 3, 11)}
    assert len(set(texts.values())) == 4


def test_language_follows_environment_then_preference_then_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """$MENTORDESK_LANGUAGE wins over Preferences, which wins over the system's locale;
    an unknown language falls back to English."""
    french = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    monkeypatch.delenv("MENTORDESK_LANGUAGE", raising=False)
    assert choose_language("", french) == "fr"
    assert choose_language("es", french) == "es"
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "ar")
    assert choose_language("es", french) == "ar"
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "xx")
    assert choose_language("", QLocale(QLocale.Language.Japanese)) == "en"


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_names_from_the_services_have_translations(db: Database, language: str) -> None:
    """Every measure the reports compute and every matching objective is named in Spanish:
    a new measure or objective in the services without a GUI translation fails here."""
    import datetime as dt

    from mentordesk.core.periods import PeriodPreset, make_period
    from mentordesk.gui.common import measure_name, objective_name
    from mentordesk.matching.criteria import OBJECTIVE_LABELS
    from mentordesk.services.reports import compute_measures

    program, _changes = ProgramService(db).create("Primavera 2027")
    period = make_period(PeriodPreset.CYCLE, dt.date(2027, 3, 1))
    measures = compute_measures(db, program.id, period).measures
    untranslated = [m.label for m in measures if measure_name(m.label) == m.label]
    untranslated += [t for t in OBJECTIVE_LABELS.values() if objective_name(t) == t]
    assert measures and untranslated == []


def test_preferences_choose_the_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit ▸ Preferences… keeps the chosen language for the next start; "as the system"
    clears it again."""
    from mentordesk.gui.common import Settings
    from mentordesk.gui.programs import PreferencesDialog

    monkeypatch.delenv("MENTORDESK_LANGUAGE", raising=False)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "es", "fr", "ar"]
    combo.setCurrentIndex(combo.findData("fr"))
    dialog.accept()
    assert settings.language() == "fr"
    assert choose_language(settings.language(), QLocale(QLocale.Language.German)) == "fr"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "fr"
    again.language_combo.setCurrentIndex(0)
    again.accept()
    assert choose_language(settings.language(), QLocale(QLocale.Language.German)) == "en"
