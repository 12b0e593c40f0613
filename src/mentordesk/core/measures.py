"""Program measures as the reports hand them out: figures with their formula, chart series.

Pure data; `services/measures.py` computes them from the database. Percentages are stored in
percent (0–100); `value` is None when the figure is undefined (a rate over zero pairs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mentordesk.core.i18n import N_, Text, decimal, ntext
from mentordesk.core.periods import Period


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    HOURS = "hours"
    RATING = "rating"  # 1–5
    DAYS = "days"


class Section(StrEnum):
    PARTICIPANTS = N_("Participants")
    MATCHING = N_("Matching")
    ACTIVITY = N_("Activity")
    OUTCOMES = N_("Outcomes")


#: Measure labels built at run time (measure_list.py): marked so the catalog holds them.
RUNTIME_LABELS = (
    N_("Status: applied"), N_("Status: screened"), N_("Status: trained"),
    N_("Status: active"), N_("Status: withdrawn"),
    N_("Mentors cleared"), N_("Mentors pending"), N_("Mentors expired"),
    N_("Mentors not cleared"),
    N_("Active pairs"), N_("Paused pairs"), N_("Closed pairs"),
)  # fmt: skip


def label_text(label: str, code: str | None = None) -> str:
    """A measure's label (stored in English, the key exports keep) in the language."""
    return Text(label).render(code)


@dataclass(frozen=True)
class Measure:
    """One figure: `value` = numerator ÷ denominator (× 100 for percent) where there is a ratio."""

    key: str
    label: str
    value: float | None
    unit: Unit
    formula: str
    section: Section
    numerator: float | None = None
    denominator: float | None = None
    #: True when a higher value is better (for colouring a change); None when neutral.
    higher_is_better: bool | None = True
    #: How `detail()` reads numerator and denominator, so the sentence is true for the figure:
    #: "16 of 19" for a part of a whole, "6 held, 4 expected" when one may exceed the other.
    detail_template: str = "{num} of {den}"
    #: The formula before its arguments were filled in (a message translators translate),
    #: and the arguments (dates, numbers, status words): the printed summary fills them in
    #: the document's language. Empty template: `formula` is the whole text.
    formula_template: str = ""
    formula_args: tuple[tuple[str, Any], ...] = ()
    #: For a ratio, `value` = numerator ÷ denominator × scale (100 for a percentage, 1 for an
    #: average such as the rating); None for a count, whose value adds up as it is. A total
    #: over programs (`combine`) recomputes a ratio from the summed numerators and
    #: denominators, never by averaging the programs' values.
    scale: float | None = None

    def display(self, code: str | None = None) -> str:
        """The figure as a coordinator reads it: '72.5 %', '12', '3.8 / 5', '—' (in the
        language of the moment, or `code`: '72,5 %')."""
        return format_value(self.value, self.unit, code)

    def detail(self, code: str | None = None) -> str:
        """'29 of 40' for ratios, '12 ratings' for an average rating, '' otherwise."""
        if self.numerator is None or not self.denominator:
            return ""
        if self.unit is Unit.RATING:
            count = round(self.denominator)
            return ntext("{n} rating", "{n} ratings", count).render(code)
        args = {"num": _number(self.numerator, code), "den": _number(self.denominator, code)}
        return Text(self.detail_template, args).render(code)

    def formula_text(self, code: str | None = None) -> str:
        """The definition in the language of the moment (or `code`), dates and numbers its way;
        `formula` stays the English text (exports of record, the audit)."""
        if not self.formula_template:
            return Text(self.formula).render(code)
        args = {k: _argument(v) for k, v in self.formula_args}
        return Text(self.formula_template, args).render(code)


def _argument(value: Any) -> Any:
    if isinstance(value, tuple):
        return ", ".join(str(_argument(v)) for v in value)
    if isinstance(value, str):
        return Text(value)  # a status word ('active', 'cleared'): the catalog words it
    return value


def format_value(value: float | None, unit: Unit, code: str | None = None) -> str:
    if value is None:
        return "—"
    if unit is Unit.PERCENT:
        return Text("{value} %", {"value": decimal(value, 1, code)}).render(code)
    if unit is Unit.HOURS:
        return Text("{value} h", {"value": decimal(value, 1, code)}).render(code)
    if unit is Unit.RATING:
        return Text("{value} / 5", {"value": decimal(value, 2, code)}).render(code)
    if unit is Unit.DAYS:
        days = round(value)
        return ntext("{n} day", "{n} days", days).render(code)
    return _number(value, code)


def _number(value: float, code: str | None = None) -> str:
    return decimal(value, 0 if float(value).is_integer() else 1, code)


@dataclass(frozen=True)
class MonthCount:
    month: str  # "2026-09"
    count: int
    hours: float = 0.0


