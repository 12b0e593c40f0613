"""ReportLab documents: plain frozen dataclasses in (documents.data), PDF bytes out.

No database and no Qt here; services gather the data, the GUI and CLI write or print the bytes.
Imported only when a document is made (ReportLab, python-bidi and Babel load with it).
"""

from typing import Any

from mentordesk.documents.agreement import (
    agreement_story,
    agreement_title,
    render_agreement,
    render_combined,
)
from mentordesk.documents.certificate import (
    certificate_setup,
    certificate_story,
    certificate_title,
    render_certificate,
)
from mentordesk.documents.data import AgreementDoc, CertificateDoc, IdpDoc, PageSetup
from mentordesk.documents.fonts import MissingGlyphs, missing_characters
from mentordesk.documents.i18n import _, available, use
from mentordesk.documents.idp import idp_story, idp_title, render_idp
from mentordesk.documents.layout import default_paper, page_size
from mentordesk.documents.page import render as render_story
from mentordesk.documents.person_data import person_data_story, render_person_data
from mentordesk.documents.sheets import (
    pair_sheet_story,
    render_pair_sheet,
    render_roster,
    render_rotation,
    roster_story,
    rotation_story,
)
from mentordesk.documents.summary import render_summary, summary_story


def document_title(doc: Any, setup: PageSetup) -> str:
    """The title of one document in its language (the file's metadata, bookmarks)."""
    with use(setup.language):
        if isinstance(doc, AgreementDoc):
            return agreement_title(doc)
        if isinstance(doc, IdpDoc):
            return idp_title(doc)
        if isinstance(doc, CertificateDoc):
            return certificate_title(doc)
        return ""


def batch_title(kind: str, setup: PageSetup) -> str:
    """The title of a combined file: "Mentoring agreements — Program"."""
    with use(setup.language):
        label = {
            "agreements": _("Mentoring agreements"),
            "idps": _("Individual Development Plans"),
            "certificates": _("Certificates of completion"),
        }.get(kind, kind)
        return f"{label} — {setup.program}" if setup.program else label


__all__ = [
    "MissingGlyphs",
    "agreement_story",
    "available",
    "batch_title",
    "certificate_setup",
    "certificate_story",
    "default_paper",
    "document_title",
    "idp_story",
    "missing_characters",
    "page_size",
    "pair_sheet_story",
    "person_data_story",
    "render_agreement",
    "render_certificate",
    "render_combined",
    "render_idp",
    "render_pair_sheet",
    "render_person_data",
    "render_roster",
    "render_rotation",
    "render_story",
    "render_summary",
    "roster_story",
    "rotation_story",
    "summary_story",
]
