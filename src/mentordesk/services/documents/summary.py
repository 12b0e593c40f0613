"""The program summary's data: the reports area's measures (one computation), reshaped to print.

Every measure the reports view shows is printed. The pairs at risk are counted by reason (the
funder version); their names are added only to the internal version.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from mentordesk.core.i18n import english
from mentordesk.core.measures import MeasureComparison, ProgramMeasures, format_value
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.documents.data import AtRiskLine, MeasureLine, SummaryDoc
from mentordesk.services.reports import compare_programs, compute_measures, period_for

# Reason categories for the funder version (the reasons carry days and dates).
_REASONS = (
    ("safety concern", "Open safety concern"),
    ("relationship rating", "Low relationship rating"),
    ("no meeting", "No recent meeting"),
    ("guardian check-in", "Guardian check-in overdue"),
    ("check-in overdue", "Check-in overdue"),
    ("not cleared", "Mentor not cleared"),
)
_ROLES = {"mentor": "Mentors", "mentee": "Mentees", "both": "Both roles"}


def reason_category(reason: str) -> str:
    """The category of an at-risk reason, read from its English wording (whatever the
    language it is shown in)."""
    low = english(reason).lower()
    for needle, label in _REASONS:
        if needle in low:
            return label
    return "Other"


def summary_doc(
    db: Database,
    program_id: int,
    previous_program_id: int | None,
    previous_name: str,
    objectives: str,
    today: dt.date,
    *,
    has_dates: bool = True,
    internal: bool = False,
) -> SummaryDoc:
    """Measures of the whole cycle, with last cycle's figures when there is a previous program."""
    period = period_for(db, program_id, PeriodPreset.CYCLE, today)
    comparisons: dict[str, MeasureComparison] = {}
    current: ProgramMeasures
    if previous_program_id is not None:
        current, _other, compared = compare_programs(
            db, program_id, previous_program_id, period, today
        )
        comparisons = {c.key: c for c in compared}
    else:
        current = compute_measures(db, program_id, period, today)
    lines = []
    for m in current.measures:
        # English here: the document words the figure itself in its own language.
        value = m.display("en") + (f" ({m.detail('en')})" if m.detail("en") else "")
        previous = ""
        if m.key in comparisons:
            previous = format_value(comparisons[m.key].baseline, m.unit, "en")
        lines.append(
            MeasureLine(
                m.label,
                value,
                m.formula_template or m.formula,
                previous,
                str(m.section),
                number=m.value,
                unit=str(m.unit),
                numerator=m.numerator,
                denominator=m.denominator,
                previous_number=comparisons[m.key].baseline if m.key in comparisons else None,
                has_previous=m.key in comparisons,
                definition_args=m.formula_args,
            )
        )
    roles: Counter[str] = Counter()
    for role, status, count in current.participants_by_role_status:
        roles[f"{_ROLES.get(str(role), str(role))}, {status}"] += count
    charts = current.charts
    status_now = charts.pairs_by_status[-1].counts if charts.pairs_by_status else {}
    completed = sum(r.completed for r in charts.closures_by_reason)
    early = sum(r.early for r in charts.closures_by_reason)
    # Only months that have begun: no future month drawn as zero.
    this_month = f"{current.as_of:%Y-%m}"
    months = tuple((m.month, m.count) for m in charts.meetings_per_month if m.month <= this_month)
    reasons: Counter[str] = Counter()
    for pair in current.at_risk:
        for category in dict.fromkeys(reason_category(r) for r in pair.reasons):
            reasons[category] += 1
    return SummaryDoc(
        period_start=period.start,
        period_end=period.end,
        as_of=current.as_of,
        has_dates=has_dates,
        measures=tuple(lines),
        participation=tuple(sorted(roles.items())),
        matches_by_status=tuple((k, v) for k, v in status_now.items()),
        meetings_per_month=months,
        closures_by_type=(("completed as planned", completed), ("ended early", early)),
        # Most frequent first; "Other" (a reason with no category) last.
        at_risk_reasons=tuple(sorted(reasons.items(), key=lambda kv: (kv[0] == "Other", -kv[1]))),
        at_risk=tuple(AtRiskLine(a.pair_id, a.names, "; ".join(a.reasons)) for a in current.at_risk)
        if internal
        else (),
        at_risk_total=len(current.at_risk),
        internal=internal,
        previous_program=previous_name if previous_program_id is not None else "",
        objectives=objectives,
    )
