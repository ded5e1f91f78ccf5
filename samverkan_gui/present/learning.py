"""The learning loop as every output says it: the change since last time, and actions past their due date.

A follow-up's results page and its PDF say "Sedan förra gången (2026-03-06): +12 ↑" with the
change of every block, from the file it follows (:func:`samverkan_gui.core.compare.since_last`);
when that file is not beside it, they say so instead.  An action is overdue when its due date
has passed and it is not done: the plan, the results page, the PDFs and the comparison mark it
in words ("försenad"), never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from samverkan_gui.core.messages import join_names, render
from samverkan_gui.core.plan import Action, BlockPlan, overdue_actions, status_label
from samverkan_gui.present.format import block_display_name

if TYPE_CHECKING:  # the comparison (YAML, scoring) is loaded when a follow-up is shown, not at start
    from samverkan_gui.core.compare import SinceLast


@dataclass(frozen=True)
class SinceLastPresentation:
    """What changed since last time, in words."""

    #: "Sedan förra gången (2026-03-06): +12 ↑"; or why no change can be shown.
    headline: str
    #: "STARTFÖRHÅLLANDEN: +3 ↑" per block (empty when no change can be shown).
    blocks: tuple[str, ...]
    #: The same with the direction in words, for a screen reader: "STARTFÖRHÅLLANDEN: +3 ↑ (upp)".
    spoken: tuple[str, ...]
    #: The comparison's notices (another collaboration, a person beside a group, versions).
    notices: tuple[str, ...]


def present_since_last(since: SinceLast, lang: str) -> SinceLastPresentation:
    from samverkan_gui.present.compare import change_words, comparison_digits, format_change, notices

    comparison = since.comparison
    date = since.date.isoformat() if since.date else render("compare.no_date", lang)
    if since.found is None:
        return SinceLastPresentation(render("since.not_found", lang, file=since.follows.file), (), (), ())
    if comparison is None:
        return SinceLastPresentation(render("since.unreadable", lang, file=since.found.name), (), (), ())
    digits = comparison_digits(comparison)
    total = comparison.total_change
    headline = render(
        "since.headline",
        lang,
        date=date,
        change=format_change(total, lang, digits) if total is not None else render("since.not_yet", lang),
    )
    blocks = []
    spoken = []
    for change in comparison.blocks:
        text = format_change(change.change, lang, digits)
        name = block_display_name(change.block, lang)
        blocks.append(f"{name}: {text}")
        spoken.append(f"{name}: {text} ({change_words(change.change, lang)})")
    return SinceLastPresentation(headline, tuple(blocks), tuple(spoken), tuple(notices(comparison, lang)))


def overdue_word(lang: str) -> str:
    """ "försenad" / "overdue"."""
    return render("plan.overdue", lang)


def status_text(action: Action, today: dt.date, lang: str) -> str:
    """The action's status as the plan's tables print it: "planerad", or "pågår – försenad" when overdue."""
    status = status_label(action.status, lang)
    return f"{status} – {overdue_word(lang)}" if action.is_overdue(today) else status


def overdue_summary(plan: Iterable[BlockPlan], today: dt.date, lang: str) -> str:
    """ "Försenade åtgärder (2): ”Skriv spelregler” (klart senast 2026-01-31) och …"; '' when none is."""
    late = overdue_actions(plan, today)
    if not late:
        return ""
    named = [
        render("plan.overdue_action", lang, text=action.text or "–", due=action.due.isoformat() if action.due else "")
        for _block, action in late
    ]
    return render("plan.overdue_summary", lang, count=len(late), actions=join_names(named, lang))
