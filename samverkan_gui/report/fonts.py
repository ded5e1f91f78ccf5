"""Embedding DejaVu Sans in PDFs.

reportlab's built-in Helvetica is not embedded and lacks the Sami letters
(č đ ŋ š ŧ ž) a user may type, so every report uses DejaVu Sans from
``resources/fonts`` (Bitstream Vera licence, see LICENSE-DejaVu.txt there).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samverkan_gui.core import paths
from samverkan_gui.core.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
#: The font file of each face (in resources/fonts); the pictures of the Word export draw with them too.
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) font names."""
    try:
        for name, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(paths.font_path(file_name))))
    except Exception as exc:
        raise ReportError("report.failed", reason=f"font missing: {exc}") from exc
    # <b> inside paragraphs picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


@cache
def drawable() -> frozenset[int]:
    """The characters both faces have a glyph for (a paragraph may set any text in bold)."""
    regular, bold = register_fonts()
    return frozenset(pdfmetrics.getFont(regular).face.charToGlyph) & frozenset(
        pdfmetrics.getFont(bold).face.charToGlyph
    )
