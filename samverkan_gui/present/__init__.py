"""The presentation layer: what every output (window, PDFs, CSV, command line) shows.

Qt-free. It turns a :class:`~samverkan_gui.core.scoring.Result` and
:class:`~samverkan_gui.core.group_stats.GroupStats` into numbers and sentences in
the user's language, with one rule for each decision:

* a percentage is rounded half up, from exact fractions (:func:`percent_of`),
* a decimal number uses the language's decimal mark and half-up rounding (:func:`format_number`),
* a percentage is written "63 %" with a no-break space (:func:`format_percent`),
* the "look at the weakest block" sentence appears when the band's advice does not name it,
* band ranges are written "63–83".

The outputs only render these; the sentences come from the one catalogue,
:mod:`samverkan_gui.core.messages`.
"""

from samverkan_gui.core.numbers import percent_of, round_half_up
from samverkan_gui.present.format import (
    NOT_AVAILABLE,
    band_range,
    block_display_name,
    decimal_mark,
    format_number,
    format_percent,
    share_percent,
)
from samverkan_gui.present.group import GroupBlockLine, GroupPresentation, present_group
from samverkan_gui.present.result import BlockLine, ResultPresentation, present_result

__all__ = [
    "NOT_AVAILABLE",
    "BlockLine",
    "GroupBlockLine",
    "GroupPresentation",
    "ResultPresentation",
    "band_range",
    "block_display_name",
    "decimal_mark",
    "format_number",
    "format_percent",
    "percent_of",
    "present_group",
    "present_result",
    "round_half_up",
    "share_percent",
]
