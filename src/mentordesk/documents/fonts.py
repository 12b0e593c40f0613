"""The shipped fonts, the per-run fallback ReportLab lacks, and which text needs shaping.

ReportLab draws each run of text in one font and has no fallback: a Thai name set in DejaVu
Sans prints as boxes. `font_runs()` splits text into runs, each in the font of its script (Noto
for Arabic, Thai, Devanagari, Bengali, Tamil, Gurmukhi, Ethiopic, Khmer, Myanmar, Armenian and
Georgian; WenQuanYi for Chinese, Japanese and Korean; DejaVu for Latin, Greek, Cyrillic and
Hebrew); combining marks and punctuation stay in the run they belong to. A character no shipped
font can draw raises `MissingGlyphs` — a document never prints a box or U+FFFD.

Fonts are registered on first use (a roster in Latin only loads DejaVu alone).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentordesk.core.resources import resource_path
from mentordesk.documents import shaping

SANS = "MD-Sans"
SANS_BOLD = "MD-Sans-Bold"
ARABIC = "MD-Arabic"
ARABIC_BOLD = "MD-Arabic-Bold"
CJK = "MD-CJK"
# WenQuanYi has no bold: this name draws it filled and outlined (documents.shaping).
CJK_BOLD = "MD-CJK-Bold"


@dataclass(frozen=True)
class Script:
    key: str
    ranges: tuple[tuple[int, int], ...]
    regular: str  # file in resources/fonts
    bold: str
    shaped: bool = True  # needs HarfBuzz (joining, reordering, marks)


SCRIPTS: tuple[Script, ...] = (
    Script(
        "Arabic",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ),
    Script("Thai", ((0x0E00, 0x0E7F),), "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Script(
        "Devanagari",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
    ),
    Script(
        "Bengali", ((0x0980, 0x09FF),), "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"
    ),
    Script(
        "Gurmukhi", ((0x0A00, 0x0A7F),), "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"
    ),
    Script("Tamil", ((0x0B80, 0x0BFF),), "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    Script(
        "Ethiopic",
        ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
    ),
    Script(
        "Khmer",
        ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
        "NotoSansKhmer-Regular.ttf",
        "NotoSansKhmer-Bold.ttf",
    ),
    Script(
        "Myanmar",
        ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)),
        "NotoSansMyanmar-Regular.ttf",
        "NotoSansMyanmar-Bold.ttf",
    ),
    Script(
        "Armenian",
        ((0x0530, 0x058F), (0xFB13, 0xFB17)),
        "NotoSansArmenian-Regular.ttf",
        "NotoSansArmenian-Bold.ttf",
        shaped=False,
    ),
    Script(
        "Georgian",
        ((0x10A0, 0x10FF), (0x2D00, 0x2D2F), (0x1C90, 0x1CBF)),
        "NotoSansGeorgian-Regular.ttf",
        "NotoSansGeorgian-Bold.ttf",
        shaped=False,
    ),
    Script(
        "CJK",
        (
            (0x1100, 0x11FF),
            (0x2E80, 0x9FFF),
            (0xA960, 0xA97F),
            (0xAC00, 0xD7AF),
            (0xF900, 0xFAFF),
            (0xFF00, 0xFFEF),
        ),
        "WenQuanYiMicroHei.ttc",
        "WenQuanYiMicroHei.ttc",
        shaped=False,
    ),
)
_HEBREW = (0x0590, 0x05FF)
_BY_KEY = {s.key: s for s in SCRIPTS}
_BOUNDS: list[int] = []
_OWNERS: list[str | None] = []
for _script in SCRIPTS:
    for _low, _high in _script.ranges:
        _BOUNDS.append(_low)
        _OWNERS.append(_script.key)
_order = sorted(range(len(_BOUNDS)), key=lambda i: _BOUNDS[i])
_STARTS = [_BOUNDS[i] for i in _order]
_ENDS = [[r for s in SCRIPTS for r in s.ranges][i][1] for i in _order]
_KEYS = [_OWNERS[i] for i in _order]

_lock = threading.Lock()
_loaded: set[str] = set()
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_TOKENS = re.compile(r"(\s+)")


class MissingGlyphs(ValueError):
    """Text holds characters no shipped font can draw (the document is not written)."""

    def __init__(self, text: str, chars: str) -> None:
        self.text = text
        self.chars = chars
        listed = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in chars)
        super().__init__(f"no shipped font can print {listed}")


def font_name(key: str, bold: bool) -> str:
    """The registered name of a script's font ("Main" = DejaVu)."""
    if key == "Main":
        return SANS_BOLD if bold else SANS
    if key == "CJK":
        return CJK_BOLD if bold else CJK
    return f"MD-{key}{'-Bold' if bold else ''}"


