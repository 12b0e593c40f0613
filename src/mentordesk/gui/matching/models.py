"""Item models of the matching view: people, drafts, candidates, unmatched, exclusions, rotation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from mentordesk.core.enums import DraftState
from mentordesk.gui.common import Column, Index, RowTableModel, SortRole, label, translate
from mentordesk.services.matching import (
    CandidateRow,
    DraftRow,
    ExclusionRow,
    PersonRow,
    RotationResult,
    UnmatchedRow,
)

PINNED = QColor("#e8f0fe")
REJECTED = QColor("#fde8e8")


class SourceSortProxy(QSortFilterProxyModel):
    """Filters here, sorts in the source model: sorting 5,000 rows through lessThan() would call
    data() millions of times from Python."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def proxy_for(model: QAbstractTableModel, parent: Any = None) -> QSortFilterProxyModel:
    proxy = SourceSortProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setDynamicSortFilter(False)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


STATE_TEXT = {
    DraftState.PROPOSED: "proposed",
    DraftState.PINNED: "pinned",  # no emoji: many fonts show a missing-glyph box
    DraftState.REJECTED: "rejected",
}


def _draft_state(d: DraftRow) -> str:
    """A pin a hard rule now forbids says so (it is never approved)."""
    return (
        translate("matching.models", "pin no longer valid")
        if d.blocked
        else label(STATE_TEXT[d.state])
    )


def draft_model(parent: Any = None) -> RowTableModel[DraftRow]:
    model: RowTableModel[DraftRow] = RowTableModel(
        [
            Column(
                translate("matching.models", "Score"),
                lambda d: _score(d.score),
                lambda d: d.score or 0.0,
                True,
            ),
            Column(translate("matching.models", "Mentor"), lambda d: d.mentor_name),
            Column(translate("matching.models", "Mentee"), lambda d: d.mentee_name),
            Column(translate("matching.models", "State"), _draft_state),
            Column(
                translate("matching.models", "Why"),
                lambda d: d.top(3),
                tooltip=lambda d: "\n".join(d.lines()),
            ),
        ],
        parent,
    )
    model.background = lambda d: (
        REJECTED
        if d.blocked
        else PINNED
        if d.state is DraftState.PINNED
        else REJECTED
        if d.state is DraftState.REJECTED
        else None
    )
    model.muted = lambda d: d.state is DraftState.REJECTED
    return model


def mentee_model(parent: Any = None) -> RowTableModel[PersonRow]:
    model: RowTableModel[PersonRow] = RowTableModel(
        [
            Column(translate("matching.models", "Mentee"), lambda p: p.name),
            Column(translate("matching.models", "Unit"), lambda p: p.org_unit),
            Column(
                translate("matching.models", "Draft"),
                lambda p: translate("matching.models", "yes") if p.proposed else "",
                lambda p: p.proposed,
            ),
            Column(
                translate("matching.models", "Status"),
                lambda p: translate("matching.models", "eligible") if p.eligible else p.reason,
                tooltip=lambda p: p.reason or translate("matching.models", "can be matched"),
            ),
        ],
        parent,
    )
    model.muted = lambda p: not p.eligible
    return model


def mentor_model(parent: Any = None) -> RowTableModel[PersonRow]:
    model: RowTableModel[PersonRow] = RowTableModel(
        [
            Column(translate("matching.models", "Mentor"), lambda p: p.name),
            Column(
                translate("matching.models", "Free"),
                lambda p: translate("matching.models", "{free} of {capacity}").format(
                    free=p.free, capacity=p.capacity
                ),
                lambda p: p.free,
                True,
                tooltip=lambda p: translate(
                    "matching.models", "capacity {capacity}, {used} in live pairs, {pinned} pinned"
                ).format(capacity=p.capacity, used=p.used, pinned=p.pinned),
            ),
            Column(
                translate("matching.models", "Drafts"),
                lambda p: str(p.proposed + p.pinned),
                lambda p: p.proposed + p.pinned,
                True,
                tooltip=lambda p: translate(
                    "matching.models", "{proposed} proposed, {pinned} pinned"
                ).format(proposed=p.proposed, pinned=p.pinned),
            ),
            Column(
                translate("matching.models", "Status"),
                lambda p: translate("matching.models", "eligible") if p.eligible else p.reason,
                tooltip=lambda p: p.reason or translate("matching.models", "can be matched"),
            ),
        ],
        parent,
    )
    model.muted = lambda p: not p.eligible
    return model


def candidate_model(parent: Any = None) -> RowTableModel[CandidateRow]:
    model: RowTableModel[CandidateRow] = RowTableModel(
        [
            Column(
                translate("matching.models", "Score"),
                lambda c: _score(c.score),
                lambda c: c.score,
                True,
            ),
            Column(translate("matching.models", "Mentor"), lambda c: c.name),
            Column(
                translate("matching.models", "Free"),
                lambda c: str(c.free_slots),
                lambda c: c.free_slots,
                True,
            ),
            Column(
                translate("matching.models", "Note"),
                lambda c: "; ".join(c.blocked_by) if c.blocked_by else "; ".join(c.lines[:2]),
                tooltip=lambda c: "\n".join([*c.blocked_by, *c.lines]),
            ),
        ],
        parent,
    )
    model.muted = lambda c: not c.eligible
    return model


def unmatched_model(parent: Any = None) -> RowTableModel[UnmatchedRow]:
    return RowTableModel(
        [
            Column(translate("matching.models", "Mentee"), lambda u: u.name),
            Column(translate("matching.models", "Reason"), lambda u: u.reason),
        ],
        parent,
    )


def exclusion_model(parent: Any = None) -> RowTableModel[ExclusionRow]:
    return RowTableModel(
        [
            Column(translate("matching.models", "Person"), lambda e: e.a_name),
            Column(translate("matching.models", "Never with"), lambda e: e.b_name),
            Column(translate("matching.models", "Reason"), lambda e: e.reason),
        ],
        parent,
    )


class RotationGridModel(QAbstractTableModel):
    """Rows = tables (mentors), columns = rounds, cells = the mentee(s) seated there."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rotation: RotationResult | None = None
        self.cells: dict[tuple[int, int], list[str]] = {}
        self.tips: dict[tuple[int, int], list[str]] = {}
        self.tables: list[tuple[int, str]] = []

    def set_rotation(self, rotation: RotationResult | None) -> None:
        self.beginResetModel()
        self.rotation = rotation
        self.cells = {}
        self.tips = {}
        self.tables = list(rotation.mentors) if rotation else []
        if rotation:
            for s in rotation.seats:
                self.cells.setdefault((s.mentor_id, s.round), []).append(s.mentee_name)
                self.tips.setdefault((s.mentor_id, s.round), []).append(
                    translate("matching.models", "{mentee_name}: score {score:.0f}").format(
                        mentee_name=s.mentee_name, score=s.score
                    )
                )
            used = {s.mentor_id for s in rotation.seats}
            self.tables = [t for t in self.tables if t[0] in used]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.rotation else self.rotation.rounds + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                translate("matching.models", "Table · mentor")
                if section == 0
                else translate("matching.models", "Round {section}").format(section=section)
            )
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        mentor_id, name = self.tables[index.row()]
        if index.column() == 0:
            return name
        key = (mentor_id, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.tips.get(key, [])) or None
        names = self.cells.get(key, [])
        return "\n".join(names) if names else "—"
