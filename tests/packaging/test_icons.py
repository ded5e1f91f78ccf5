"""Icons: hand-written SVG sources, and the PNG/.ico files generated from them are current."""

from __future__ import annotations

import runpy
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
MAKE_ICONS = runpy.run_path(str(REPO / "packaging" / "make_icons.py"))
SOURCES = MAKE_ICONS["SOURCES"]
SIZES = MAKE_ICONS["SIZES"]
ICO_SIZES = MAKE_ICONS["ICO_SIZES"]


@pytest.fixture
def qt_gui(qapp):
    """pytest-qt's QApplication (a bare QGuiApplication would break later widget tests)."""
    return qapp


@pytest.mark.parametrize("name", SOURCES)
def test_svg_source_is_square_and_self_contained(name: str) -> None:
    text = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 256 256"
    # Nothing fetched: no external references, no embedded fonts or scripts.
    for word in ("http://www.w3.org/1999/xlink", "href", "<script", "<text", "@import"):
        assert word not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")


@pytest.mark.parametrize("name", SOURCES)
def test_committed_pngs_have_their_sizes(qt_gui, name: str) -> None:
    from PySide6.QtGui import QImage

    for size in SIZES:
        image = QImage(str(ICONS / f"{name}-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner: a shape, not a square


@pytest.mark.parametrize("name", SOURCES)
def test_ico_holds_every_size_and_qt_reads_it(qt_gui, name: str) -> None:
    from PySide6.QtGui import QImageReader

    data = (ICONS / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _height, _colours, _res, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        sizes.append(width or 256)
        payload = data[offset : offset + 8]
        assert payload.startswith(b"\x89PNG") == ((width or 256) >= 256)
    assert sizes == list(ICO_SIZES)

    reader = QImageReader(str(ICONS / f"{name}.ico"))
    read = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        read.append(image.width())
        reader.jumpToNextImage()
    assert sorted(read) == sorted(ICO_SIZES)


def test_generated_files_are_up_to_date(qt_gui, tmp_path: Path) -> None:
    """Re-rendering the SVGs gives the committed pictures (within anti-aliasing noise)."""
    from PySide6.QtGui import QImage

    written = MAKE_ICONS["make_icons"](tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"{n}-{s}.png" for n in SOURCES for s in SIZES] + [f"{n}.ico" for n in SOURCES]
    )
    for name in SOURCES:
        for size in (16, 48, 256):
            fresh = QImage(str(tmp_path / f"{name}-{size}.png"))
            committed = QImage(str(ICONS / f"{name}-{size}.png"))
            diff = 0
            for y in range(size):
                for x in range(size):
                    a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
                    diff += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
                    diff += abs(a.alpha() - b.alpha())
            mean = diff / (size * size * 4)
            assert mean < 2.0, f"{name}-{size}.png differs from its SVG: run packaging/make_icons.py"


@pytest.mark.parametrize("name", SOURCES)
def test_pyinstaller_reads_the_ico(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader PyInstaller uses on Windows to put the icon into the exe accepts the file."""
    import importlib

    import PyInstaller.compat

    for module in ("pywintypes", "win32api"):  # pywin32: Windows only, unused by the reader
        if not hasattr(PyInstaller.compat, module):
            monkeypatch.setattr(PyInstaller.compat, module, None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.icon", raising=False)
    icon = importlib.import_module("PyInstaller.utils.win32.icon")
    ico = icon.IconFile(str(ICONS / f"{name}.ico"))
    assert [entry.bWidth % 256 or 256 for entry in ico.entries] == list(ICO_SIZES)
    assert [len(image) for image in ico.images] == [entry.dwBytesInRes for entry in ico.entries]
