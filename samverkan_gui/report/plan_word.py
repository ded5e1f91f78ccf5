"""The learning loop's sections in the Word reports: the action plan, the band ladder, the lowest-rated questions.

The Word counterpart of :mod:`samverkan_gui.report.plan_pdf`, with the same texts
(:mod:`samverkan_gui.report.content`); an empty plan writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from samverkan_gui.core.compare import RatedQuestion
from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, printable_plan
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.report.common import Styles
from samverkan_gui.report.content import (
    Look,
    follows_line,
    ladder_alt_text,
    ladder_text,
    lowest_table,
    plan_actions_table,
    plan_answers,
    plan_block_title,
)
from samverkan_gui.report.plan_pdf import ladder_drawing
from samverkan_gui.report.word_common import TEXT_WIDTH, WordReport


def plan_section(
    report: WordReport,
    plan: Sequence[BlockPlan],
    questionnaire: Questionnaire,
    *,
    follows: FollowsRecord | None = None,
) -> None:
    """ "Handlingsplan": per block the five planning questions with their answers, and a table of actions."""
    entries = printable_plan(plan)
    if not entries:
        return
    lang = report.lang
    report.section(render("plan.title", lang))
    follows_text = follows_line(follows, lang)
    if follows_text:
        report.paragraph(follows_text, Look.SMALL)
    for entry in entries:
        report.subsection(plan_block_title(questionnaire, entry.block, lang))
        for item in plan_answers(entry, lang):
            question = report.paragraph(item.label, Look.BOLD)
            report.add_run(question, " ")
            report.add_run(question, item.detail, Look.SMALL)
            question.paragraph_format.keep_with_next = True
            question.paragraph_format.space_after = 0
            report.note(item.answer)
        actions = plan_actions_table(entry, lang)
        if actions is None:
            report.paragraph(render("plan.no_actions", lang), Look.SMALL)
        else:
            report.table(actions, [TEXT_WIDTH - 100 * mm, 50 * mm, 26 * mm, 24 * mm])


def band_ladder(report: WordReport, styles: Styles, questionnaire: Questionnaire, total: int) -> None:
    """All bands on one scale with ``total`` marked, and the same in words under it."""
    band = questionnaire.band_for(total)
    if band is None:
        return
    lang = report.lang
    report.subsection(render("ladder.title", lang))
    report.picture(
        ladder_drawing(styles, questionnaire, total, TEXT_WIDTH), ladder_alt_text(questionnaire, total, band, lang)
    )
    report.paragraph(ladder_text(total, questionnaire.max_total, band, lang), Look.BOLD)


def lowest_section(report: WordReport, rated: Sequence[RatedQuestion], questionnaire: Questionnaire) -> None:
    """The lowest-rated questions with their answers (nothing when none is answered)."""
    if not rated:
        return
    lang = report.lang
    report.subsection(render("lowest.title", lang))
    report.paragraph(render("lowest.intro", lang), Look.SMALL, keep_with_next=True)
    report.table(
        lowest_table(rated, questionnaire, lang),
        [9 * mm, TEXT_WIDTH - 9 * mm - 50 * mm - 34 * mm, 50 * mm, 34 * mm],
        keep_together=True,
    )
