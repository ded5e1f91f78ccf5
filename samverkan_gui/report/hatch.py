"""Hatch patterns drawn over a bar in a PDF, by the names of :mod:`samverkan_gui.present.style`.

The window draws the same names with Qt's brush styles, so a series carries the same
pattern on screen and on paper.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Path
from reportlab.lib import colors
from reportlab.lib.units import mm

STEP = 2.4 * mm


def hatch(pattern: str, x: float, y: float, w: float, h: float, ink: str) -> Path:
    """Lines over the rectangle (x, y, w, h) as one path (one PDF drawing operation, not hundreds)."""
    path = Path(strokeColor=colors.HexColor(ink), strokeWidth=0.5, fillColor=None)
    if pattern in ("rising", "crossed"):
        _diagonals(path, x, y, w, h, STEP, rising=True)
    if pattern in ("falling", "crossed"):
        _diagonals(path, x, y, w, h, STEP, rising=False)
    if pattern in ("horizontal", "grid"):
        row = y + STEP / 2
        while row < y + h:
            path.moveTo(x, row)
            path.lineTo(x + w, row)
            row += STEP
    if pattern in ("vertical", "grid"):
        col = x + STEP / 2
        while col < x + w:
            path.moveTo(col, y)
            path.lineTo(col, y + h)
            col += STEP
    return path


def _diagonals(path: Any, x: float, y: float, w: float, h: float, step: float, rising: bool) -> None:
    """45° lines across the rectangle (x, y, w, h), ``step`` apart, cut at its edges."""
    offset = -h
    while offset < w:
        x0, y0, x1, y1 = x + offset, y, x + offset + h, y + h
        if x0 < x:
            y0 += x - x0
            x0 = x
        if x1 > x + w:
            y1 -= x1 - (x + w)
            x1 = x + w
        if x1 > x0:
            if rising:
                path.moveTo(x0, y0)
                path.lineTo(x1, y1)
            else:  # mirrored inside the rectangle
                path.moveTo(2 * x + w - x0, y0)
                path.lineTo(2 * x + w - x1, y1)
        offset += step
