"""The action plan in the Word reports (single and group).

The Word counterpart of :mod:`samverkan_gui.report.plan_pdf`, with the same texts
(:mod:`samverkan_gui.report.content`); an empty plan writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, printable_plan
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.report.content import (
    Look,
    follows_line,
    overdue_line,
    plan_actions_table,
    plan_answers,
    plan_block_title,
)
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
    late = overdue_line(entries, report.today, lang)
    if late:
        report.paragraph(late)
    for entry in entries:
        report.subsection(plan_block_title(questionnaire, entry.block, lang))
        for item in plan_answers(entry, lang):
            question = report.paragraph(item.label, Look.BOLD)
            report.add_run(question, " ")
            report.add_run(question, item.detail, Look.SMALL)
            question.paragraph_format.keep_with_next = True
            question.paragraph_format.space_after = 0
            report.note(item.answer)
        actions = plan_actions_table(entry, lang, report.today)
        if actions is None:
            report.paragraph(render("plan.no_actions", lang), Look.SMALL)
        else:
            report.table(actions, [TEXT_WIDTH - 100 * mm, 50 * mm, 26 * mm, 24 * mm])
