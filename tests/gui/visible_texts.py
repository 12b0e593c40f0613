"""What a window shows in words (texts, tooltips, accessible names, headers, combo items,
menu commands, the first rows of its tables), and which of them are still English.

A text is "still English" when it is the English source of a message the catalog translates
(the GUI forgot to translate it), or when its words are English words the translation does
not use (a literal that never reached a catalog). Data — names, e-mails, program names, the
values stored in the database — is taken out first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentordesk.db.engine import Database

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

#: Qt's own words (standard buttons, calendar): qtbase_<lang>.qm translates them.
QT_WORDS = ("OK", "Cancel", "Close", "Apply", "Save", "Yes", "No", "Help", "Reset", "Discard")

_TAG = re.compile(r"<[^>]+>")
_IDENTIFIER = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)+$")  # "midpointEdit": a screen reader
# would spell out an object name
_NOT_WORDS = re.compile(r"\S+@\S+|\S*[/\\]\S*|\b\w*\d\w*\b|\{[^}]*\}|%n|&\w+;")


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _clean(text: str) -> str:
    text = _TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("…", "").replace(" ⚠", "").strip()
    return text.rstrip(" *:").strip()


@cache
def catalog(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(English sources the catalog translates, English words, words of the translation)."""
    root = ET.parse(TRANSLATIONS / f"mentordesk_{language}.ts").getroot()
    translated: set[str] = set()
    english: set[str] = set()
    foreign: set[str] = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [node.text or ""] if node is not None and len(node) == 0 else []
        forms += [f.text or "" for f in message.iter("numerusform")]
        english |= _words(source)
        for form in forms:
            foreign |= _words(form)
        if any(form and _clean(form) != _clean(source) for form in forms):
            translated.add(_clean(source))
    translated |= set(QT_WORDS)
    return frozenset(translated), frozenset(english), frozenset(foreign)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", _NOT_WORDS.sub(" ", _clean(text)))}


def data_texts(db: Database) -> list[str]:
    """Every text stored in the database (names, e-mails, program names, skills…): data,
    shown as typed, whatever the language. Longest first, so that they are taken out whole."""
    found: set[str] = set()
    with db.engine.connect() as connection:
        metadata = sa.MetaData()
        metadata.reflect(connection)
        for table in metadata.tables.values():
            columns = [c for c in table.columns if isinstance(c.type, (sa.String, sa.Text))]
            if not columns:
                continue
            for row in connection.execute(sa.select(*columns)):
                found |= {str(v).strip() for v in row if v and len(str(v).strip()) > 2}
    return sorted(found, key=len, reverse=True)


def english_left(
    shown: Iterable[Shown],
    language: str,
    data: Iterable[str] = (),
    elsewhere: Iterable[re.Pattern[str]] = (),
) -> list[str]:
    """The texts that are still English in `language` (each with where it was seen).
    `elsewhere`: sentences known to come from a lower layer, whose translation is another
    piece of work (see the caller), matched against "where: text"."""
    elsewhere = list(elsewhere)
    translated, english, foreign = catalog(language)
    data = list(data)
    problems: list[str] = []
    for item in shown:
        for line in _clean(item.text).splitlines():
            line = line.strip()
            seen = f"{item.where}: {line}"
            if not line or line in data or any(p.search(seen) for p in elsewhere):
                continue
            if _IDENTIFIER.match(line):
                problems.append(f"{item.where}: {line!r} (an object name, not words)")
                continue
            if _clean(line) in translated:
                problems.append(f"{item.where}: {line!r} (English source of a translated message)")
                continue
            rest = line
            for value in data:
                if value in rest:
                    rest = rest.replace(value, " ")
            words = re.findall(r"[^\W\d_]{3,}", _NOT_WORDS.sub(" ", rest))
            only_english = [w for w in words if w.lower() in english and w.lower() not in foreign]
            if only_english and len(only_english) * 2 >= len(words):
                problems.append(f"{item.where}: {line!r} (English words {only_english})")
    return problems


# --- collecting ------------------------------------------------------------------------------


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or '?'}"


def _model_texts(model: QAbstractItemModel | None, where: str, rows: int = 40) -> Iterator[Shown]:
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (columnCount is private there)
        columns = 1
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where} header {column}", value)
    for row in range(min(rows, model.rowCount(root))):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield Shown(f"{where} [{row},{column}]", value)


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    yield Shown(f"{where} action", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{where} action tooltip", action.toolTip())
    if action.statusTip():
        yield Shown(f"{where} action status tip", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield Shown(f"{where} menu", menu.title())
        for sub in menu.actions():
            yield from _action_texts(sub, f"{where} ▸ {action.text()}")


def visible_texts(root: QWidget) -> Iterator[Shown]:
    """Every text `root` and its children show or give a screen reader (hidden pages too: a
    tab not yet chosen is one click away)."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = _name(widget)
        if widget.isWindow():
            yield Shown(f"{where} title", widget.windowTitle())
        yield Shown(f"{where} tooltip", widget.toolTip())
        yield Shown(f"{where} accessible name", widget.accessibleName())
        yield Shown(f"{where} accessible description", widget.accessibleDescription())
        yield Shown(f"{where} whats this", widget.whatsThis())
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield Shown(f"{where} text", widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield Shown(f"{where} placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            yield Shown(f"{where} title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield Shown(f"{where} item {i}", widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield Shown(f"{where} tab {i}", widget.tabText(i))
                yield Shown(f"{where} tab {i} tooltip", widget.tabToolTip(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield Shown(f"{where} tab {i}", widget.tabText(i))
        if isinstance(widget, QWizardPage):
            yield Shown(f"{where} title", widget.title())
            yield Shown(f"{where} subtitle", widget.subTitle())
        if isinstance(widget, QWizard):
            for which in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                yield Shown(f"{where} button", widget.buttonText(which))
        # A header's model is its table's: read once, with the table.
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _model_texts(widget.model(), where)
        if isinstance(widget, QMenu):
            yield Shown(f"{where} title", widget.title())
        for action in widget.actions():
            yield from _action_texts(action, where)
