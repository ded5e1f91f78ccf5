"""The dark palette of the README screenshots reads well: every text colour meets WCAG AA (4.5:1)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

# In a child process: capture.py points the settings folders elsewhere when imported.
PROBE = """
import json, sys
sys.path.insert(0, "docs/screenshots")
from PySide6.QtGui import QPalette
import capture
palette = capture.dark_palette()
colour = lambda role: palette.color(QPalette.ColorGroup.Active, getattr(QPalette.ColorRole, role)).name()
print(json.dumps([[text, back, colour(text), colour(back)] for text, back in capture.DARK_TEXT_PAIRS]))
"""


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#ffffff", "#3d8ee6"), 1) == 3.4  # the old selection colour: too faint


def test_dark_screenshot_palette_meets_wcag_aa_for_text() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    pairs = json.loads(done.stdout)
    assert ["HighlightedText", "Highlight", "#ffffff", "#2a6fbd"] in pairs
    weak = {f"{text} on {back}": round(contrast(fg, bg), 2) for text, back, fg, bg in pairs if contrast(fg, bg) < 4.5}
    assert weak == {}
