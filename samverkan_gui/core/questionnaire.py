"""The questionnaire model: plain frozen dataclasses, no I/O, no Qt."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from samverkan_gui.core.lookup import find
from samverkan_gui.core.messages import DEFAULT_LANGUAGE

#: The placeholder a band's advice may contain; filled with the weakest block(s).
WEAKEST_BLOCKS_PLACEHOLDER = "weakest_blocks"


@dataclass(frozen=True)
class LocalizedText:
    """A text in several languages, e.g. ``{"sv": "...", "en": "..."}``."""

    texts: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in ``lang``, else Swedish, else the first language given."""
        if lang in self.texts:
            return self.texts[lang]
        if DEFAULT_LANGUAGE in self.texts:
            return self.texts[DEFAULT_LANGUAGE]
        return next(iter(self.texts.values()))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)


@dataclass(frozen=True)
class Question:
    id: str
    text: LocalizedText


@dataclass(frozen=True)
class Block:
    id: str
    title: LocalizedText
    #: The block's name as used inside a sentence ("Titta särskilt på ...").
    name: LocalizedText
    lead_in: LocalizedText
    questions: tuple[Question, ...]
    #: An outcome block measures the result, it is not a lever: never named as weakest.
    outcome: bool = False

    def max_score(self, scale_max: int) -> int:
        return len(self.questions) * scale_max

    def min_score(self, scale_min: int) -> int:
        return len(self.questions) * scale_min


@dataclass(frozen=True)
class Scale:
    min: int
    max: int
    labels: Mapping[int, LocalizedText]

    @property
    def values(self) -> range:
        return range(self.min, self.max + 1)

    def label(self, value: int, lang: str) -> str:
        return self.labels[value].get(lang)


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    advice: LocalizedText

    def contains(self, total: int) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    languages: tuple[str, ...]
    title: LocalizedText
    credit: LocalizedText
    scale: Scale
    blocks: tuple[Block, ...]
    bands: tuple[Band, ...]
    source: Path | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, int]:
        """What an assessment file stores to name its questionnaire."""
        return (self.id, self.version)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for block in self.blocks for q in block.questions)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    @property
    def max_total(self) -> int:
        return sum(block.max_score(self.scale.max) for block in self.blocks)

    @property
    def min_total(self) -> int:
        return sum(block.min_score(self.scale.min) for block in self.blocks)

    def block(self, block_id: str) -> Block:
        return find(self.blocks, lambda block: block.id, block_id)

    def question(self, question_id: str) -> Question:
        return find(self.questions, lambda question: question.id, question_id)

    def block_of(self, question_id: str) -> Block:
        for block in self.blocks:
            if any(q.id == question_id for q in block.questions):
                return block
        raise KeyError(question_id)

    def band_for(self, total: int) -> Band | None:
        for band in self.bands:
            if band.contains(total):
                return band
        return None

    def iter_questions(self) -> Iterator[tuple[Block, Question]]:
        for block in self.blocks:
            for question in block.questions:
                yield block, question
