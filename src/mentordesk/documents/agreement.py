"""The mentoring agreement: plain words a 12-year-old can follow, lines to sign."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from mentordesk.documents.blocks import day, goal_blocks, names
from mentordesk.documents.data import AgreementDoc, PageSetup
from mentordesk.documents.layout import (
    BODY,
    H2,
    SMALL,
    TITLE,
    DocumentStart,
    content_width,
    fields,
    para,
    render,
    signatures,
)

CONFIDENTIALITY = (
    "What we talk about stays between us. There is one exception: if someone could get hurt, "
    "or the law says an adult must report something, the mentor tells the program coordinator. "
    "Keeping someone safe always comes first."
)
BOUNDARIES = (
    "We meet at the agreed times and places. We are kind and respectful. We do not lend money "
    "or give expensive gifts. We do not share each other's private details without asking. "
    "The mentor is a guide, not a parent, a teacher or a counsellor."
)
OBLIGATIONS = (
    "We come to meetings on time or say early if we cannot come. We tell the coordinator how "
    "things are going when they check in. We go to the program's events when we can."
)
ENDING = (
    "Either of us may end the mentoring at any time, and nobody is to blame when that happens. "
    "We tell the coordinator first, so we can say goodbye properly."
)


def _meeting_plan(doc: AgreementDoc) -> list[tuple[str, str]]:
    minutes = f"{doc.meeting_minutes} minutes" if doc.meeting_minutes else "to be agreed"
    duration = f"{doc.duration_months} months" if doc.duration_months else "the program period"
    return [
        ("How often we meet", doc.meeting_frequency or "to be agreed"),
        ("How long each meeting is", minutes),
        ("How we meet", doc.meeting_format or "to be agreed"),
        ("Usual day and time", doc.usual_time or "to be agreed"),
        ("Where", doc.place or "to be agreed"),
        ("Contact between meetings", doc.contact_between or "only through the program"),
        ("We start on", day(doc.start_date, "to be agreed")),
        ("We plan to finish on", day(doc.planned_end_date, f"after {duration}")),
        ("Half-way check", day(doc.midpoint_review_date, "half-way through")),
    ]


def _intro(doc: AgreementDoc, setup: PageSetup) -> str:
    where = f" in the program {setup.program}" if setup.program else ""
    if setup.organization:
        where += f" of {setup.organization}"
    return (
        f"This agreement is between mentor {names(doc.mentors)} and mentee "
        f"{names(doc.mentees)}{where}."
    )


def agreement_story(doc: AgreementDoc, setup: PageSetup) -> list[Flowable]:
    """The flowables of one agreement (for a file of its own or a combined batch)."""
    width = content_width(setup)
    notice = f" We give {doc.notice_days} days' notice when we can." if doc.notice_days else ""
    story: list[Flowable] = [
        DocumentStart(f"Agreement {doc.pair_id}"),
        para("Mentoring agreement", TITLE),
        para(_intro(doc, setup), BODY),
        para(
            "It says what we want to work on, how we will meet and how we treat each other. "
            "Read it together, ask about anything unclear, then sign it.",
            BODY,
        ),
        para("1. What we want to work on", H2),
        *goal_blocks(doc.goals, width, with_progress=False),
        para("2. How we will meet", H2),
        fields(_meeting_plan(doc), width),
        para("3. Keeping things private, and when we cannot", H2),
        para(doc.confidentiality or CONFIDENTIALITY, BODY),
        para("4. Boundaries", H2),
        para(doc.boundaries or BOUNDARIES, BODY),
        para("5. What the program asks of us", H2),
        para(doc.obligations or OBLIGATIONS, BODY),
        para("6. Ending the mentoring", H2),
        para((doc.ending_clause or ENDING) + notice, BODY),
    ]
    lead = [
        para("7. Signatures", H2),
        para(
            "By signing, we say we have read this agreement and will do our best to keep it.", BODY
        ),
    ]
    signers = [("Mentor", n) for n in doc.mentors] + [("Mentee", n) for n in doc.mentees]
    if doc.mentee_is_minor:
        guardians = doc.guardians or ("",)
        signers += [("Parent or guardian", n) for n in guardians]
    signers.append(("Program coordinator", doc.coordinator))
    story.append(signatures(signers, width, lead))
    if doc.mentee_is_minor:
        story += [
            Spacer(1, 6),
            para(
                "Because the mentee is under 18, a parent or guardian signs too. The safety "
                "exception above always applies.",
                SMALL,
            ),
        ]
    return story


def render_agreement(doc: AgreementDoc, setup: PageSetup) -> bytes:
    return render(agreement_story(doc, setup), setup, title="Mentoring agreement")


def render_combined(stories: list[list[Flowable]], setup: PageSetup, title: str) -> bytes:
    """Several documents in one PDF, each starting on a new page with its own page numbers."""
    story: list[Flowable] = []
    for index, part in enumerate(stories):
        if index:
            story.append(PageBreak())
        story.extend(part)
    return render(story, setup, title=title)
