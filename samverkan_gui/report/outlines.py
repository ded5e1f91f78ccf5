"""Text for the pictures of the Word reports: our TrueType fonts' glyph outlines, filled with Pillow.

Pillow draws text only through its FreeType module, which brings FreeType, HarfBuzz, libpng
and Brotli into the bundle (2.9 MB on Linux, more than its size limit leaves). The text of our
charts is set in the two DejaVu fonts the PDFs embed, and reportlab already parses them for the
PDFs (character map, widths, where each glyph's outline starts), so what is left is small and
here: decode a glyph's outline (TrueType's quadratic curves, simple or composed of other
glyphs), flatten its curves into short lines, and fill it with the even-odd rule, at the size
the picture needs. Glyphs are not hinted: the pictures are drawn three times larger and scaled
down (report/raster.py), so their edges are smooth anyway.

Widths come from the same table reportlab's ``stringWidth`` uses, so a label is placed and
anchored exactly as in the PDF.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw
from reportlab.pdfbase.ttfonts import TTFontFile

from samverkan_gui.core import paths
from samverkan_gui.report.fonts import FONT_FILES

Point = tuple[float, float]
#: (xx, yx, xy, yy, dx, dy): a component's place in a composite glyph.
Transform = tuple[float, float, float, float, float, float]

_ON_CURVE, _X_SHORT, _Y_SHORT, _REPEAT, _X_SAME, _Y_SAME = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
_WORDS, _XY_VALUES, _SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x0001, 0x0002, 0x0008, 0x0020, 0x0040, 0x0080
#: A composite glyph may name composite glyphs; fonts keep this shallow, a broken one must not loop.
_MAX_DEPTH = 8
#: Straight pieces per quadratic curve: at the sizes we draw, finer than a pixel.
_CURVE_STEPS = 6
#: What a character the font has no glyph for is drawn as, as in the PDF (report/common.py).
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class GlyphImage:
    """A glyph filled at one size: a 1-bit mask and where its top left corner lies from the pen (pixels)."""

    mask: Image.Image | None
    left: int
    #: Pixels from the baseline up to the mask's top row.
    top: int


class OutlineFont:
    """One TrueType font's glyphs, read with reportlab's parser."""

    def __init__(self, path: Path) -> None:
        self._font = TTFontFile(str(path))
        self._data: bytes = self._font._ttf_data
        self._glyf: int = self._font.table["glyf"]["offset"]
        self.units_per_em: int = self._font.unitsPerEm
        self._replacement = self._font.charToGlyph.get(ord(REPLACEMENT), 0)

    def glyph(self, char: str) -> int:
        """The glyph of ``char``; the replacement character's when the font has none."""
        return self._font.charToGlyph.get(ord(char), self._replacement)

    def advance(self, char: str, size: float) -> float:
        """How far ``char`` moves the pen at ``size`` points (reportlab's width, so the PDF's).

        A character the font lacks is as wide as the replacement mark drawn for it.
        """
        widths = self._font.charWidths
        width = widths.get(ord(char))
        if width is None:
            width = widths.get(ord(REPLACEMENT), self._font.defaultWidth)
        return width * size / 1000

    def width(self, text: str, size: float) -> float:
        return sum(self.advance(char, size) for char in text)

    @cache  # noqa: B019 - one instance per font file for the life of the process (see outline_font)
    def image(self, glyph: int, pixels_per_em: float) -> GlyphImage:
        """``glyph`` filled at ``pixels_per_em`` (cached: a chart's labels share a few sizes)."""
        scale = pixels_per_em / self.units_per_em
        shapes = [[_scaled(contour, scale) for contour in shape] for shape in self._shapes(glyph, _IDENTITY, 0)]
        points = [point for shape in shapes for contour in shape for point in contour]
        if not points:
            return GlyphImage(None, 0, 0)
        left = int(min(x for x, _ in points)) - 1
        top = int(max(y for _, y in points)) + 2
        width = int(max(x for x, _ in points)) - left + 2
        height = top - int(min(y for _, y in points)) + 2
        mask = Image.new("1", (width, height), 0)
        for shape in shapes:
            mask = ImageChops.logical_or(mask, _even_odd(shape, left, top, (width, height)))
        return GlyphImage(mask, left, top)

    # --- the 'glyf' table ------------------------------------------------------------

    def _shapes(self, glyph: int, transform: Transform, depth: int) -> Iterator[list[list[Point]]]:
        """The glyph's filled shapes, each a list of flattened contours (font units, y up).

        A simple glyph is one shape (its contours filled even-odd: the holes of "o" stay holes);
        each component of a composite glyph is a shape of its own, and shapes are joined, so
        that "å"'s ring is drawn even where it touches the "a".
        """
        positions = self._font.glyphPos
        if depth > _MAX_DEPTH or not 0 <= glyph < len(positions) - 1:
            return
        start, end = self._glyf + positions[glyph], self._glyf + positions[glyph + 1]
        if end <= start:
            return  # an empty glyph: a space
        (contours,) = struct.unpack_from(">h", self._data, start)
        if contours >= 0:
            yield [_apply(transform, contour) for contour in self._simple(start + 10, contours)]
        else:
            for component, placed in self._components(start + 10):
                yield from self._shapes(component, _compose(transform, placed), depth + 1)

    def _simple(self, offset: int, count: int) -> list[list[Point]]:
        data = self._data
        ends = struct.unpack_from(f">{count}H", data, offset)
        offset += 2 * count
        (instructions,) = struct.unpack_from(">H", data, offset)
        offset += 2 + instructions
        total = ends[-1] + 1 if ends else 0
        flags: list[int] = []
        while len(flags) < total:
            flag = data[offset]
            offset += 1
            repeat = 0
            if flag & _REPEAT:
                repeat = data[offset]
                offset += 1
            flags += [flag] * (1 + repeat)
        xs, offset = _coordinates(data, offset, flags, _X_SHORT, _X_SAME)
        ys, offset = _coordinates(data, offset, flags, _Y_SHORT, _Y_SAME)
        contours, first = [], 0
        for last in ends:
            points = [(float(xs[i]), float(ys[i]), bool(flags[i] & _ON_CURVE)) for i in range(first, last + 1)]
            contours.append(_flatten(points))
            first = last + 1
        return contours

    def _components(self, offset: int) -> Iterator[tuple[int, Transform]]:
        data = self._data
        while True:
            flags, component = struct.unpack_from(">HH", data, offset)
            offset += 4
            if flags & _WORDS:
                dx, dy = struct.unpack_from(">hh" if flags & _XY_VALUES else ">HH", data, offset)
                offset += 4
            else:
                dx, dy = struct.unpack_from(">bb" if flags & _XY_VALUES else ">BB", data, offset)
                offset += 2
            if not flags & _XY_VALUES:
                dx = dy = 0  # placed by matching points: not used in our fonts' Latin letters
            xx, yx, xy, yy = 1.0, 0.0, 0.0, 1.0
            if flags & _SCALE:
                (xx,) = _f2dot14(data, offset, 1)
                yy = xx
                offset += 2
            elif flags & _XY_SCALE:
                xx, yy = _f2dot14(data, offset, 2)
                offset += 4
            elif flags & _TWO_BY_TWO:
                xx, yx, xy, yy = _f2dot14(data, offset, 4)
                offset += 8
            yield component, (xx, yx, xy, yy, float(dx), float(dy))
            if not flags & _MORE:
                return


