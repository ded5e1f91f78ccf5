"""Render the hand-written SVG icons to PNG sizes and Windows .ico files.

    python packaging/make_icons.py            # writes into resources/icons/
    python packaging/make_icons.py --out DIR  # somewhere else (the tests use this)

Sources: ``resources/icons/samverkan.svg`` (the app) and
``resources/icons/samverkan-document.svg`` (``.samverkan`` files) and
``resources/icons/samverkan-group.svg`` (``.samverkan-grupp`` group files).  Output, per
source ``NAME.svg``: ``NAME-<size>.png`` for every size in ``SIZES`` and ``NAME.ico``.
The outputs are generated files: never edit them, re-run this script.

Only PySide6 (a runtime dependency) is needed: Qt renders the SVG offscreen and
the .ico is written here with ``struct``.  Its small entries are 32-bit BMPs and
the 256 px entry is PNG-compressed, the layout Windows' own icons use; every
Windows since Vista, PyInstaller and Inno Setup read it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SOURCES = ("samverkan", "samverkan-document", "samverkan-group")
#: PNG sizes (the hicolor icon theme sizes plus Windows' 24/48/256).
SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Sizes put into the .ico (Windows picks 16/24/32/48 for lists, 256 for tiles).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Entries at least this big are stored PNG-compressed in the .ico.
ICO_PNG_FROM = 256


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app, QBuffer, QByteArray, QIODevice, QRectF, Qt, QImage, QPainter, QSvgRenderer


def render(svg: Path, size: int):
    """The SVG drawn into a transparent ``size`` x ``size`` QImage (ARGB32, straight alpha)."""
    _app, _buf, _ba, _io, QRectF, Qt, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    _app, QBuffer, QByteArray, QIODevice, *_rest = _qt()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(image) -> list[bytes]:
    """Rows of straight-alpha BGRA bytes, top to bottom.

    QImage.Format_ARGB32 is stored as 0xAARRGGBB words, which on a little-endian
    machine are the bytes B, G, R, A: exactly what a 32-bit DIB wants.
    """
    width, height = image.width(), image.height()
    raw = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = [raw[y * stride : y * stride + width * 4] for y in range(height)]
    if sys.byteorder != "little":  # pragma: no cover - no big-endian Windows or Qt desktop
        rows = [b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    return rows


def dib_bytes(image) -> bytes:
    """An icon-style DIB: BITMAPINFOHEADER with doubled height, BGRA pixels bottom-up, AND mask."""
    width, height = image.width(), image.height()
    rows = _bgra_rows(image)
    pixels = b"".join(reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent: mask bit set
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack(
        "<IiiHHIIiiII",
        40,  # biSize
        width,
        height * 2,  # colour bitmap + AND mask
        1,  # planes
        32,  # bit count
        0,  # BI_RGB
        len(pixels) + len(mask),
        0,
        0,
        0,
        0,
    )
    return header + pixels + bytes(mask)


def ico_bytes(images: Sequence) -> bytes:
    """A .ico holding the given square images (smallest first)."""
    entries = []
    for image in images:
        size = image.width()
        data = png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    directory = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    payload = bytearray()
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return bytes(directory + payload)


def make_icons(out: Path, sources: Path = ICONS) -> list[Path]:
    """Render every source into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in SOURCES:
        svg = sources / f"{name}.svg"
        images = {size: render(svg, size) for size in sorted(set(SIZES) | set(ICO_SIZES))}
        for size in SIZES:
            target = out / f"{name}-{size}.png"
            target.write_bytes(png_bytes(images[size]))
            written.append(target)
        target = out / f"{name}.ico"
        target.write_bytes(ico_bytes([images[size] for size in ICO_SIZES]))
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="output folder (default: resources/icons)")
    args = parser.parse_args(argv)
    for path in make_icons(args.out):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
