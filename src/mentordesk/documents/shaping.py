"""HarfBuzz shaping for ReportLab, one run per font and direction, and text that extracts as typed.

ReportLab's own `shapeFragWord` shapes a whole word with the font of its first run and lets
HarfBuzz guess one direction for it; it also turns on discretionary ligatures ("ﬆ" in
"status"). `install()` replaces it with `shape_frag_word`, which

- shapes every run (fragment) of a word on its own, with its own font, in the direction of its
  letters (right to left when it holds Hebrew or Arabic letters, else left to right): the
  bidirectional layout (`documents.bidi_layout`) hands the runs over in visual order, so a word
  mixing scripts or directions prints right;
- asks only for kerning and the required features of each script (no `liga`/`dlig`: no "ﬆ",
  no "ﬁ"; Arabic joining, lam-alef and Indic conjuncts are required features and stay);
- remembers which characters each glyph without a code point stands for, so that
  `to_unicode_cmap` (which replaces ReportLab's ToUnicode writer) maps it back: a search for
  "محمد" or "क्षमा" in the PDF finds the word, and Arabic presentation forms extract as the
  letters typed.

Imported only by documents.fonts (which is only imported when a document is made).
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph

_FEATURES = {"kern": True, "liga": False, "dlig": False, "clig": False, "hlig": False}
_lock = threading.Lock()
_installed = False
# face name → {private code point → the characters the glyph stands for}
_PRIVATE_TEXT: dict[str, dict[int, str]] = {}
# (font, size, text) → (shaped text, width, changed): a word is shaped once per process.
_CACHE: dict[tuple[str, float, str], tuple[Any, float, bool]] = {}
_CACHE_SIZE = 50_000


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _face_key(face: Any) -> str:
    return bytes(face.name + face.subfontNameX).decode("latin-1")


def shape_frag_word(w: list[Any], features: Any = None, force: bool = False) -> list[Any]:
    """ReportLab frag word [width, (frag, text), …] → a shaped frag word (see module doc)."""
    if isinstance(w, ttfonts.ShapedFragWord):
        return list(w) if not isinstance(w, list) else w
    specials: dict[int, list[Any]] = {}
    runs: list[tuple[Any, str]] = []
    offset = 0
    for frag, text in w[1:]:
        if hasattr(frag, "cbDefn"):
            specials.setdefault(offset, []).append(frag)
            continue
        if text:
            runs.append((frag, text))
            offset += len(text)
    if not runs:
        return w
    new = ttfonts.makeShapedFragWord(w)([])
    total = 0.0
    changed = False
    start = 0
    order: list[tuple[tuple[int, int], Any]] = []
    for frag, text in runs:
        key = (frag.fontName, frag.fontSize, text)
        cached = _CACHE.get(key) if start == 0 else None
        if cached is not None:
            shaped_text, run_width, run_changed = cached
            piece = (frag, shaped_text)
            new.append(piece)
            order.append(((start, start + len(text) - 1), piece))
            total += run_width
            changed = changed or run_changed
            start += len(text)
            continue
        font = pdfmetrics.getFont(frag.fontName)
        try:
            hb_font = font.hbFont(frag.fontSize)
        except AttributeError:
            # A standard (non-TrueType) font: nothing to shape in this run.
            new.append((frag, text))
            total += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
            order.append(((start, start + len(text) - 1), new[-1]))
            start += len(text)
            continue
        buf = uharfbuzz.Buffer()
        buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if any(is_rtl_char(c) for c in text) else "ltr"
        uharfbuzz.shape(hb_font, buf, _FEATURES)
        scale = frag.fontSize / 1000
        face = font.face
        private = _PRIVATE_TEXT.setdefault(_face_key(face), {})
        clusters = sorted({info.cluster for info in buf.glyph_infos})
        ends = {
            c: (clusters[i + 1] if i + 1 < len(clusters) else len(text))
            for i, c in enumerate(clusters)
        }
        chars: list[str] = []
        data: list[Any] = []
        width = 0.0
        # What each cluster's glyphs with a code point of their own already say: a private
        # glyph (a conjunct, a ligature) stands for the rest of its cluster; a second private
        # glyph of the same cluster for nothing more (a zero-width non-joiner).
        own: dict[int, str] = {}
        for info in buf.glyph_infos:
            mapped = face.glyphToChar.get(info.codepoint)
            if mapped and not 0xE000 <= mapped[0] <= 0xF8FF:
                own[info.cluster] = own.get(info.cluster, "") + chr(mapped[0])
        told: set[int] = set()
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            cluster = info.cluster
            mapped = face.glyphToChar.get(gid)
            if mapped and not 0xE000 <= mapped[0] <= 0xF8FF:
                code = mapped[0]
            else:
                code = (
                    mapped[0]
                    if mapped
                    else font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
                )
                if code not in private:
                    rest = text[cluster : ends[cluster]]
                    for char in own.get(cluster, ""):
                        rest = rest.replace(char, "", 1)
                    private[code] = "\u200c" if cluster in told or not rest else rest
                told.add(cluster)
            char_width = face.charWidths[code]
            x_advance = font.pdfScale(pos.x_advance)
            x_offset = font.pdfScale(pos.x_offset)
            y_advance = font.pdfScale(pos.y_advance)
            y_offset = font.pdfScale(pos.y_offset)
            width += x_advance * scale
            chars.append(chr(code))
            data.append(
                ttfonts.ShapeData(
                    cluster + start, x_advance, y_advance, x_offset, y_offset, char_width
                )
            )
        shaped = "".join(chars)
        run_changed = shaped != text or any(
            d.x_offset or d.y_offset or d.x_advance != d.width for d in data
        )
        changed = changed or run_changed
        shaped_text = ttfonts.ShapedStr(shaped, shapeData=data)
        if start == 0 and len(_CACHE) < _CACHE_SIZE:
            # Cluster numbers count from the word's start: only a first run is reusable.
            _CACHE[key] = (shaped_text, width, run_changed)
        piece = (frag, shaped_text)
        new.append(piece)
        order.append(((start, start + len(text) - 1), piece))
        total += width
        start += len(text)
    if not changed and not force:
        return w
    if specials:
        keyed = [((k, k), v) for k, values in specials.items() for v in values]
        new[:] = [item for _key, item in sorted(keyed + order, key=lambda kv: kv[0])]
    new.insert(0, total)
    return new  # type: ignore[no-any-return]


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with each glyph mapped to the characters it stands for:
    presentation forms and ligatures to their letters (NFKC), private glyphs to their text."""
    private = _PRIVATE_TEXT.get(fontname.split("+", 1)[-1], {})
    lines = []
    for index, code in enumerate(subset):
        if code in private:
            text = private[code]
        elif 0xFB00 <= code <= 0xFB06 or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            text = unicodedata.normalize("NFKC", chr(code)).strip() or chr(code)
        else:
            text = chr(code)
        lines.append(f"<{index:02X}> <{_utf16_hex(text)}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *lines,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


FAKE_BOLD = "MD-CJK-Bold"


def _fake_bold(text: Any, name: str) -> None:
    """Fill and outline the glyphs of the CJK font's bold name (it has no bold face), put
    back plain filling for any other font."""
    bold = name == FAKE_BOLD
    if bold == getattr(text, "_md_bold", False):
        return
    text._md_bold = bold
    canvas = text._canvas
    if bold:
        fill = getattr(text, "_fillColorObj", None) or getattr(canvas, "_fillColorObj", None)
        if fill is not None:
            text.setStrokeColor(fill)
        text._code.append(f"2 Tr {text._fontsize * 0.035:.3f} w")
    else:
        _plain(text)


def _plain(text: Any) -> None:
    canvas = text._canvas
    text._code.append(f"0 Tr {getattr(canvas, '_lineWidth', 1)} w")
    stroke = getattr(canvas, "_strokeColorObj", None)
    if stroke is not None:
        text.setStrokeColor(stroke)


def _patch_text_object() -> None:
    from reportlab.pdfgen.textobject import PDFTextObject

    set_font, set_font_inner, get_code = (
        PDFTextObject.setFont,
        PDFTextObject._setFont,
        PDFTextObject.getCode,
    )

    def setFont(self: Any, psfontname: str, size: float, leading: float | None = None) -> None:
        set_font(self, psfontname, size, leading)
        _fake_bold(self, psfontname)

    def _setFont(self: Any, psfontname: str, size: float) -> None:
        set_font_inner(self, psfontname, size)
        _fake_bold(self, psfontname)

    def getCode(self: Any) -> str:
        if getattr(self, "_md_bold", False):
            self._md_bold = False
            _plain(self)
        return str(get_code(self))

    PDFTextObject.setFont = setFont
    PDFTextObject._setFont = _setFont
    PDFTextObject.getCode = getCode


def install() -> None:
    """Put the shaper and the ToUnicode writer in place (once per process)."""
    global _installed
    with _lock:
        if _installed:
            return
        ttfonts.shapeFragWord = shape_frag_word
        paragraph.shapeFragWord = shape_frag_word
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        _patch_text_object()
        _installed = True
