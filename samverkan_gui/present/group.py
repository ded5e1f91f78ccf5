"""A workshop group's statistics as every output shows them (window, projector, PDF, CSV, CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_stats import CONSENSUS_BELOW, DIFFER_MEASURE, BlockStats, GroupStats, QuestionStats
from samverkan_gui.core.messages import render
from samverkan_gui.core.numbers import round_decimals
from samverkan_gui.present.format import (
    NOT_AVAILABLE,
    band_range,
    block_display_name,
    format_number,
    format_percent,
    share_percent,
)
from samverkan_gui.present.questions import question_label
from samverkan_gui.present.result import advice_names_block


@dataclass(frozen=True)
class GroupBlockLine:
    """One block of the group: the mean share and the range of the participants' shares."""

    block_id: str
    title: str
    name: str
    #: Participants who answered the whole block.
    n: int
    max: int
    #: Whole per cent (half up) of the mean, lowest and highest share; None when n is 0.
    mean_percent: int | None
    min_percent: int | None
    max_percent: int | None
    mean_percent_text: str
    min_percent_text: str
    max_percent_text: str
    #: The mean score, "8,5" (one decimal, the language's mark).
    mean_score_text: str
    #: "43 % (8,5/20)": the mean as the tables show it.
    mean_text: str
    #: "43 % (20 %–60 %) n = 4": the mean and the range, as beside the chart's bar.
    range_text: str


@dataclass(frozen=True)
class GroupPresentation:
    lang: str
    participants: int
    complete: int
    blocks: tuple[GroupBlockLine, ...]
    #: The mean total ("58,5"); None while nobody has answered everything.
    mean_total_text: str | None
    max_total: int
    band_range: str | None
    advice: str | None
    weakest: str


def block_line(stats: BlockStats, lang: str) -> GroupBlockLine:
    if stats.scores:
        mean = share_percent(Fraction(sum(stats.scores), len(stats.scores) * stats.max))
        low = share_percent(Fraction(min(stats.scores), stats.max))
        high = share_percent(Fraction(max(stats.scores), stats.max))
        mean_score = format_number(Fraction(sum(stats.scores), len(stats.scores)), lang)
    else:
        mean = low = high = None
        mean_score = NOT_AVAILABLE
    mean_text, low_text, high_text = (format_percent(value, lang) for value in (mean, low, high))
    return GroupBlockLine(
        block_id=stats.block.id,
        title=stats.block.title.get(lang),
        name=block_display_name(stats.block, lang),
        n=stats.n,
        max=stats.max,
        mean_percent=mean,
        min_percent=low,
        max_percent=high,
        mean_percent_text=mean_text,
        min_percent_text=low_text,
        max_percent_text=high_text,
        mean_score_text=mean_score,
        mean_text=f"{mean_text} ({mean_score}/{stats.max})",
        range_text=f"{mean_text} ({low_text}–{high_text}) n = {stats.n}" if stats.scores else f"n = {stats.n}",
    )


def present_group(stats: GroupStats, lang: str) -> GroupPresentation:
    totals = stats.totals
    return GroupPresentation(
        lang=lang,
        participants=stats.participants,
        complete=stats.complete,
        blocks=tuple(block_line(b, lang) for b in stats.blocks),
        mean_total_text=format_number(Fraction(sum(totals), len(totals)), lang) if totals else None,
        max_total=stats.max_total,
        band_range=band_range(stats.band) if stats.band is not None else None,
        advice=stats.advice(lang),
        weakest=group_weakest_sentence(stats, lang),
    )


def group_weakest_sentence(stats: GroupStats, lang: str) -> str:
    """Name the group's weakest block(s) when the band's own advice does not; '' otherwise."""
    if stats.band is None or not stats.weakest_blocks or advice_names_block(stats.band, lang):
        return ""
    weakest = block_line(stats.block_stats(stats.weakest_blocks[0]), lang)
    return render(
        "present.weakest_group", lang, names=stats.weakest_block_names(lang), percent=weakest.mean_percent_text
    )


def question_mean_text(question: QuestionStats, lang: str, digits: int = 1) -> str:
    """The mean answer, '3,5' / '3.5' (half up, from the exact mean); '–' without answers."""
    return format_number(question.exact_mean, lang, digits)


def question_spread_text(question: QuestionStats) -> str:
    """'2 (3–5)': highest minus lowest answer, and the two; '–' without answers."""
    if question.spread is None:
        return NOT_AVAILABLE
    return f"{question.spread} ({question.lowest}–{question.highest})"


def consensus_text(value: float | None, lang: str, digits: int = 2) -> str:
    """A Tastle–Wierman consensus as shown everywhere: '0,54' / '0.54' (two decimals, half up); '–' for None.

    The CSV and the JSON give three decimals (``digits``).
    """
    return format_number(value, lang, digits)


def question_consensus_text(question: QuestionStats, lang: str) -> str:
    """The question's consensus, '0,54'; '–' with fewer than two answers."""
    return consensus_text(question.consensus, lang)


def consensus_limit_text(lang: str) -> str:
    """The limit below which views differ, '0,60' / '0.60'."""
    return consensus_text(CONSENSUS_BELOW, lang)


# --- as data (``samverkan score FILE... --json``) ---------------------------------------------


def stats_json(stats: GroupStats, lang: str, group: Group | None = None, show_names: bool = False) -> dict:
    """Plain data of the group view (``samverkan score FILE... --json``)."""
    questionnaire = stats.questionnaire
    data: dict = {
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "participants": stats.participants,
        "complete": stats.complete,
        "mean_total": _round(stats.mean_total),
        "min_total": stats.min_total,
        "max_total_seen": stats.max_total_seen,
        "max": stats.max_total,
        "band": ({"min": stats.band.min, "max": stats.band.max, "advice": stats.advice(lang)} if stats.band else None),
        "weakest_blocks": list(stats.weakest_blocks),
        "blocks": [
            {
                "id": b.block.id,
                "title": b.block.title.get(lang),
                "max": b.max,
                "n": b.n,
                "mean_score": _round(b.mean_score),
                "mean_share": _round(b.mean_share, 4),
                "min_share": _round(b.min_share, 4),
                "max_share": _round(b.max_share, 4),
            }
            for b in stats.blocks
        ],
        "questions": [_question_json(q, stats, lang) for q in stats.questions],
        "discussion": [q.question.id for q in stats.discussion],
        "differ_rule": {"measure": DIFFER_MEASURE, "below": CONSENSUS_BELOW},
    }
    if group is not None:
        data["codes"] = list(group.codes)
        if show_names:
            data["names"] = {p.code: p.name for p in group.participants}
    return data


def _question_json(q: QuestionStats, stats: GroupStats, lang: str) -> dict:
    return {
        "id": q.question.id,
        "number": q.number,
        "block": q.block.id,
        "text": q.question.text.get(lang),
        "counts": {str(value): count for value, count in q.counts.items()},
        "n": q.n,
        "missing": q.missing,
        "mean": _round(q.mean),
        "spread": q.spread,
        "std_dev": _round(q.std_dev),
        "consensus": _round(q.consensus, 3),
        "views_differ": q.views_differ,
        # Added later: the question's one name in every output ("Fråga 2.3"); "number" is its place of all.
        "label": question_label(stats.questionnaire, q.question.id, lang),
    }


def _round(value: float | None, digits: int = 2) -> float | None:
    # Half up, like every number the outputs show (core/numbers.py).
    return float(round_decimals(value, digits)) if value is not None else None
