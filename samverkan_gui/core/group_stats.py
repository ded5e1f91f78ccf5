"""Group statistics: what the group view, the projector, the group PDF and the CSV show.

The rules (also in docs/file-format.md, "Group results"):

* A **block** counts the participants who answered every question of that
  block; its mean, lowest and highest share of the block's maximum are over
  them (``n`` says how many).
* The **mean total** counts only complete participants (all questions
  answered).  Its band is the band containing the mean rounded half up to a
  whole number (bands are whole numbers); the advice names the weakest
  block(s) by the core scoring rule applied to the blocks' mean shares.
* Per **question**: how many answered each step 1–5, the mean, the spread
  (highest minus lowest answer), the standard deviation of the group
  (population standard deviation: the group is everyone, not a sample) and the
  **consensus** (Tastle & Wierman 2007, "Consensus and dissention: A measure of
  ordinal dispersion", Int. J. of Approximate Reasoning 45(3)):
  Cns = 1 + Σ pᵢ · log₂(1 − |i − μ| / (max − min)) over the scale steps i with
  share pᵢ and mean μ; 1 when everyone gives the same answer, 0 when the group
  is split half and half between the two ends of the scale.
* **Views differ** on a question when its consensus is below
  :data:`CONSENSUS_BELOW` (questions with fewer than two answers never differ).
  The discussion list holds those questions, lowest consensus first, then
  lowest mean, then questionnaire order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from samverkan_gui.core.group import Group
from samverkan_gui.core.lookup import find
from samverkan_gui.core.numbers import round_half_up
from samverkan_gui.core.questionnaire import Band, Block, Question, Questionnaire
from samverkan_gui.core.scoring import BandAdvice, weakest_blocks

#: Views differ on a question when its Tastle–Wierman consensus is below this.  Worked examples
#: in docs/file-format.md ("Group results"): 1,1,1,2,2,2,5 (0.536) differs; 2,3,3,3,4,3,3 (0.881)
#: and one outlier 3,4,3,3,1,3,3 (0.765) do not.
CONSENSUS_BELOW = 0.6
#: How the rule is named in ``samverkan score --json`` (``differ_rule``).
DIFFER_MEASURE = "tastle-wierman"


def consensus(counts: dict[int, int], scale_min: int, scale_max: int) -> float | None:
    """Tastle–Wierman consensus of answers given as step → count; None below two answers.

    Cns = 1 + Σ pᵢ · log₂(1 − |i − μ| / (max − min)).  Only steps someone chose enter the sum
    (pᵢ = 0 contributes nothing, and |i − μ| = max − min is then impossible).
    """
    n = sum(counts.values())
    if n < 2 or scale_max <= scale_min:
        return None
    width = scale_max - scale_min
    mean = Fraction(sum(step * count for step, count in counts.items()), n)
    total = 0.0
    for step, count in counts.items():
        if count:
            total += count / n * math.log2(float(1 - abs(step - mean) / width))
    # Floating-point sums may stray a hair outside the measure's [0, 1].
    return min(1.0, max(0.0, 1.0 + total))


@dataclass(frozen=True)
class QuestionStats:
    block: Block
    question: Question
    #: Position in the whole questionnaire, 1-based (what the paper form prints).
    number: int
    #: Position inside its block, 1-based.
    number_in_block: int
    #: Scale value → how many answered it (every step present, zero included).
    counts: dict[int, int]
    #: Participants without an answer to this question.
    missing: int

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    @property
    def values(self) -> list[int]:
        return [value for value, count in sorted(self.counts.items()) for _ in range(count)]

    @property
    def mean(self) -> float | None:
        values = self.values
        return sum(values) / len(values) if values else None

    @property
    def exact_mean(self) -> Fraction | None:
        values = self.values
        return Fraction(sum(values), len(values)) if values else None

    @property
    def lowest(self) -> int | None:
        values = self.values
        return values[0] if values else None

    @property
    def highest(self) -> int | None:
        values = self.values
        return values[-1] if values else None

    @property
    def spread(self) -> int | None:
        """Highest minus lowest answer (0 when everyone agrees)."""
        values = self.values
        return values[-1] - values[0] if values else None

    @property
    def std_dev(self) -> float | None:
        """Population standard deviation of the answers."""
        values = self.values
        if not values:
            return None
        mean = sum(values) / len(values)
        return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))

    @property
    def consensus(self) -> float | None:
        """Tastle–Wierman consensus (0–1); None with fewer than two answers."""
        steps = list(self.counts)
        return consensus(self.counts, min(steps), max(steps)) if steps else None

    @property
    def views_differ(self) -> bool:
        value = self.consensus
        return value is not None and value < CONSENSUS_BELOW


@dataclass(frozen=True)
class BlockStats:
    block: Block
    max: int
    #: Participants who answered the whole block.
    n: int
    scores: tuple[int, ...]

    @property
    def mean_score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None

    @property
    def exact_mean_share(self) -> Fraction | None:
        return Fraction(sum(self.scores), len(self.scores) * self.max) if self.scores else None

    @property
    def mean_share(self) -> float | None:
        share = self.exact_mean_share
        return float(share) if share is not None else None

    @property
    def min_share(self) -> float | None:
        return min(self.scores) / self.max if self.scores else None

    @property
    def max_share(self) -> float | None:
        return max(self.scores) / self.max if self.scores else None


@dataclass(frozen=True)
class GroupStats(BandAdvice):
    questionnaire: Questionnaire
    #: Everyone in the group.
    participants: int
    #: Participants with every question answered (those counted in the totals).
    complete: int
    totals: tuple[int, ...]
    blocks: tuple[BlockStats, ...]
    questions: tuple[QuestionStats, ...]
    band: Band | None
    weakest_blocks: tuple[str, ...]

    @property
    def mean_total(self) -> float | None:
        return sum(self.totals) / len(self.totals) if self.totals else None

    @property
    def min_total(self) -> int | None:
        return min(self.totals) if self.totals else None

    @property
    def max_total_seen(self) -> int | None:
        return max(self.totals) if self.totals else None

    @property
    def max_total(self) -> int:
        return self.questionnaire.max_total

    @property
    def discussion(self) -> tuple[QuestionStats, ...]:
        """Questions where views differ: lowest consensus first, then lowest mean, then order."""
        differ = [q for q in self.questions if q.views_differ]
        return tuple(sorted(differ, key=lambda q: (q.consensus, q.exact_mean, q.number)))

    def block_stats(self, block_id: str) -> BlockStats:
        return find(self.blocks, lambda stats: stats.block.id, block_id)

    def question_stats(self, question_id: str) -> QuestionStats:
        return find(self.questions, lambda stats: stats.question.id, question_id)


def group_stats(group: Group, questionnaire: Questionnaire) -> GroupStats:
    """Compute everything the group views show, from the participants' answers."""
    scale = questionnaire.scale
    participants = group.participants
    questions: list[QuestionStats] = []
    number = 0
    for block in questionnaire.blocks:
        for number_in_block, question in enumerate(block.questions, 1):
            number += 1
            counts = dict.fromkeys(scale.values, 0)
            missing = 0
            for participant in participants:
                value = participant.answers.get(question.id)
                if value is None:
                    missing += 1
                else:
                    counts[value] += 1
            questions.append(QuestionStats(block, question, number, number_in_block, counts, missing))
    blocks: list[BlockStats] = []
    for block in questionnaire.blocks:
        ids = [q.id for q in block.questions]
        scores = tuple(sum(p.answers[qid] for qid in ids) for p in participants if all(qid in p.answers for qid in ids))
        blocks.append(BlockStats(block=block, max=block.max_score(scale.max), n=len(scores), scores=scores))
    all_ids = questionnaire.question_ids
    totals = tuple(
        sum(p.answers[qid] for qid in all_ids) for p in participants if all(qid in p.answers for qid in all_ids)
    )
    band = None
    weakest: tuple[str, ...] = ()
    if totals:
        band = questionnaire.band_for(round_half_up(Fraction(sum(totals), len(totals))))
        shares = {b.block.id: share for b in blocks if (share := b.exact_mean_share) is not None}
        weakest = weakest_blocks(shares, questionnaire)
    return GroupStats(
        questionnaire=questionnaire,
        participants=len(participants),
        complete=len(totals),
        totals=totals,
        blocks=tuple(blocks),
        questions=tuple(questions),
        band=band,
        weakest_blocks=weakest,
    )
