"""The names the lower layers give measures and matching objectives (English, one place each:
services/reports/measure_list.py, matching/criteria.py), marked here for the GUI's catalogs and
shown through `measure_name` / `objective_name`. A test checks every name the services produce
has a translation, so a new measure cannot slip through in English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from mentordesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.gui.common.vocabulary import LABELS
from mentordesk.gui.common.vocabulary import label as vocabulary

if TYPE_CHECKING:
    from mentordesk.core.periods import Period

MEASURES = "Measures"
MEASURE_NAMES = (
    QT_TRANSLATE_NOOP("Measures", "Participants"),
    QT_TRANSLATE_NOOP("Measures", "Mentors"),
    QT_TRANSLATE_NOOP("Measures", "Mentees"),
    QT_TRANSLATE_NOOP("Measures", "Match rate"),
    QT_TRANSLATE_NOOP("Measures", "Mentor utilization"),
    QT_TRANSLATE_NOOP("Measures", "New pairs"),
    QT_TRANSLATE_NOOP("Measures", "Active pairs"),
    QT_TRANSLATE_NOOP("Measures", "Paused pairs"),
    QT_TRANSLATE_NOOP("Measures", "Closed pairs"),
    QT_TRANSLATE_NOOP("Measures", "Meetings held"),
    QT_TRANSLATE_NOOP("Measures", "Meetings vs. target"),
    QT_TRANSLATE_NOOP("Measures", "Mentoring hours"),
    QT_TRANSLATE_NOOP("Measures", "Contacts made"),
    QT_TRANSLATE_NOOP("Measures", "Required check-ins done on time"),
    QT_TRANSLATE_NOOP("Measures", "Staff contact rate"),
    QT_TRANSLATE_NOOP("Measures", "Pairs at risk"),
    QT_TRANSLATE_NOOP("Measures", "Goal completion"),
    QT_TRANSLATE_NOOP("Measures", "Average goal progress"),
    QT_TRANSLATE_NOOP("Measures", "Average relationship rating"),
    QT_TRANSLATE_NOOP("Measures", "Closure rate"),
    QT_TRANSLATE_NOOP("Measures", "Early-closure rate"),
    QT_TRANSLATE_NOOP("Measures", "Retention"),
    QT_TRANSLATE_NOOP("Measures", "Average match length"),
)
OBJECTIVE_NAMES = (
    QT_TRANSLATE_NOOP("Measures", "Highest total score"),
    QT_TRANSLATE_NOOP("Measures", "As many matched as possible, then highest score"),
    QT_TRANSLATE_NOOP("Measures", "Stable matching (ranked choices)"),
)


#: Names the services build from a stored value ("Status: applied", "Mentors cleared").
_BUILT = (
    ("Status: ", QT_TRANSLATE_NOOP("Measures", "Status: {value}")),
    ("Mentors ", QT_TRANSLATE_NOOP("Measures", "Mentors {value}")),
)


def measure_name(label: str) -> str:
    """A measure's name in the GUI's language."""
    for prefix, template in _BUILT:
        value = label.removeprefix(prefix)
        if value != label and value in LABELS:
            return translate(MEASURES, template).format(value=vocabulary(value))
    return translate(MEASURES, label)


objective_name = measure_name


def period_name(period: Period) -> str:
    """A report period as `Period.label` names it, with the month names and words in the
    GUI's language ("septiembre de 2026", "T3 2026"); other periods keep their ISO dates."""
    from mentordesk.core.periods import PeriodPreset, month_bounds, quarter_bounds

    locale = QLocale()
    start, end = period.start, period.end
    if period.preset is PeriodPreset.MONTH:
        month = locale.toString(QDate(start.year, start.month, 1), "MMMM yyyy")
        if end != month_bounds(start)[1]:
            return translate("Measures", "{first}–{last} {month}").format(
                first=start.day, last=end.day, month=month
            )
        return month
    if period.preset is PeriodPreset.TERM:
        quarter = translate("Measures", "Q{quarter} {year}").format(
            quarter=(start.month - 1) // 3 + 1, year=start.year
        )
        if end != quarter_bounds(start)[1]:
            day = locale.toString(QDate(end.year, end.month, end.day), "d MMM")
            return translate("Measures", "{quarter} to {day}").format(quarter=quarter, day=day)
        return quarter
    return period.label
