"""The program summary: measures with their definitions, charts, at-risk pairs, last cycle."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from mentordesk.documents.charts import bar_chart
from mentordesk.documents.data import PageSetup, SummaryDoc
from mentordesk.documents.fonts import SANS
from mentordesk.documents.layout import (
    BODY,
    H2,
    SMALL,
    TITLE,
    DocumentStart,
    content_width,
    para,
    render,
    table,
)

# A summary goes to a principal or a funder: a page of at-risk pairs, not a hundred.
AT_RISK_ROWS = 40


def summary_story(doc: SummaryDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    compare = bool(doc.previous_program)
    story: list[Flowable] = [
        DocumentStart("Program summary"),
        para(f"Program summary — {setup.program}", TITLE),
        para(doc.period, SMALL),
    ]
    if doc.objectives:
        story += [para("Objectives", H2), para(doc.objectives, BODY)]
    story.append(para("Measures", H2))
    if compare:
        story.append(
            para(f'"Previous cycle" is the same stretch of {doc.previous_program}.', SMALL)
        )
        header: tuple[str, ...] = ("Measure", "This cycle", "Previous cycle", "What it means")
        rows: list[tuple[str, ...]] = [
            (m.name, m.value, m.previous or "—", m.definition) for m in doc.measures
        ]
        widths = [width * f for f in (0.24, 0.14, 0.14, 0.48)]
    else:
        header = ("Measure", "Value", "What it means")
        rows = [(m.name, m.value, m.definition) for m in doc.measures]
        widths = [width * f for f in (0.26, 0.16, 0.58)]
    story.append(table(header, rows, widths))
    half = (width - 12) / 2
    charts = [
        bar_chart("Participants", doc.participation, half, horizontal=True),
        bar_chart("Matches by status", doc.matches_by_status, half, horizontal=True),
    ]
    grid = Table([charts], colWidths=[half + 12, half], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [
        KeepTogether([para("Charts", H2), grid]),
        Spacer(1, 8),
        bar_chart("Meetings held per month", doc.meetings_per_month, width),
        Spacer(1, 8),
        bar_chart("Closures by type", doc.closures_by_type, half, horizontal=True),
        para("Pairs at risk", H2),
    ]
    if doc.at_risk:
        shown = doc.at_risk[:AT_RISK_ROWS]
        rows = [(f"#{r.pair_id}", r.names, r.reason) for r in shown]
        story.append(
            table(
                ("Pair", "Mentor & mentee", "Why"),
                rows,
                [width * f for f in (0.08, 0.4, 0.52)],
            )
        )
        if len(doc.at_risk) > AT_RISK_ROWS:
            more = len(doc.at_risk) - AT_RISK_ROWS
            story.append(
                para(
                    f"… and {more} more pairs at risk ({len(doc.at_risk)} in all). The pairs "
                    "view lists every one of them with what to do next.",
                    SMALL,
                )
            )
    else:
        story.append(para("No pair is at risk right now.", BODY))
    return story


def render_summary(doc: SummaryDoc, setup: PageSetup) -> bytes:
    return render(summary_story(doc, setup), setup, title="Program summary")
