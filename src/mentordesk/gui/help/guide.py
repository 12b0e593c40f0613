"""Help ▸ User guide: the guides in docs/, shipped inside the application, as Markdown, in
the GUI's language where a translation exists.

English guides are docs/<name>.md; a translation is docs/<language>/<name>.md with the same
sections and links (a test compares them). A guide not translated yet is shown in English
with a one-line note; its title in the list is translated (TITLES). Arabic guides are laid
out right to left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextOption, QTextTable
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.resources import docs_path
from mentordesk.gui.common import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    RIGHT_TO_LEFT,
    SOURCE_LANGUAGE,
    current_language,
    translate,
)

#: The order a coordinator reads them in; any other guide follows alphabetically.
ORDER = (
    "getting-started",
    "roster",
    "import",
    "matching",
    "pairs",
    "documents",
    "reports",
    "backup",
    "privacy",
)
#: Files in docs/ that are not user guides. Developers' notes live in docs/dev/ (the guides'
#: notes for developers in docs/dev/guides/), which the help never lists.
NOT_GUIDES: tuple[str, ...] = ()

#: Each English guide's first heading, for the list when the guide has no translation yet
#: (a test checks this table against the files, so a new guide gets a translated title).
TITLES = {
    "getting-started": QT_TRANSLATE_NOOP("help.guide", "Getting started with MentorDesk"),
    "roster": QT_TRANSLATE_NOOP("help.guide", "The main window and the roster"),
    "import": QT_TRANSLATE_NOOP("help.guide", "Spreadsheet import and export"),
    "matching": QT_TRANSLATE_NOOP("help.guide", "Matching"),
    "pairs": QT_TRANSLATE_NOOP(
        "help.guide", "Pairs: agreement, goals, meetings, check-ins, IDP, closure"
    ),
    "documents": QT_TRANSLATE_NOOP("help.guide", "Print-ready documents"),
    "reports": QT_TRANSLATE_NOOP(
        "help.guide", "Reports: program measures, charts, year over year, funder export, rollover"
    ),
    "backup": QT_TRANSLATE_NOOP(
        "help.guide", "Keeping the file safe: opening, writing, backups and restore"
    ),
    "privacy": QT_TRANSLATE_NOOP(
        "help.guide",
        "Privacy: files only you can read, encryption, a person's data, erasure, retention",
    ),
    "safeguarding": QT_TRANSLATE_NOOP(
        "help.guide", "Safeguarding rules, unsaved edits, settings and dates"
    ),
}


@dataclass(frozen=True)
class Guide:
    title: str
    path: Path
    #: The language the file is written in ("en" when a translation is missing).
    language: str = SOURCE_LANGUAGE

    @property
    def name(self) -> str:
        return self.path.stem


def first_heading(path: Path) -> str:
    first = path.read_text(encoding="utf-8").lstrip().splitlines()[:1]
    return re.sub(r"^#+\s*", "", first[0]).strip() if first else ""


def shipped_guides(folder: Path | None = None, language: str | None = None) -> list[Guide]:
    """Every guide in docs/, in `language` (default: the GUI's) where docs/<language>/ has
    it, else in English; titled by its first heading, in reading order."""
    folder = folder or docs_path()
    language = language or current_language()
    guides = []
    for path in folder.glob("*.md"):
        if path.stem in NOT_GUIDES:
            continue
        translated = folder / language / path.name
        if language != SOURCE_LANGUAGE and translated.is_file():
            guides.append(Guide(first_heading(translated) or path.stem, translated, language))
            continue
        title = first_heading(path) or path.stem
        if title == TITLES.get(path.stem):
            title = translate("help.guide", TITLES[path.stem])
        guides.append(Guide(title, path))
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(guides, key=lambda g: (rank.get(g.name, len(ORDER)), g.title.lower()))


def _cell_contents(table: QTextTable, row: int, column: int) -> QTextCursor:
    """A cursor selecting everything in one cell."""
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _mirror(table: QTextTable) -> None:
    """Qt lays tables out left to right whatever the text direction: reverse each row's cells
    and put the table against the right margin."""
    for row in range(table.rows()):
        contents = [_cell_contents(table, row, c).selection() for c in range(table.columns())]
        for column, content in enumerate(reversed(contents)):
            _cell_contents(table, row, column).insertFragment(content)
    table_format = table.format()
    table_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    table.setFormat(table_format)


def _right_to_left(document: QTextDocument) -> None:
    """A right-to-left guide's tables mirror (first column on the right), and its code blocks
    (commands, file names) keep their lines left to right and left-aligned: laid out right to
    left, an option's leading `--` and a line's closing bracket jump to the wrong end. Code
    lines wrap: a line wider than the window would widen the whole page, and its right-aligned
    paragraphs would start off screen."""
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            _mirror(frame)
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        form = block.blockFormat()
        if form.nonBreakableLines() or form.hasProperty(QTextFormat.Property.BlockCodeFence):
            form.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            form.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            form.setNonBreakableLines(False)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(form)
        block = block.next()


class GuideWindow(QDialog):
    """A list of guides beside the chosen one; a search box filters guides by their text."""

    def __init__(
        self, parent: QWidget | None = None, folder: Path | None = None, start: str = ""
    ) -> None:
        """`start`: the guide to open first (its file name without .md), else the first."""
        super().__init__(parent)
        self.setWindowTitle(translate("help.guide", "MentorDesk user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.guides = shipped_guides(folder)
        self.search = QLineEdit(placeholderText=translate("help.guide", "Search the guides"))
        self.search.setAccessibleName(translate("help.guide", "Search the guides"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("help.guide", "Guides"))
        self.list.setMaximumWidth(260)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("help.guide", "Guide text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        # "Not translated yet": one line above an English guide in another language.
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(self.browser, 1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        for guide in self.guides:
            item = QListWidgetItem(guide.title)
            item.setData(Qt.ItemDataRole.UserRole, guide.path)
            item.setData(Qt.ItemDataRole.UserRole + 1, guide.language)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        self.search.textChanged.connect(self._filter)
        if self.guides:
            names = [g.name for g in self.guides]
            self.list.setCurrentRow(names.index(start) if start in names else 0)
        self._fit_screen()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        path: Path = item.data(Qt.ItemDataRole.UserRole)
        written_in: str = item.data(Qt.ItemDataRole.UserRole + 1)
        wanted = current_language()
        missing = written_in != wanted
        self.note.setVisible(missing)
        if missing:
            self.note.setText(
                translate(
                    "help.guide",
                    "This guide is not translated into {language} yet: it is shown in English.",
                ).format(language=LANGUAGES.get(wanted, wanted))
            )
        # The guide's own direction (an English guide stays left to right in an Arabic window).
        option = QTextOption(self.browser.document().defaultTextOption())
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if written_in in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        self.browser.document().setDefaultTextOption(option)
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        if written_in in RIGHT_TO_LEFT:
            _right_to_left(self.browser.document())
        self.browser.document().setMetaInformation(
            self.browser.document().MetaInformation.DocumentUrl, path.parent.as_uri() + "/"
        )

    def _follow(self, url: object) -> None:
        """A link to another guide opens it here; other links do nothing (we are offline)."""
        name = Path(str(getattr(url, "path", lambda: "")())).name
        for row in range(self.list.count()):
            path: Path = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if path.name == name:
                self.list.setCurrentRow(row)
                return

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            path: Path = item.data(Qt.ItemDataRole.UserRole)
            hit = not needle or needle in path.read_text(encoding="utf-8").lower()
            item.setHidden(not hit)
        if needle:
            self.browser.find(needle)

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 900, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
