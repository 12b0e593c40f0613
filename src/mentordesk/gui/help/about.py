"""Help ▸ About: the version, the data file in use, and the licences of what is bundled."""

from __future__ import annotations

import html
import platform
import re
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from mentordesk import __version__
from mentordesk.core.resources import resource_path
from mentordesk.db.location import Location, describe

#: The libraries MentorDesk runs on (pyproject.toml's dependencies), by distribution name.
LIBRARIES = (
    "PySide6-Essentials",
    "PySide6-Addons",
    "PySide6-Pdf",
    "SQLAlchemy",
    "alembic",
    "platformdirs",
    "openpyxl",
    "email-validator",
    "numpy",
    "scipy",
    "reportlab",
    "uharfbuzz",
    "icalendar",
)


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    """A metadata field, or "" (some versions raise KeyError for a missing one)."""
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def library_licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each library, as its installed metadata states."""
    rows = []
    for name in LIBRARIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = _field(meta, "License-Expression") or _field(meta, "License")
        if not licence or len(licence) > 60:  # some put the whole text there
            classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
            licence = classifiers[0].split("::")[-1].strip() if classifiers else "see its files"
        rows.append((name, _field(meta, "Version"), licence))
    return rows


def shipped_font_families() -> list[str]:
    """The font families in resources/fonts (one entry per family, not per weight)."""
    folder = resource_path("fonts")
    stems = {re.sub(r"-(Regular|Bold|Italic|BoldItalic)$", "", p.stem) for p in folder.iterdir()}
    return sorted(s for s in stems if s and s != "licenses" and s != "README")


def about_html(db_path: Location | None) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
        for n, v, lic in library_licences()
    )
    fonts = ", ".join(html.escape(name) for name in shipped_font_families())
    where = html.escape(describe(db_path)) if db_path else "none open"
    return (
        f"<h2>MentorDesk {__version__}</h2>"
        "<p>Run a mentoring program from one local file: roster, matching, pairs, agreements "
        "and reports, offline. MIT licence.</p>"
        f"<p><b>Data file:</b> {where}</p>"
        f"<p><b>Runs on:</b> Python {platform.python_version()}, Qt {qVersion()}, "
        f"PySide6 {pyside_version}</p>"
        f"<p><b>Fonts shipped for printing:</b> {fonts}. Noto is under the SIL Open Font "
        "Licence, DejaVu under the Bitstream Vera licence, WenQuanYi Micro Hei under the "
        "Apache licence; their texts are in resources/fonts/licenses.</p>"
        "<table cellspacing='0' cellpadding='2'><tr><th align='left'>Library</th>"
        f"<th align='left'>Version</th><th align='left'>Licence</th></tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, db_path: Location | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About MentorDesk")
        self.text = QTextBrowser()
        self.text.setAccessibleName("About MentorDesk")
        self.text.setHtml(about_html(db_path))
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)
