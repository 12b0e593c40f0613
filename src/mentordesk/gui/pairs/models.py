"""Column sets and proxies of the pairs view, over the generic `RowTableModel`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from mentordesk.core.enums import PairStatus
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    Column,
    Index,
    RowRole,
    SortRole,
    SourceSortProxy,
    label,
    translate,
)
from mentordesk.services.pairs import (
    CheckinData,
    DueItem,
    GoalData,
    MeetingData,
    PairEvent,
    PairSummary,
)

RED = QColor("#b00020")
AMBER = QColor("#8a5a00")
GREY = QColor("#707070")


def fmt_date(d: dt.date | None) -> str:
    return d.isoformat() if d else "—"


class PairFilterProxy(SourceSortProxy):
    """Status, at-risk and name filters over a pairs model (sorted in the model itself)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: PairStatus | None = None
        self.at_risk_only = False
        self.text = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, status: PairStatus | None, at_risk_only: bool, text: str) -> None:
        self.beginFilterChange()
        self.status, self.at_risk_only, self.text = status, at_risk_only, text.strip().lower()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.status is None and not self.at_risk_only and not self.text:
            return True  # no filter (the usual case): no look at the row
        model = self.sourceModel()
        # The row itself, not model.data(…, RowRole): one call into Python per row, not two.
        rows = getattr(model, "rows", None)
        if rows is not None and 0 <= source_row < len(rows):
            pair = rows[source_row]
        else:
            pair = model.data(model.index(source_row, 0, source_parent), RowRole)
        if not isinstance(pair, PairSummary):
            return True
        if self.status is not None and pair.status is not self.status:
            return False
        if self.at_risk_only and not pair.at_risk:
            return False
        return not self.text or self.text in pair.title.lower()


def sorting_proxy(parent: Any = None) -> QSortFilterProxyModel:
    proxy = SourceSortProxy(parent)
    proxy.setSortRole(SortRole)
    return proxy


# --- column sets --------------------------------------------------------------------------


def _risk_text(p: PairSummary) -> str:
    if not p.reasons:
        return ""
    # "(+1)" said nothing; the column's tooltip lists every reason.
    others = len(p.reasons) - 1
    more = translate("pairs.models", " and %n more reason(s)", None, others) if others else ""
    return "⚠ " + p.reasons[0] + more


PAIR_COLUMNS: list[Column[PairSummary]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Mentor"), lambda p: p.mentor_names),
    Column(
        QT_TRANSLATE_NOOP("Column", "Mentee(s)"),
        lambda p: p.mentee_names + (translate("pairs.models", " (minor)") if p.has_minor else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda p: label(p.status),
        sort=lambda p: list(PairStatus).index(p.status),
        color=lambda p: GREY if p.status in (PairStatus.CLOSED, PairStatus.PROPOSED) else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Start"),
        lambda p: fmt_date(p.start_date),
        sort=lambda p: p.start_date,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Last meeting"),
        lambda p: fmt_date(p.last_meeting),
        sort=lambda p: p.last_meeting,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Next check-in"),
        lambda p: (
            fmt_date(p.next_checkin_due)
            + (translate("pairs.models", " overdue") if p.checkin_overdue else "")
        ),
        sort=lambda p: p.next_checkin_due,
        color=lambda p: RED if p.checkin_overdue else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "At risk"),
        _risk_text,
        sort=lambda p: len(p.reasons),
        tooltip=lambda p: "\n".join(p.reasons),
        color=lambda p: RED if p.reasons else None,
        header_tip=QT_TRANSLATE_NOOP(
            "Column",
            "No meeting within 1.5× the cadence, a check-in overdue, "
            "latest rating ≤ 2, or an open safety concern",
        ),
    ),
]
COL_MENTOR, COL_MENTEE, COL_STATUS, COL_START, COL_LAST, COL_NEXT, COL_RISK = range(7)

