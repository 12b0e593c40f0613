"""The roster's Print menu: the roster as a PDF, without sensitive fields or — only when
chosen — with them, in the program's language or one chosen here. A mixin of `RosterView`
(gui/roster/view.py); built once the file is open (QtPdf and QtPrintSupport load then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from mentordesk.gui.common import translate

if TYPE_CHECKING:
    from mentordesk.gui.common import AppContext, LanguageMenu, PdfActions
    from mentordesk.gui.forms.ui_roster_view import Ui_RosterView

    _Base = QWidget
else:
    _Base = object

QUICK_ROWS = 30  # people on the quick first page of a roster preview


class RosterPrinting(_Base):
    """The Print menu of `RosterView`."""

    if TYPE_CHECKING:  # RosterView's state
        ctx: AppContext
        ui: Ui_RosterView
        roster_language: LanguageMenu
        roster_print: PdfActions
        roster_print_sensitive: PdfActions

        def _program(self) -> int: ...

    def _setup_printing(self) -> None:
        """Print: the roster without sensitive fields, or — only when chosen — with them."""
        from mentordesk.gui.common import LanguageMenu, PdfActions  # QtPdf, QtPrintSupport

        menu = QMenu(self.ui.printButton)
        self.ui.printButton.setMenu(menu)

        def roster_pdf(sensitive: bool, limit: int | None = None) -> bytes:
            from mentordesk.services.documents import DocumentService  # reportlab: on first use

            return DocumentService(self.ctx.db).roster(
                self._program(),
                include_sensitive=sensitive,
                limit=limit,
                language=self.roster_language.chosen(),
            )

        # Print ▸ Language: the program's unless one is chosen here.
        self.roster_language = LanguageMenu(self, self._program_language)
        # A big roster takes seconds to lay out: it is made in the background, and the
        # preview shows the first page (the first people by name) as soon as that is ready.
        background = self.ctx.background_reads
        self.roster_print = PdfActions(
            self,
            lambda: roster_pdf(False),
            "roster.pdf",
            translate("roster.view", "Roster"),
            background=background,
            quick_source=lambda: roster_pdf(False, QUICK_ROWS),
        )
        self.roster_print_sensitive = PdfActions(
            self,
            lambda: roster_pdf(True),
            "roster-confidential.pdf",
            translate("roster.view", "Roster with sensitive fields"),
            background=background,
            quick_source=lambda: roster_pdf(True, QUICK_ROWS),
        )
        self.roster_print_sensitive.print.setShortcut("")
        self.roster_print.add_to(menu)
        self.ui.printButton.addAction(self.roster_print.print)  # Ctrl+P while the roster shows
        menu.addSeparator()
        sensitive = menu.addMenu(
            translate("roster.view", "Include &sensitive fields (gender, pronouns, notes…)")
        )
        self.roster_print_sensitive.add_to(sensitive)
        menu.addSeparator()
        menu.addMenu(self.roster_language)

    def _program_language(self) -> tuple[str, bool]:
        from mentordesk.services.documents import DocumentService  # reportlab: on first use

        if self.ctx.program_id is None:
            return "", False
        return DocumentService(self.ctx.db).default_language(self.ctx.program_id)
