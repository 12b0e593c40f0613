"""Keyboard and screen-reader support shared by every view: a focus ring that stays visible in
light, dark and high-contrast palettes, spoken announcements of status changes, and what a
screen reader hears as a control's name (the tests walk the focus chain with it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mentordesk.gui.common.colors import contrast
from mentordesk.gui.common.fit import install_screen_fit

#: WCAG 2.2 (1.4.11 non-text contrast, 2.4.13 focus appearance): a focus indicator needs 3:1
#: against what surrounds it and at least 2 px.
FOCUS_CONTRAST = 3.0
FOCUS_WIDTH = 2


def focus_colour(palette: QPalette) -> QColor:
    """The ring's colour: the palette's highlight when it stands out from the window by 3:1,
    else the window text (always readable against the window)."""
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, window) >= FOCUS_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


class FocusRing(QFocusFrame):
    """A 2-px ring around whichever control has the keyboard focus, drawn just outside it (so
    no style, stylesheet or cell colour hides it); mouse clicks pass through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        target = self.widget()
        if target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(focus_colour(target.palette()), FOCUS_WIDTH)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class FocusRings(QObject):
    """Follows the application's focus: the ring moves to each newly focused control."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        # None hides the ring (a window, or nothing, has the focus).
        target = now if now is not None and _wants_ring(now) else None
        if self.ring is None:
            self.ring = FocusRing()
        try:
            self.ring.setWidget(target)  # type: ignore[arg-type]
        except RuntimeError:  # the ring went with a closed window: start a new one
            self.ring = FocusRing()
            self.ring.setWidget(target)  # type: ignore[arg-type]


def _wants_ring(widget: QWidget) -> bool:
    """Not for windows themselves, nor for controls no frame could sit around."""
    return not widget.isWindow() and widget.parentWidget() is not None


def install_keyboard_aids(app: QApplication) -> None:
    """Once per application (the main window calls it): the focus ring, and the filter that
    keeps Tab moving through tables and text boxes (and windows on the screen)."""
    install_screen_fit(app)
    if getattr(app, "_mentordesk_focus_rings", None) is None:
        app._mentordesk_focus_rings = FocusRings(app)  # type: ignore[attr-defined]


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers speak `text` now (an import finished, a run done, a save failed),
    without moving the focus. `assertive` interrupts what is being read (errors)."""
    if "<" in text and ">" in text:  # a label's "<b>…</b><br>…" is read as its words
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


#: Controls whose own text is their value, not their name: they need a name or a label.
_VALUE_CONTROLS = (
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name: its accessible name, the label
    that is its buddy, or (buttons, check boxes, tabs) its own text. A combo box's or line
    edit's current text is its value, never its name."""
    if widget.accessibleName():
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        text = other.text(QAccessible.Text.Name) if other is not None else ""
        if text:
            return text
    if isinstance(widget, _VALUE_CONTROLS):
        return ""
    return iface.text(QAccessible.Text.Name) or ""
