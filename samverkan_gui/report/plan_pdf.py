"""PDF section of the learning loop: the action plan.

Used by the single report (report/pdf.py), the group report (report/group_pdf.py)
and the comparison report (report/compare_pdf.py).  The section is a list of
flowables; an empty plan returns nothing, so nothing is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import BlockPlan, FollowsRecord, printable_plan
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.report.common import CONTENT_WIDTH, Styles, content_table, grid_style
from samverkan_gui.report.content import (
    follows_line,
    overdue_line,
    plan_actions_table,
    plan_answers,
    plan_block_title,
)
from samverkan_gui.report.tagged import TaggedTable


def plan_section(
    styles: Styles,
    plan: Sequence[BlockPlan],
    questionnaire: Questionnaire,
    lang: str,
    *,
    follows: FollowsRecord | None = None,
    heading: str | None = None,
    today: dt.date | None = None,
) -> list[Any]:
    """The "Handlingsplan" section: per block the five answers and a table of actions.

    Actions past their due date (as of ``today``) and not done are marked "försenad" and
    listed under the heading.
    """
    entries = printable_plan(plan)
    if not entries:
        return []
    today = today or dt.date.today()
    story: list[Any] = [styles.p(heading or render("plan.title", lang), styles.h1)]
    follows_text = follows_line(follows, lang)
    if follows_text:
        story.append(styles.p(follows_text, styles.small))
    late = overdue_line(entries, today, lang)
    if late:
        story.append(styles.p(late, styles.advice))
    for entry in entries:
        title = plan_block_title(questionnaire, entry.block, lang)
        story.append(KeepTogether([styles.p(title, styles.h2), _questions_table(styles, entry, lang)]))
        story.append(Spacer(1, 2 * mm))
        story.append(action_table(styles, entry, lang, today))
    return story


def _questions_table(styles: Styles, entry: BlockPlan, lang: str) -> TaggedTable:
    rows = [
        [
            [styles.p(item.label, styles.cell_bold), styles.p(item.detail, styles.small)],
            styles.p(item.answer, styles.cell),
        ]
        for item in plan_answers(entry, lang)
    ]
    # Each of the five questions heads its row.
    table = TaggedTable(rows, colWidths=[52 * mm, CONTENT_WIDTH - 52 * mm], header_rows=0, header_columns=(0,))
    table.setStyle(grid_style("TOP", ("BACKGROUND", (0, 0), (-1, 0), colors.white)))
    return table


def action_table(styles: Styles, entry: BlockPlan, lang: str, today: dt.date) -> Any:
    """Action, who, due date and status of one block's actions (a line saying none when empty)."""
    content = plan_actions_table(entry, lang, today)
    if content is None:
        return styles.p(render("plan.no_actions", lang), styles.small)
    return content_table(styles, content, [CONTENT_WIDTH - 110 * mm, 50 * mm, 30 * mm, 30 * mm], grid_style("TOP"))
