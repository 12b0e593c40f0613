"""Text of the pair detail's header and summary lines (rich text for QLabel)."""

from __future__ import annotations

import html

from mentordesk.core.enums import MeetingStatus, PairStatus
from mentordesk.gui.pairs.models import fmt_date
from mentordesk.services.pairs import PairDetail


def meeting_summary(d: PairDetail) -> str:
    a = d.adherence
    cancelled = sum(
        1 for m in d.meetings if m.status in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)
    )
    planned = [m for m in d.meetings if m.status is MeetingStatus.PLANNED]
    text = (
        f"<b>{a.held} meeting(s) held, {a.hours:.1f} hours</b> · cadence target every "
        f"{d.cadence_days} days: {a.label} · {cancelled} cancelled or no-show"
    )
    if planned:
        text += f" · next planned {fmt_date(min(m.date for m in planned))}"
    elif a.next_due:
        text += f" · next meeting due {fmt_date(a.next_due)}"
    return text


def checkin_summary(d: PairDetail) -> str:
    c = d.checkin_due
    red = "<b style='color:#b00020'>"
    parts = []
    if c.next_due:
        when = fmt_date(c.next_due)
        parts.append(
            f"Next check-in {red}overdue since {when}</b>"
            if c.overdue
            else f"Next check-in due {when}"
        )
    elif d.status is PairStatus.ACTIVE:
        parts.append("First check-in due 2 days after the first meeting")
    if c.guardian_next_due:
        when = fmt_date(c.guardian_next_due)
        parts.append(
            f"guardian check-in {red}overdue since {when}</b>"
            if c.guardian_overdue
            else f"guardian check-in due {when}"
        )
    if d.latest_rating is not None:
        parts.append(f"latest rating {d.latest_rating}/5")
    if d.open_safety_concerns:
        parts.append(f"{red}{d.open_safety_concerns} open safety concern(s)</b>")
    return " · ".join(parts) or "No check-ins due (the pair is not active)."


def score_html(d: PairDetail) -> str:
    """The match score and its explanation, one line per criterion.

    Reads the matcher's lines ({criterion, text, points}) and, for older data, plain
    {criterion, similarity, weight} entries.
    """
    s = d.summary
    if s.score is None:
        return "<b>Match score:</b> —"
    lines = [f"<b>Match score {s.score:.0f}</b>"]
    for item in d.explanation:
        lines.append(html.escape(explanation_line(item)))
    if d.approved_by:
        lines.append(f"<span style='color:#707070'>approved by {html.escape(d.approved_by)}</span>")
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
        bits.append(f"weight {weight:g}")
    return f"{name}: {', '.join(bits)}" if bits else name
