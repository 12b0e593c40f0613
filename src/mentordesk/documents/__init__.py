"""ReportLab documents: plain frozen dataclasses in (documents.data), PDF bytes out.

No database and no Qt here; services gather the data, the GUI and CLI write or print the bytes.
"""

from mentordesk.documents.agreement import agreement_story, render_agreement, render_combined
from mentordesk.documents.certificate import certificate_story, render_certificate
from mentordesk.documents.idp import idp_story, render_idp
from mentordesk.documents.layout import default_paper, page_size
from mentordesk.documents.layout import render as render_story
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

__all__ = [
    "agreement_story",
    "certificate_story",
    "default_paper",
    "idp_story",
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
