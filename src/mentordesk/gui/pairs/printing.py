"""The pair detail's Print menu: Agreement, IDP, Pair status sheet, Certificate of completion,
each with Preview / Print… / Save as PDF… (gui.printing.PdfActions).

Two clicks from a pair: Print, then (over Agreement) Print… or Save as PDF….
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from mentordesk.core.enums import ClosureType, PairStatus
from mentordesk.db.engine import Database
from mentordesk.gui.common import QT_TRANSLATE_NOOP, LanguageMenu, PdfActions, translate
from mentordesk.services.documents import DocumentService, slug
from mentordesk.services.pairs import PairDetail, PersonRef

ONLY_COMPLETED = QT_TRANSLATE_NOOP("pairs.printing", "Only for a pair closed as completed")


def completed(detail: PairDetail) -> bool:
    """Closed, and the closure in force says the pair completed the program."""
    if detail.summary.status is not PairStatus.CLOSED:
        return False
    current = [c for c in detail.closures if c.reopened_on is None]
    return bool(current) and current[-1].type is ClosureType.COMPLETED


class PairPrintMenu(QObject):
    """Builds the menu on `button`; `show_detail` points it at the pair on show."""

    def __init__(self, view: QWidget, button: QPushButton, db: Callable[[], Database]) -> None:
        super().__init__(view)
        self.view = view
        self.db = db
        self.detail: PairDetail | None = None
        self.menu = QMenu(button)
        button.setMenu(self.menu)

        def docs() -> DocumentService:
            return DocumentService(self.db())

        # Print ▸ Language: Automatic (the family's, else the program's) or one chosen here.
        self.language_menu = LanguageMenu(
            view, lambda: docs().default_language(pair_id=self._pair_id())
        )

        self.agreement = PdfActions(
            view,
            lambda: docs().agreement(self._pair_id(), language=self._language()),
            lambda: f"agreement-{self._pair_id()}-{self._names()}.pdf",
            translate("pairs.printing", "Mentoring agreement"),
        )
        self.sheet = PdfActions(
            view,
            lambda: docs().pair_sheet(self._pair_id(), language=self._language()),
            lambda: f"pair-{self._pair_id()}-{self._names()}.pdf",
            translate("pairs.printing", "Pair status sheet"),
        )
        self.certificate = PdfActions(
            view,
            lambda: docs().pair_certificates(self._pair_id(), language=self._language()),
            lambda: f"certificates-{self._pair_id()}-{self._names()}.pdf",
            translate("pairs.printing", "Certificate of completion"),
        )
        self.agreement_menu = self._submenu(
            translate("pairs.printing", "&Agreement"), self.agreement
        )
        self.idp_menu = self.menu.addMenu(translate("pairs.printing", "&IDP"))
        self.idps: list[PdfActions] = []
        self.sheet_menu = self._submenu(
            translate("pairs.printing", "Pair &status sheet"), self.sheet
        )
        self.certificate_menu = self._submenu(
            translate("pairs.printing", "&Certificate of completion"), self.certificate
        )
        self.menu.addSeparator()
        self.menu.addMenu(self.language_menu)
        # One Ctrl+P: the agreement's, live while the button (the detail page) is on show;
        # the others are reached through the menu.
        button.addAction(self.agreement.print)
        for actions in (self.sheet, self.certificate):
            actions.print.setShortcut("")

    def _submenu(self, title: str, actions: PdfActions) -> QMenu:
        menu = self.menu.addMenu(title)
        actions.add_to(menu)
        return menu

    def _language(self) -> str | None:
        return self.language_menu.chosen()

    def _pair_id(self) -> int:
        assert self.detail is not None
        return self.detail.id

    def _names(self) -> str:
        assert self.detail is not None
        return slug(self.detail.summary.mentee_names)

    def _idp_actions(self, mentee: PersonRef, program_id: int) -> PdfActions:
        actions = PdfActions(
            self.view,
            lambda: DocumentService(self.db()).idp(
                mentee.id, program_id, language=self._language()
            ),
            f"idp-{mentee.id}-{slug(mentee.name)}.pdf",
            translate("pairs.printing", "Individual Development Plan — {name}").format(
                name=mentee.name
            ),
        )
        actions.print.setShortcut("")
        return actions

    def show_detail(self, detail: PairDetail) -> None:
        """Point every action at this pair; certificates only for a completed pair."""
        self.detail = detail
        for old in self.idps:
            old.deleteLater()
        self.idp_menu.clear()
        mentees = detail.summary.mentees
        self.idps = [self._idp_actions(m, detail.summary.program_id) for m in mentees]
        if len(self.idps) == 1:
            self.idps[0].add_to(self.idp_menu)
        for mentee, actions in zip(mentees, self.idps, strict=True):
            if len(self.idps) > 1:
                actions.add_to(self.idp_menu.addMenu(mentee.name))
        self.idp_menu.setEnabled(bool(self.idps))
        self.idp_menu.setTitle(
            translate("pairs.printing", "&IDP of {name}").format(name=mentees[0].name)
            if len(mentees) == 1
            else translate("pairs.printing", "&IDPs of the mentees")
        )
        done = completed(detail)
        self.certificate.setEnabled(done)
        self.certificate_menu.setEnabled(done)
        self.certificate_menu.setTitle(
            translate("pairs.printing", "&Certificate of completion")
            + ("" if done else " ({})".format(translate("pairs.printing", ONLY_COMPLETED).lower()))
        )
