"""The program summary: every measure with its definition, charts, pairs at risk, last cycle.

The funder version (the default) counts the pairs at risk by reason and names nobody; the
internal version, chosen by the coordinator, adds the pairs and their reasons.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from mentordesk.documents.charts import bar_chart, month_label
from mentordesk.documents.data import MeasureLine, PageSetup, SummaryDoc
from mentordesk.documents.fonts import SANS
from mentordesk.documents.i18n import N_, _, day, use
from mentordesk.documents.i18n import number as number_text
from mentordesk.documents.layout import BODY, H2, H3, SMALL, TITLE, para, table
from mentordesk.documents.page import DocumentStart, content_width, render

# The internal version lists pairs at risk: a page of them, not a hundred.
AT_RISK_ROWS = 40


def summary_title(setup: PageSetup, internal: bool) -> str:
    if internal:
        return _("Program summary (internal) — {program}").format(program=setup.program)
    return _("Program summary — {program}").format(program=setup.program)


def _period(doc: SummaryDoc) -> str:
    if not doc.has_dates:
        return _(
            "This program has no start and end dates, so the figures cover the 12 months up to "
            "{as_of}."
        ).format(as_of=day(doc.as_of))
    return _("From {start} to {end} (figures as of {as_of})").format(
        start=day(doc.period_start), end=day(doc.period_end), as_of=day(doc.as_of)
    )


def _figure(value: float | None, unit: str) -> str:
    """A measure's figure in the document language's number format."""
    if value is None:
        return "—"
    if unit == "percent":
        return number_text(value, 1) + "\u00a0%"
    if unit == "hours":
        return _("{value} h").format(value=number_text(value, 1))
    if unit == "rating":
        return _("{value} / 5").format(value=number_text(value, 2))
    if unit == "days":
        return _("{value} days").format(value=number_text(value))
    return number_text(value, 0 if float(value).is_integer() else 1)


def _value(m: MeasureLine) -> str:
    if not m.unit:
        return m.value  # a line given as text only
    text = _figure(m.number, m.unit)
    if m.numerator is not None and m.denominator:
        if m.unit == "rating":
            detail = N_("{count} rating", "{count} ratings", int(m.denominator)).format(
                count=number_text(m.denominator)
            )
        else:
            detail = _("{part} of {whole}").format(
                part=_figure(m.numerator, "count"), whole=_figure(m.denominator, "count")
            )
        text += f" ({detail})"
    return text


def _previous(m: MeasureLine) -> str:
    if not m.unit:
        return m.previous or "—"
    return _figure(m.previous_number, m.unit) if m.has_previous else "—"


def definition(m: MeasureLine) -> str:
    """What a measure means, in the page's language: the translated message with its dates
    (CLDR, in full), numbers and status words written in that language."""
    text = _(m.definition)
    if not m.definition_args:
        return text
    return text.format(**{name: _argument(value) for name, value in m.definition_args})


def _argument(value: object) -> str:
    if isinstance(value, dt.date):
        return day(value)
    if isinstance(value, bool) or not isinstance(value, int | float | tuple):
        return _(str(value))
    if isinstance(value, tuple):
        return ", ".join(_argument(v) for v in value)
    return number_text(value, 0 if float(value).is_integer() else 1)


def _words(label: str) -> str:
    """A chart label of data words ("Mentors, active") in the document language."""
    return ", ".join(_(part) for part in label.split(", "))


def summary_story(doc: SummaryDoc, setup: PageSetup) -> list[Flowable]:
    with use(setup.language):
        return _summary_story(doc, setup)


def _summary_story(doc: SummaryDoc, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup)
    compare = bool(doc.previous_program)
    story: list[Flowable] = [
        DocumentStart(summary_title(setup, doc.internal)),
        para(summary_title(setup, doc.internal), TITLE),
        para(_period(doc), SMALL),
    ]
    if doc.internal:
        story.append(para(_("Internal version with names: not for handing out."), SMALL))
    if doc.objectives:
        story += [para(_("Objectives"), H2), para(doc.objectives, BODY)]
    story.append(para(_("Measures"), H2))
    if compare:
        story.append(
            para(
                _('"Previous cycle" is the same stretch of {program}.').format(
                    program=doc.previous_program
                ),
                SMALL,
            )
        )
    sections: list[str] = list(dict.fromkeys(m.section for m in doc.measures))
    for section in sections:
        lines = [m for m in doc.measures if m.section == section]
        if compare:
            header: tuple[str, ...] = (
                _("Measure"),
                _("This cycle"),
                _("Previous cycle"),
                _("What it means"),
            )
            rows: list[tuple[str, ...]] = [
                (_(m.name), _value(m), _previous(m), definition(m)) for m in lines
            ]
            widths = [width * f for f in (0.24, 0.15, 0.15, 0.46)]
        else:
            header = (_("Measure"), _("Value"), _("What it means"))
            rows = [(_(m.name), _value(m), definition(m)) for m in lines]
            widths = [width * f for f in (0.28, 0.18, 0.54)]
        block: list[Flowable] = []
        if section and len(sections) > 1:
            block.append(para(_(section), H3))
        block.append(table(header, rows, widths))
        story += block
    half = (width - 12) / 2
    charts = [
        bar_chart(
            _("Participants"), [(_words(k), v) for k, v in doc.participation], half, horizontal=True
        ),
        bar_chart(
            _("Matches by status"),
            [(_words(k), v) for k, v in doc.matches_by_status],
            half,
            horizontal=True,
        ),
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
    current = f"{doc.as_of:%Y-%m}"
    months = [
        (month_label(m) + ("*" if m == current else ""), n) for m, n in doc.meetings_per_month
    ]
    story += [
        KeepTogether([para(_("Charts"), H2), grid]),
        Spacer(1, 8),
        bar_chart(_("Meetings held per month"), months, width),
        *(
            [para(_("* The month in progress, up to {date}.").format(date=day(doc.as_of)), SMALL)]
            if any(m == current for m, _n in doc.meetings_per_month)
            else []
        ),
        Spacer(1, 8),
        bar_chart(
            _("Closures by type"),
            [(_words(k), v) for k, v in doc.closures_by_type],
            half,
            horizontal=True,
        ),
    ]
    story += _at_risk(doc, width)
    return story


def _at_risk(doc: SummaryDoc, width: float) -> list[Flowable]:
    out: list[Flowable] = [para(_("Pairs at risk"), H2)]
    if not doc.at_risk_total:
        out.append(para(_("No pair is at risk right now."), BODY))
        return out
    out.append(
        para(
            N_(
                "{count} pair needs attention. A pair can have more than one reason.",
                "{count} pairs need attention. A pair can have more than one reason.",
                doc.at_risk_total,
            ).format(count=number_text(doc.at_risk_total)),
            BODY,
        )
    )
    reasons = table(
        (_("Reason"), _("Pairs")),
        [(_(reason), number_text(count)) for reason, count in doc.at_risk_reasons],
        [width * 0.7, width * 0.3],
    )
    # The heading, its sentence and the counts by reason on one page (a short table).
    out = [KeepTogether([*out, reasons])]
    if doc.internal and doc.at_risk:
        shown = doc.at_risk[:AT_RISK_ROWS]
        out.append(Spacer(1, 6))
        out.append(
            table(
                (_("Pair"), _("Mentor & mentee"), _("Why")),
                [(f"#{r.pair_id}", r.names, r.reason) for r in shown],
                [width * f for f in (0.08, 0.4, 0.52)],
            )
        )
        if len(doc.at_risk) > AT_RISK_ROWS:
            more = len(doc.at_risk) - AT_RISK_ROWS
            out.append(
                para(
                    N_(
                        "… and {count} more pair at risk. The pairs view lists every one of "
                        "them with what to do next.",
                        "… and {count} more pairs at risk. The pairs view lists every one of "
                        "them with what to do next.",
                        more,
                    ).format(count=number_text(more)),
                    SMALL,
                )
            )
    return out


def render_summary(doc: SummaryDoc, setup: PageSetup) -> bytes:
    with use(setup.language):
        title, subject = summary_title(setup, doc.internal), _("Program summary")
    return render(summary_story(doc, setup), setup, title=title, subject=subject)


__all__ = ["dt", "render_summary", "summary_story"]
