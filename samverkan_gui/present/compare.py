"""How a comparison is written: values, signed changes with arrows, directions in words, and the warnings.

Every number of one comparison has the same number of decimals
(:func:`comparison_digits`): with a group in it, "+6,0 ↑" stands beside "+0,9 ↑",
never "+6 ↑".  :func:`notices` are the sentences every output (window, PDF, CLI)
puts beside the numbers when they are not a plain trend of one collaboration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

from samverkan_gui.core.compare import Comparison, ItemScore, quoted_collaboration
from samverkan_gui.core.messages import join_names, render
from samverkan_gui.core.plan import Status, status_label
from samverkan_gui.core.text import slug
from samverkan_gui.present.format import NOT_AVAILABLE, format_number

Number = int | Fraction


def comparison_digits(result: Comparison) -> int:
    """Decimals of every number of ``result``: one when a group's means are in it, else none."""
    return 1 if any(item.item.is_group for item in result.items) else 0


def format_value(value: Number | None, lang: str, digits: int | None = None) -> str:
    """A score or mean: with ``digits`` decimals ("67,0" beside "73,5"); "–" for none.

    Without ``digits``: whole numbers as they are ("42"), others with one decimal.
    """
    if value is None:
        return NOT_AVAILABLE
    if digits is None:
        digits = 0 if isinstance(value, int) or value.denominator == 1 else 1
    return format_number(value, lang, digits)


def format_change(value: Number | None, lang: str, digits: int | None = None) -> str:
    """A change with its sign and an arrow, so that it never depends on colour: "+11 ↑", "−1,5 ↓", "0 →"."""
    if value is None:
        return NOT_AVAILABLE
    magnitude = format_value(abs(Fraction(value)), lang, digits)
    if magnitude.strip("0,.") == "":  # rounds to nothing: no direction either
        return f"{magnitude} →"
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


def comparison_file_stem(result: Comparison, lang: str) -> str:
    """The comparison PDF's suggested name: "Jämförelse-Samverkan-kring-unga-i-Örnsköldsvik" (å, ä, ö kept)."""
    word = render("compare.file_stem", lang)
    names = result.collaborations
    stem = slug(names[0]) if len(names) == 1 else ""
    return f"{word}-{stem}" if stem else word


def collaboration_title(result: Comparison, lang: str) -> str:
    """What a comparison is of: the collaboration ("Näringslivsrådet i Storby kommun"), several quoted."""
    names = result.collaborations
    if len(names) == 1:
        return names[0] or render("compare.no_collaboration", lang)
    return join_names([quoted_collaboration(name, lang) for name in names], lang)


def notices(result: Comparison, lang: str) -> list[str]:
    """Why the changes are not a plain trend: other collaborations, a person beside a group, versions.

    Every output shows these sentences where it shows the numbers.
    """
    found = []
    if result.collaborations_differ:
        names = join_names([quoted_collaboration(name, lang) for name in result.collaborations], lang)
        found.append(render("compare.notice_collaborations", lang, names=names))
    if result.individual_and_group:
        found.append(render("compare.individual_and_group", lang))
    if result.versions_differ:
        found.append(render("compare.versions_differ", lang, n=len(result.shared_questions)))
    return found
