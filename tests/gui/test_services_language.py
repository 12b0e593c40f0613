"""The GUI hands its one language choice down to the services (a plain code, no Qt below
gui): the reports view shows the services' at-risk reasons, detail lines and definitions in
Spanish, and the window's own words too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from mentordesk.core.i18n import language
from mentordesk.db.engine import Database
from mentordesk.gui.common import install_language
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.reports.models import ROW_ROLE
from mentordesk.gui.reports.view import ReportsView
from tests.reports.program_fixture import build_cycle, d


@pytest.fixture
def spanish() -> Iterator[None]:
    install_language("es", QLocale("es_ES"))
    yield
    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_install_language_sets_the_services_language(spanish: None) -> None:
    """install_language("es") is the one place: the services now speak Spanish; English
    again after."""
    assert language() == "es"


def test_reports_view_in_spanish(spanish: None, qtbot: QtBot, db: Database) -> None:
    """Card detail, at-risk reason and a definition's date are the services' words in Spanish."""
    built = build_cycle(db)
    ctx = AppContext(db)
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.today = d(6, 30)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        ctx.set_program(built.program_id)
        view.show()
    card = view.cards.cards["match_rate"]
    assert card.value.text() == "25,0 %" and card.detail.text() == "1 de 4"
    assert "30 jun 2026" in card.toolTip()
    reason = view.risk_proxy.index(0, 2).data()
    assert reason.startswith("Sin reuniones desde hace 89 días"), reason
    # All measures: the columns are found by what they hold, not by their (translated) titles.
    model = view.measure_model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).key == "match_rate"
    )
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells[:4] == ["Emparejamiento", "Tasa de emparejamiento", "25,0 %", "1 de 4"], cells
    assert "30 jun 2026" in cells[-1]
