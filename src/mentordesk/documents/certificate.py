"""Certificate of completion, one per person of a pair that closed as completed."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from mentordesk.documents.blocks import day, names
from mentordesk.documents.data import CertificateDoc, PageSetup
from mentordesk.documents.fonts import SANS, SANS_BOLD
from mentordesk.documents.layout import INK, DocumentStart, content_width, para, render, signatures

_TITLE = ParagraphStyle(
    "cert-title", fontName=SANS_BOLD, fontSize=30, leading=38, alignment=TA_CENTER, textColor=INK
)
_NAME = ParagraphStyle(
    "cert-name", fontName=SANS_BOLD, fontSize=24, leading=32, alignment=TA_CENTER, textColor=INK
)
_TEXT = ParagraphStyle(
    "cert-text", fontName=SANS, fontSize=13, leading=19, alignment=TA_CENTER, textColor=INK
)


def certificate_story(doc: CertificateDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    role = "mentor" if doc.role == "mentor" else "mentee"
    partner = "mentee" if role == "mentor" else "mentor"
    period = ""
    if doc.start_date or doc.end_date:
        period = f"from {day(doc.start_date)} to {day(doc.end_date)}"
    lines = [f"has completed the program {setup.program} as a {role}"]
    if doc.partner_names:
        lines.append(f"with {partner} {names(doc.partner_names)}")
    if period:
        lines.append(period)
    return [
        DocumentStart(f"Certificate {doc.name}"),
        Spacer(1, 16),
        para("Certificate of Completion", _TITLE),
        Spacer(1, 24),
        para("This certifies that", _TEXT),
        Spacer(1, 10),
        para(doc.name, _NAME),
        Spacer(1, 10),
        *[para(line, _TEXT) for line in lines],
        Spacer(1, 10),
        para(
            f"Thank you for your time, effort and care. — {setup.organization}"
            if setup.organization
            else "Thank you for your time, effort and care.",
            _TEXT,
        ),
        Spacer(1, 24),
        signatures([("Program coordinator", doc.coordinator)], width * 0.6, align="CENTER"),
    ]


def render_certificate(doc: CertificateDoc, setup: PageSetup) -> bytes:
    setup = replace(setup, landscape=True)
    return render(certificate_story(doc, setup), setup, title="Certificate of completion")