def _file(name: str) -> str:
    if name == SANS:
        return "DejaVuSans.ttf"
    if name == SANS_BOLD:
        return "DejaVuSans-Bold.ttf"
    if name in (CJK, CJK_BOLD):
        return "WenQuanYiMicroHei.ttc"
    key, _, bold = name[3:].partition("-")
    script = _BY_KEY[key]
    return script.bold if bold else script.regular


def ensure(name: str) -> str:
    """Register one shipped font with ReportLab (thread-safe, once) and return its name."""
    if name in _loaded:
        return name
    with _lock:
        if name not in _loaded:
            path = resource_path("fonts", _file(name))
            font = TTFont(name, str(path), subfontIndex=0)
            # ReportLab keeps one list per glyph (glyph → its characters): for the CJK and
            # script fonts, some 50,000 small lists that Python's garbage collector walks on
            # every full collection (0.08 s CPU, during one document in a few). The same
            # characters as tuples of ints are not tracked by the collector; ReportLab and
            # shaping.py only read them.
            face = font.face
            face.glyphToChar = {glyph: tuple(chars) for glyph, chars in face.glyphToChar.items()}
            pdfmetrics.registerFont(font)
            family = name.removesuffix("-Bold")
            if name == family:
                for b, i in ((0, 0), (0, 1), (1, 0), (1, 1)):
                    addMapping(name, b, i, family + "-Bold" if b else name)
            _loaded.add(name)
    return name


def register_fonts() -> None:
    """Register the main fonts and install the shaper (the script fonts load on first use)."""
    shaping.install()
    ensure(SANS)
    ensure(SANS_BOLD)


@cache
def _charset(name: str) -> frozenset[int]:
    ensure(name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def script_of(char: str) -> str | None:
    """The script key of a character with a font of its own, else None (Latin, digits…)."""
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _ENDS[i]:
        return _KEYS[i]
    return None


def has_rtl(text: str) -> bool:
    """True when `text` holds Hebrew or Arabic letters."""
    return bool(_RTL.search(text))


def needs_shaping(text: str) -> bool:
    """True when HarfBuzz must lay the text out (joining, reordering, marks, right to left)."""
    for char in text:
        code = ord(char)
        if code < 0x0300:
            continue
        key = script_of(char)
        if (key and _BY_KEY[key].shaped) or _HEBREW[0] <= code <= _HEBREW[1]:
            return True
        if unicodedata.combining(char):
            return True
    return False


_INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"}


def _attaches(char: str) -> bool:
    """Marks, joiners and variation selectors stay in the run of the letter before them."""
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char in _INVISIBLE
        or 0xFE00 <= ord(char) <= 0xFE0F
    )


def covers(name: str, text: str) -> bool:
    chars = _charset(name)
    return all(ord(c) in chars for c in text)


def _any_font(char: str, bold: bool) -> str | None:
    for key in ("Main", "CJK", *(s.key for s in SCRIPTS if s.key != "CJK")):
        name = font_name(key, bold)
        if ord(char) in _charset(name):
            return name
    return None


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs; raise MissingGlyphs for undrawable characters."""
    runs: list[tuple[str, str]] = []
    missing: list[str] = []
    main = font_name("Main", bold)
    for char in text:
        if runs and _attaches(char):
            runs[-1] = (runs[-1][0], runs[-1][1] + char)
            continue
        key = script_of(char)
        if key is not None:
            name: str | None = font_name(key, bold)
        elif runs and ord(char) in _charset(runs[-1][0]):
            name = runs[-1][0]
        else:
            name = main
        if name is None or ord(char) not in _charset(name):
            name = _any_font(char, bold)
        if name is None:
            if char not in missing:
                missing.append(char)
            continue
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    if missing:
        raise MissingGlyphs(text, "".join(missing))
    return runs


def missing_characters(text: str) -> str:
    """The characters of `text` no shipped font can print (empty when all can)."""
    try:
        font_runs(text)
    except MissingGlyphs as error:
        return error.chars
    return ""


def run_markup(runs: list[tuple[str, str]], main: str) -> str:
    """Paragraph markup of font runs: every run other than the main font in a <font> tag."""
    return "".join(
        escape(text) if name == main else f'<font name="{name}">{escape(text)}</font>'
        for name, text in runs
    )


def markup(text: str, *, bold: bool = False) -> str:
    """Escape left-to-right `text` for a ReportLab Paragraph and tag the runs of other fonts."""
    main = font_name("Main", bold)
    out: list[str] = []
    for token in _TOKENS.split(text):
        if not token:
            continue
        if token.isspace():
            out.append("<br/>" if "\n" in token else " ")
            continue
        out.append(run_markup(font_runs(token, bold=bold), main))
    return "".join(out)
