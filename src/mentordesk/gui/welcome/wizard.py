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
from mentordesk.gui.common import ERROR, AppContext, pick
from mentordesk.services.programs import ProgramService

FORMATS = (
    (ProgramFormat.ONE_ON_ONE, "One-on-one: each mentee has one mentor"),
    (ProgramFormat.GROUP, "Group / circle: a mentor with several mentees"),
    (ProgramFormat.PEER, "Peer: participants mentor each other"),
    (ProgramFormat.REVERSE, "Reverse: younger staff mentor senior staff"),
    (ProgramFormat.FLASH, "Flash / speed: short rotating conversations"),
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
        self.setWindowTitle("New program")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        today = dt.date.today()
        # The next school year's first of September, or today once it has begun.
        start = max(dt.date(today.year, 9, 1), today)

        page, form = _page("Name and format", "What is the program called, and how do people meet?")
        self.name = QLineEdit(placeholderText="e.g. Riverside Mentoring 2027–28")
        self.name.setAccessibleName("Program name")
        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        for value, label in FORMATS:
            self.format.addItem(label, value)
        form.addRow("&Name:", self.name)
        form.addRow("&Format:", self.format)
        page.registerField("name*", self.name)
        self.addPage(page)

        page, form = _page(
            "Dates", "When the program's cycle begins and ends (a school year, say)."
        )
        self.start = _date_edit(start)
        self.end = _date_edit(start.replace(year=start.year + 1) - dt.timedelta(days=1))
        self.start.setAccessibleName("Start date")
        self.end.setAccessibleName("End date")
        form.addRow("&Starts:", self.start)
        form.addRow("&Ends:", self.end)
        self.addPage(page)

        page, form = _page(
            "Organization", "Printed at the top of agreements, certificates and reports."
        )
        self.organization = QLineEdit(placeholderText="e.g. Riverside High School")
        self.organization.setAccessibleName("Organization")
        self.logo = QLineEdit()
        self.logo.setAccessibleName("Logo file")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(browse)
        form.addRow("&Organization:", self.organization)
        form.addRow("&Logo (PNG or JPEG):", row)
        self.addPage(page)

        page, form = _page(
            "Coordinator", "Who families and mentors contact; printed on agreements."
        )
        self.coordinator = QLineEdit()
        self.coordinator.setAccessibleName("Coordinator name")
        self.contact = QLineEdit(placeholderText="e-mail or telephone")
        self.contact.setAccessibleName("Coordinator contact")
        form.addRow("Coordinator's &name:", self.coordinator)
        form.addRow("&Contact:", self.contact)
        self.addPage(page)

        page, form = _page(
            "Meetings", "How often pairs should meet; MentorDesk flags pairs that fall behind."
        )
        self.cadence = QSpinBox(minimum=1, maximum=90, value=7, suffix=" days")
        self.cadence.setAccessibleName("Days between meetings")
        self.minutes = QSpinBox(minimum=10, maximum=480, value=60, singleStep=15, suffix=" min")
        self.minutes.setAccessibleName("Usual meeting length")
        form.addRow("Meet &every:", self.cadence)
        form.addRow("Usual &length:", self.minutes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.addPage(page)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Logo", "", "Images (*.png *.jpg *.jpeg)")
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
            self.message.setText(f"<span style='color:{pick(ERROR, self).name()}'>{error}</span>")
            return
        self.created = program
        self.ctx.broadcast(changes)
        super().accept()
