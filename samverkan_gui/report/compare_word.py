"""The comparison over time as a Word document (.docx), with the comparison PDF's content."""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import IO

from reportlab.lib.units import mm

from samverkan_gui.core.compare import Comparison, action_history
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.present.alt_text import compare_block_text, compare_legend_text
from samverkan_gui.report.common import QUESTION_LABEL_WIDTH, Styles
from samverkan_gui.report.compare_pdf import grouped_chart, legend
from samverkan_gui.report.content import (
    Look,
    change_table,
    changes_heading,
    compare_title,
    comparison_details,
    comparison_notices,
    history_table,
    moved_table,
    totals_table,
)
from samverkan_gui.report.word_common import TEXT_WIDTH, WordReport, write_word


def write_compare_docx(
    result: Comparison,
    target: pathlib.Path | str | IO[bytes],
    lang: str = "sv",
    *,
    today: dt.date | None = None,
) -> None:
    """Write the comparison as a Word document to ``target`` (a path is written atomically).

    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang)
    write_word(
        target,
        lambda report: _build(report, result),
        texts=Texts("compare", lang),
        questionnaire_title=result.questionnaire.title.get(lang),
        doc_title=compare_title(result, lang),
        today=today,
    )


def _build(report: WordReport, result: Comparison) -> None:
    lang = report.lang
    styles = Styles(lang)
    report.title(render("compare.title", lang))
    report.subtitle(render("compare.subtitle", lang))
    report.details(comparison_details(result, lang))
    report.section(render("compare.totals", lang))
    report.table(totals_table(result, lang), [28 * mm, TEXT_WIDTH - 28 * mm - 36 * mm - 24 * mm, 36 * mm, 24 * mm])
    for notice in comparison_notices(result, lang):
        report.paragraph(notice)
    report.section(changes_heading(result, lang))
    report.table(
        change_table(result, lang), [TEXT_WIDTH - 2 * 26 * mm - 40 * mm, 26 * mm, 26 * mm, 40 * mm], keep_together=True
    )
    report.subsection(render("compare.chart", lang))
    report.picture(legend(styles, result, lang, TEXT_WIDTH), compare_legend_text(result, lang))
    for change, chart in zip(result.blocks, grouped_chart(styles, result, lang, chart_width=TEXT_WIDTH), strict=True):
        report.picture(chart, compare_block_text(result, change.block, lang))
    for key, moved in (("compare.moved_up", result.moved_up), ("compare.moved_down", result.moved_down)):
        report.subsection(render(key, lang))
        if moved:
            widths = [QUESTION_LABEL_WIDTH, TEXT_WIDTH - QUESTION_LABEL_WIDTH - 30 * mm - 30 * mm, 30 * mm, 30 * mm]
            report.table(moved_table(result, moved, lang), widths, keep_together=True)
        else:
            report.paragraph(render("compare.none_moved", lang))
    history = action_history(result)
    if history:
        report.section(render("compare.plans", lang))
        report.paragraph(render("compare.plans_intro", lang), Look.SMALL, keep_with_next=True)
        widths = [36 * mm, TEXT_WIDTH - 36 * mm - 34 * mm - 24 * mm - 36 * mm, 34 * mm, 24 * mm, 36 * mm]
        report.table(history_table(result, history, lang, report.today), widths)


__all__ = ["write_compare_docx"]
