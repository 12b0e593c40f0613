"""Help ▸ User guide: the guides in docs/, shipped inside the application, as Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.resources import docs_path
from mentordesk.gui.common import translate

#: The order a coordinator reads them in; any other guide follows alphabetically.
ORDER = ("roster", "import", "matching", "pairs", "documents", "reports", "backup", "privacy")


@dataclass(frozen=True)
class Guide:
    title: str
    path: Path


def shipped_guides(folder: Path | None = None) -> list[Guide]:
    """Every guide in docs/, titled by its first heading, in reading order."""
    folder = folder or docs_path()
    guides = []
    for path in folder.glob("*.md"):
        if path.stem in ("perf",):  # developers' notes, not a user guide
            continue
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[:1]
        title = re.sub(r"^#+\s*", "", first[0]).strip() if first else path.stem
        guides.append(Guide(title or path.stem, path))
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(guides, key=lambda g: (rank.get(g.path.stem, len(ORDER)), g.title.lower()))


class GuideWindow(QDialog):
    """A list of guides beside the chosen one; a search box filters guides by their text."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
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
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.browser, 1)
        for guide in self.guides:
            item = QListWidgetItem(guide.title)
            item.setData(Qt.ItemDataRole.UserRole, guide.path)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        self.search.textChanged.connect(self._filter)
        if self.guides:
            self.list.setCurrentRow(0)
        self._fit_screen()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        path: Path = item.data(Qt.ItemDataRole.UserRole)
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
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
