"""What each chart shows, in words: the alternative text of the PDF figures (and of pictures elsewhere).

A screen reader reads this instead of the drawing, so it states every number the
drawing shows, formatted as the tables beside it write them.
"""

from __future__ import annotations

from samverkan_gui.core.compare import Comparison
from samverkan_gui.core.group_stats import QuestionStats
from samverkan_gui.core.messages import render
from samverkan_gui.core.questionnaire import Block, Questionnaire
from samverkan_gui.present.compare import format_value, occasion_date
from samverkan_gui.present.format import band_range, block_display_name
from samverkan_gui.present.group import GroupPresentation
from samverkan_gui.present.result import ResultPresentation


def _chart(heading: str, items: list[str]) -> str:
    """ "Heading: item; item; item." (joined here: a message parameter would be cut at 200 characters)."""
    return f"{heading} {'; '.join(items)}."


def block_chart_text(shown: ResultPresentation) -> str:
    """ "… Organisatorisk design och ledarskap 13 av 25 (52 %); …" for the chart of one assessment."""
    lang = shown.lang
    items = [
        render("alt.block", lang, name=line.name, score=line.score, max=line.max, percent=line.percent_text)
        for line in shown.blocks
    ]
    return _chart(render("alt.block_chart", lang), items)


def group_chart_text(shown: GroupPresentation) -> str:
    """Each block's mean share with the lowest and highest participant, for the group's chart."""
    lang = shown.lang
    items = []
    for line in shown.blocks:
        if line.mean_percent is None:
            items.append(render("alt.group_block_empty", lang, name=line.name))
            continue
        items.append(
            render(
                "alt.group_block",
                lang,
                name=line.name,
                mean=line.mean_percent_text,
                low=line.min_percent_text,
                high=line.max_percent_text,
                n=line.n,
            )
        )
    return _chart(render("alt.group_chart", lang), items)


def score_scale_text(questionnaire: Questionnaire, total: int, lang: str) -> str:
    """The band ladder: every band's range and where ``total`` lies."""
    bands = questionnaire.bands
    band = questionnaire.band_for(total)
    return render(
        "alt.ladder",
        lang,
        low=bands[0].min,
        high=bands[-1].max,
        count=len(bands),
        bands=", ".join(band_range(step) for step in bands),
        total=total,
        max=questionnaire.max_total,
        band=band_range(band) if band is not None else "–",
    )


def distribution_text(question: QuestionStats, lang: str) -> str:
    """How many answered each step of the scale: "1: 0; 2: 1; 3: 4; 4: 2; 5: 0"."""
    return _chart(
        render("alt.distribution", lang), [f"{value}: {count}" for value, count in sorted(question.counts.items())]
    )


def compare_block_text(result: Comparison, block: Block, lang: str) -> str:
    """One block's bars of the comparison chart: the score at each date."""
    items: list[str] = []
    for item in result.items:
        value = item.block_value(block.id)
        date = occasion_date(item, lang)
        if value is None or value.score is None:
            items.append(render("alt.compare_none", lang, date=date))
        else:
            items.append(
                render("alt.compare_value", lang, date=date, value=format_value(value.score, lang), max=value.max)
            )
    return _chart(render("alt.compare_block", lang, name=block_display_name(block, lang)), items)


def scale_legend_text(questionnaire: Questionnaire, lang: str) -> str:
    """The colour key of the answers' bars (a picture in Word; decoration in the PDF, where the text says it)."""
    scale = questionnaire.scale
    return render("alt.scale_legend", lang, low=scale.min, high=scale.max)


def compare_legend_text(result: Comparison, lang: str) -> str:
    """The key of the comparison chart: which pattern and colour is which date."""
    dates = ", ".join(occasion_date(item, lang) for item in result.items)
    return render("alt.compare_legend", lang, dates=dates)


__all__ = [
    "block_chart_text",
    "compare_block_text",
    "compare_legend_text",
    "distribution_text",
    "group_chart_text",
    "scale_legend_text",
    "score_scale_text",
]
