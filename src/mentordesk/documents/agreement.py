"""The mentoring agreement: plain words a 12-year-old can follow, lines to sign."""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Flowable, PageBreak, Spacer

from mentordesk.core.agreement_defaults import BUILT_IN, in_language
from mentordesk.documents.blocks import goal_blocks, names
from mentordesk.documents.data import AgreementDoc, PageSetup
from mentordesk.documents.i18n import N_, _, day, use
from mentordesk.documents.layout import BODY, H2, SMALL, TITLE, fields, para, signatures
from mentordesk.documents.page import DocumentStart, content_width, render


def privacy_text() -> str:
    return _("What we talk about stays between us.")


def safety_exception() -> str:
    """Printed on every agreement, whatever terms a pair wrote: safety comes first."""
    return _(
        "There is one exception: if someone could get hurt, or the law says an adult must "
        "report something, the mentor tells the program coordinator. Keeping someone safe "
        "always comes first."
    )


def boundaries_text() -> str:
    return _(
        "We meet at the agreed times and places. We are kind and respectful. We do not lend "
        "money or give expensive gifts. We do not share each other's private details without "
        "asking. The mentor is a guide, not a parent, a teacher or a counsellor."
    )


def obligations_text() -> str:
    return _(
        "We come to meetings on time or say early if we cannot come. We tell the coordinator how "
        "things are going when they check in. We go to the program's events when we can."
    )


def ending_text(notice_days: int | None) -> str:
    base = _(
        "Either of us may end the mentoring at any time, and nobody is to blame when that "
        "happens. We tell the coordinator first, so we can say goodbye properly."
    )
    if notice_days:
        base += " " + N_(
            "When we can, we give {count} day's notice.",
            "When we can, we give {count} days' notice.",
            notice_days,
        ).format(count=notice_days)
    return base


def _ending(doc: AgreementDoc) -> str:
    if not doc.ending_clause:
        return ending_text(doc.notice_days)
    text = doc.ending_clause
    if doc.notice_days and str(doc.notice_days) not in text:
        text += " " + N_(
            "Notice period: {count} day.", "Notice period: {count} days.", doc.notice_days
        ).format(count=doc.notice_days)
    return text


def _confidentiality(doc: AgreementDoc) -> str:
    own = doc.confidentiality.strip()
    exception = safety_exception()
    if not own:
        return f"{privacy_text()} {exception}"
    # The pair's own words, and the safety exception always after them.
    return own if exception in own else f"{own} {exception}"


def _meeting_plan(doc: AgreementDoc) -> list[tuple[str, str]]:
    later = _("to be agreed")
    minutes = (
        N_("{count} minute", "{count} minutes", doc.meeting_minutes).format(
            count=doc.meeting_minutes
        )
        if doc.meeting_minutes
        else later
    )
    if doc.planned_end_date:
        end = day(doc.planned_end_date)
    elif doc.duration_months:
        end = N_("after {count} month", "after {count} months", doc.duration_months).format(
            count=doc.duration_months
        )
    else:
        end = _("at the end of the program")
    return [
        (_("How often we meet"), doc.meeting_frequency or later),
        (_("How long each meeting is"), minutes),
        (_("How we meet"), _(doc.meeting_format) if doc.meeting_format else later),
        (_("Usual day and time"), doc.usual_time or later),
        (_("Where"), doc.place or later),
        (_("Contact between meetings"), doc.contact_between or _("only through the program")),
        (_("Start"), day(doc.start_date, later)),
        (_("Planned end"), end),
        (_("Half-way check"), day(doc.midpoint_review_date, _("half-way through"))),
    ]


def _intro(doc: AgreementDoc, setup: PageSetup) -> str:
    if setup.program and setup.organization:
        template = _(
            "This agreement is between mentor {mentors} and mentee {mentees} in the program "
            "{program} of {organization}."
        )
    elif setup.program:
        template = _(
            "This agreement is between mentor {mentors} and mentee {mentees} in the program "
            "{program}."
        )
    else:
        template = _("This agreement is between mentor {mentors} and mentee {mentees}.")
    return template.format(
        mentors=names(doc.mentors),
        mentees=names(doc.mentees),
        program=setup.program,
        organization=setup.organization,
    )


def agreement_title(doc: AgreementDoc) -> str:
    """The document and the pair, for the page header, bookmarks and the file's title."""
    return _("Mentoring agreement — {mentors} & {mentees}").format(
        mentors=names(doc.mentors), mentees=names(doc.mentees)
    )


def agreement_story(doc: AgreementDoc, setup: PageSetup) -> list[Flowable]:
    """The flowables of one agreement (for a file of its own or a combined batch)."""
    with use(setup.language):
        return _agreement_story(worded(doc, setup.language), setup)


def worded(doc: AgreementDoc, language: str) -> AgreementDoc:
    """The agreement with the terms the coordinator left as built-in defaults worded in the
    document's language; terms they wrote themselves print as typed."""
    terms = {key: getattr(doc, key) for key in BUILT_IN}
    return dataclasses.replace(doc, **in_language(terms, language))


def _agreement_story(doc: AgreementDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    story: list[Flowable] = [
        DocumentStart(agreement_title(doc)),
        para(_("Mentoring agreement"), TITLE),
        para(_intro(doc, setup), BODY),
        para(
            _(
                "It says what we want to work on, how we will meet and how we treat each other. "
                "Read it together, ask about anything unclear, then sign it."
            ),
            BODY,
        ),
        para(_("1. What we want to work on"), H2),
        *goal_blocks(doc.goals, width, with_progress=False),
        para(_("2. How we will meet"), H2),
        fields(_meeting_plan(doc), width),
        para(_("3. Keeping things private, and when we cannot"), H2),
        para(_confidentiality(doc), BODY),
        para(_("4. Boundaries"), H2),
        para(doc.boundaries or boundaries_text(), BODY),
        para(_("5. What the program asks of us"), H2),
        para(doc.obligations or obligations_text(), BODY),
    ]
    # The last clause, the heading and the lines to sign stay on one page.
    lead = [
        para(_("6. Ending the mentoring"), H2),
        para(_ending(doc), BODY),
        para(_("7. Signatures"), H2),
        para(
            _("By signing, we say we have read this agreement and will do our best to keep it."),
            BODY,
        ),
    ]
    signers = [(_("Mentor"), n) for n in doc.mentors] + [(_("Mentee"), n) for n in doc.mentees]
    if doc.mentee_is_minor:
        # Guardian names are sensitive: the line is left for the guardian to write theirs.
        signers += [
            (_("Parent or guardian (name and signature)"), n) for n in doc.guardians or ("",)
        ]
    signers.append((_("Program coordinator"), doc.coordinator))
    story.append(signatures(signers, width, lead))
    if doc.mentee_is_minor:
        story += [
            Spacer(1, 6),
            para(
                _(
                    "Because the mentee is under 18, a parent or guardian signs too. The safety "
                    "exception above always applies."
                ),
                SMALL,
            ),
        ]
    return story


def render_agreement(doc: AgreementDoc, setup: PageSetup) -> bytes:
    with use(setup.language):
        title = agreement_title(doc)
        subject = _("Mentoring agreement")
    return render(agreement_story(doc, setup), setup, title=title, subject=subject)


def render_combined(
    stories: list[list[Flowable]], setup: PageSetup, title: str, subject: str = ""
) -> bytes:
    """Several documents in one PDF, each starting on a new page with its own page numbers
    and a bookmark."""
    story: list[Flowable] = []
    for index, part in enumerate(stories):
        if index:
            story.append(PageBreak())
        story.extend(part)
    return render(story, setup, title=title, subject=subject or title)
