"""A person's data on request, as a readable PDF: one section per kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether

from mentordesk.documents.data import PageSetup
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
    width = content_width(setup)
    story: list[Flowable] = [
        DocumentStart("Personal data"),
        para(f"Personal data held about {doc.name}", TITLE),
        para(
            f"Exported on {doc.exported_on}: every record MentorDesk holds about this person, "
            "including confidential notes. Keep this copy secure.",
            SMALL,
        ),
    ]
    if not doc.sections:
        story.append(para("No records.", BODY))
    for section in doc.sections:
        story.append(para(f"{section.title} ({len(section.records)})", H2))
        for record in section.records:
            story.append(KeepTogether([para(record.heading, H3), fields(record.fields, width)]))
    return story


def render_person_data(doc: PersonDataDoc, setup: PageSetup) -> bytes:
    return render(person_data_story(doc, setup), setup, title=f"Personal data — {doc.name}")
