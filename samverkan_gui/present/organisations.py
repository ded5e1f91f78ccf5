"""The organisations' views as every output shows them (window, projector, PDF, CSV, ``score --json``).

The grouping and its privacy rules are the core's (:mod:`samverkan_gui.core.group_orgs`); here
the numbers are written with the one rounding rule of :mod:`samverkan_gui.present.format` and
the pool gets its name ("Övriga" / "Others") from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from samverkan_gui.core.group_orgs import (
    DIFFER_AT_LEAST,
    DIFFER_MAX_QUESTIONS,
    DIFFER_MEASURE,
    MIN_PARTICIPANTS,
    OrganisationGroup,
    OrganisationView,
    QuestionSpread,
)
from samverkan_gui.core.messages import render
from samverkan_gui.core.numbers import round_decimals
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present.format import format_number, format_percent, share_percent
from samverkan_gui.present.questions import question_label


def group_name(group: OrganisationGroup, lang: str) -> str:
    """The organisation as first typed, or "Övriga" / "Others" for the pool."""
    return render("orgs.others", lang) if group.pooled else group.name


@dataclass(frozen=True)
class OrganisationBlockCell:
    """One organisation's mean in one block."""

    #: Whole per cent of the block's maximum (half up).
    percent: int
    #: "63 %".
    percent_text: str
    #: "63 % (15,8/25)": the share and the mean score, as the group's block table writes them.
    text: str


@dataclass(frozen=True)
class OrganisationColumn:
    """One organisation (or the pool) as a column of the side-by-side tables."""

    name: str
    pooled: bool
    n: int
    #: "Region Västernorrland (n = 4)".
    heading: str
    #: The mean total, "58,3".
    mean_total_text: str
    #: One cell per block, in the questionnaire's order.
    blocks: tuple[OrganisationBlockCell, ...]


@dataclass(frozen=True)
class OrganisationQuestionLine:
    """A question where the organisations differ most."""

    question_id: str
    number: int
    #: "Fråga 3.1": the question's one name in every output (present/questions.py).
    label: str
    #: The block as its heading names it ("SAMVERKANSPROCESSEN").
    block_title: str
    text: str
    #: Each column's mean answer, "3,5".
    means: tuple[str, ...]
    #: Highest minus lowest mean, "1,7".
    spread_text: str
    #: The column(s) with the highest and with the lowest mean, by name ("A och B").
    highest: tuple[str, ...]
    lowest: tuple[str, ...]


@dataclass(frozen=True)
class OrganisationPresentation:
    lang: str
    available: bool
    #: Why there is no view (a sentence); '' when there is one.
    withheld_text: str
    #: The rule sentence shown above the tables.
    rule_text: str
    columns: tuple[OrganisationColumn, ...]
    #: The block rows' titles ("STARTFÖRHÅLLANDEN") and maxima.
    block_titles: tuple[str, ...]
    block_max: tuple[int, ...]
    max_total: int
    differ: tuple[OrganisationQuestionLine, ...]
    #: How the questions where the organisations differ most are chosen (a sentence).
    differ_rule_text: str
    #: What to say when no question is among them.
    no_differ_text: str


def present_organisations(view: OrganisationView, lang: str) -> OrganisationPresentation:
    questionnaire = view.questionnaire
    blocks = questionnaire.blocks
    scale_max = questionnaire.scale.max
    columns = tuple(_column(group, view, lang) for group in view.groups)
    names = tuple(column.name for column in columns)
    at_least = spread_text(DIFFER_AT_LEAST, lang)
    withheld = ""
    if view.withheld is not None:
        withheld = render(f"orgs.withheld.{view.withheld.name.lower()}", lang, named=view.named, min=MIN_PARTICIPANTS)
    return OrganisationPresentation(
        lang=lang,
        available=view.available,
        withheld_text=withheld,
        rule_text=render("orgs.rule", lang, min=MIN_PARTICIPANTS),
        columns=columns,
        block_titles=tuple(block.title.get(lang) for block in blocks),
        block_max=tuple(block.max_score(scale_max) for block in blocks),
        max_total=questionnaire.max_total,
        differ=tuple(_question_line(q, names, questionnaire, lang) for q in view.differ_most),
        differ_rule_text=render("orgs.differ_rule", lang, at_least=at_least, count=DIFFER_MAX_QUESTIONS),
        no_differ_text=render("orgs.no_differ", lang, at_least=at_least),
    )


