"""The one rounding rule of Samverkan: halves go up, from exact fractions.

Used by the core (the band of a group's mean total) and by every output through
:mod:`samverkan_gui.present` (percentages, means), so that a window, a PDF, a CSV
and the command line never disagree by one.
"""

from __future__ import annotations

import math
from fractions import Fraction


def round_half_up(value: Fraction | int) -> int:
    """Round to a whole number, halves up (62.5 → 63, 41.5 → 42), as people round by hand."""
    return math.floor(Fraction(value) + Fraction(1, 2))


def percent_of(part: int, whole: int) -> int:
    """``part`` as whole per cent of ``whole``, rounded half up (25 of 40 → 63); 0 when ``whole`` is 0."""
    return round_half_up(Fraction(part * 100, whole)) if whole else 0
