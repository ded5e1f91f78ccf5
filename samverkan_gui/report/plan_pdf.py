"""PDF sections of the learning loop: the action plan, the band ladder and the lowest-rated questions.

Used by the single report (report/pdf.py), the group report (report/group_pdf.py)
and the comparison report (report/compare_pdf.py).  Every section returns a
list of flowables; an empty plan returns nothing, so nothing is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from samverkan_gui.core.compare import RatedQuestion
from samverkan_gui.core.messages import render
from samverkan_gui.core.plan import (
    PLAN_QUESTIONS,
    BlockPlan,
    FollowsRecord,
    printable_plan,
    question_detail,
    question_label,
    status_label,
)
from samverkan_gui.core.questionnaire import Band, Questionnaire
from samverkan_gui.present import band_range
from samverkan_gui.report.common import (
    BAR_TRACK,
    CONTENT_WIDTH,
    INK,
    MUTED,
    QUESTION_LABEL_WIDTH,
    RULE,
    Styles,
    grid_style,
    question_label_cell,
)

#: The band this total falls in: a darker fill, a thick frame and bold text (never the fill alone).
LADDER_CURRENT = colors.HexColor("#9cc3e4")


def plan_section(
    styles: Styles,
    plan: Sequence[BlockPlan],
    questionnaire: Questionnaire,
    lang: str,
    *,
    follows: FollowsRecord | None = None,
    heading: str | None = None,
) -> list[Any]:
    """The "Handlingsplan" section: per block the five answers and a table of actions."""
    entries = printable_plan(plan)
    if not entries:
        return []
    story: list[Any] = [styles.p(heading or render("plan.title", lang), styles.h1)]
    if follows is not None and follows.file:
        date = follows.date.isoformat() if follows.date else render("compare.no_date", lang)
        story.append(styles.p(render("plan.follows", lang, file=follows.file, date=date), styles.small))
    for entry in entries:
        title = _block_title(questionnaire, entry.block, lang)
        story.append(KeepTogether([styles.p(title, styles.h2), _questions_table(styles, entry, lang)]))
        story.append(Spacer(1, 2 * mm))
        story.append(action_table(styles, entry, lang))
    return story


def _block_title(questionnaire: Questionnaire, block_id: str, lang: str) -> str:
    try:
        return questionnaire.block(block_id).title.get(lang)
    except KeyError:  # a block of another version of the questionnaire (comparison)
        return block_id


def _questions_table(styles: Styles, entry: BlockPlan, lang: str) -> Table:
    rows = []
    for name in PLAN_QUESTIONS:
        label = [
            styles.p(question_label(name, lang), styles.cell_bold),
            styles.p(question_detail(name, lang), styles.small),
        ]
        rows.append([label, styles.p(getattr(entry, name) or "–", styles.cell)])
    table = Table(rows, colWidths=[52 * mm, CONTENT_WIDTH - 52 * mm])
    table.setStyle(grid_style("TOP", ("BACKGROUND", (0, 0), (-1, 0), colors.white)))
    return table


def action_table(styles: Styles, entry: BlockPlan, lang: str) -> Any:
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
                styles.p(status_label(action.status, lang), styles.cell),
            ]
        )
    table = Table(rows, colWidths=[CONTENT_WIDTH - 110 * mm, 50 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return table


def ladder_text(total: int, max_total: int, band: Band, lang: str) -> str:
    """What the ladder says in words (and a screen reader hears): "66 av 105, intervall 63–83"."""
    return render("ladder.marked", lang, total=total, max=max_total, min=band.min, band_max=band.max)


def band_ladder(styles: Styles, questionnaire: Questionnaire, total: int, lang: str) -> list[Any]:
    """All bands as one horizontal scale with ``total`` marked and its band's range named."""
    band = questionnaire.band_for(total)
    if band is None:
        return []
    low, high = questionnaire.bands[0].min, questionnaire.bands[-1].max
    span = high - low + 1
    width = CONTENT_WIDTH
    bar_y, bar_h = 8 * mm, 8 * mm
    drawing = Drawing(width, 24 * mm)
    for step in questionnaire.bands:
        x = width * (step.min - low) / span
        w = width * (step.max - step.min + 1) / span
        current = step == band
        drawing.add(
            Rect(
                x,
                bar_y,
                w,
                bar_h,
                fillColor=LADDER_CURRENT if current else BAR_TRACK,
                strokeColor=INK if current else RULE,
                strokeWidth=1.6 if current else 0.5,
            )
        )
        drawing.add(
            String(
                x + w / 2,
                bar_y + bar_h / 2 - 3,
                band_range(step),
                fontName=styles.bold if current else styles.regular,
                fontSize=8.5,
                fillColor=INK if current else MUTED,
                textAnchor="middle",
            )
        )
    marker_x = width * (total - low + 0.5) / span
    top = bar_y + bar_h
    drawing.add(Line(marker_x, bar_y - 1 * mm, marker_x, top + 1 * mm, strokeColor=INK, strokeWidth=1.4))
    drawing.add(
        Polygon(
            [marker_x - 2 * mm, top + 4 * mm, marker_x + 2 * mm, top + 4 * mm, marker_x, top + 1 * mm],
            fillColor=INK,
            strokeColor=INK,
        )
    )
    anchor = "start" if marker_x < width * 0.15 else "end" if marker_x > width * 0.85 else "middle"
    drawing.add(
        String(marker_x, top + 5 * mm, str(total), fontName=styles.bold, fontSize=9, fillColor=INK, textAnchor=anchor)
    )
    drawing.add(String(0, 2 * mm, str(low), fontName=styles.regular, fontSize=7, fillColor=MUTED))
    drawing.add(
        String(width, 2 * mm, str(high), fontName=styles.regular, fontSize=7, fillColor=MUTED, textAnchor="end")
    )
    return [
        KeepTogether(
            [
                styles.p(render("ladder.title", lang), styles.h2),
                drawing,
                styles.p(ladder_text(total, questionnaire.max_total, band, lang), styles.cell_bold),
            ]
        )
    ]


def lowest_section(
    styles: Styles, rated: Sequence[RatedQuestion], questionnaire: Questionnaire, lang: str
) -> list[Any]:
    """The lowest-rated questions with their answers (nothing when none is answered)."""
    if not rated:
        return []
    rows: list[list[Any]] = [
        [
            styles.p("#", styles.cell_bold),
            styles.p(render("word.question", lang), styles.cell_bold),
            styles.p(render("word.block", lang), styles.cell_bold),
            styles.p(render("word.answer", lang), styles.cell_bold),
        ]
    ]
    for item in rated:
        value = int(item.value)
        rows.append(
            [
                question_label_cell(styles, questionnaire, item.question.id, lang),
                styles.p(item.question.text.get(lang), styles.cell),
                styles.p(item.block.title.get(lang), styles.small),
                styles.p(f"{value} – {questionnaire.scale.label(value, lang)}", styles.cell_bold),
            ]
        )
    widths = [QUESTION_LABEL_WIDTH, CONTENT_WIDTH - QUESTION_LABEL_WIDTH - 50 * mm - 34 * mm, 50 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return [
        KeepTogether(
            [
                styles.p(render("lowest.title", lang), styles.h2),
                styles.p(render("lowest.intro", lang), styles.small),
                Spacer(1, 1 * mm),
                table,
            ]
        )
    ]
