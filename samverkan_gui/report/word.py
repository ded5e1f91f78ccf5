"""The Word report of one assessment (.docx): the PDF report's content, in a document made to be edited.

Same texts and numbers as :mod:`samverkan_gui.report.pdf` (both take them from
:mod:`samverkan_gui.report.content` and :mod:`samverkan_gui.present`); the charts are the
PDF's drawings as pictures with alt text.  See :mod:`samverkan_gui.report.word_common`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.core.scoring import lowest_questions
from samverkan_gui.present import ResultPresentation, present_result
from samverkan_gui.present.alt_text import block_chart_text, score_scale_text
from samverkan_gui.present.learning import SinceLastPresentation
from samverkan_gui.present.result import LowestPresentation, present_lowest
from samverkan_gui.report.common import QUESTION_LABEL_WIDTH, Styles
from samverkan_gui.report.content import (
    Look,
    answer_table,
    assessment_details,
    block_heading,
    block_table,
    document_title,
    ladder_text,
    lowest_table,
    missing_questions,
    notes_label,
    since_heading,
    since_reason,
    since_shown,
    since_table,
)
from samverkan_gui.report.pdf import block_chart
from samverkan_gui.report.plan_word import plan_section
from samverkan_gui.report.results_sections import ladder_drawing
from samverkan_gui.report.word_common import TEXT_WIDTH, WordReport, write_word


def write_assessment_docx(
    assessment: Assessment,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    today: dt.date | None = None,
    source: Path | None = None,
) -> None:
    """Write the report of ``assessment`` as a Word document to ``target`` (a path: atomically).

    The language follows the assessment unless ``lang`` is given; ``source`` is its own file
    (a follow-up's report shows the change since the file it follows, looked for beside it).
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or assessment.language)
    shown = present_result(assessment.score(questionnaire), lang)
    title = questionnaire.title.get(lang)
    since = since_shown(assessment, source, lang)
    write_word(
        target,
        lambda report: _build(report, assessment, questionnaire, shown, since),
        texts=Texts("pdf", lang),
        questionnaire_title=title,
        doc_title=document_title(title, assessment.collaboration),
        today=today,
    )


def _build(
    report: WordReport,
    assessment: Assessment,
    questionnaire: Questionnaire,
    shown: ResultPresentation,
    since: SinceLastPresentation | None,
) -> None:
    lang = shown.lang
    words = Texts("pdf", lang)
    styles = Styles(lang)
    report.title(questionnaire.title.get(lang))
    report.subtitle(words("subtitle"))
    report.details(assessment_details(assessment, questionnaire, lang))
    report.section(words("result"))
    if shown.complete and shown.band_range is not None:
        report.big(words("points_of", total=shown.total_text, max=shown.max_total))
        report.result_lines(shown.band_range, shown.advice, shown.weakest)
        _band_ladder(report, styles, questionnaire, shown.total)
    else:
        report.paragraph(words.count("draft", shown.missing, total=len(questionnaire.question_ids)))
        report.paragraph(f"{words('missing')}:", Look.BOLD)
        report.bullets(missing_questions(assessment, questionnaire, lang))
    since_section(report, since)
    report.subsection(words("chart_title"))
    report.picture(block_chart(styles, shown, TEXT_WIDTH), block_chart_text(shown))
    report.subsection(render("report.blocks", lang))
    report.table(block_table(shown), [TEXT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm], keep_together=True)
    _lowest_section(report, present_lowest(lowest_questions(assessment.answers, questionnaire), questionnaire, lang))
    plan_section(report, assessment.plan, questionnaire, follows=assessment.follows)
    report.section(words("answers"))
    for block, line in zip(questionnaire.blocks, shown.blocks, strict=True):
        report.subsection(block_heading(line))
        report.paragraph(block.lead_in.get(lang), Look.SMALL, keep_with_next=True)
        report.table(
            answer_table(assessment, questionnaire, block.questions, lang),
            [QUESTION_LABEL_WIDTH, TEXT_WIDTH - QUESTION_LABEL_WIDTH - 50 * mm, 50 * mm],
            keep_together=True,
        )
        note = assessment.notes.get(block.id, "")
        if note.strip():
            report.paragraph(notes_label(lang), Look.BOLD)
            report.note(note)
    report.paragraph(questionnaire.credit.get(lang), Look.SMALL)


def _band_ladder(report: WordReport, styles: Styles, questionnaire: Questionnaire, total: int) -> None:
    """All bands on one scale with ``total`` marked, and the same in words under it."""
    band = questionnaire.band_for(total)
    if band is None:
        return
    lang = report.lang
    report.subsection(render("ladder.title", lang))
    report.picture(
        ladder_drawing(styles, questionnaire, total, TEXT_WIDTH), score_scale_text(questionnaire, total, lang)
    )
    report.paragraph(ladder_text(total, questionnaire.max_total, band, lang), Look.BOLD)


def _lowest_section(report: WordReport, lowest: LowestPresentation) -> None:
    """The lowest-rated questions with their answers, or why there are none (nothing before any answer)."""
    if not lowest.shown:
        return
    report.subsection(lowest.title)
    if not lowest.lines:
        report.paragraph(lowest.all_equal)
        return
    report.paragraph(lowest.caption, Look.SMALL, keep_with_next=True)
    widths = [QUESTION_LABEL_WIDTH, TEXT_WIDTH - QUESTION_LABEL_WIDTH - 50 * mm - 34 * mm, 50 * mm, 34 * mm]
    report.table(lowest_table(lowest, report.lang), widths, keep_together=True)
    if lowest.more:
        report.paragraph(lowest.more)


def since_section(report: WordReport, since: SinceLastPresentation | None) -> None:
    """A follow-up's change since the file it follows, per block; or why it cannot be shown."""
    if since is None:
        return
    lang = report.lang
    report.subsection(since_heading(since, lang))
    reason = since_reason(since)
    if reason:
        report.paragraph(reason)
    table = since_table(since, lang)
    if table is not None:
        report.table(table, [TEXT_WIDTH - 50 * mm, 50 * mm], keep_together=True)
    for notice in since.notices:
        report.paragraph(notice, Look.SMALL)


__all__ = ["since_section", "write_assessment_docx"]
