"""Text colours that stay readable in a light and in a dark palette (WCAG contrast ≥ 4.5:1)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# (light palette, dark palette)
ERROR = ("#b00020", "#ff8a80")
WARNING = ("#8a5a00", "#ffcc80")
GOOD = ("#1b5e20", "#a5d6a7")
MUTED = ("#5f6368", "#b0b0b0")


def palette_of(widget: QWidget | None = None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the window background is dark (a dark system theme or palette)."""
    return palette_of(widget).color(QPalette.ColorRole.Window).lightnessF() < 0.5


def pick(pair: tuple[str, str], widget: QWidget | None = None) -> QColor:
    return QColor(pair[1] if is_dark(widget) else pair[0])


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