@dataclass(frozen=True)
class StatusSnapshot:
    """Pairs by status on one day (a month end)."""

    date: dt.date
    counts: dict[str, int]


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    completed: int
    early: int

    @property
    def total(self) -> int:
        return self.completed + self.early


@dataclass(frozen=True)
class AtRiskPair:
    pair_id: int
    names: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ChartSeries:
    meetings_per_month: tuple[MonthCount, ...] = ()
    pairs_by_status: tuple[StatusSnapshot, ...] = ()
    closures_by_reason: tuple[ReasonCount, ...] = ()
    #: rating (1–5) → number of check-ins with that rating
    ratings: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgramMeasures:
    program_id: int
    program_name: str
    period: Period
    #: Status-type figures (pairs by status, screening) are taken on this day: the period end,
    #: or today when the period runs into the future.
    as_of: dt.date
    measures: tuple[Measure, ...]
    charts: ChartSeries
    at_risk: tuple[AtRiskPair, ...] = ()
    #: (role, status, count) rows behind the participant figures
    participants_by_role_status: tuple[tuple[str, str, int], ...] = ()

    def get(self, key: str) -> Measure:
        for measure in self.measures:
            if measure.key == key:
                return measure
        raise KeyError(key)

    def value(self, key: str) -> float | None:
        return self.get(key).value

    def by_section(self) -> dict[Section, list[Measure]]:
        sections: dict[Section, list[Measure]] = {s: [] for s in Section}
        for measure in self.measures:
            sections[measure.section].append(measure)
        return sections


@dataclass(frozen=True)
class MeasureComparison:
    key: str
    label: str
    unit: Unit
    current: float | None
    baseline: float | None
    higher_is_better: bool | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.baseline is None:
            return None
        return self.current - self.baseline

    def change_text(self, code: str | None = None) -> str:
        """'+4.2 pts', '−3', '±0' or '' when either side is undefined (numbers and the
        percentage-point unit in the language of the moment, or `code`)."""
        change = self.change
        if change is None:
            return ""
        if abs(change) < 1e-9:
            return "±0"
        sign = "+" if change > 0 else "−"
        magnitude = abs(change)
        if self.unit is Unit.PERCENT:
            points = decimal(magnitude, 1, code)
            return Text("{sign}{value} pts", {"sign": sign, "value": points}).render(code)
        if self.unit is Unit.RATING:
            return f"{sign}{decimal(magnitude, 2, code)}"
        if self.unit in (Unit.HOURS, Unit.DAYS):
            return f"{sign}{decimal(magnitude, 0 if magnitude.is_integer() else 1, code)}"
        return f"{sign}{_number(magnitude, code)}"

    @property
    def improved(self) -> bool | None:
        """True/False when the change is good/bad news, None when neutral or unknown."""
        change = self.change
        if change is None or self.higher_is_better is None or abs(change) < 1e-9:
            return None
        return (change > 0) == self.higher_is_better


def compare(current: ProgramMeasures, baseline: ProgramMeasures | None) -> list[MeasureComparison]:
    """Measure by measure, `current` against `baseline` (previous period or another program);
    with no baseline every change is unknown."""
    rows = []
    for measure in current.measures:
        try:
            other: float | None = baseline.value(measure.key) if baseline is not None else None
        except KeyError:
            other = None
        rows.append(
            MeasureComparison(
                measure.key,
                measure.label,
                measure.unit,
                measure.value,
                other,
                measure.higher_is_better,
            )
        )
    return rows


def combine(rows: Sequence[Sequence[Measure]], formula_note: str = "") -> tuple[Measure, ...]:
    """The total of several programs' measures (same keys, in the first row's order).

    Counts and hours are summed; a ratio is its summed numerators over its summed
    denominators (× scale), so a program with 40 mentees weighs four times one with 10 — the
    average of the programs' percentages would weigh them alike and be wrong. A ratio whose
    summed denominator is 0 is undefined (None), as for one program.
    """
    if not rows:
        return ()
    by_key = [{m.key: m for m in row} for row in rows]
    out = []
    for first in rows[0]:
        same = [row[first.key] for row in by_key if first.key in row]
        numerators = [m.numerator for m in same]
        denominators = [m.denominator for m in same]
        num = (
            sum(n for n in numerators if n is not None)
            if any(n is not None for n in numerators)
            else None
        )
        den = (
            sum(d for d in denominators if d is not None)
            if any(d is not None for d in denominators)
            else None
        )
        if first.scale is not None:
            value = (num or 0.0) / den * first.scale if den else None
        else:
            values = [m.value for m in same if m.value is not None]
            value = sum(values) if values else None
        formula = f"{formula_note}{first.formula}" if formula_note else first.formula
        out.append(replace(first, value=value, numerator=num, denominator=den, formula=formula))
    return tuple(out)
