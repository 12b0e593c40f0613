"""Print ▸ Language: the language of the documents printed from one menu.

"Automatic" (the default) lets the document decide: the family's language when the person or
pair has one, else the program's, else English (services/documents/setup.py). The entry names
the language that applies, read when the menu opens. Choosing a language here prints every
document of this menu in it until Automatic is chosen again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.languages import language_choices, language_name
from mentordesk.gui.common.i18n import translate

#: (code, True when it is the person's or pair's own language rather than the program's).
Resolver = Callable[[], tuple[str, bool]]


class LanguageMenu(QMenu):
    """A checkable list: Automatic, then every language documents print in."""

    def __init__(self, parent: QWidget, resolve: Resolver | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("common.language_menu", "&Language"))
        self._resolve = resolve
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.automatic = self._add(translate("common.language_menu", "Automatic"), None)
        self.automatic.setChecked(True)
        self._filled = False  # the languages' names (CLDR data) are read on first show
        self.aboutToShow.connect(self.refresh)

    def _fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        self.addSeparator()
        for code, name in language_choices():
            self._add(name, code)

    def _add(self, text: str, code: str | None) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setData(code)
        self._group.addAction(action)
        self.addAction(action)
        return action

    def chosen(self) -> str | None:
        """The language chosen here, or None for Automatic."""
        checked = self._group.checkedAction()
        return None if checked is None else checked.data() or None

    def choose(self, code: str | None) -> None:
        """Check the entry for `code` (None: Automatic)."""
        self._fill()
        for action in self._group.actions():
            if (action.data() or None) == code:
                action.setChecked(True)
                return
        raise ValueError(f"no language {code!r} in the menu")

    def refresh(self) -> None:
        """Name the language Automatic stands for now (the person's may have changed)."""
        self._fill()
        text = translate("common.language_menu", "Automatic")
        if self._resolve is not None:
            try:
                code, own = self._resolve()
            except MentorDeskError:
                code = ""
            if code and own:
                text = translate(
                    "common.language_menu", "Automatic: {language} (the family's language)"
                ).format(language=language_name(code))
            elif code:
                text = translate(
                    "common.language_menu", "Automatic: {language} (the program's language)"
                ).format(language=language_name(code))
        self.automatic.setText(text)
