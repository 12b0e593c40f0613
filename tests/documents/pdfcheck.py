"""Reading PDFs back: text (pypdf, NFKC so Arabic presentation forms compare), size, fonts."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def size_mm(data: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) from poppler's pdffonts."""
    out = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    result = []
    for line in out:
        parts = line.split()
        emb_index = -5  # name type encoding emb sub uni object id
        result.append((parts[0], parts[emb_index] == "yes"))
    return result
