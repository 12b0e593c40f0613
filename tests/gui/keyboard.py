"""Walking a window with the keyboard only, the way a coordinator without a mouse does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.gui.common.access import accessible_name

MAX_STOPS = 120
TEXT_BOXES = (QTextEdit, QPlainTextEdit)


def focus_walk(qtbot: QtBot, window: QWidget, start: QWidget) -> list[QWidget]:
    """Every control Tab reaches from `start`, in order, until the focus comes round again.

    Fails when Tab stops moving (a control that keeps it: a table with tab-key navigation, a
    text box that takes Tab) or leaves the window."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    chain = [start]
    current = start
    for _ in range(MAX_STOPS):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None and after.window() is window, (
            f"Tab from {describe(current)} left the window"
        )
        assert after is not current, f"Tab is trapped in {describe(current)}"
        if after in chain:  # round: the cycle Tab goes through (the start may lead into it)
            return chain[chain.index(after) :]
        chain.append(after)
        current = after
    raise AssertionError(f"no way back to {describe(start)} in {MAX_STOPS} Tab presses")


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} ({accessible_name(widget)!r})"


def unnamed(chain: list[QWidget]) -> list[str]:
    """The controls in the chain a screen reader would announce without a name."""
    return [describe(w) for w in chain if not accessible_name(w).strip()]


def tables_release_tab(qtbot: QtBot, chain: list[QWidget]) -> None:
    """Tab and Shift+Tab move on from every table and text box in the chain (arrows move
    between cells; a text box gets no tab characters)."""
    for widget in (w for w in chain if isinstance(w, (QAbstractItemView, *TEXT_BOXES))):
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus, timeout=3000)
            QTest.keyClick(widget, key)
            assert not widget.hasFocus(), f"{describe(widget)} keeps {key.name}"
