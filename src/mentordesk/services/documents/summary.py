"""The program summary's data: the reports area's measures (one computation), reshaped to print."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from mentordesk.core.measures import MeasureComparison, ProgramMeasures, format_value
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.engine import Database
from mentordesk.documents.data import AtRiskLine, MeasureLine, SummaryDoc
from mentordesk.services.reports import compare_programs, compute_measures, period_for

# The detailed participants_<status> and screening_* figures are in the participation chart.
_SKIP_PREFIXES = ("participants_", "screening_")


def summary_doc(
    db: Database,
    program_id: int,
    previous_program_id: int | None,
    previous_name: str,
    objectives: str,
    today: dt.date,
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
        if m.key.startswith(_SKIP_PREFIXES):
            continue
        value = m.display() + (f" ({m.detail()})" if m.detail() else "")
        previous = ""
        if m.key in comparisons:
            previous = format_value(comparisons[m.key].baseline, m.unit)
        lines.append(MeasureLine(m.label, value, m.formula, previous))
    roles: Counter[str] = Counter()
    for role, status, count in current.participants_by_role_status:
        roles[f"{role}s, {status}"] += count
    charts = current.charts
    status_now = charts.pairs_by_status[-1].counts if charts.pairs_by_status else {}
    completed = sum(r.completed for r in charts.closures_by_reason)
    early = sum(r.early for r in charts.closures_by_reason)
    return SummaryDoc(
        period=f"Whole cycle: {period.start.isoformat()} to {period.end.isoformat()} "
        f"(figures as of {current.as_of.isoformat()})",
        measures=tuple(lines),
        participation=tuple(sorted(roles.items())),
        matches_by_status=tuple((k, v) for k, v in status_now.items()),
        meetings_per_month=tuple((m.month, m.count) for m in charts.meetings_per_month),
        closures_by_type=(("completed as planned", completed), ("ended early", early)),
        at_risk=tuple(
            AtRiskLine(a.pair_id, a.names, "; ".join(a.reasons)) for a in current.at_risk
        ),
        previous_program=previous_name if previous_program_id is not None else "",
        objectives=objectives,
    )
