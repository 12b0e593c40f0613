"""District ▸ Coordinators… driven with qtbot, as the administrator of a district server; the
District menu shows only to an administrator on a server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mentordesk.db.engine import Database
from mentordesk.gui.common import RowRole
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.district import CoordinatorsDialog, DistrictMenu
from tests.district.conftest import District


def _rows(dialog: CoordinatorsDialog) -> set[tuple[str, str, str]]:
    model = dialog.model
    return {
        (g.program_name, g.role_name, g.access.value)
        for g in (model.index(r, 0).data(RowRole) for r in range(model.rowCount()))
    }


@pytest.mark.postgresql
def test_grant_and_revoke_in_the_dialog(qtbot: QtBot, district: District) -> None:
    """The administrator sees every assignment, grants one and revokes one."""
    ctx = AppContext(district.db("admin"))
    dialog = CoordinatorsDialog(ctx)
    qtbot.addWidget(dialog)
    roles = district.roles
    assert _rows(dialog) == {
        ("North", roles["coord_north"], "coordinator"),
        ("South", roles["coord_south"], "coordinator"),
        ("South", roles["funder"], "viewer"),
    }
    dialog.ui.roleCombo.setEditText(roles["coord_north"])
    dialog.ui.programCombo.setCurrentText("South")
    with qtbot.waitSignal(ctx.changed):
        dialog.ui.grantButton.click()
    assert ("South", roles["coord_north"], "coordinator") in _rows(dialog)
    assert "is now coordinator of South" in dialog.ui.messageLabel.text()
    # Revoke the viewer: select its row, click Revoke.
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, 0).data(RowRole).role_name == roles["funder"]:
            dialog.ui.table.selectRow(row)
    assert dialog.ui.revokeButton.isEnabled()
    dialog.ui.revokeButton.click()
    assert ("South", roles["funder"], "viewer") not in _rows(dialog)


@pytest.mark.postgresql
def test_bad_login_is_one_sentence(qtbot: QtBot, district: District) -> None:
    """An unknown login: a red sentence under the form, nothing changed."""
    ctx = AppContext(district.db("admin"))
    dialog = CoordinatorsDialog(ctx)
    qtbot.addWidget(dialog)
    before = _rows(dialog)
    dialog.ui.roleCombo.setEditText("nobody_here")
    dialog.ui.grantButton.click()
    assert "no role 'nobody_here'" in dialog.ui.messageLabel.text()
    assert "color" in dialog.ui.messageLabel.styleSheet()
    assert _rows(dialog) == before


@pytest.mark.postgresql
def test_menu_only_for_the_administrator(qtbot: QtBot, district: District) -> None:
    """District ▸ Coordinators… shows for the administrator, not for a coordinator."""
    for role, visible in (("admin", True), ("coord_north", False), ("funder", False)):
        window = QMainWindow()
        qtbot.addWidget(window)
        help_menu = window.menuBar().addMenu("Help")
        menu = DistrictMenu(window, AppContext(district.db(role)), help_menu.menuAction())
        menu.refresh()
        assert menu.menu_action.isVisible() is visible, role


@pytest.mark.sqlite_only("the District menu on a file")
def test_menu_hidden_on_a_file(qtbot: QtBot, db: Database) -> None:
    """On a file there is no District menu: whoever opens it sees everything."""
    window = QMainWindow()
    qtbot.addWidget(window)
    help_menu = window.menuBar().addMenu("Help")
    menu = DistrictMenu(window, AppContext(db), help_menu.menuAction())
    menu.refresh()
    assert not menu.menu_action.isVisible()
