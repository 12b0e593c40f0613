"""The roster item model and its sort/filter proxy, without a window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mentordesk.core.enums import MemberStatus, Role, ScreeningState
from mentordesk.gui.roster.model import (
    COL_CAPACITY,
    COL_NAME,
    COL_SCREENING,
    RosterProxyModel,
    RosterTableModel,
    RowRole,
    SortRole,
)
from mentordesk.services.roster.people import RosterRow


def _row(pid: int, name: str, role: Role = Role.MENTEE, **kw: object) -> RosterRow:
    values: dict[str, object] = dict(
        participant_id=pid, name=name, role=role, status=MemberStatus.ACTIVE, org_unit="",
        screening=None, expiring_soon=False, capacity=0, matched=0, email="", minor=False,
    )  # fmt: skip
    values.update(kw)
    return RosterRow(**values)  # type: ignore[arg-type]


ROWS = [
    _row(1, "Zoë Adams", Role.MENTOR, capacity=10, screening=ScreeningState.CLEARED),
    _row(2, "Иван Петров", Role.MENTOR, capacity=2, screening=ScreeningState.EXPIRED,
         org_unit="Engineering"),
    _row(3, "李雪", minor=True, email="li.xue@example.cn"),
    _row(4, "José García", Role.BOTH, capacity=1, status=MemberStatus.WITHDRAWN,
         screening=ScreeningState.PENDING),
]  # fmt: skip


def _models() -> tuple[RosterTableModel, RosterProxyModel]:
    model = RosterTableModel()
    proxy = RosterProxyModel()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    return model, proxy


def _names(proxy: RosterProxyModel) -> list[str]:
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester) -> None:
    """The table model and the proxy honour Qt's model contract."""
    model, proxy = _models()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter("a")
    qtmodeltester.check(proxy)


def test_roles_give_raw_values_and_rows() -> None:
    """SortRole is the raw value (a number for capacity); RowRole is the RosterRow."""
    model, _ = _models()
    assert model.index(0, COL_CAPACITY).data(SortRole) == 10
    assert model.index(0, COL_NAME).data(RowRole) == ROWS[0]
    assert model.index(1, COL_SCREENING).data() == "Expired"


def test_numbers_sort_as_numbers() -> None:
    """Capacity 10 sorts after 2, not before it as text would."""
    _, proxy = _models()
    proxy.sort(COL_CAPACITY, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[:3] == ["Zoë Adams", "Иван Петров", "José García"]


def test_every_column_sorts() -> None:
    """Sorting by any column keeps all rows and reverses under descending order."""
    _, proxy = _models()
    for column in range(proxy.columnCount()):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        ascending = _names(proxy)
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        assert sorted(_names(proxy)) == sorted(ascending) and len(ascending) == 4


def test_filter_text_role_and_status() -> None:
    """Text matches any column, case-insensitively; role and status filters combine."""
    _, proxy = _models()
    proxy.set_filter("ENGINEER")
    assert _names(proxy) == ["Иван Петров"]
    proxy.set_filter("example.cn")
    assert _names(proxy) == ["李雪"]
    proxy.set_filter("", roles=frozenset({Role.MENTOR, Role.BOTH}))
    assert sorted(_names(proxy)) == sorted(["Zoë Adams", "Иван Петров", "José García"])
    proxy.set_filter("", statuses=frozenset({MemberStatus.WITHDRAWN}))
    assert _names(proxy) == ["José García"]
    proxy.set_filter("zo")
    proxy.set_filter("z")  # widening the text again finds everyone who matches
    assert _names(proxy) == ["Zoë Adams"]
    proxy.set_filter("expired")
    assert _names(proxy) == ["Иван Петров"]


def test_filter_survives_reload() -> None:
    """New rows from the database are filtered with the current text."""
    model, proxy = _models()
    proxy.set_filter("adams")
    model.set_rows([*ROWS, _row(9, "Mia Adams", date=dt.date.today())] if False else [
        *ROWS, _row(9, "Mia Adams")
    ])  # fmt: skip
    assert _names(proxy) == ["Mia Adams", "Zoë Adams"]
