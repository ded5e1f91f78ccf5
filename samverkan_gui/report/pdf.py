"""The PDF report of one assessment (A4, Swedish or English, fonts embedded)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.core.questionnaire import Question, Questionnaire
from samverkan_gui.core.scoring import lowest_questions
from samverkan_gui.present import ResultPresentation, present_result
from samverkan_gui.present.alt_text import block_chart_text
from samverkan_gui.present.learning import SinceLastPresentation
from samverkan_gui.present.result import present_lowest
from samverkan_gui.report.common import (
    CONTENT_WIDTH,
    INK,
    QUESTION_LABEL_WIDTH,
    ChartRow,
    Styles,
    build_pdf,
    content_table,
    details_table,
    grid_style,
    result_flowables,
    safe,
    share_chart,
)
from samverkan_gui.report.content import (
    answer_table,
    assessment_details,
    block_heading,
    block_table,
    document_title,
    missing_questions,
    notes_label,
    since_shown,
)
from samverkan_gui.report.plan_pdf import plan_section
from samverkan_gui.report.results_sections import band_ladder, lowest_section, since_section
from samverkan_gui.report.tagged import TaggedTable, figure

#: Room the answers section needs at the foot of page 1 (its heading and a short block), else a new page.
_MIN_ANSWERS_HEIGHT = 70 * mm


def write_assessment_pdf(
    assessment: Assessment,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    today: dt.date | None = None,
    source: Path | None = None,
) -> None:
    """Write the report of ``assessment`` as A4 PDF to ``target`` (path: atomically).

    The language follows the assessment unless ``lang`` is given.  ``source`` is the
    assessment's own file: a follow-up's report shows the change since the file it follows,
    looked for beside it.  Actions past their due date on ``today`` are marked.
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or assessment.language)
    shown = present_result(assessment.score(questionnaire), lang)
    title = questionnaire.title.get(lang)
    since = since_shown(assessment, source, lang)
    day = today or dt.date.today()
    build_pdf(
        target,
        lambda styles: _story(styles, assessment, questionnaire, shown, since, day),
        texts=Texts("pdf", lang),
        questionnaire_title=title,
        doc_title=document_title(title, assessment.collaboration),
        today=today,
    )


def _story(
    styles: Styles,
    assessment: Assessment,
    questionnaire: Questionnaire,
    shown: ResultPresentation,
    since: SinceLastPresentation | None,
    today: dt.date,
) -> list[Any]:
    lang = shown.lang
    words = Texts("pdf", lang)
    story: list[Any] = [
        styles.p(questionnaire.title.get(lang), styles.title),
        styles.p(words("subtitle"), styles.subtitle),
        details_table(styles, assessment_details(assessment, questionnaire, lang), lang),
        Spacer(1, 6 * mm),
        styles.p(words("result"), styles.h1),
    ]
    if shown.complete and shown.band_range is not None:
        story.append(styles.p(words("points_of", total=shown.total_text, max=shown.max_total), styles.big))
        story += result_flowables(styles, lang, shown.band_range, shown.advice, shown.weakest)
        story += band_ladder(styles, questionnaire, shown.total, lang)
    else:
        story.append(
            styles.p(words.count("draft", shown.missing, total=len(questionnaire.question_ids)), styles.advice)
        )
        story.append(styles.p(f"{words('missing')}:", styles.cell_bold))
        missing = missing_questions(assessment, questionnaire, lang)
        story += styles.bullets([f"• {line}" for line in missing], styles.note)
    story += since_section(styles, since, lang)
    story += [
        Spacer(1, 3 * mm),
        KeepTogether(
            [styles.p(words("chart_title"), styles.h2), figure(block_chart(styles, shown), block_chart_text(shown))]
        ),
        Spacer(1, 3 * mm),
        KeepTogether([styles.p(render("report.blocks", lang), styles.h2), _block_table(styles, shown)]),
        *lowest_section(
            styles, present_lowest(lowest_questions(assessment.answers, questionnaire), questionnaire, lang), lang
        ),
        *plan_section(styles, assessment.plan, questionnaire, lang, follows=assessment.follows, today=today),
        # The answers follow on the same page when a block fits there: a forced page break left
        # the short last block (Utfall, one question) alone on a page of its own.
        CondPageBreak(_MIN_ANSWERS_HEIGHT),
        Spacer(1, 4 * mm),
        styles.p(words("answers"), styles.h1),
    ]
    blocks: list[list[Any]] = []
    for index, (block, line) in enumerate(zip(questionnaire.blocks, shown.blocks, strict=True)):
        # A block stays together with its notes (and the last one with the source credit).
        parts: list[Any] = [
            styles.p(block_heading(line), styles.h2),
            styles.p(block.lead_in.get(lang), styles.small),
            Spacer(1, 1.5 * mm),
            _answer_table(styles, assessment, questionnaire, block.questions, lang),
        ]
        note = assessment.notes.get(block.id, "")
        if note.strip():
            parts += [
                Spacer(1, 2 * mm),
                styles.p(notes_label(lang), styles.cell_bold),
                styles.p(note, styles.note),
            ]
        if index == len(questionnaire.blocks) - 1:
            parts += [Spacer(1, 8 * mm), styles.p(questionnaire.credit.get(lang), styles.small)]
        blocks.append(parts)
    # The last block (Utfall: one question) goes with the one before it, so that the last
    # page never holds only it and the credit line.
    if len(blocks) >= 2:
        blocks[-2:] = [blocks[-2] + [Spacer(1, 2 * mm)] + blocks[-1]]
    story += [KeepTogether(parts) for parts in blocks]
    return story


def _block_table(styles: Styles, shown: ResultPresentation) -> TaggedTable:
    return content_table(
        styles,
        block_table(shown),
        [CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm],
        grid_style("MIDDLE", ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)),
        repeat_header=False,
        header_columns=(0,),
    )


def _answer_table(
    styles: Styles,
    assessment: Assessment,
    questionnaire: Questionnaire,
    questions: Sequence[Question],
    lang: str,
) -> TaggedTable:
    return content_table(
        styles,
        answer_table(assessment, questionnaire, questions, lang),
        [QUESTION_LABEL_WIDTH, CONTENT_WIDTH - QUESTION_LABEL_WIDTH - 52 * mm, 52 * mm],
        grid_style("TOP"),
    )


def block_chart(styles: Styles, shown: ResultPresentation, width: float = CONTENT_WIDTH) -> Drawing:
    """Each block's share of its maximum, with the values written out."""
    rows = [
        ChartRow(
            line.title,
            line.score / line.max if line.max else 0.0,
            f"{line.percent_text} ({line.score}/{line.max})",
            series=index,
        )
        for index, line in enumerate(shown.blocks)
    ]
    return share_chart(styles, rows, value_width=26 * mm, lang=shown.lang, width=width)


__all__ = ["block_chart", "safe", "write_assessment_pdf"]
