"""The participant dialog by keyboard alone: Tab follows what the eye reads on every page —
the tab bar, the page's fields top to bottom, then the buttons (the keys-only walk of
test_accessibility.py, page by page)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.gui.common.access import install_keyboard_aids
from mentordesk.gui.roster.participant_dialog import ParticipantDialog
from tests.gui.keyboard import describe, focus_walk, unnamed

TODAY = dt.date(2026, 11, 22)


def _row_key(widget: QWidget, top: QWidget) -> tuple[int, int]:
    """Top to bottom (rows: the same 12 px band), each row left to right."""
    corner = widget.mapTo(top, widget.rect().topLeft())
    return (corner.y() // 12, corner.x())


def _stops(page: QWidget) -> set[QWidget]:
    """What a keyboard user must reach on a page: every control that takes Tab."""
    return {
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and not isinstance(w, QScrollArea)
    }


def test_tab_goes_tab_bar_then_the_page_top_to_bottom_then_buttons(qtbot: QtBot) -> None:
    """On each of the five pages (chosen with the arrow keys on the tab bar): Tab from the tab
    bar reaches every field of that page in reading order, then OK and Cancel, then comes
    back to the tab bar; no field of another page is visited."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_keyboard_aids(app)
    dialog = ParticipantDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_text("full_name", "Ana Lima")  # OK is enabled (a stop) once the name is there
    tabs = dialog.ui.tabs
    bar = tabs.tabBar()
    buttons = [b for b in dialog.ui.buttonBox.buttons() if b.isVisible()]
    assert {dialog.ui.buttonBox.standardButton(b) for b in buttons} == {
        QDialogButtonBox.StandardButton.Ok,
        QDialogButtonBox.StandardButton.Cancel,
    }
    assert all(b.isEnabled() for b in buttons)
    for page_index in range(tabs.count()):
        if page_index:
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(bar, Qt.Key.Key_Right)  # the next page, by keyboard
        assert tabs.currentIndex() == page_index
        chain = focus_walk(qtbot, dialog, bar)
        assert chain[0] is bar, [describe(w) for w in chain]
        content = tabs.currentWidget().findChild(QScrollArea).widget()
        fields = chain[1 : len(chain) - len(buttons)]
        assert set(fields) == _stops(content), [describe(w) for w in chain]
        keys = [_row_key(w, content) for w in fields]
        assert keys == sorted(keys), [describe(w) for w in fields]
        by_position = sorted(buttons, key=lambda b: b.mapToGlobal(b.rect().topLeft()).x())
        assert chain[len(chain) - len(buttons) :] == by_position
        assert unnamed(chain) == []


def test_tab_order_holds_after_an_error_is_shown(qtbot: QtBot) -> None:
    """A refused field (its message appears under it) does not change the order: the name
    is still the first stop after the tab bar."""
    dialog = ParticipantDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_text("email", "not an address")
    dialog.set_text("full_name", "")
    chain = focus_walk(qtbot, dialog, dialog.ui.tabs.tabBar())
    assert chain[1] is dialog.editors["full_name"]
    assert chain[2] is dialog.editors["preferred_name"]