DUE_COLUMNS: list[Column[DueItem]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Date"),
        lambda i: fmt_date(i.date) + (translate("pairs.models", " overdue") if i.overdue else ""),
        sort=lambda i: i.date,
        color=lambda i: RED if i.overdue else None,
        bold=lambda i: i.overdue,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "What"), lambda i: label(i.kind)),
    Column(QT_TRANSLATE_NOOP("Column", "Pair"), lambda i: i.pair_title),
    Column(QT_TRANSLATE_NOOP("Column", "Detail"), lambda i: i.detail, tooltip=lambda i: i.detail),
]

MEETING_COLUMNS: list[Column[MeetingData]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda m: fmt_date(m.date), sort=lambda m: m.date),
    Column(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda m: label(m.status),
        color=lambda m: GREY if m.status.value != "held" else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Minutes"),
        lambda m: str(m.duration_minutes or ""),
        sort=lambda m: m.duration_minutes,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Format"), lambda m: m.format),
    Column(QT_TRANSLATE_NOOP("Column", "Topics"), lambda m: m.topics, tooltip=lambda m: m.topics),
    Column(
        QT_TRANSLATE_NOOP("Column", "Next steps"),
        lambda m: m.next_steps,
        tooltip=lambda m: m.next_steps,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Notes (confidential)"),
        lambda m: m.notes,
        tooltip=lambda m: (
            (translate("pairs.models", "Confidential: ") + m.notes) if m.notes else ""
        ),
        color=lambda m: AMBER,
        header_tip=QT_TRANSLATE_NOOP("Column", "Confidential: never printed or exported"),
    ),
]

CHECKIN_COLUMNS: list[Column[CheckinData]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda c: fmt_date(c.date), sort=lambda c: c.date),
    Column(QT_TRANSLATE_NOOP("Column", "Contacted"), lambda c: label(c.party)),
    Column(QT_TRANSLATE_NOOP("Column", "Method"), lambda c: label(c.method)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Rating"),
        lambda c: f"{c.rating}/5" if c.rating else "—",
        sort=lambda c: c.rating or 0,
        color=lambda c: RED if c.rating is not None and c.rating <= 2 else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Safety"),
        lambda c: (
            (
                (translate("pairs.models", "resolved ") + fmt_date(c.safety_resolved_on))
                if c.safety_resolved_on
                else translate("pairs.models", "⚠ OPEN")
            )
            if c.safety_concern
            else ""
        ),
        color=lambda c: RED if c.safety_concern and not c.safety_resolved_on else None,
        bold=lambda c: c.safety_concern and not c.safety_resolved_on,
        tooltip=lambda c: (
            (translate("pairs.models", "Confidential: ") + c.safety_note)
            if c.safety_concern
            else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Follow-up"),
        lambda c: c.follow_up,
        tooltip=lambda c: c.follow_up,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Notes (confidential)"),
        lambda c: c.notes,
        tooltip=lambda c: (
            (translate("pairs.models", "Confidential: ") + c.notes) if c.notes else ""
        ),
        color=lambda c: AMBER,
        header_tip=QT_TRANSLATE_NOOP("Column", "Confidential: never printed or exported"),
    ),
]

GOAL_COLUMNS: list[Column[GoalData]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Goal"),
        lambda g: g.statement,
        tooltip=lambda g: g.statement,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Priority"),
        lambda g: str(g.priority),
        sort=lambda g: g.priority,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Target"),
        lambda g: fmt_date(g.target_date),
        sort=lambda g: g.target_date,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda g: label(g.status)),
    Column(
        QT_TRANSLATE_NOOP("Column", "Progress"),
        lambda g: f"{g.percent} %",
        sort=lambda g: g.percent,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "IDP"),
        lambda g: translate("pairs.models", "yes") if g.in_idp else "",
    ),
]

EVENT_COLUMNS: list[Column[PairEvent]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Date"),
        lambda e: fmt_date(e.date),
        sort=lambda e: (e.date, e.id),
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "From"),
        lambda e: label(e.from_status) if e.from_status else "—",
    ),
    Column(QT_TRANSLATE_NOOP("Column", "To"), lambda e: label(e.to_status)),
    Column(QT_TRANSLATE_NOOP("Column", "Reason"), lambda e: e.reason, tooltip=lambda e: e.reason),
]
