"""Numbers as a reader of the language writes them; one rounding rule for all of them."""

from __future__ import annotations

from fractions import Fraction

from samverkan_gui.core.numbers import exact, round_decimals, round_half_up
from samverkan_gui.core.questionnaire import Band, Block

#: What a table shows where there is no number (no answers yet).
NOT_AVAILABLE = "–"

#: Between a number and its per cent sign: a space (Swedish and English style guides
#: alike for our reports) that never breaks the line.
_PERCENT_SPACE = "\u00a0"

_DECIMAL_MARK = {"sv": ",", "en": "."}

Number = int | float | Fraction


def share_percent(share: Fraction | float | None) -> int | None:
    """A share 0–1 as whole per cent, rounded half up; None stays None.

    Give exact fractions where there are any: a float such as 0.625 is exact, but
    0.285 is not, and is read as the decimal it prints as.
    """
    if share is None:
        return None
    return round_half_up(exact(share) * 100)


def format_percent(value: int | None, lang: str) -> str:
    """'63 %' (no-break space), the same in Swedish and English; '–' for None."""
    del lang  # the same in both languages today; kept so that a third language can differ
    return NOT_AVAILABLE if value is None else f"{value}{_PERCENT_SPACE}%"


def format_number(value: Number | None, lang: str, digits: int = 1) -> str:
    """'3,5' in Swedish, '3.5' in English, rounded half up to ``digits`` decimals; '–' for None."""
    if value is None:
        return NOT_AVAILABLE
    decimal = round_decimals(value, digits)
    text = f"{decimal:.{digits}f}"
    if text.startswith("-") and decimal == 0:
        text = text[1:]
    return text.replace(".", decimal_mark(lang))


def decimal_mark(lang: str) -> str:
    """',' in Swedish, '.' in English."""
    return _DECIMAL_MARK.get(lang, ".")


def band_range(band: Band) -> str:
    """'63–83' (an en dash, as the source material writes ranges)."""
    return f"{band.min}–{band.max}"


def block_display_name(block: Block, lang: str) -> str:
    """A block named on its own (a heading, a table row, a chart's label): as the source heads it.

    'STARTFÖRHÅLLANDEN' / 'STARTING CONDITIONS', in every output alike; inside a sentence the
    block is named in lower case (``block.name``: 'titta särskilt på startförhållanden').
    See docs/terminology.md.
    """
    return block.title.get(lang)
