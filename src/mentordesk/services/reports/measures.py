"""Program measures for a program and a period: what the reports, the CLI and the summary PDF show.

Stable API (the documents area builds the program summary PDF from it):

- ``period_for(db, program_id, preset, today, start=None, end=None) -> Period``
  this month / this term (calendar quarter) / whole cycle (program start–end) / custom.
- ``compute_measures(db, program_id, period, today=None) -> ProgramMeasures``
  every measure (a frozen ``core.measures.Measure``: key, label, value, numerator, denominator,
  unit, formula, section) plus the chart series (meetings per month, pairs by status at each
  month end, closures by reason, ratings distribution) and the at-risk pairs with reasons.
  Look a figure up with ``measures.get("match_rate")`` / ``measures.value("match_rate")``.
- ``compute_previous(db, measures, today=None) -> ProgramMeasures | None``: the baseline of
  "change vs previous": previous month / quarter / as many days before; for the whole cycle, the
  previous cycle (``previous_program_id``) when there is one; None when there is nothing before.
- ``equivalent_period(db, period, program_id, other_program_id, today=None) -> Period``: the
  same stretch of another program (its whole cycle — to the same point while this one runs —,
  or the period moved by the gap between the two start dates).
- ``compare_programs(db, program_id, other_program_id, period, today=None)``
  -> (current, other, list[MeasureComparison]) for year-over-year.
- ``core.measures.compare(current, baseline) -> list[MeasureComparison]``.

Measure keys (stable): participants, mentors, mentees, participants_<status> for every
MemberStatus, screening_cleared, screening_pending, screening_expired, screening_not_cleared,
match_rate, utilization, pairs_active, pairs_paused, pairs_closed, pairs_new, meetings_held,
meetings_vs_target, mentoring_hours, checkins_done (contacts made), checkins_on_time,
checkin_rate, pairs_at_risk, goal_completion,
goal_progress, rating_avg, closure_rate, early_closure_rate, retention, match_length_avg.

Figures that describe a state (participants, screening, pairs by status, matching, pairs at
risk) are taken on ``as_of`` = the period end, or today when the period runs into the future,
from the history tables (pair_events, membership_changes, closures kept when reopened), so a
past period shows what the program looked like then and does not change after later edits;
activity figures (meetings, hours, check-ins, ratings, closures) count what is dated within
[period start, as_of].
Each figure is one SQL aggregate over the program (``measure_queries``), never a loop over rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import t
from mentordesk.core.measures import (
    ChartSeries,
    MeasureComparison,
    MonthCount,
    ProgramMeasures,
    ReasonCount,
    StatusSnapshot,
    compare,
)
from mentordesk.core.periods import (
    Period,
    PeriodPreset,
    make_period,
    month_ends,
    previous_period,
    same_point,
    shift_period,
)
from mentordesk.db.engine import Database
from mentordesk.db.models import ProgramRecord
from mentordesk.services.reports import chart_queries as cq
from mentordesk.services.reports import queries as q
from mentordesk.services.reports.at_risk import pairs_at_risk
from mentordesk.services.reports.measure_list import Figures, build_measures

__all__ = [
    "compare",
    "compare_programs",
    "compute_measures",
    "compute_previous",
    "equivalent_period",
    "period_for",
]


def period_for(
    db: Database,
    program_id: int,
    preset: PeriodPreset,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Period:
    """The period a preset means for this program on `today`."""
    with db.read() as session:
        program = session.get(ProgramRecord, program_id)
        if program is None:
            raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
        return make_period(
            preset,
            today,
            cycle_start=program.start_date,
            cycle_end=program.end_date,
            start=start,
            end=end,
        )


def compute_measures(
    db: Database, program_id: int, period: Period, today: dt.date | None = None
) -> ProgramMeasures:
    """Every measure of the program for the period (one read session, a few dozen aggregates)."""
    today = today or dt.date.today()
    as_of = max(period.start, min(period.end, today))
    start = period.start
    with db.read() as session:
        program = session.get(ProgramRecord, program_id)
        if program is None:
            raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
        eligible, matched, capacity = q.matching_figures(session, program_id, as_of, today)
        months = cq.meetings_by_month(session, program_id, start, as_of)
        held = sum(n for n, _h in months.values())
        hours = sum(h for _n, h in months.values())
        rules = CheckinRules.from_json(program.checkin_rules)
        cadence = max(1, program.cadence_days or 14)
        made, required, on_time = q.checkin_figures(session, program_id, start, as_of, rules)
        goals, goals_done, progress = q.goal_figures(session, program_id, as_of)
        ratings = cq.rating_counts(session, program_id, start, as_of)
        # The health rule reads only what had happened by as_of, so a past day is exact too.
        at_risk = pairs_at_risk(session, program_id, as_of)
        figures = Figures(
            start=start,
            as_of=as_of,
            cadence_days=cadence,
            by_role_status=q.participants_by_role_status(session, program_id, as_of),
            screening=q.screening_counts(session, program_id, as_of),
            eligible_mentees=eligible,
            matched_mentees=matched,
            capacity=capacity,
            status_counts=q.pair_status_counts(session, program_id, as_of, today),
            pairs=q.pair_counts(session, program_id, start, as_of, cadence),
            meetings_held=held,
            hours=hours,
            checkins_done=made,
            checkins_required=required,
            checkins_done_capped=on_time,
            goals=goals,
            goals_done=goals_done,
            goal_progress=progress,
            ratings=ratings,
            at_risk=at_risk,
            rules=rules,
        )
        charts = _charts(session, program_id, period, as_of, today, months, ratings)
        name = program.name
    return ProgramMeasures(
        program_id=program_id,
        program_name=name,
        period=period,
        as_of=as_of,
        measures=tuple(build_measures(figures)),
        charts=charts,
        at_risk=tuple(at_risk),
        participants_by_role_status=tuple(figures.by_role_status),
    )


def _charts(
    session: Session,
    program_id: int,
    period: Period,
    as_of: dt.date,
    today: dt.date,
    months: dict[str, tuple[int, float]],
    ratings: dict[int, int],
) -> ChartSeries:
    per_month = tuple(
        MonthCount(key, *months.get(key, (0, 0.0)))
        for key in (d.strftime("%Y-%m") for d in month_ends(period))
    )
    # Month ends up to as_of, and as_of itself when it falls inside a month.
    days = sorted({min(day, as_of) for day in month_ends(period)})
    counts = cq.status_counts_on_days(session, program_id, days, today)
    snapshots = tuple(StatusSnapshot(day, counts[day]) for day in days)
    reasons: dict[str, dict[str, int]] = {}
    for reason, kind, n in cq.closures_by_reason(session, program_id, period.start, as_of):
        reasons.setdefault(reason or "(no reason)", {})[kind] = n
    by_reason = tuple(
        sorted(
            (ReasonCount(r, k.get("completed", 0), k.get("early", 0)) for r, k in reasons.items()),
            key=lambda rc: (-rc.total, rc.reason),
        )
    )
    return ChartSeries(per_month, snapshots, by_reason, {r: ratings.get(r, 0) for r in range(1, 6)})


def compute_previous(
    db: Database, measures: ProgramMeasures, today: dt.date | None = None
) -> ProgramMeasures | None:
    """The baseline for "change vs previous": the previous month / quarter / as many days before;
    for the whole cycle, the previous cycle when the program was rolled over from one. While the
    period still runs, the baseline is cut at the same point (the first 20 days of last month).

    None when there is nothing to compare with: a whole cycle with no previous cycle, or a
    baseline that ends before the program began (every change would read "+ everything").
    """
    with db.read() as session:
        program = session.get(ProgramRecord, measures.program_id)
        previous_id = program.previous_program_id if program else None
        program_start = program.start_date if program else None
    if measures.period.preset is PeriodPreset.CYCLE:
        if previous_id is None:
            return None
        period = equivalent_period(db, measures.period, measures.program_id, previous_id, today)
        return compute_measures(db, previous_id, period, today)
    before = same_point(previous_period(measures.period), measures.period, measures.as_of)
    if program_start is not None and before.end < program_start:
        return None
    return compute_measures(db, measures.program_id, before, today)


def equivalent_period(
    db: Database,
    period: Period,
    program_id: int,
    other_program_id: int,
    today: dt.date | None = None,
) -> Period:
    """The matching stretch of another program (year over year).

    Whole cycle: the other program's cycle. Other periods: `period` moved by the gap between the
    two programs' start dates (one year when either has no start date), so "this month" lines
    up with the same month last cycle. While `period` still runs, the other one is cut at the
    same point, so both are compared after the same number of days.
    """
    as_of = min(period.end, today or dt.date.today())
    with db.read() as session:
        this = session.get(ProgramRecord, program_id)
        other = session.get(ProgramRecord, other_program_id)
        if this is None or other is None:
            raise NotFoundError(t("No such program"))
        this_start, other_start, other_end = this.start_date, other.start_date, other.end_date
    if period.preset is PeriodPreset.CYCLE:
        whole = make_period(
            PeriodPreset.CYCLE,
            other_end or period.end,
            cycle_start=other_start,
            cycle_end=other_end,
        )
        return same_point(whole, period, as_of)
    if this_start and other_start:
        return same_point(shift_period(period, (other_start - this_start).days), period, as_of)
    return same_point(shift_period(period, -365), period, as_of)


def compare_programs(
    db: Database,
    program_id: int,
    other_program_id: int,
    period: Period,
    today: dt.date | None = None,
) -> tuple[ProgramMeasures, ProgramMeasures, list[MeasureComparison]]:
    """Year over year: this program's period against the same stretch of another program."""
    current = compute_measures(db, program_id, period, today)
    other_period = equivalent_period(db, period, program_id, other_program_id, today)
    other = compute_measures(db, other_program_id, other_period, today)
    return current, other, compare(current, other)
