"""One assessment's result as every output shows it (window, PDF, command line)."""

from __future__ import annotations

from dataclasses import dataclass

from samverkan_gui.core.messages import render
from samverkan_gui.core.numbers import percent_of
from samverkan_gui.core.questionnaire import WEAKEST_BLOCKS_PLACEHOLDER, Band, Questionnaire
from samverkan_gui.core.scoring import LowestQuestions, Result
from samverkan_gui.present.format import (
    NOT_AVAILABLE,
    band_range,
    block_display_name,
    format_percent,
)
from samverkan_gui.present.questions import question_label


@dataclass(frozen=True)
class BlockLine:
    """One block's row: what the window's table, the PDF's table and chart and the CLI print."""

    block_id: str
    #: The block's heading as printed in the source ("STARTFÖRHÅLLANDEN").
    title: str
    #: The block named on its own, as the source heads it (see ``block_display_name``): the window's label.
    name: str
    score: int
    max: int
    #: Whole per cent of the block's maximum, rounded half up.
    percent: int
    percent_text: str


@dataclass(frozen=True)
class ResultPresentation:
    lang: str
    blocks: tuple[BlockLine, ...]
    complete: bool
    #: The total; for a draft, the sum of what is answered so far.
    total: int
    #: "58", or "(12)" for a draft (a partial sum, not a total).
    total_text: str
    max_total: int
    #: Whole per cent of the maximum (half up); None for a draft.
    total_percent: int | None
    total_percent_text: str
    #: Questions without an answer.
    missing: int
    #: "63–83"; None for a draft.
    band_range: str | None
    #: The band's advice with the weakest block(s) named; None for a draft.
    advice: str | None
    #: "The lowest share … is in X (40 %): look there especially." when the advice names no block; else "".
    weakest: str


def present_result(result: Result, lang: str) -> ResultPresentation:
    lines = tuple(
        BlockLine(
            block_id=bs.block.id,
            title=bs.block.title.get(lang),
            name=block_display_name(bs.block, lang),
            score=bs.score,
            max=bs.max,
            percent=(percent := percent_of(bs.score, bs.max)),
            percent_text=format_percent(percent, lang),
        )
        for bs in result.blocks
    )
    complete = result.total is not None
    total = result.total if result.total is not None else result.answered_total
    total_percent = percent_of(total, result.max_total) if complete else None
    return ResultPresentation(
        lang=lang,
        blocks=lines,
        complete=complete,
        total=total,
        total_text=str(total) if complete else f"({total})",
        max_total=result.max_total,
        total_percent=total_percent,
        total_percent_text=format_percent(total_percent, lang) if complete else NOT_AVAILABLE,
        missing=len(result.missing),
        band_range=band_range(result.band) if result.band is not None else None,
        advice=result.advice(lang),
        weakest=weakest_sentence(result, lang),
    )


def advice_names_block(band: Band, lang: str) -> bool:
    """Whether the band's advice itself names the weakest block(s) (two of the five bands do)."""
    return "{" + WEAKEST_BLOCKS_PLACEHOLDER + "}" in band.advice.get(lang)


def weakest_sentence(result: Result, lang: str) -> str:
    """Name the weakest block(s) when the band's own advice does not; '' otherwise."""
    if result.band is None or not result.weakest_blocks or advice_names_block(result.band, lang):
        return ""
    weakest = result.block_score(result.weakest_blocks[0])
    return render(
        "present.weakest",
        lang,
        names=result.weakest_block_names(lang),
        percent=format_percent(percent_of(weakest.score, weakest.max), lang),
    )


# --- the lowest-rated questions --------------------------------------------------------


@dataclass(frozen=True)
class LowestLine:
    """One of the lowest-rated questions, as the window's list, the PDF's table and the CLI show it."""

    question_id: str
    #: The question's place among all (for sorting); users see ``question_label``.
    number: int
    #: "Fråga 2.3": the one name of the question in every output (present/questions.py).
    question_label: str
    question: str
    #: The block's heading as printed in the source ("STARTFÖRHÅLLANDEN").
    block_title: str
    #: The block named on its own (``block_display_name``).
    block_name: str
    value: int
    #: The scale's words for ``value`` ("I liten grad").
    label: str


@dataclass(frozen=True)
class LowestPresentation:
    """The lowest-rated questions with the caption that says what the list is."""

    title: str
    caption: str
    lines: tuple[LowestLine, ...]
    #: "… och 1 till med svar 2": the tied questions the list leaves out, counted; "" when none is.
    more: str
    #: "Alla frågor har samma svar (3): …" when no question is lower than another (then no list); else "".
    all_equal: str

    @property
    def shown(self) -> bool:
        """Whether the section has anything to say (not before any question is answered)."""
        return bool(self.lines or self.all_equal)


def present_lowest(lowest: LowestQuestions, questionnaire: Questionnaire, lang: str) -> LowestPresentation:
    scale = questionnaire.scale
    lines = tuple(
        LowestLine(
            question_id=rated.question.id,
            number=rated.number,
            question_label=question_label(questionnaire, rated.question.id, lang),
            question=rated.question.text.get(lang),
            block_title=rated.block.title.get(lang),
            block_name=block_display_name(rated.block, lang),
            value=rated.value,
            label=scale.label(rated.value, lang),
        )
        for rated in lowest.listed
    )
    more = render("lowest.more", lang, count=lowest.more, value=lowest.more_value) if lowest.more else ""
    all_equal = ""
    if lowest.all_equal is not None:
        key = "lowest.all_equal" if lowest.complete else "lowest.all_equal_answered"
        all_equal = render(key, lang, value=lowest.all_equal)
    return LowestPresentation(
        title=render("lowest.title", lang),
        caption=render("lowest.intro", lang),
        lines=lines,
        more=more,
        all_equal=all_equal,
    )
