"""The one rounding rule of Samverkan: halves go up, from exact fractions.

Used by the core (the band of a group's mean total) and by every output through
:mod:`samverkan_gui.present` (percentages, means), so that a window, a PDF, a CSV
and the command line never disagree by one.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def round_half_up(value: Fraction | int) -> int:
    """Round to a whole number, halves up (62.5 → 63, 41.5 → 42), as people round by hand."""
    return math.floor(Fraction(value) + Fraction(1, 2))


def exact(value: Fraction | int | float) -> Fraction:
    """``value`` as an exact fraction; a float counts as the shortest decimal that prints as it
    (3.35 is 3.35, not 3.3499999…), which is what a mean of whole answers means."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def round_decimals(value: Fraction | int | float, digits: int) -> Decimal:
    """``value`` rounded half up to ``digits`` decimals (3.125 → 3.13, where ``round`` gives 3.12)."""
    fraction = exact(value)
    # Decimal division is exact to 28 significant digits: enough to decide every half at a few decimals.
    quotient = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    return quotient.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def percent_of(part: int, whole: int) -> int:
    """``part`` as whole per cent of ``whole``, rounded half up (25 of 40 → 63); 0 when ``whole`` is 0."""
    return round_half_up(Fraction(part * 100, whole)) if whole else 0
