"""What a coordinator prints anyway: a pair's status sheet, the roster, the rotation grid."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from mentordesk.documents.blocks import goal_blocks, names
from mentordesk.documents.data import PageSetup, PairSheetDoc, RosterDoc, RotationDoc
from mentordesk.documents.i18n import N_, _, day, use
from mentordesk.documents.i18n import number as number_text
from mentordesk.documents.layout import BODY, H2, H3, SMALL, TITLE, fields, para, table
from mentordesk.documents.page import DocumentStart, content_width, render


def pair_sheet_title(doc: PairSheetDoc) -> str:
    return _("Pair status sheet — {mentors} & {mentees}").format(
        mentors=names(doc.mentors), mentees=names(doc.mentees)
    )


def pair_sheet_story(doc: PairSheetDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        return _pair_sheet_story(doc, setup)


def _pair_sheet_story(doc: PairSheetDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    story: list[Flowable] = [
        DocumentStart(pair_sheet_title(doc)),
        para(pair_sheet_title(doc), TITLE),
        fields(
            [
                (_("Pair"), f"#{doc.pair_id}, {_(doc.status)}"),
                (_("Mentor"), names(doc.mentors)),
                (_("Mentee"), names(doc.mentees)),
                (_("Started"), day(doc.start_date)),
                (_("Planned end"), day(doc.planned_end_date)),
                (_("Agreement"), _(doc.agreement_status)),
                (
                    _("Meetings held"),
                    N_(
                        "{count} ({hours} hour)", "{count} ({hours} hours)", round(doc.hours)
                    ).format(count=number_text(doc.meetings_held), hours=number_text(doc.hours, 1)),
                ),
                (_("Last meeting"), day(doc.last_meeting, _("none yet"))),
                (_("Last check-in"), day(doc.last_checkin, _("none yet"))),
                *([(_("Closure"), doc.closure)] if doc.closure else []),
            ],
            width,
        ),
        para(_("Goals"), H2),
        *goal_blocks(doc.goals, width, with_progress=True),
        para(_("Meetings"), H2),
    ]
    if doc.meetings:
        rows: list[tuple[str, ...]] = [
            (
                day(m.date),
                _("{count} min").format(count=m.minutes),
                _(m.format),
                _(m.status),
                m.topics,
            )
            for m in doc.meetings
        ]
        story.append(
            table(
                (_("Date"), _("Length"), _("Format"), _("Status"), _("Topics")),
                rows,
                [width * f for f in (0.18, 0.1, 0.12, 0.12, 0.48)],
            )
        )
    else:
        story.append(para(_("No meetings logged yet."), BODY))
    story.append(para(_("Support check-ins"), H2))
    if doc.checkins:
        rows = [
            (
                day(c.date),
                _(c.party),
                _(c.method),
                str(c.rating) if c.rating else "—",
                _("yes") if c.safety_concern else _("no"),
                c.follow_up,
            )
            for c in doc.checkins
        ]
        story.append(
            table(
                (_("Date"), _("With"), _("How"), _("Rating"), _("Safety concern"), _("Follow-up")),
                rows,
                [width * f for f in (0.18, 0.11, 0.11, 0.09, 0.13, 0.38)],
            )
        )
    else:
        story.append(para(_("No check-ins recorded yet."), BODY))
    return story


def roster_story(doc: RosterDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        return _roster_story(doc, setup)


def _roster_story(doc: RosterDoc, setup: PageSetup) -> list[Flowable]:
    """The roster; gender, pronouns, identity, guardian contact and notes only on request."""
    width = content_width(setup)
    header = [
        _("Name"),
        _("Role"),
        _("Status"),
        _("Grade / unit"),
        _("E-mail"),
        _("Phone"),
        _("Screening"),
        _("Matched with"),
    ]
    shares = [0.16, 0.08, 0.08, 0.1, 0.2, 0.12, 0.1, 0.16]
    rows: list[list[str]] = []
    for line in doc.lines:
        row = [
            line.name,
            _(line.role),
            _(line.status),
            line.grade_or_unit,
            line.email,
            line.phone,
            _(line.screening) if line.screening else "",
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
        header += [
            _("Gender"),
            _("Pronouns"),
            _("Identity preferences"),
            _("Guardian contact"),
            _("Notes"),
        ]
        shares = [0.11, 0.05, 0.06, 0.06, 0.12, 0.08, 0.06, 0.09, 0.06, 0.06, 0.08, 0.09, 0.08]
    note = (
        _("Includes sensitive fields at the coordinator's request: keep this copy secure.")
        if doc.include_sensitive
        else _("Sensitive fields (demographics, guardian contact, notes) are left out.")
    )
    title = N_("Roster — {count} participant", "Roster — {count} participants", len(doc.lines))
    return [
        DocumentStart(_("Roster")),
        para(title.format(count=number_text(doc.total or len(doc.lines))), TITLE),
        para(note, SMALL),
        table(
            header, rows, [width * s for s in shares], font_size=7 if doc.include_sensitive else 9
        ),
    ]


def rotation_story(doc: RotationDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        return _rotation_story(doc, setup)


def _rotation_story(doc: RotationDoc, setup: PageSetup) -> list[Flowable]:
    """Rounds down the side, one column per mentor's table, mentee names in the cells."""
    width = content_width(setup)
    columns = max(1, len(doc.mentors))
    first = min(0.16, 0.5 / (columns + 1) + 0.08)
    widths = [width * first] + [width * (1 - first) / columns] * columns
    rows = []
    for label, cells in zip(doc.rounds, doc.grid, strict=False):
        rows.append([label, *[", ".join(c) if c else "—" for c in cells]])
    size = 11 if columns <= 6 else 8
    title = _(doc.title)
    return [
        DocumentStart(title),
        para(title, TITLE),
        para(_("Each round, mentees move to the table of the mentor named at the top."), SMALL),
        table([_("Round"), *doc.mentors], rows, widths, font_size=size),
        *_breaks(doc),
    ]


def _breaks(doc: RotationDoc) -> list[Flowable]:
    """Who sits each round out, under the grid (a column of its own would dwarf the tables)."""
    lines = [(label, names) for label, names in doc.breaks if names]
    if not lines:
        return []
    story: list[Flowable] = [para(_("Sitting out"), H2)]
    # One line per person: names of different people never share a line, so a right-to-left
    # name cannot swap words with its neighbour.
    for label, people in lines:
        story.append(para(label, H3))
        story += [para(person, BODY) for person in people]
    return story


def render_pair_sheet(doc: PairSheetDoc, setup: PageSetup) -> bytes:
    with use(setup.language):
        title, subject = pair_sheet_title(doc), _("Pair status sheet")
    return render(pair_sheet_story(doc, setup), setup, title=title, subject=subject)


def render_roster(doc: RosterDoc, setup: PageSetup) -> bytes:
    setup = replace(setup, landscape=True)
    with use(setup.language):
        title = _("Roster")
    return render(roster_story(doc, setup), setup, title=title, subject=title)


def render_rotation(doc: RotationDoc, setup: PageSetup) -> bytes:
    setup = replace(setup, landscape=True)
    with use(setup.language):
        title = _(doc.title)
    return render(rotation_story(doc, setup), setup, title=title, subject=title)
