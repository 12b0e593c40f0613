"""The Individual Development Plan of one mentee."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mentordesk.documents.blocks import goal_blocks, names
from mentordesk.documents.data import IdpDoc, PageSetup
from mentordesk.documents.i18n import _, day, use
from mentordesk.documents.layout import BODY, H2, TITLE, fields, para, signatures, write_in_lines
from mentordesk.documents.page import DocumentStart, content_width, render


def _rating(value: int | None) -> str:
    return _("{value} out of 5").format(value=value) if value is not None else _("not yet rated")


def _period(doc: IdpDoc) -> str:
    if doc.period_start is None and doc.period_end is None:
        return _("not set yet")
    return _("{start} to {end}").format(start=day(doc.period_start), end=day(doc.period_end))


def idp_title(doc: IdpDoc) -> str:
    return _("Individual Development Plan — {mentee}").format(mentee=doc.mentee)


def _section(title: str, text: str, width: float) -> list[Flowable]:
    """A heading and its text, or lines to write it in by hand when it is empty."""
    if text.strip():
        return [para(title, H2), para(text, BODY)]
    return [para(title, H2), write_in_lines(3, width)]


def idp_story(doc: IdpDoc, setup: PageSetup) -> list[Flowable]:
    """Every IDP field, goals with their action plans, the progress log and signature lines."""
    with use(setup.language):
        width = content_width(setup)
        story: list[Flowable] = [
            DocumentStart(idp_title(doc)),
            para(_("Individual Development Plan"), TITLE),
            fields(
                [
                    (_("Mentee"), doc.mentee),
                    (_("Mentor"), names(doc.mentors)),
                    (_("Plan period"), _period(doc)),
                    (_("Mid-point review"), day(doc.midpoint_review_date)),
                    (_("Final review"), day(doc.final_review_date)),
                    (_("Self-rating at the start"), _rating(doc.baseline_rating)),
                    (_("Self-rating at the end"), _rating(doc.final_rating)),
                ],
                width,
            ),
            *_section(_("Strengths"), doc.strengths, width),
            *_section(_("Areas to grow"), doc.growth_areas, width),
            *_section(
                _("Short-term aspirations (this program)"), doc.short_term_aspirations, width
            ),
            *_section(_("Long-term aspirations"), doc.long_term_aspirations, width),
            para(_("Goals and action plans"), H2),
            *goal_blocks(doc.goals, width, with_progress=True),
        ]
        lead = [
            para(_("Signatures"), H2),
            para(_("We have agreed this plan and will review it on the dates above."), BODY),
        ]
        signers = [(_("Mentee"), doc.mentee)] + [(_("Mentor"), n) for n in doc.mentors]
        signers.append((_("Program coordinator"), doc.coordinator))
        story.append(signatures(signers, width, lead))
        return story


def render_idp(doc: IdpDoc, setup: PageSetup) -> bytes:
    with use(setup.language):
        title, subject = idp_title(doc), _("Individual Development Plan")
    return render(idp_story(doc, setup), setup, title=title, subject=subject)
