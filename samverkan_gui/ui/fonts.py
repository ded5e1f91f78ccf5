"""Text sizes relative to the window's font, so one zoom setting scales every heading.

A projector in a workshop room needs bigger text than a laptop; Ctrl++ / Ctrl+-
change the main window's font and :func:`refresh_relative_fonts` re-derives the
headings from it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

_SCALE = "samverkan_font_scale"
_BOLD = "samverkan_font_bold"

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


def relative_font(base: QFont, scale: float, bold: bool) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * scale)))
    font.setBold(bold)
    return font


def set_relative_font(widget: QWidget, scale: float, bold: bool = False) -> None:
    """Give ``widget`` a font ``scale`` times its window's font; kept in step by refresh_relative_fonts."""
    widget.setProperty(_SCALE, scale)
    widget.setProperty(_BOLD, bold)
    widget.setFont(relative_font(widget.window().font(), scale, bold))


def refresh_relative_fonts(root: QWidget) -> None:
    """Re-derive the relative fonts under ``root`` from its window's (zoomed) font."""
    base = root.window().font()
    for widget in root.findChildren(QWidget):
        scale = widget.property(_SCALE)
        if scale is not None:
            widget.setFont(relative_font(base, float(scale), bool(widget.property(_BOLD))))
