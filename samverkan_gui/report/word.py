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
from samverkan_gui.core.compare import lowest_questions
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present import ResultPresentation, present_result
from samverkan_gui.report.common import Styles
from samverkan_gui.report.content import (
    Look,
    answer_table,
    assessment_details,
    block_chart_text,
    block_heading,
    block_table,
    document_title,
    missing_questions,
    notes_label,
)
from samverkan_gui.report.pdf import block_chart
from samverkan_gui.report.plan_word import band_ladder, lowest_section, plan_section
from samverkan_gui.report.word_common import TEXT_WIDTH, WordReport, write_word


def write_assessment_docx(
    assessment: Assessment,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    today: dt.date | None = None,
) -> None:
    """Write the report of ``assessment`` as a Word document to ``target`` (a path: atomically).

    The language follows the assessment unless ``lang`` is given.
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or assessment.language)
    shown = present_result(assessment.score(questionnaire), lang)
    title = questionnaire.title.get(lang)
    write_word(
        target,
        lambda report: _build(report, assessment, questionnaire, shown),
        texts=Texts("pdf", lang),
        questionnaire_title=title,
        doc_title=document_title(title, assessment.collaboration),
        today=today,
    )


def _build(report: WordReport, assessment: Assessment, questionnaire: Questionnaire, shown: ResultPresentation) -> None:
    lang = shown.lang
    words = Texts("pdf", lang)
    styles = Styles()
    report.title(questionnaire.title.get(lang))
    report.subtitle(words("subtitle"))
    report.details(assessment_details(assessment, questionnaire, lang))
    report.section(words("result"))
    if shown.complete and shown.band_range is not None:
        report.big(words("points_of", total=shown.total_text, max=shown.max_total))
        report.result_lines(shown.band_range, shown.advice, shown.weakest)
        band_ladder(report, styles, questionnaire, shown.total)
    else:
        report.paragraph(words.count("draft", shown.missing, total=len(questionnaire.question_ids)))
        report.paragraph(f"{words('missing')}:", Look.BOLD)
        report.bullets(missing_questions(assessment, questionnaire, lang))
    report.subsection(words("chart_title"))
    report.picture(block_chart(styles, shown, TEXT_WIDTH), block_chart_text(shown))
    report.subsection(render("report.blocks", lang))
    report.table(block_table(shown), [TEXT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm], keep_together=True)
    lowest_section(report, lowest_questions(assessment, questionnaire), questionnaire)
    plan_section(report, assessment.plan, questionnaire, follows=assessment.follows)
    report.section(words("answers"))
    for block, line in zip(questionnaire.blocks, shown.blocks, strict=True):
        report.subsection(block_heading(line))
        report.paragraph(block.lead_in.get(lang), Look.SMALL, keep_with_next=True)
        report.table(
            answer_table(assessment, questionnaire, block.questions, lang),
            [9 * mm, TEXT_WIDTH - 9 * mm - 50 * mm, 50 * mm],
            keep_together=True,
        )
        note = assessment.notes.get(block.id, "")
        if note.strip():
            report.paragraph(notes_label(lang), Look.BOLD)
            report.note(note)
    report.paragraph(questionnaire.credit.get(lang), Look.SMALL)


__all__ = ["write_assessment_docx"]
