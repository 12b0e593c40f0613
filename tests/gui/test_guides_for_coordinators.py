"""The guides shipped in Help ▸ User guide are written for coordinators: no source paths, module
names, test or benchmark files, or issue numbers (those belong in docs/dev/)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from mentordesk.core.resources import docs_path
from mentordesk.gui.common import LANGUAGES
from mentordesk.gui.help.guide import shipped_guides

#: What gives a developer's note away: the repository's folders, Python files and dotted module
#: names, the source packages' folders, and issue numbers.
_DEVELOPER = re.compile(
    r"(?<![\w.~/-])(?:src|tests?|bench|tools|packaging)/"
    r"|\b[\w/.-]+\.py\b"
    r"|\bmentordesk\.(?:core|db|gui|services|cli|importing|documents|matching)\b"
    r"|(?<![\w.~/-])(?:services|gui|core|db|importing|documents|matching|cli)/\w"
    r"|\bissues?\s+#?\d+"
    r"|(?<![\w&])#\d+\b",
    re.IGNORECASE,
)


def developer_references(folder: Path) -> list[str]:
    """`file:line: match` for every developer reference in a guide the help window ships, in
    every language it ships them in."""
    found = []
    for code in LANGUAGES:
        for guide in shipped_guides(folder, language=code):
            text = guide.path.read_text(encoding="utf-8")
            for number, line in enumerate(text.splitlines(), start=1):
                found += [
                    f"{guide.path.relative_to(folder)}:{number}: {match.group(0)}"
                    for match in _DEVELOPER.finditer(line)
                ]
    return sorted(set(found))


def test_no_shipped_guide_holds_developer_material() -> None:
    """Every guide in Help ▸ User guide, in every language: no `src/`, `tests/`, `bench/`,
    module path, `*.py` file or issue number."""
    assert developer_references(docs_path()) == []


@pytest.mark.parametrize(
    "line",
    [
        "Where it lives: `src/mentordesk/gui/help/guide.py`.",
        "The rule is in `services/pairs/health.py`.",
        "Measured by bench/bench_roster.py (`make bench`).",
        "Tested in `tests/privacy/test_erasure.py`.",
        "Proposals come from `mentordesk.matching.engine`.",
        "A responsive window (issue 11).",
        "Fixed in #42.",
    ],
)
def test_a_developer_reference_in_a_guide_is_caught(tmp_path: Path, line: str) -> None:
    """The check itself: each kind of developer reference, put into a copy of the shipped
    guides, is reported with its guide; the developers' notes in docs/dev/ are not read."""
    folder = tmp_path / "docs"
    shutil.copytree(docs_path(), folder)
    roster = folder / "roster.md"
    text = roster.read_text(encoding="utf-8") + f"\n{line}\n"
    roster.write_text(text, encoding="utf-8")
    found = developer_references(folder)
    last = len(text.splitlines())
    assert found and {entry.split(": ")[0] for entry in found} == {f"roster.md:{last}"}


def test_user_facing_paths_and_commands_are_not_taken_for_developer_notes(
    tmp_path: Path,
) -> None:
    """What a coordinator does need stays allowed: `mentordesk` commands, folders in the user's
    home, output folders in an example, the log file's name."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "roster.md").write_text(
        "# The roster\n\n"
        "`mentordesk pdf certificates --program P -o certificates/` writes one file each; the\n"
        "log is `~/.local/state/MentorDesk/log/mentordesk.log`; backups go to\n"
        "`…/MentorDesk/backups/<name>-<hash>`; File ▸ Import reads `participants.xlsx`.\n",
        encoding="utf-8",
    )
    assert developer_references(folder) == []
