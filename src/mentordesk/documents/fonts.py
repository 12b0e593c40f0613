"""The shipped fonts and the per-run fallback ReportLab lacks.

ReportLab draws each run of text in one font and has no fallback: a Chinese name set in DejaVu
Sans prints as boxes. `markup()` therefore escapes text for Paragraph and wraps every token the
main font cannot draw (or that belongs to a script with a better font) in `<font name=...>`.
A whole space-separated token stays in one font where possible, because ReportLab shapes a word
with the font of its first run; mixing fonts inside an Arabic word would break its joining.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentordesk.core.resources import resource_path

SANS = "MD-Sans"
SANS_BOLD = "MD-Sans-Bold"
ARABIC = "MD-Arabic"
ARABIC_BOLD = "MD-Arabic-Bold"
CJK = "MD-CJK"

_FILES: dict[str, tuple[str, int]] = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    ARABIC: ("NotoSansArabic-Regular.ttf", 0),
    ARABIC_BOLD: ("NotoSansArabic-Bold.ttf", 0),
    CJK: ("WenQuanYiMicroHei.ttc", 0),
}
_lock = threading.Lock()
_registered = False

# Right-to-left letters (Hebrew, Arabic and their presentation forms): a paragraph holding any
# of them is shaped by HarfBuzz, which joins Arabic and lays both scripts out right to left.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_TOKENS = re.compile(r"(\s+)")
# A hair space: a word boundary for ReportLab that is barely visible; used only where a token
# must switch fonts inside a shaped (right-to-left) paragraph.
_HAIR = "\u200a"


@dataclass(frozen=True)
class FontSet:
    """Names of the registered fonts for one weight."""

    main: str
    arabic: str
    cjk: str


REGULAR = FontSet(SANS, ARABIC, CJK)
BOLD = FontSet(SANS_BOLD, ARABIC_BOLD, CJK)


def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, (filename, index) in _FILES.items():
            path = resource_path("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        for family, bold in ((SANS, SANS_BOLD), (ARABIC, ARABIC_BOLD), (CJK, CJK)):
            addMapping(family, 0, 0, family)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 1, 1, bold)
            if bold != family:
                addMapping(bold, 0, 0, family)
                addMapping(bold, 1, 0, bold)
                addMapping(bold, 0, 1, family)
                addMapping(bold, 1, 1, bold)
        _registered = True


@cache
def _charset(font_name: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


def has_rtl(text: str) -> bool:
    """True when `text` holds Hebrew or Arabic letters (the paragraph needs shaping)."""
    return bool(_RTL.search(text))


def starts_rtl(text: str) -> bool:
    """True when the first letter is Hebrew or Arabic: the paragraph reads right to left."""
    for char in text:
        if char.isalpha():
            return bool(_RTL.match(char))
    return False


def covers(font_name: str, text: str) -> bool:
    """True when the font has a glyph for every character of `text`."""
    chars = _charset(font_name)
    return all(ord(c) in chars for c in text)


def _candidates(token: str, fonts: FontSet) -> tuple[str, ...]:
    if _ARABIC.search(token):
        return (fonts.arabic, fonts.main, fonts.cjk)
    if _CJK.search(token):
        return (fonts.cjk, fonts.main, fonts.arabic)
    return (fonts.main, fonts.cjk, fonts.arabic)


def _runs(token: str, fonts: FontSet) -> list[tuple[str, str]]:
    """Split a token into (font, text) runs, one font per run; unknown characters become U+FFFD."""
    runs: list[tuple[str, str]] = []
    for char in token:
        font = next((f for f in _candidates(char, fonts) if covers(f, char)), None)
        if font is None:
            font, char = fonts.main, "\ufffd"
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def markup(text: str, *, bold: bool = False) -> str:
    """Escape `text` for a ReportLab Paragraph and tag the runs that need another font."""
    fonts = BOLD if bold else REGULAR
    rtl = has_rtl(text)
    out: list[str] = []
    for token in _TOKENS.split(text):
        if not token or token.isspace():
            out.append("<br/>" if "\n" in token else token)
            continue
        font = next((f for f in _candidates(token, fonts) if covers(f, token)), None)
        runs = [(font, token)] if font is not None else _runs(token, fonts)
        pieces = [
            escape(run) if name == fonts.main else f'<font name="{name}">{escape(run)}</font>'
            for name, run in runs
        ]
        out.append((_HAIR if rtl else "").join(pieces))
    return "".join(out)
