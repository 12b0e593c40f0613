"""Text of the pair detail's header and summary lines (rich text for QLabel)."""

from __future__ import annotations

import html

from mentordesk.core.enums import MeetingStatus, PairStatus
from mentordesk.gui.common import format_number, translate
from mentordesk.gui.pairs.models import fmt_date
from mentordesk.services.pairs import PairDetail


def meeting_summary(d: PairDetail) -> str:
    a = d.adherence
    cancelled = sum(
        1 for m in d.meetings if m.status in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)
    )
    planned = [m for m in d.meetings if m.status is MeetingStatus.PLANNED]
    text = translate(
        "pairs.summaries",
        "<b>%n meeting(s) held, {hours} hours</b> · cadence target every "
        "{cadence_days} days: {label} · {cancelled} cancelled or no-show",
        None,
        a.held,
    ).format(
        hours=format_number(a.hours, 1),
        cadence_days=d.cadence_days,
        label=a.label,
        cancelled=cancelled,
    )
    if planned:
        text += translate("pairs.summaries", " · next planned {v0}").format(
            v0=fmt_date(min(m.date for m in planned))
        )
    elif a.next_due:
        text += translate("pairs.summaries", " · next meeting due {v0}").format(
            v0=fmt_date(a.next_due)
        )
    return text


def checkin_summary(d: PairDetail) -> str:
    c = d.checkin_due
    red = translate("pairs.summaries", "<b style='color:#b00020'>")
    parts = []
    if c.next_due:
        when = fmt_date(c.next_due)
        parts.append(
            translate("pairs.summaries", "Next check-in {red}overdue since {when}</b>").format(
                red=red, when=when
            )
            if c.overdue
            else translate("pairs.summaries", "Next check-in due {when}").format(when=when)
        )
    elif d.status is PairStatus.ACTIVE:
        parts.append(
            translate("pairs.summaries", "First check-in due 2 days after the first meeting")
        )
    if c.guardian_next_due:
        when = fmt_date(c.guardian_next_due)
        parts.append(
            translate("pairs.summaries", "guardian check-in {red}overdue since {when}</b>").format(
                red=red, when=when
            )
            if c.guardian_overdue
            else translate("pairs.summaries", "guardian check-in due {when}").format(when=when)
        )
    if d.latest_rating is not None:
        parts.append(
            translate("pairs.summaries", "latest rating {latest_rating}/5").format(
                latest_rating=d.latest_rating
            )
        )
    if d.open_safety_concerns:
        parts.append(
            translate(
                "pairs.summaries",
                "{red}%n open safety concern(s)</b>",
                None,
                d.open_safety_concerns,
            ).format(red=red)
        )
    return " · ".join(parts) or translate(
        "pairs.summaries", "No check-ins due (the pair is not active)."
    )


def score_html(d: PairDetail) -> str:
    """The match score and its explanation, one line per criterion.

    Reads the matcher's lines ({criterion, text, points}) and, for older data, plain
    {criterion, similarity, weight} entries.
    """
    s = d.summary
    if s.score is None:
        return translate("pairs.summaries", "<b>Match score:</b> —")
    lines = [translate("pairs.summaries", "<b>Match score {score:.0f}</b>").format(score=s.score)]
    for item in d.explanation:
        lines.append(html.escape(explanation_line(item)))
    if d.approved_by:
        lines.append(
            translate(
                "pairs.summaries", "<span style='color:#707070'>approved by {v0}</span>"
            ).format(v0=html.escape(d.approved_by))
        )
    return "<br>".join(lines)


def explanation_line(item: dict[str, object]) -> str:
    # "shown" is the matcher's rounding that adds up to the score (largest remainder).
    points = item.get("shown", item.get("points"))
    if "text" in item:
        text = str(item["text"])
        if isinstance(points, (int, float)):
            value = round(points)
            text += " ±0" if value == 0 else (f" +{value}" if value > 0 else f" −{-value}")
        return text
    name = str(item.get("criterion", item.get("name", "?")))
    bits = []
    sim = item.get("similarity", item.get("score"))
    if isinstance(sim, (int, float)):
        bits.append(f"{round(100 * sim) if sim <= 1 else round(sim)} %")
    weight = item.get("weight")
    if isinstance(weight, (int, float)):
        bits.append(translate("pairs.summaries", "weight {weight}").format(weight=f"{weight:g}"))
    return f"{name}: {', '.join(bits)}" if bits else name
