"""An Arabic guide in Help ▸ User guide reads right to left without scrambling what must stay
left to right: code blocks keep their lines in order and fit the window, and the Latin code
spans inside Arabic paragraphs (commands, options, file names) show their characters in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextBlock, QTextFormat
from pytestqt.qtbot import QtBot

from mentordesk.core.resources import docs_path
from mentordesk.gui.common import install_language
from mentordesk.gui.help.guide import GuideWindow

_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
_SPAN = re.compile(r"`([^`]+)`")
ARABIC_GUIDES = sorted(p.stem for p in (docs_path() / "ar").glob("*.md"))


@pytest.fixture
def arabic() -> Iterator[None]:
    install_language("ar", QLocale("ar"))
    yield
    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _open(qtbot: QtBot, start: str, folder: Path | None = None) -> GuideWindow:
    guide = GuideWindow(folder=folder, start=start)
    qtbot.addWidget(guide)
    guide.resize(900, 680)
    guide.show()
    qtbot.waitExposed(guide)
    return guide


def _blocks(guide: GuideWindow) -> Iterator[QTextBlock]:
    block = guide.browser.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def _is_code(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence)


def _in_order(block: QTextBlock, start: int, length: int) -> bool:
    """Whether the non-space characters of block text [start, start+length) are drawn left to
    right, line by line (a span may wrap onto the next line)."""
    lefts: dict[int, list[float]] = {}
    block.document().documentLayout().blockBoundingRect(block)  # laid out now, not lazily
    layout = block.layout()
    for i in range(start, start + length):
        if block.text()[i].isspace():
            continue
        line = layout.lineForTextPosition(i)
        assert line.isValid(), f"{block.text()[i]!r} at {i} is not laid out"
        runs = line.glyphRuns(i, 1)
        assert runs, f"{block.text()[i]!r} at {i} is not drawn"
        lefts.setdefault(line.lineNumber(), []).append(
            min(run.boundingRect().left() for run in runs)
        )
    return all(xs == sorted(xs) for xs in lefts.values())


def test_a_code_block_in_an_arabic_guide_stays_left_to_right_and_fits(
    qtbot: QtBot, tmp_path: Path, arabic: None
) -> None:
    """The check on a guide made for it: Arabic paragraphs right to left, the code block's lines
    left to right and aligned left, and a line longer than the window wraps instead of widening
    the page (which would push the right-aligned paragraphs off screen); a table's first column
    is on the right."""
    (tmp_path / "ar").mkdir()
    long_line = "mentordesk participants --program NAME " + "[--option VALUE] " * 12
    for folder in (tmp_path, tmp_path / "ar"):
        (folder / "try.md").write_text(
            f"# تجربة\n\nفقرة عربية.\n\n```\n{long_line}\n    --json\n```\n\nفقرة أخرى.\n\n"
            "| الأول | الثاني |\n|---|---|\n| أ | ب |\n",
            encoding="utf-8",
        )
    guide = _open(qtbot, "try", tmp_path)
    code = [b for b in _blocks(guide) if _is_code(b)]
    prose = [b for b in _blocks(guide) if not _is_code(b) and b.text().strip()]
    layout = guide.browser.document().documentLayout()
    left = {b.text(): layout.blockBoundingRect(b).left() for b in prose}
    assert left["الأول"] > left["الثاني"] and left["أ"] > left["ب"]
    assert [b.text().strip() for b in code] == [long_line.strip(), "--json"]
    assert {b.textDirection() for b in code} == {Qt.LayoutDirection.LeftToRight}
    assert {b.textDirection() for b in prose} == {Qt.LayoutDirection.RightToLeft}
    assert guide.browser.horizontalScrollBar().maximum() == 0
    assert _in_order(code[1], code[1].text().index("--json"), len("--json"))


@pytest.mark.parametrize("name", ARABIC_GUIDES)
def test_every_arabic_guide_reads_right_to_left_with_code_in_order(
    qtbot: QtBot, name: str, arabic: None
) -> None:
    """Each shipped Arabic guide as Help shows it: no page wider than the window, and every
    code span's characters drawn left to right in the order they are written (an option's
    leading `--` or a closing bracket beside Arabic text jumps to the wrong end unless marked)."""
    guide = _open(qtbot, name)
    assert guide.list.currentItem().data(Qt.ItemDataRole.UserRole).parent.name == "ar"
    assert guide.browser.horizontalScrollBar().maximum() == 0
    text = _FENCE.sub("", (docs_path() / "ar" / f"{name}.md").read_text(encoding="utf-8"))
    spans = [re.sub(r" *\n *", " ", span) for span in _SPAN.findall(text)]
    drawn: list[str] = []
    scrambled = []
    for block in (b for b in _blocks(guide) if not _is_code(b)):
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontFixedPitch():
                drawn.append(fragment.text())
                if not _in_order(block, fragment.position() - block.position(), fragment.length()):
                    scrambled.append(fragment.text())
            fragments += 1
    assert drawn == spans
    assert scrambled == []