def spread_text(value: Fraction, lang: str) -> str:
    """A difference between means, "1,7" / "1.7" (one decimal, half up)."""
    return format_number(value, lang, 1)


def _column(group: OrganisationGroup, view: OrganisationView, lang: str) -> OrganisationColumn:
    name = group_name(group, lang)
    scale_max = view.questionnaire.scale.max
    cells = []
    for block in view.questionnaire.blocks:
        maximum = block.max_score(scale_max)
        mean = group.block_mean(block.id)
        percent = share_percent(mean / maximum)
        assert percent is not None  # a share is never None
        percent_text = format_percent(percent, lang)
        cells.append(
            OrganisationBlockCell(
                percent=percent,
                percent_text=percent_text,
                text=f"{percent_text} ({format_number(mean, lang, 1)}/{maximum})",
            )
        )
    return OrganisationColumn(
        name=name,
        pooled=group.pooled,
        n=group.n,
        heading=render("orgs.heading", lang, name=name, n=group.n),
        mean_total_text=format_number(group.mean_total, lang, 1),
        blocks=tuple(cells),
    )


def _question_line(
    q: QuestionSpread, names: tuple[str, ...], questionnaire: Questionnaire, lang: str
) -> OrganisationQuestionLine:
    high, low = max(q.means), min(q.means)
    return OrganisationQuestionLine(
        question_id=q.question.id,
        number=q.number,
        label=question_label(questionnaire, q.question.id, lang),
        block_title=q.block.title.get(lang),
        text=q.question.text.get(lang),
        means=tuple(format_number(mean, lang, 1) for mean in q.means),
        spread_text=spread_text(q.spread, lang),
        highest=tuple(name for name, mean in zip(names, q.means, strict=True) if mean == high),
        lowest=tuple(name for name, mean in zip(names, q.means, strict=True) if mean == low),
    )


def organisations_json(view: OrganisationView, lang: str) -> dict[str, Any]:
    """The ``organisations`` key of ``samverkan score FILE... --json`` (docs/file-format.md)."""
    questionnaire = view.questionnaire
    scale_max = questionnaire.scale.max
    return {
        "named": view.named,
        "min_participants": MIN_PARTICIPANTS,
        "withheld": view.withheld.value if view.withheld is not None else None,
        "differ_rule": {
            "measure": DIFFER_MEASURE,
            "at_least": float(DIFFER_AT_LEAST),
            "max_questions": DIFFER_MAX_QUESTIONS,
        },
        "groups": [
            {
                "name": group_name(group, lang),
                "pooled": group.pooled,
                "n": group.n,
                "mean_total": _json_number(group.mean_total),
                "blocks": [
                    {
                        "id": block.id,
                        "mean_score": _json_number(group.block_mean(block.id)),
                        "mean_share": _json_number(group.block_mean(block.id) / block.max_score(scale_max), 4),
                    }
                    for block in questionnaire.blocks
                ],
                "question_means": {qid: _json_number(group.question_mean(qid)) for qid in questionnaire.question_ids},
            }
            for group in view.groups
        ],
        "spread": {q.question.id: _json_number(q.spread) for q in view.questions},
        "differ_most": [q.question.id for q in view.differ_most],
    }


def _json_number(value: Fraction, digits: int = 2) -> float:
    # Half up, like every number the outputs show (core/numbers.py).
    return float(round_decimals(value, digits))
