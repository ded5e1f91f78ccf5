"""Our reportlab drawings (charts, band ladder, legends) as PNG pictures, drawn with Pillow.

The Word export needs the charts as pictures, and the PDF's drawings are the ones to show.
reportlab's own bitmap renderer (``renderPM``) needs ``rlPyCairo``, ``pycairo`` and
``freetype-py`` since reportlab 4, and pycairo has no wheels for Linux (it is built from
source against the system's cairo). Pillow is already there (reportlab depends on it), so
this module paints the few shapes our drawings use – rectangles, lines, polygons, straight
paths (dashed too) and strings in our embedded fonts – onto a Pillow image, three times
larger than asked, and scales it down for smooth edges. Text is drawn from the fonts' own
outlines (report/outlines.py), not with Pillow's FreeType, which the bundles leave out.

A shape it does not know raises ``TypeError``: a new kind of drawing must be taught here
before the Word export can show it (the tests draw every chart).
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw
from reportlab.graphics.shapes import (
    _CLOSEPATH,
    _LINETO,
    _MOVETO,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib.colors import Color

from samverkan_gui.report.outlines import outline_font

#: Dots per inch of the pictures: sharp on paper and on a high-resolution screen, a few tens of KB each.
DPI = 200
#: Paint this many times larger, then shrink with a box filter: anti-aliased edges without a vector library.
_OVERSAMPLE = 3

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]


@dataclass(frozen=True)
class Picture:
    """A drawing as a PNG, and the size to show it at (points)."""

    png: bytes
    width: float
    height: float


def drawing_png(drawing: Drawing, dpi: int = DPI) -> Picture:
    """``drawing`` as a PNG on white, ``dpi`` dots per inch at the drawing's own size.

    The picture takes in whatever is drawn outside the drawing's box too (the PDF shows
    it, in the margin: a label beside a full bar), so it can be larger than the drawing.
    """
    xs, ys = zip(
        *_extent(drawing.getContents(), (1, 0, 0, 1, 0, 0)), (0, 0), (drawing.width, drawing.height), strict=True
    )
    left, bottom, right, top = min(xs), min(ys), max(xs), max(ys)
    scale = dpi / 72 * _OVERSAMPLE
    width = max(math.ceil((right - left) * dpi / 72), 1)
    height = max(math.ceil((top - bottom) * dpi / 72), 1)
    image = Image.new("RGB", (width * _OVERSAMPLE, height * _OVERSAMPLE), "white")
    painter = _Painter(image, scale, top - bottom)
    # The drawing's own transform would place it on a page; here its origin moves to the picture's corner.
    painter.contents(drawing.getContents(), (1, 0, 0, 1, -left, -bottom))
    small = image.reduce(_OVERSAMPLE)
    buffer = io.BytesIO()
    small.save(buffer, "PNG")
    return Picture(buffer.getvalue(), right - left, top - bottom)


def _extent(shapes: Sequence[Any], matrix: Matrix) -> Iterator[Point]:
    """The corners of every shape's box, in the drawing's coordinates."""
    for shape in shapes:
        if isinstance(shape, Group):
            yield from _extent(shape.getContents(), _multiply(matrix, tuple(shape.transform)))
        elif not (isinstance(shape, Path) and not shape.points):  # an empty pattern has no box
            x0, y0, x1, y1 = shape.getBounds()
            a, b, c, d, e, f = matrix
            for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                yield (a * x + c * y + e, b * x + d * y + f)


def _multiply(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _rgb(color: Color | None) -> tuple[int, int, int] | None:
    if color is None:
        return None
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255))


class _Painter:
    """Paints reportlab shapes (y up, points) onto a Pillow canvas (y down, pixels)."""

    def __init__(self, image: Image.Image, scale: float, height: float) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.scale = scale
        self.height = height

    def contents(self, shapes: Sequence[Any], matrix: Matrix) -> None:
        for shape in shapes:
            self.shape(shape, matrix)

    def shape(self, shape: Any, matrix: Matrix) -> None:
        if isinstance(shape, Group):
            self.contents(shape.getContents(), _multiply(matrix, tuple(shape.transform)))
        elif isinstance(shape, Rect) and matrix[1] == matrix[2] == 0:
            self.rectangle(shape, matrix)
        elif isinstance(shape, Rect):
            corners = [
                (shape.x, shape.y),
                (shape.x + shape.width, shape.y),
                (shape.x + shape.width, shape.y + shape.height),
                (shape.x, shape.y + shape.height),
            ]
            self.area([corners], shape, matrix)
        elif isinstance(shape, Line):
            self.stroke([[(shape.x1, shape.y1), (shape.x2, shape.y2)]], shape, matrix, closed=False)
        elif isinstance(shape, Polygon):
            self.area([_pairs(shape.points)], shape, matrix)
        elif isinstance(shape, PolyLine):
            self.stroke([_pairs(shape.points)], shape, matrix, closed=False)
        elif isinstance(shape, Path):
            subpaths = list(_subpaths(shape))
            if shape.fillColor is not None:
                self.fill([points for points, _ in subpaths], shape.fillColor, matrix)
            for points, closed in subpaths:
                self.stroke([points], shape, matrix, closed=closed)
        elif isinstance(shape, String):
            self.text(shape, matrix)
        else:
            raise TypeError(f"cannot draw a {type(shape).__name__} as a picture")

    # --- geometry -------------------------------------------------------------------

    def pixel(self, point: Point, matrix: Matrix) -> Point:
        a, b, c, d, e, f = matrix
        x, y = point
        page_x, page_y = a * x + c * y + e, b * x + d * y + f
        return (page_x * self.scale, (self.height - page_y) * self.scale)

    def width_px(self, stroke_width: float) -> int:
        return max(round(stroke_width * self.scale), 1)

    # --- painting -------------------------------------------------------------------

    def area(self, outlines: list[list[Point]], shape: Any, matrix: Matrix) -> None:
        if shape.fillColor is not None:
            self.fill(outlines, shape.fillColor, matrix)
        for points in outlines:
            self.stroke([points], shape, matrix, closed=True)

    def rectangle(self, shape: Rect, matrix: Matrix) -> None:
        """An upright rectangle; the outline centred on its edge, as in the PDF."""
        (x0, y0), (x1, y1) = (
            self.pixel((shape.x, shape.y), matrix),
            self.pixel((shape.x + shape.width, shape.y + shape.height), matrix),
        )
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        if shape.fillColor is not None:
            self.draw.rectangle((left, top, right, bottom), fill=_rgb(shape.fillColor))
        color = _rgb(shape.strokeColor)
        if color is not None and shape.strokeWidth and not shape.strokeDashArray:
            width = self.width_px(shape.strokeWidth)
            half = width / 2
            box = (left - half, top - half, right + half, bottom + half)
            self.draw.rectangle(box, outline=color, width=width)
        elif color is not None and shape.strokeWidth:
            corners = [(left, top), (right, top), (right, bottom), (left, bottom), (left, top)]
            self.stroke_pixels(corners, shape)

    def fill(self, outlines: list[list[Point]], color: Color, matrix: Matrix) -> None:
        for points in outlines:
            if len(points) >= 3:
                self.draw.polygon([self.pixel(p, matrix) for p in points], fill=_rgb(color))

    def stroke(self, polylines: list[list[Point]], shape: Any, matrix: Matrix, *, closed: bool) -> None:
        color = _rgb(shape.strokeColor)
        if color is None or not shape.strokeWidth:
            return
        for points in polylines:
            pixels = [self.pixel(p, matrix) for p in points]
            if closed and pixels:
                pixels.append(pixels[0])
            self.stroke_pixels(pixels, shape)

    def stroke_pixels(self, pixels: list[Point], shape: Any) -> None:
        color = _rgb(shape.strokeColor)
        width = self.width_px(shape.strokeWidth)
        dashes = shape.strokeDashArray
        pieces = _dashed(pixels, [length * self.scale for length in dashes]) if dashes else [pixels]
        for piece in pieces:
            if len(piece) >= 2:
                self.draw.line(piece, fill=color, width=width)

    def text(self, shape: String, matrix: Matrix) -> None:
        color = _rgb(shape.fillColor)
        if color is None or not shape.text:
            return
        font = outline_font(shape.fontName)
        width = font.width(shape.text, shape.fontSize)
        shift = {"start": 0.0, "middle": width / 2, "end": width}.get(shape.textAnchor)
        if shift is None:
            raise TypeError(f"cannot anchor text at {shape.textAnchor!r}")
        pixels_per_em = shape.fontSize * self.scale * _size_factor(matrix)
        pen = shape.x - shift
        for char in shape.text:
            glyph = font.image(font.glyph(char), round(pixels_per_em, 3))
            if glyph.mask is not None:
                x, y = self.pixel((pen, shape.y), matrix)
                self.image.paste(color, (round(x) + glyph.left, round(y) - glyph.top), glyph.mask)
            pen += font.advance(char, shape.fontSize)


def _size_factor(matrix: Matrix) -> float:
    """How much a transform enlarges text (uniform scaling; our drawings never shear)."""
    a, b, c, d, _, _ = matrix
    return math.sqrt(abs(a * d - b * c))


def _pairs(flat: Sequence[float]) -> list[Point]:
    return [(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]


def _subpaths(path: Path) -> Iterator[tuple[list[Point], bool]]:
    """The path's pieces (points, closed?) from its operators; curves are not used in our drawings."""
    points = _pairs(path.points)
    current: list[Point] = []
    index = 0
    for operator in path.operators:
        if operator == _MOVETO:
            if len(current) > 1:
                yield current, False
            current = [points[index]]
            index += 1
        elif operator == _LINETO:
            current.append(points[index])
            index += 1
        elif operator == _CLOSEPATH:
            if current:
                yield current, True
            current = []
        else:
            raise TypeError("cannot draw a curved path as a picture")
    if len(current) > 1:
        yield current, False


def _dashed(pixels: list[Point], pattern: Sequence[float]) -> list[list[Point]]:
    """Cut a polyline into the drawn pieces of a dash pattern (on, off, on, off …)."""
    pieces: list[list[Point]] = []
    if not pattern or sum(pattern) <= 0:
        return [pixels]
    slot, left, drawing = 0, pattern[0], True
    current: list[Point] = [pixels[0]] if pixels else []
    for (x0, y0), (x1, y1) in itertools.pairwise(pixels):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            point = (x0 + (x1 - x0) * done / length, y0 + (y1 - y0) * done / length)
            if drawing:
                current.append(point)
                pieces.append(current)
            current = [point]
            drawing = not drawing
            slot = (slot + 1) % len(pattern)
            left = pattern[slot]
        left -= length - done
        if drawing:
            current.append((x1, y1))
        else:
            current = [(x1, y1)]
    if drawing and len(current) >= 2:
        pieces.append(current)
    return pieces
