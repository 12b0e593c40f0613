"""The first-run welcome: the sample program is fictional; start your own or import a list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.gui.common import AppContext, translate

EXPLORE, NEW_PROGRAM, IMPORT = "explore", "new", "import"
#: The guide the welcome links to (docs/getting-started.md, translated in docs/<language>/).
GETTING_STARTED = "getting-started"
GUIDE_LINK = "guide:" + GETTING_STARTED


class WelcomeDialog(QDialog):
    """Three ways in. `choice` is set to EXPLORE, NEW_PROGRAM or IMPORT when it closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = EXPLORE
        self.setWindowTitle(translate("welcome.first_run", "Welcome to MentorDesk"))
        intro = QLabel(
            translate(
                "welcome.first_run",
                "<h2>Welcome to MentorDesk</h2>"
                "<p>Everything you record stays in one file on this computer. To look around "
                "first, "
                "MentorDesk has opened a <b>sample program</b>: its people, pairs and notes are "
                "<b>fictional</b>, made up to show every feature.</p>",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.explore = QCommandLinkButton(
            translate("welcome.first_run", "Explore the sample program"),
            translate(
                "welcome.first_run",
                "Look at a roster, matches, pairs and reports made of fictional people.",
            ),
        )
        self.new_program = QCommandLinkButton(
            translate("welcome.first_run", "Start a new program"),
            translate(
                "welcome.first_run",
                "Name, format, dates, organization, logo, coordinator and meeting cadence.",
            ),
        )
        from mentordesk.core.i18n import language
        from mentordesk.importing.export import template_path

        template = template_path(language())  # the user's language (English if none ships)
        self.import_list = QCommandLinkButton(
            translate("welcome.first_run", "Import a spreadsheet of people"),
            translate(
                "welcome.first_run",
                "Start a program, then read your list (the template is {name}, File ▸ Import "
                "shows where it is).",
            ).format(name=template.name),
        )
        for button, choice in (
            (self.explore, EXPLORE),
            (self.new_program, NEW_PROGRAM),
            (self.import_list, IMPORT),
        ):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.explore.setDefault(True)
        # The guide in the GUI's language (Help ▸ User guide; F1 opens it at any time).
        self.guide_link = QLabel(
            translate(
                "welcome.first_run",
                "New to MentorDesk? <a href='{link}'>Read the getting-started guide</a> "
                "(F1 opens the guides at any time).",
            ).format(link=GUIDE_LINK)
        )
        self.guide_link.setWordWrap(True)
        self.guide_link.setTextFormat(Qt.TextFormat.RichText)
        self.guide_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.guide_link.linkActivated.connect(lambda _link: self.open_guide())
        self.guide: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.explore)
        layout.addWidget(self.new_program)
        layout.addWidget(self.import_list)
        layout.addWidget(self.guide_link)
        layout.addStretch(1)
        self.setMinimumWidth(460)

    def open_guide(self) -> QDialog:
        """The getting-started guide, beside the welcome (which stays open)."""
        from mentordesk.gui.help import GuideWindow

        self.guide = GuideWindow(self, start=GETTING_STARTED)
        self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide.show()
        return self.guide

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def show_welcome(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    pick_program: Callable[[int], None],
    open_import: Callable[[], None],
    when_ready: Callable[[Callable[[], None]], None] | None = None,
) -> WelcomeDialog:
    """Open the welcome without blocking the window behind it; act on the choice.

    `when_ready(action)` runs the action once the file is open (a first start shows the
    welcome while the sample program is still being made); by default, at once."""
    dialog = WelcomeDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if when_ready is not None:
        dialog.accepted.connect(lambda: when_ready(chosen))
    else:
        dialog.accepted.connect(lambda: chosen())

    def chosen() -> None:
        if dialog.choice == EXPLORE:
            return
        from mentordesk.gui.welcome.wizard import NewProgramWizard  # the database layer

        wizard = NewProgramWizard(ctx, parent)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.created is not None:
            pick_program(wizard.created.id)
            if dialog.choice == IMPORT:
                open_import()

    dialog.open()
    return dialog
