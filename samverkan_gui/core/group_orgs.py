"""The organisations' views of a workshop group, side by side, without pointing anyone out.

A collaboration spans organisations; each participant may name theirs.  When the
participants name two or more organisations, the group results also show a view
per organisation: its mean total, its block means and its mean answer per question,
and the questions where the organisations differ most.

The rules (also in docs/file-format.md, "Group results"):

* **Who is counted**: the participants who answered every question (those the mean
  total counts).  One set of people per organisation, the same for every number,
  so that no single number rests on fewer people than the organisation's ``n``.
* **Grouping**: organisation names are compared case-folded, with surrounding white
  space removed and inner white space collapsed ("Region Västernorrland " and
  "region  västernorrland" are one organisation); an organisation is shown under
  the name its first participant (in the group's order) typed.
* **At least** :data:`MIN_PARTICIPANTS` counted participants for an organisation
  to be shown by name.  The others, and participants who named no organisation,
  are pooled as "Övriga" / "Others".
* A **pool of one or two** would be shown by nobody, yet its numbers would follow
  by subtraction from the whole group's mean total: the smallest shown organisation
  then joins the pool (repeatedly) until the pool has at least
  :data:`MIN_PARTICIPANTS` or nobody is left shown by name.
* The view **exists** when at least two organisations are named and at least two
  groups (organisations, or one organisation and the pool) remain; otherwise it is
  withheld and :attr:`OrganisationView.withheld` says why.
* **Where the organisations differ most**: per question the spread of the groups'
  mean answers (highest minus lowest group mean).  The list holds the questions
  whose spread is at least :data:`DIFFER_AT_LEAST` (one step of the scale), largest
  spread first, then the questionnaire's order, at most :data:`DIFFER_MAX_QUESTIONS`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from samverkan_gui.core.group import Group, Participant
from samverkan_gui.core.questionnaire import Block, Question, Questionnaire

#: Fewest counted participants an organisation (or the pool) needs to be shown: nobody is identifiable.
MIN_PARTICIPANTS = 3
#: A question is among those where the organisations differ most when the spread of their means is at least this.
DIFFER_AT_LEAST = Fraction(1)
#: At most this many questions are listed as those where the organisations differ most.
DIFFER_MAX_QUESTIONS = 5
#: How the rule is named in ``samverkan score --json`` (``organisations.differ_rule``).
DIFFER_MEASURE = "spread-of-means"


class Withheld(StrEnum):
    """Why there is no organisation view (the JSON's ``organisations.withheld``)."""

    #: Fewer than two organisations are named.
    FEWER_THAN_TWO_ORGANISATIONS = "fewer-than-two-organisations"
    #: Two or more are named, but not two groups of at least MIN_PARTICIPANTS counted participants.
    TOO_FEW_PARTICIPANTS = "too-few-participants"


def organisation_key(name: str) -> str:
    """What two organisation names are compared by: case-folded, white space trimmed and collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


@dataclass(frozen=True)
class OrganisationGroup:
    """One organisation shown by name, or the pool of everyone else ("Övriga")."""

    #: As the first participant typed it; '' for the pool.
    name: str
    pooled: bool
    #: The counted participants' totals (complete participants only).
    totals: tuple[int, ...]
    #: Block id → the counted participants' block scores.
    block_scores: Mapping[str, tuple[int, ...]]
    #: Question id → the counted participants' answers.
    answers: Mapping[str, tuple[int, ...]]

    @property
    def n(self) -> int:
        return len(self.totals)

    @property
    def mean_total(self) -> Fraction:
        return Fraction(sum(self.totals), self.n)

    def block_mean(self, block_id: str) -> Fraction:
        scores = self.block_scores[block_id]
        return Fraction(sum(scores), len(scores))

    def question_mean(self, question_id: str) -> Fraction:
        values = self.answers[question_id]
        return Fraction(sum(values), len(values))


@dataclass(frozen=True)
class QuestionSpread:
    """One question across the groups: each group's mean answer and their spread."""

    block: Block
    question: Question
    #: Position in the whole questionnaire, 1-based.
    number: int
    #: Position inside its block, 1-based.
    number_in_block: int
    #: The groups' mean answers, in the order of :attr:`OrganisationView.groups`.
    means: tuple[Fraction, ...]

    @property
    def spread(self) -> Fraction:
        """Highest minus lowest group mean."""
        return max(self.means) - min(self.means)


@dataclass(frozen=True)
class OrganisationView:
    questionnaire: Questionnaire
    #: How many different organisations the participants name (after normalising).
    named: int
    #: The groups shown, named organisations first (in the order they are first named), the pool last;
    #: empty when the view is withheld.
    groups: tuple[OrganisationGroup, ...]
    #: Every question, in the questionnaire's order; empty when the view is withheld.
    questions: tuple[QuestionSpread, ...]
    withheld: Withheld | None

    @property
    def available(self) -> bool:
        return self.withheld is None

    @property
    def differ_most(self) -> tuple[QuestionSpread, ...]:
        """The questions where the organisations differ most (see the module's rules)."""
        listed = [q for q in self.questions if q.spread >= DIFFER_AT_LEAST]
        listed.sort(key=lambda q: (-q.spread, q.number))
        return tuple(listed[:DIFFER_MAX_QUESTIONS])


def organisation_view(group: Group, questionnaire: Questionnaire) -> OrganisationView:
    """Group the participants by organisation, as the module's rules say."""
    shown_as: dict[str, str] = {}
    for participant in group.participants:
        key = organisation_key(participant.organisation)
        if key and key not in shown_as:
            shown_as[key] = participant.organisation.strip()
    named = len(shown_as)
    if named < 2:
        return OrganisationView(questionnaire, named, (), (), Withheld.FEWER_THAN_TWO_ORGANISATIONS)
    ids = questionnaire.question_ids
    counted = [p for p in group.participants if all(qid in p.answers for qid in ids)]
    members: dict[str, list[Participant]] = {key: [] for key in shown_as}
    pool: list[Participant] = []
    for participant in counted:
        key = organisation_key(participant.organisation)
        (members[key] if key else pool).append(participant)
    shown = [key for key in shown_as if len(members[key]) >= MIN_PARTICIPANTS]
    pool += [p for key in shown_as if key not in shown for p in members[key]]
    while 0 < len(pool) < MIN_PARTICIPANTS and shown:
        # The fewest people first; of equals, the one named last leaves first.
        smallest = min(reversed(shown), key=lambda key: len(members[key]))
        shown.remove(smallest)
        pool += members[smallest]
    parts = [(shown_as[key], False, members[key]) for key in shown]
    if pool:
        parts.append(("", True, pool))
    if len(parts) < 2:
        return OrganisationView(questionnaire, named, (), (), Withheld.TOO_FEW_PARTICIPANTS)
    groups = tuple(_group_of(name, pooled, people, questionnaire) for name, pooled, people in parts)
    questions: list[QuestionSpread] = []
    number = 0
    for block in questionnaire.blocks:
        for number_in_block, question in enumerate(block.questions, 1):
            number += 1
            means = tuple(g.question_mean(question.id) for g in groups)
            questions.append(QuestionSpread(block, question, number, number_in_block, means))
    return OrganisationView(questionnaire, named, groups, tuple(questions), None)


def _group_of(name: str, pooled: bool, people: list[Participant], questionnaire: Questionnaire) -> OrganisationGroup:
    ids = questionnaire.question_ids
    return OrganisationGroup(
        name=name,
        pooled=pooled,
        totals=tuple(sum(p.answers[qid] for qid in ids) for p in people),
        block_scores={
            block.id: tuple(sum(p.answers[q.id] for q in block.questions) for p in people)
            for block in questionnaire.blocks
        },
        answers={qid: tuple(p.answers[qid] for p in people) for qid in ids},
    )
