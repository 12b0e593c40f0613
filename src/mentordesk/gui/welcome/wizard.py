"""A new program in five short pages: name and format, dates, organization and logo,
coordinator, meeting cadence. Creates it through ProgramService, one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.program import Program
from mentordesk.gui.common import ERROR, QT_TRANSLATE_NOOP, AppContext, coloured, translate
from mentordesk.services.programs import ProgramService

FORMATS = (
    (
        ProgramFormat.ONE_ON_ONE,
        QT_TRANSLATE_NOOP("welcome.wizard", "One-on-one: each mentee has one mentor"),
    ),
    (
        ProgramFormat.GROUP,
        QT_TRANSLATE_NOOP("welcome.wizard", "Group / circle: a mentor with several mentees"),
    ),
    (
        ProgramFormat.PEER,
        QT_TRANSLATE_NOOP("welcome.wizard", "Peer: participants mentor each other"),
    ),
    (
        ProgramFormat.REVERSE,
        QT_TRANSLATE_NOOP("welcome.wizard", "Reverse: younger staff mentor senior staff"),
    ),
    (
        ProgramFormat.FLASH,
        QT_TRANSLATE_NOOP("welcome.wizard", "Flash / speed: short rotating conversations"),
    ),
)


def _page(title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    return page, QFormLayout(page)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    return edit


class NewProgramWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: Program | None = None
        self.setWindowTitle(translate("welcome.wizard", "New program"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        today = dt.date.today()
        # The next school year's first of September, or today once it has begun.
        start = max(dt.date(today.year, 9, 1), today)

        page, form = _page(
            translate("welcome.wizard", "Name and format"),
            translate("welcome.wizard", "What is the program called, and how do people meet?"),
        )
        self.name = QLineEdit(
            placeholderText=translate("welcome.wizard", "e.g. Riverside Mentoring 2027–28")
        )
        self.name.setAccessibleName(translate("welcome.wizard", "Program name"))
        self.format = QComboBox()
        self.format.setAccessibleName(translate("welcome.wizard", "Format"))
        for value, label in FORMATS:
            self.format.addItem(translate("welcome.wizard", label), value)
        form.addRow(translate("welcome.wizard", "&Name:"), self.name)
        form.addRow(translate("welcome.wizard", "&Format:"), self.format)
        page.registerField(translate("welcome.wizard", "name*"), self.name)
        self.addPage(page)

        page, form = _page(
            translate("welcome.wizard", "Dates"),
            translate(
                "welcome.wizard", "When the program's cycle begins and ends (a school year, say)."
            ),
        )
        self.start = _date_edit(start)
        self.end = _date_edit(start.replace(year=start.year + 1) - dt.timedelta(days=1))
        self.start.setAccessibleName(translate("welcome.wizard", "Start date"))
        self.end.setAccessibleName(translate("welcome.wizard", "End date"))
        form.addRow(translate("welcome.wizard", "&Starts:"), self.start)
        form.addRow(translate("welcome.wizard", "&Ends:"), self.end)
        self.addPage(page)

        page, form = _page(
            translate("welcome.wizard", "Organization"),
            translate(
                "welcome.wizard", "Printed at the top of agreements, certificates and reports."
            ),
        )
        self.organization = QLineEdit(
            placeholderText=translate("welcome.wizard", "e.g. Riverside High School")
        )
        self.organization.setAccessibleName(translate("welcome.wizard", "Organization"))
        self.logo = QLineEdit()
        self.logo.setAccessibleName(translate("welcome.wizard", "Logo file"))
        browse = QPushButton(translate("welcome.wizard", "Choose…"))
        browse.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(browse)
        form.addRow(translate("welcome.wizard", "&Organization:"), self.organization)
        form.addRow(translate("welcome.wizard", "&Logo (PNG or JPEG):"), row)
        self.addPage(page)

        page, form = _page(
            translate("welcome.wizard", "Coordinator"),
            translate("welcome.wizard", "Who families and mentors contact; printed on agreements."),
        )
        self.coordinator = QLineEdit()
        self.coordinator.setAccessibleName(translate("welcome.wizard", "Coordinator name"))
        self.contact = QLineEdit(placeholderText=translate("welcome.wizard", "e-mail or telephone"))
        self.contact.setAccessibleName(translate("welcome.wizard", "Coordinator contact"))
        form.addRow(translate("welcome.wizard", "Coordinator's &name:"), self.coordinator)
        form.addRow(translate("welcome.wizard", "&Contact:"), self.contact)
        self.addPage(page)

        page, form = _page(
            translate("welcome.wizard", "Meetings"),
            translate(
                "welcome.wizard",
                "How often pairs should meet; MentorDesk flags pairs that fall behind.",
            ),
        )
        self.cadence = QSpinBox(minimum=1, maximum=90, value=7, suffix=" days")
        self.cadence.setAccessibleName(translate("welcome.wizard", "Days between meetings"))
        self.minutes = QSpinBox(minimum=10, maximum=480, value=60, singleStep=15, suffix=" min")
        self.minutes.setAccessibleName(translate("welcome.wizard", "Usual meeting length"))
        form.addRow(translate("welcome.wizard", "Meet &every:"), self.cadence)
        form.addRow(translate("welcome.wizard", "Usual &length:"), self.minutes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.addPage(page)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("welcome.wizard", "Logo"),
            "",
            translate("welcome.wizard", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.logo.setText(path)

    def values(self) -> dict[str, Any]:
        settings = {
            key: value
            for key, value in (
                ("coordinator", self.coordinator.text().strip()),
                ("coordinator_contact", self.contact.text().strip()),
                ("logo_path", self.logo.text().strip()),
            )
            if value
        }
        return {
            "name": self.name.text().strip(),
            "organization": self.organization.text().strip(),
            "format": self.format.currentData(),
            "start_date": self.start.date().toPython(),
            "end_date": self.end.date().toPython(),
            "cadence_days": self.cadence.value(),
            "meeting_minutes": self.minutes.value(),
            "document_settings": settings,
        }

    def accept(self) -> None:
        try:
            program, changes = ProgramService(self.ctx.db).create(**self.values())
        except MentorDeskError as error:  # e.g. the name exists, the end is before the start
            self.message.setText(coloured(str(error), ERROR, self))
            return
        self.created = program
        self.ctx.broadcast(changes)
        super().accept()
