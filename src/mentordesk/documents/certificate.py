"""Certificate of completion, one per person of a pair that closed as completed: a framed
landscape page with the organization's logo, the name large, a line to sign and the date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from mentordesk.documents.blocks import names
from mentordesk.documents.data import CertificateDoc, PageSetup
from mentordesk.documents.fonts import SANS, SANS_BOLD
from mentordesk.documents.i18n import N_, _, day, use
from mentordesk.documents.layout import ACCENT, INK, MUTED, para
from mentordesk.documents.page import DocumentStart, content_width, render

_ORG = ParagraphStyle(
    "cert-org", fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_CENTER, textColor=MUTED
)
_TITLE = ParagraphStyle(
    "cert-title",
    fontName=SANS_BOLD,
    fontSize=32,
    leading=40,
    alignment=TA_CENTER,
    textColor=ACCENT,
)
_NAME = ParagraphStyle(
    "cert-name", fontName=SANS_BOLD, fontSize=34, leading=46, alignment=TA_CENTER, textColor=INK
)
_TEXT = ParagraphStyle(
    "cert-text", fontName=SANS, fontSize=14, leading=20, alignment=TA_CENTER, textColor=INK
)
_CAPTION = ParagraphStyle(
    "cert-caption", fontName=SANS, fontSize=9.5, leading=12, alignment=TA_CENTER, textColor=MUTED
)


def certificate_setup(setup: PageSetup) -> PageSetup:
    """Landscape, framed, without the memo header and footer or the confidential notice."""
    return replace(setup, landscape=True, plain=True, border=True, confidential=False)


def certificate_title(doc: CertificateDoc) -> str:
    return _("Certificate of completion — {name}").format(name=doc.name)


def _logo(path: str | None) -> list[Flowable]:
    if not path or not Path(path).is_file():
        return []
    try:
        image = Image(path, width=40 * mm, height=18 * mm, kind="proportional")
    except Exception:
        return []
    image.hAlign = "CENTER"
    return [image, Spacer(1, 4)]


def certificate_story(doc: CertificateDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        width = content_width(setup)
        count = len(doc.partner_names)
        if doc.role == "mentor":
            role = _("has completed the program {program} as a mentor")
            partner = N_("with mentee {names}", "with mentees {names}", count)
        else:
            role = _("has completed the program {program} as a mentee")
            partner = N_("with mentor {names}", "with mentors {names}", count)
        lines = [role.format(program=setup.program)]
        if doc.partner_names:
            lines.append(partner.format(names=names(doc.partner_names)))
        if doc.start_date and doc.end_date:
            lines.append(
                _("from {start} to {end}").format(start=day(doc.start_date), end=day(doc.end_date))
            )
        elif doc.end_date:
            lines.append(_("on {date}").format(date=day(doc.end_date)))
        signature = Table(
            [
                ["", "", day(doc.end_date, "")],
                [
                    para(
                        _("Program coordinator: {name}").format(name=doc.coordinator)
                        if doc.coordinator
                        else _("Program coordinator"),
                        _CAPTION,
                    ),
                    "",
                    para(_("Date"), _CAPTION),
                ],
            ],
            colWidths=[width * 0.32, width * 0.12, width * 0.22],
            hAlign="CENTER",
        )
        signature.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("FONTSIZE", (0, 0), (-1, -1), 11),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, 0), 30),
                    ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                    ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black),
                ]
            )
        )
        return [
            DocumentStart(certificate_title(doc)),
            Spacer(1, 44),
            *_logo(setup.logo_path),
            para(setup.organization or setup.program, _ORG),
            Spacer(1, 8),
            para(_("Certificate of Completion"), _TITLE),
            Spacer(1, 24),
            para(_("This certifies that"), _TEXT),
            Spacer(1, 14),
            para(doc.name, _NAME),
            Spacer(1, 14),
            *[para(line, _TEXT) for line in lines],
            Spacer(1, 14),
            para(_("Thank you for your time, effort and care."), _TEXT),
            # Room to sign, and the signatures in the lower third rather than mid-page.
            Spacer(1, 48),
            signature,
        ]


def render_certificate(doc: CertificateDoc, setup: PageSetup) -> bytes:
    setup = certificate_setup(setup)
    with use(setup.language):
        title, subject = certificate_title(doc), _("Certificate of completion")
    return render(certificate_story(doc, setup), setup, title=title, subject=subject)
