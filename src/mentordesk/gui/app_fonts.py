"""Make the shipped fonts (resources/fonts) available to Qt widgets too.

Qt's wheels ship no fonts; with only a Latin system font, Chinese, Japanese and Korean names
show as boxes in tables. Call `load_app_fonts()` once after creating the QApplication; Qt then
falls back to these families for characters the default font lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from mentordesk.core.resources import resource_path

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "WenQuanYiMicroHei.ttc",
)


def load_app_fonts() -> list[str]:
    """Register the shipped fonts with Qt; returns the family names that were added."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
