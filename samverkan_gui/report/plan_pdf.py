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
from samverkan_gui.core.plan import (
    PLAN_QUESTIONS,
    BlockPlan,
    FollowsRecord,
    printable_plan,
    question_detail,
    question_label,
)
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present.learning import overdue_summary, status_text
from samverkan_gui.report.common import CONTENT_WIDTH, Styles, grid_style
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
    if follows is not None and follows.file:
        date = follows.date.isoformat() if follows.date else render("compare.no_date", lang)
        story.append(styles.p(render("plan.follows", lang, file=follows.file, date=date), styles.small))
    late = overdue_summary(entries, today, lang)
    if late:
        story.append(styles.p(late, styles.advice))
    for entry in entries:
        title = _block_title(questionnaire, entry.block, lang)
        story.append(KeepTogether([styles.p(title, styles.h2), _questions_table(styles, entry, lang)]))
        story.append(Spacer(1, 2 * mm))
        story.append(action_table(styles, entry, lang, today))
    return story


def _block_title(questionnaire: Questionnaire, block_id: str, lang: str) -> str:
    try:
        return questionnaire.block(block_id).title.get(lang)
    except KeyError:  # a block of another version of the questionnaire (comparison)
        return block_id


def _questions_table(styles: Styles, entry: BlockPlan, lang: str) -> TaggedTable:
    rows = []
    for name in PLAN_QUESTIONS:
        label = [
            styles.p(question_label(name, lang), styles.cell_bold),
            styles.p(question_detail(name, lang), styles.small),
        ]
        rows.append([label, styles.p(getattr(entry, name) or "–", styles.cell)])
    # Each of the five questions heads its row.
    table = TaggedTable(rows, colWidths=[52 * mm, CONTENT_WIDTH - 52 * mm], header_rows=0, header_columns=(0,))
    table.setStyle(grid_style("TOP", ("BACKGROUND", (0, 0), (-1, 0), colors.white)))
    return table


def action_table(styles: Styles, entry: BlockPlan, lang: str, today: dt.date) -> Any:
    """Action, who, due date and status of one block's actions (a line saying none when empty)."""
    if not entry.actions:
        return styles.p(render("plan.no_actions", lang), styles.small)
    header = [
        styles.p(render(key, lang), styles.cell_bold) for key in ("plan.action", "plan.who", "plan.due", "plan.status")
    ]
    rows: list[list[Any]] = [header]
    for action in entry.actions:
        rows.append(
            [
                styles.p(action.text or "–", styles.typed),
                styles.p(action.who or "–", styles.typed),
                styles.p(action.due.isoformat() if action.due else "–", styles.cell),
                styles.p(
                    status_text(action, today, lang), styles.cell_bold if action.is_overdue(today) else styles.cell
                ),
            ]
        )
    table = TaggedTable(rows, colWidths=[CONTENT_WIDTH - 110 * mm, 50 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return table
