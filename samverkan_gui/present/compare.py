"""How a comparison's numbers are written: values, signed changes with arrows, directions in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

from samverkan_gui.core.compare import ItemScore
from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import Status, status_label
from samverkan_gui.present.format import NOT_AVAILABLE, format_number

Number = int | Fraction


def format_value(value: Number | None, lang: str) -> str:
    """A score or mean: whole numbers as they are ("42"), others with one decimal ("73,5"); "–" for none."""
    if value is None:
        return NOT_AVAILABLE
    if isinstance(value, int) or value.denominator == 1:
        return str(int(value))
    return format_number(value, lang, 1)


def format_change(value: Number | None, lang: str) -> str:
    """A change with its sign and an arrow, so that it never depends on colour: "+11 ↑", "−1,5 ↓", "0 →"."""
    if value is None:
        return NOT_AVAILABLE
    magnitude = format_value(abs(Fraction(value)), lang)
    if value > 0:
        return f"+{magnitude} ↑"
    if value < 0:
        return f"−{magnitude} ↓"
    return f"{magnitude} →"


def change_words(value: Number | None, lang: str) -> str:
    """The direction in words (for screen readers and the PDF): upp / ned / oförändrat."""
    if value is None:
        return render("compare.unknown", lang)
    return render("compare.up" if value > 0 else "compare.down" if value < 0 else "compare.same", lang)


def occasion_date(item: ItemScore, lang: str) -> str:
    """The date an occasion is shown under ("2026-11-20"), or "utan datum" / "no date"."""
    return item.item.date.isoformat() if item.item.date else render("compare.no_date", lang)


def due_text(due: dt.date | None) -> str:
    """An action's due date ("2027-03-31"), or "–" when it has none."""
    return due.isoformat() if due else NOT_AVAILABLE


def status_over_time(changes: Sequence[tuple[ItemScore, Status]], lang: str) -> str:
    """An action's status at each occasion where it changed: "2025-11-20: planerad → 2026-11-20: klar"."""
    return " → ".join(f"{occasion_date(item, lang)}: {status_label(status, lang)}" for item, status in changes)
