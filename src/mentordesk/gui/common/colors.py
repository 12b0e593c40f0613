"""Text colours that stay readable in a light and in a dark palette (WCAG contrast ≥ 4.5:1)."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# (light palette, dark palette)
ERROR = ("#b00020", "#ff8a80")
WARNING = ("#8a5a00", "#ffcc80")
GOOD = ("#1b5e20", "#a5d6a7")
MUTED = ("#5f6368", "#b0b0b0")
INFO = ("#1565c0", "#90caf9")
PURPLE = ("#6a1b9a", "#ce93d8")
# Chart bars (3:1 against the chart's background, WCAG 1.4.11) and row backgrounds.
ACTIVE = ("#2e7d32", "#81c784")
PAUSED = ("#a86400", "#ffb74d")
CLOSED = ("#607d8b", "#b0bec5")
ORANGE = ("#c25700", "#ffab91")
PINNED_BG = ("#e8f0fe", "#1c3557")
REJECTED_BG = ("#fde8e8", "#4a1c20")

#: Every fixed colour the forms (ui/*.ui), models and charts write, with the pair it belongs
#: to: `readable` and `readable_css` turn each into the variant for the palette in use, so a
#: form can say "#b00020" and still be read on a dark window.
ALIASES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("#b00020", "#c62828", "#b91c1c", "#b42318"), ERROR),
    **dict.fromkeys(("#8a5a00", "#9a3412", "#e65100"), WARNING),
    **dict.fromkeys(("#1b5e20", "#1b7f3b"), GOOD),
    **dict.fromkeys(("#5f6368", "#707070", "#777777", "#8a8a8a", "#9e9e9e"), MUTED),
    "#1565c0": INFO,
    "#6a1b9a": PURPLE,
    "#2e7d32": ACTIVE,
    "#f9a825": PAUSED,
    **dict.fromkeys(("#78909c", "#90a4ae"), CLOSED),
    "#ef6c00": ORANGE,
    "#e8f0fe": PINNED_BG,
    "#fde8e8": REJECTED_BG,
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def palette_of(widget: QWidget | None = None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the window background is dark (a dark system theme or palette)."""
    return palette_of(widget).color(QPalette.ColorRole.Window).lightnessF() < 0.5


def pick(pair: tuple[str, str], widget: QWidget | None = None) -> QColor:
    return QColor(pair[1] if is_dark(widget) else pair[0])


def readable(color: QColor | str, widget: QWidget | None = None) -> QColor:
    """A fixed colour as the palette in use needs it (see ALIASES); others unchanged."""
    color = QColor(color)
    pair = ALIASES.get(color.name().lower())
    return pick(pair, widget) if pair is not None else color


def readable_css(text: str, widget: QWidget | None = None) -> str:
    """A stylesheet or rich text with each known fixed colour swapped for the palette's."""
    return _HEX.sub(lambda m: readable(m.group(0), widget).name(), text) if "#" in text else text


def coloured(text: str, pair: tuple[str, str], widget: QWidget | None = None) -> str:
    """Rich text showing `text` (already translated, plain) in the palette's variant of `pair`."""
    colour = pick(pair, widget).name()
    return f"<span style='color:{colour}'>{html.escape(text, quote=False)}</span>"


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
