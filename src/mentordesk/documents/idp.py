"""The Individual Development Plan of one mentee."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mentordesk.documents.blocks import day, goal_blocks, names
from mentordesk.documents.data import IdpDoc, PageSetup
from mentordesk.documents.layout import (
    BODY,
    H2,
    TITLE,
    DocumentStart,
    content_width,
    fields,
    para,
    render,
    signatures,
)


def _rating(value: int | None) -> str:
    return f"{value} out of 5" if value is not None else "not yet rated"


def _period(doc: IdpDoc) -> str:
    if doc.period_start is None and doc.period_end is None:
        return "not set yet"
    return f"{day(doc.period_start)} to {day(doc.period_end)}"


def idp_story(doc: IdpDoc, setup: PageSetup) -> list[Flowable]:
    """Every IDP field, goals with their action plans, the progress log and signature lines."""
    width = content_width(setup)
    story: list[Flowable] = [
        DocumentStart(f"IDP {doc.mentee}"),
        para("Individual Development Plan", TITLE),
        fields(
            [
                ("Mentee", doc.mentee),
                ("Mentor", names(doc.mentors)),
                ("Plan period", _period(doc)),
                ("Mid-point review", day(doc.midpoint_review_date)),
                ("Final review", day(doc.final_review_date)),
                ("Self-rating at the start", _rating(doc.baseline_rating)),
                ("Self-rating at the end", _rating(doc.final_rating)),
            ],
            width,
        ),
        para("Strengths", H2),
        para(doc.strengths or "—", BODY),
        para("Areas to grow", H2),
        para(doc.growth_areas or "—", BODY),
        para("Short-term aspirations (this program)", H2),
        para(doc.short_term_aspirations or "—", BODY),
        para("Long-term aspirations", H2),
        para(doc.long_term_aspirations or "—", BODY),
        para("Goals and action plans", H2),
        *goal_blocks(doc.goals, width, with_progress=True),
    ]
    lead = [
        para("Signatures", H2),
        para("We have agreed this plan and will review it on the dates above.", BODY),
    ]
    signers = [("Mentee", doc.mentee)] + [("Mentor", n) for n in doc.mentors]
    signers.append(("Program coordinator", doc.coordinator))
    story.append(signatures(signers, width, lead))
    return story


def render_idp(doc: IdpDoc, setup: PageSetup) -> bytes:
    return render(idp_story(doc, setup), setup, title="Individual Development Plan")
