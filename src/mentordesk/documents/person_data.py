"""A person's data on request, as a readable PDF: one section per kind of record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether

from mentordesk.documents.data import PageSetup
from mentordesk.documents.i18n import _, day, use
from mentordesk.documents.layout import BODY, H2, H3, SMALL, TITLE, fields, para
from mentordesk.documents.page import DocumentStart, content_width, render


@dataclass(frozen=True)
class Record:
    """One record: a heading and its label/value lines."""

    heading: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Section:
    title: str
    records: tuple[Record, ...]


@dataclass(frozen=True)
class PersonDataDoc:
    name: str
    exported_on: str
    sections: tuple[Section, ...]


def person_data_story(doc: PersonDataDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        width = content_width(setup)
        story: list[Flowable] = [
            DocumentStart(_("Personal data")),
            para(_("Personal data held about {name}").format(name=doc.name), TITLE),
            para(
                _(
                    "Exported on {day}: every record MentorDesk holds about this person, "
                    "including confidential notes. Keep this copy secure."
                ).format(day=_day(doc.exported_on)),
                SMALL,
            ),
        ]
        if not doc.sections:
            story.append(para(_("No records."), BODY))
        for section in doc.sections:
            story.append(para(f"{section.title} ({len(section.records)})", H2))
            for record in section.records:
                story.append(KeepTogether([para(record.heading, H3), fields(record.fields, width)]))
        return story


def _day(text: str) -> str:
    """An ISO date in the document's language ("2 de diciembre de 2026"); other text as is."""
    try:
        return day(dt.date.fromisoformat(text))
    except ValueError:
        return text


def render_person_data(doc: PersonDataDoc, setup: PageSetup) -> bytes:
    with use(setup.language):
        title = _("Personal data — {name}").format(name=doc.name)
    return render(person_data_story(doc, setup), setup, title=title)