_IDENTITY: Transform = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@cache
def outline_font(name: str) -> OutlineFont:
    """The outlines of one of the reports' fonts, by its reportlab name."""
    try:
        file_name = FONT_FILES[name]
    except KeyError:
        raise TypeError(f"no font file for {name!r}: draw with the report's fonts") from None
    return OutlineFont(paths.font_path(file_name))


def _f2dot14(data: bytes, offset: int, count: int) -> tuple[float, ...]:
    return tuple(value / 16384 for value in struct.unpack_from(f">{count}h", data, offset))


def _coordinates(data: bytes, offset: int, flags: list[int], short: int, same: int) -> tuple[list[int], int]:
    """One axis of a simple glyph's points: each a byte (sign in ``same``), a repeat, or a signed word."""
    values, value = [], 0
    for flag in flags:
        if flag & short:
            delta = data[offset]
            offset += 1
            value += delta if flag & same else -delta
        elif not flag & same:
            (delta,) = struct.unpack_from(">h", data, offset)
            offset += 2
            value += delta
        values.append(value)
    return values, offset


def _flatten(points: list[tuple[float, float, bool]]) -> list[Point]:
    """A closed contour of on- and off-curve points as a polygon (quadratic curves cut into lines)."""
    if len(points) < 2:
        return []
    # Start on a curve point; between two control points lies an implied one, half way.
    start_index = next((i for i, (_, _, on) in enumerate(points) if on), None)
    if start_index is None:
        (x0, y0, _), (x1, y1, _) = points[0], points[1]
        ordered = [((x0 + x1) / 2, (y0 + y1) / 2, True), *points[1:], points[0]]
    else:
        ordered = points[start_index:] + points[:start_index]
    start = (float(ordered[0][0]), float(ordered[0][1]))
    polygon = [start]
    current: Point = start
    control: Point | None = None
    for x, y, on in [*ordered[1:], (start[0], start[1], True)]:
        point = (float(x), float(y))
        if on:
            if control is None:
                polygon.append(point)
            else:
                polygon += _curve(current, control, point)
                control = None
            current = point
        elif control is None:
            control = point
        else:
            middle = ((control[0] + point[0]) / 2, (control[1] + point[1]) / 2)
            polygon += _curve(current, control, middle)
            current, control = middle, point
    return polygon


def _curve(start: Point, control: Point, end: Point) -> list[Point]:
    """The quadratic Bézier from ``start`` to ``end`` as short lines (without ``start``)."""
    steps = []
    for step in range(1, _CURVE_STEPS + 1):
        t = step / _CURVE_STEPS
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        steps.append((a * start[0] + b * control[0] + c * end[0], a * start[1] + b * control[1] + c * end[1]))
    return steps


def _apply(transform: Transform, contour: list[Point]) -> list[Point]:
    xx, yx, xy, yy, dx, dy = transform
    return [(xx * x + xy * y + dx, yx * x + yy * y + dy) for x, y in contour]


def _compose(outer: Transform, inner: Transform) -> Transform:
    """``inner`` (a component's place) followed by ``outer`` (where its parent is placed)."""
    a, b, c, d, e, f = outer
    xx, yx, xy, yy, dx, dy = inner
    return (
        a * xx + c * yx,
        b * xx + d * yx,
        a * xy + c * yy,
        b * xy + d * yy,
        a * dx + c * dy + e,
        b * dx + d * dy + f,
    )


def _scaled(contour: list[Point], scale: float) -> list[Point]:
    return [(x * scale, y * scale) for x, y in contour]


def _even_odd(contours: list[list[Point]], left: int, top: int, size: tuple[int, int]) -> Image.Image:
    """The contours filled even-odd in a 1-bit mask whose corner is (left, top) in y-up pixels."""
    mask = Image.new("1", size, 0)
    for contour in contours:
        if len(contour) < 3:
            continue
        layer = Image.new("1", size, 0)
        ImageDraw.Draw(layer).polygon([(x - left, top - y) for x, y in contour], fill=1)
        mask = ImageChops.logical_xor(mask, layer)
    return mask
