"""Scoring: block scores, total, band and the advice with the weakest block named.

Nothing is guessed: an assessment with an unanswered question is a draft, which
has block sub-totals of what was answered but no total and no band.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from samverkan_gui.core.lookup import find
from samverkan_gui.core.messages import join_names
from samverkan_gui.core.numbers import percent_of
from samverkan_gui.core.questionnaire import (
    WEAKEST_BLOCKS_PLACEHOLDER,
    Band,
    Block,
    Question,
    Questionnaire,
)


@dataclass(frozen=True)
class BlockScore:
    block: Block
    #: Sum of the answered questions of the block.
    score: int
    max: int
    answered: int
    #: Question ids of this block that have no answer, in document order.
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def share(self) -> float:
        """Score as a fraction of the block's maximum, 0.0–1.0."""
        return self.score / self.max if self.max else 0.0

    @property
    def percent(self) -> int:
        """The share in whole percent, rounded half up (what tables and charts show)."""
        return percent_of(self.score, self.max)


class BandAdvice:
    """The advice of a result's band (one person's or a group's), worded once for both."""

    questionnaire: Questionnaire
    band: Band | None
    weakest_blocks: tuple[str, ...]

    def weakest_block_names(self, lang: str) -> str:
        names = [self.questionnaire.block(block_id).name.get(lang) for block_id in self.weakest_blocks]
        return join_names(names, lang)

    def advice(self, lang: str) -> str | None:
        """The band's advice in ``lang`` with the weakest block(s) filled in; None for drafts."""
        if self.band is None:
            return None
        return fill_advice(self.band.advice.get(lang), self.weakest_block_names(lang))


@dataclass(frozen=True)
class Result(BandAdvice):
    questionnaire: Questionnaire
    blocks: tuple[BlockScore, ...]
    #: Question ids without an answer, in document order.
    missing: tuple[str, ...]
    #: The total; ``None`` while the assessment is a draft.
    total: int | None
    max_total: int
    band: Band | None
    #: Ids of the non-outcome blocks with the lowest share of their maximum (all, on a tie).
    weakest_blocks: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def answered_total(self) -> int:
        """Sum of what is answered so far (meaningful for drafts too)."""
        return sum(block.score for block in self.blocks)

    def block_score(self, block_id: str) -> BlockScore:
        return find(self.blocks, lambda block_score: block_score.block.id, block_id)


def fill_advice(template: str, weakest_names: str) -> str:
    return template.replace("{" + WEAKEST_BLOCKS_PLACEHOLDER + "}", weakest_names)


def weakest_blocks(shares: Mapping[str, Fraction], questionnaire: Questionnaire) -> tuple[str, ...]:
    """Non-outcome blocks whose share equals the lowest share, in document order.

    Shares are exact fractions so that 3/5 and 6/10 tie as a person would expect.
    """
    candidates = {b.id: shares[b.id] for b in questionnaire.blocks if not b.outcome and b.id in shares}
    if not candidates:
        return ()
    lowest = min(candidates.values())
    return tuple(block_id for block_id, share in candidates.items() if share == lowest)


def score(questionnaire: Questionnaire, answers: Mapping[str, int]) -> Result:
    """Score ``answers`` (question id → value) against ``questionnaire``.

    Answers for unknown questions or outside the scale are a programming error
    here: files are validated when they are read.
    """
    scale_max = questionnaire.scale.max
    block_scores = []
    for block in questionnaire.blocks:
        values = [answers[q.id] for q in block.questions if q.id in answers]
        for value in values:
            if not questionnaire.scale.min <= value <= scale_max:
                raise ValueError(f"answer {value} outside the scale")
        block_scores.append(
            BlockScore(
                block=block,
                score=sum(values),
                max=block.max_score(scale_max),
                answered=len(values),
                missing=tuple(q.id for q in block.questions if q.id not in answers),
            )
        )
    missing = tuple(q for bs in block_scores for q in bs.missing)
    complete = not missing
    total = sum(bs.score for bs in block_scores) if complete else None
    band = questionnaire.band_for(total) if total is not None else None
    shares = {bs.block.id: Fraction(bs.score, bs.max) for bs in block_scores}
    return Result(
        questionnaire=questionnaire,
        blocks=tuple(block_scores),
        missing=missing,
        total=total,
        max_total=questionnaire.max_total,
        band=band,
        weakest_blocks=weakest_blocks(shares, questionnaire) if complete else (),
    )


# --- the lowest-rated questions --------------------------------------------------------


@dataclass(frozen=True)
class RatedQuestion:
    block: Block
    question: Question
    #: Position in the questionnaire, 1-based.
    number: int
    value: int


@dataclass(frozen=True)
class LowestQuestions:
    """The lowest-rated questions of one assessment, and what is left out of the list.

    The rule: the ``n`` lowest answers, and every other question with the same answer as
    the ``n``-th, lowest first and in questionnaire order.  Questions at the highest answer
    given are never among them (when every answer is 4 but one 3, only the 3 is low).  At
    most ``limit`` are listed; the questions a tie leaves out are counted (``more``), so no
    tie is hidden.  When every answered question has the same answer, none is lower than
    another: nothing is listed and ``all_equal`` holds that answer.
    """

    listed: tuple[RatedQuestion, ...] = ()
    #: Questions with the answer ``more_value`` that did not fit in the list.
    more: int = 0
    more_value: int | None = None
    #: The one answer every answered question has; None when the answers differ (or none is given).
    all_equal: int | None = None
    #: Every question of the questionnaire is answered.
    complete: bool = False


def lowest_questions(
    values: Mapping[str, int], questionnaire: Questionnaire, n: int = 3, limit: int = 5
) -> LowestQuestions:
    """The lowest-rated answered questions of ``values`` (question id → answer); see :class:`LowestQuestions`."""
    rated = [
        RatedQuestion(block, question, number, values[question.id])
        for number, (block, question) in enumerate(questionnaire.iter_questions(), 1)
        if question.id in values
    ]
    complete = len(rated) == len(questionnaire.question_ids)
    if not rated:
        return LowestQuestions(complete=complete)
    highest = max(r.value for r in rated)
    below_top = sorted((r for r in rated if r.value < highest), key=lambda r: (r.value, r.number))
    if not below_top:
        return LowestQuestions(all_equal=highest, complete=complete)
    threshold = below_top[min(n, len(below_top)) - 1].value
    chosen = [r for r in below_top if r.value <= threshold]
    # The first n all lie at or below the threshold and n <= limit: a cut falls among the ties at the threshold.
    left_out = chosen[limit:]
    return LowestQuestions(
        listed=tuple(chosen[:limit]),
        more=len(left_out),
        more_value=threshold if left_out else None,
        complete=complete,
    )
