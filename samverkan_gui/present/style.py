"""The data colours and patterns of every chart, on screen and on paper, as hex strings.

One home for them, so the same thing looks the same in the window and in the PDF: a
comparison's third date, a results chart's second block, the answers "4" in a
distribution.  No Qt and no reportlab here: the window turns the hex strings into
``QColor``, the reports into ``colors.HexColor``.

What is *not* here: the window's text, background, frame and selection colours.
Those come from the ``QPalette`` roles, so dark and high-contrast themes stay
readable; the colours below are only those of the data drawn on top.  Paper is
always white, so the reports' text colours are here too.

Nothing relies on colour alone: every bar also carries its value as text, a series
also has its own hatch pattern, and the rating fills differ in lightness.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- series: blocks of a results chart, dates of a comparison -----------------------------

#: Okabe & Ito (2008): blue, orange, bluish green, reddish purple, vermillion, sky blue;
#: told apart by the common kinds of colour blindness.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
#: Hatches drawn over a series' fill, by name (the window maps them to Qt brush
#: styles, the PDF draws them as lines): rising and falling diagonals, a grid of
#: horizontal and vertical lines, crossed diagonals, horizontal, vertical.
SERIES_PATTERNS = ("rising", "falling", "grid", "crossed", "horizontal", "vertical")

BLACK = "#000000"
WHITE = "#FFFFFF"


@dataclass(frozen=True)
class SeriesStyle:
    """How series ``index`` is drawn: its fill, its hatch and the hatch's colour."""

    fill: str
    pattern: str
    #: Black or white, whichever stands out from ``fill``.
    hatch: str


def series_style(index: int) -> SeriesStyle:
    """The look of series ``index`` (0-based), the same in the window and in every PDF.

    Colours and patterns both repeat after six, shifted against each other after
    each round, so the first 36 series all differ (each bar also carries its label).
    """
    colours, patterns = len(SERIES_COLOURS), len(SERIES_PATTERNS)
    fill = SERIES_COLOURS[index % colours]
    pattern = SERIES_PATTERNS[(index + index // colours) % patterns]
    return SeriesStyle(fill=fill, pattern=pattern, hatch=contrasting_ink(fill))


def lightness(colour: str) -> float:
    """HSL lightness (0–1) of ``#rrggbb``: the mean of the largest and smallest channel."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return (max(channels) + min(channels)) / 2


def contrasting_ink(colour: str) -> str:
    """Black on a light fill, white on a dark one (hatches and text drawn over ``colour``)."""
    return BLACK if lightness(colour) > 0.45 else WHITE


# --- the distribution of answers 1..5 ------------------------------------------------------

#: One fill per rating, light to dark, told apart by lightness (the counts are written inside).
RATING_FILLS = ("#f3d9c4", "#e6a77a", "#b9b9b9", "#6fa3d0", "#1f5f99")
#: The count's colour on each fill (4.5:1 or more).
RATING_INK = ("#1a1a1a", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff")


def rating_fill(position: int) -> str:
    """The fill of the ``position``-th rating of the scale (0 for the lowest)."""
    return RATING_FILLS[position % len(RATING_FILLS)]


def rating_ink(position: int) -> str:
    return RATING_INK[position % len(RATING_INK)]


# --- single bars and paper -----------------------------------------------------------------

#: A bar of one value (a group's mean) and the empty track behind it (3:1 or more apart).
BAR = "#1f6fb2"
BAR_TRACK = "#e3e8ee"

#: Paper (always white): text, secondary text, headings, rules, table headers (text 4.5:1 or more).
INK = "#1a1a1a"
MUTED = "#555555"
ACCENT = "#0b4f8a"
RULE = "#b8c2cc"
HEADER_BG = "#e8eef5"
#: The band a total falls in on the paper ladder (also a thick frame and bold text).
LADDER_CURRENT = "#9cc3e4"

# --- the projector -------------------------------------------------------------------------

#: The projector's slides are dark whatever the desktop's theme (light text on black reads
#: best on a projected wall); its text is 4.5:1 or more against the background.
PROJECTOR_BACKGROUND = "#000000"
PROJECTOR_INK = "#ffffff"
PROJECTOR_MUTED = "#d0d0d0"
PROJECTOR_ACCENT = "#ffd54a"
PROJECTOR_TRACK = "#3a3a3a"
PROJECTOR_BAR = "#4aa3ff"
PROJECTOR_BUTTON = "#222222"
PROJECTOR_DISABLED_INK = "#777777"
PROJECTOR_DISABLED_BORDER = "#555555"
