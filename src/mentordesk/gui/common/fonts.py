"""Load the fonts shipped in resources/fonts so names in every script render."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from mentordesk.core.resources import resource_path


def load_bundled_fonts() -> list[str]:
    """Register every .ttf/.otf/.ttc under resources/fonts; returns the family names."""
    try:
        folder = resource_path("fonts")
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
