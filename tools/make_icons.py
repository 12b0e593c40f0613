"""Render resources/icons/mentordesk.svg into the bundle icons (hicolor PNGs, .ico, .icns).

Run through `make icons`; the outputs in packaging/icons/ are committed so that a bundle build
needs no SVG renderer. The SVG itself is the window icon and the PDF producer's mark.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "mentordesk.svg"
OUT = ROOT / "packaging" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for size in HICOLOR_SIZES:
        render(renderer, size).save(str(OUT / f"mentordesk-{size}.png"))
    for name, fmt, size in (("mentordesk.ico", b"ico", 256), ("mentordesk.icns", b"icns", 512)):
        writer = QImageWriter(str(OUT / name), fmt)
        if not writer.write(render(renderer, size)):
            print(f"{name}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(f"icons written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
