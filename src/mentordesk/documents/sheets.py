"""What a coordinator prints anyway: a pair's status sheet, the roster, the rotation grid."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from mentordesk.documents.blocks import day, goal_blocks, names
from mentordesk.documents.data import PageSetup, PairSheetDoc, RosterDoc, RotationDoc
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
    table,
)


def pair_sheet_story(doc: PairSheetDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    story: list[Flowable] = [
        DocumentStart(f"Pair {doc.pair_id}"),
        para(f"Pair status sheet — {names(doc.mentors)} & {names(doc.mentees)}", TITLE),
        fields(
            [
                ("Pair", f"#{doc.pair_id}, {doc.status}"),
                ("Mentor", names(doc.mentors)),
                ("Mentee", names(doc.mentees)),
                ("Started", day(doc.start_date)),
                ("Planned end", day(doc.planned_end_date)),
                ("Agreement", doc.agreement_status),
                ("Meetings held", f"{doc.meetings_held} ({doc.hours:.1f} hours)"),
                ("Last meeting", day(doc.last_meeting, "none yet")),
                ("Last check-in", day(doc.last_checkin, "none yet")),
                *([("Closure", doc.closure)] if doc.closure else []),
            ],
            width,
        ),
        para("Goals", H2),
        *goal_blocks(doc.goals, width, with_progress=True),
        para("Meetings", H2),
    ]
    if doc.meetings:
        rows: list[tuple[str, ...]] = [
            (day(m.date), f"{m.minutes} min", m.format, m.status, m.topics) for m in doc.meetings
        ]
        story.append(
            table(
                ("Date", "Length", "Format", "Status", "Topics"),
                rows,
                [width * f for f in (0.18, 0.1, 0.12, 0.12, 0.48)],
            )
        )
    else:
        story.append(para("No meetings logged yet.", BODY))
    story.append(para("Support check-ins", H2))
    if doc.checkins:
        rows = [
            (
                day(c.date),
                c.party,
                c.method,
                str(c.rating) if c.rating else "—",
                "yes" if c.safety_concern else "no",
                c.follow_up,
            )
            for c in doc.checkins
        ]
        story.append(
            table(
                ("Date", "With", "How", "Rating", "Safety concern", "Follow-up"),
                rows,
                [width * f for f in (0.18, 0.11, 0.11, 0.09, 0.13, 0.38)],
            )
        )
    else:
        story.append(para("No check-ins recorded yet.", BODY))
    return story


def roster_story(doc: RosterDoc, setup: PageSetup) -> list[Flowable]:
    """The roster; gender, pronouns, identity, guardian contact and notes only on request."""
    width = content_width(setup)
    header = [
        "Name",
        "Role",
        "Status",
        "Grade / unit",
        "E-mail",
        "Phone",
        "Screening",
        "Matched with",
    ]
    shares = [0.16, 0.08, 0.08, 0.1, 0.2, 0.12, 0.1, 0.16]
    rows: list[list[str]] = []
    for line in doc.lines:
        row = [
            line.name,
            line.role,
            line.status,
            line.grade_or_unit,
            line.email,
            line.phone,
            line.screening,
            line.matched_with,
        ]
        if doc.include_sensitive:
            row += [
                line.gender,
                line.pronouns,
                line.identity_preferences,
                line.guardian_contact,
                line.notes,
            ]
        rows.append(row)
    if doc.include_sensitive:
        header += ["Gender", "Pronouns", "Identity preferences", "Guardian contact", "Notes"]
        shares = [0.11, 0.05, 0.06, 0.06, 0.12, 0.08, 0.06, 0.09, 0.06, 0.06, 0.08, 0.09, 0.08]
    note = (
        "Includes sensitive fields at the coordinator's request: keep this copy secure."
        if doc.include_sensitive
        else "Sensitive fields (demographics, guardian contact, notes) are left out."
    )
    return [
        DocumentStart("Roster"),
        para(f"Roster — {doc.total or len(doc.lines)} participants", TITLE),
        para(note, SMALL),
        table(
            header, rows, [width * s for s in shares], font_size=7 if doc.include_sensitive else 9
        ),
    ]


def rotation_story(doc: RotationDoc, setup: PageSetup) -> list[Flowable]:
    """Rounds down the side, one column per mentor's table, mentee names in the cells."""
    width = content_width(setup)
    columns = max(1, len(doc.mentors))
    first = min(0.16, 0.5 / (columns + 1) + 0.08)
    widths = [width * first] + [width * (1 - first) / columns] * columns
    rows = []
    for label, cells in zip(doc.rounds, doc.grid, strict=False):
        rows.append([label, *[", ".join(c) if c else "—" for c in cells]])
    size = 11 if columns <= 6 else 8
    return [
        DocumentStart(doc.title),
        para(doc.title, TITLE),
        para("Each round, mentees move to the table of the mentor named at the top.", SMALL),
        table(["Round", *doc.mentors], rows, widths, font_size=size),
        *_breaks(doc),
    ]


def _breaks(doc: RotationDoc) -> list[Flowable]:
    """Who sits each round out, under the grid (a column of its own would dwarf the tables)."""
    lines = [(label, names) for label, names in doc.breaks if names]
    if not lines:
        return []
    story: list[Flowable] = [para("Sitting out", H2)]
    story += [para(f"{label}: {', '.join(names)}", BODY) for label, names in lines]
    return story


def render_pair_sheet(doc: PairSheetDoc, setup: PageSetup) -> bytes:
    return render(pair_sheet_story(doc, setup), setup, title="Pair status sheet")


def render_roster(doc: RosterDoc, setup: PageSetup) -> bytes:
    setup = replace(setup, landscape=True)
    return render(roster_story(doc, setup), setup, title="Roster")


def render_rotation(doc: RotationDoc, setup: PageSetup) -> bytes:
    setup = replace(setup, landscape=True)
    return render(rotation_story(doc, setup), setup, title=doc.title)
