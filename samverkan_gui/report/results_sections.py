"""PDF sections of one result: the band ladder, the lowest-rated questions, the change since last time.

Used by the single report (report/pdf.py; the change since last time also by the group
report).  Every section returns a list of flowables; nothing to show returns nothing,
so nothing is printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from samverkan_gui.core.messages import render
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present import band_range
from samverkan_gui.present import style as palette
from samverkan_gui.present.alt_text import score_scale_text
from samverkan_gui.present.learning import SinceLastPresentation
from samverkan_gui.present.result import LowestPresentation
from samverkan_gui.report.common import (
    BAR_TRACK,
    CONTENT_WIDTH,
    INK,
    MUTED,
    QUESTION_LABEL_WIDTH,
    RULE,
    Styles,
    content_table,
    grid_style,
)
from samverkan_gui.report.content import ladder_text, lowest_table, since_heading, since_reason, since_table
from samverkan_gui.report.tagged import figure

#: The band this total falls in: a darker fill, a thick frame and bold text (never the fill alone).
LADDER_CURRENT = colors.HexColor(palette.LADDER_CURRENT)


def band_ladder(styles: Styles, questionnaire: Questionnaire, total: int, lang: str) -> list[Any]:
    """All bands as one horizontal scale with ``total`` marked and its band's range named."""
    band = questionnaire.band_for(total)
    if band is None:
        return []
    return [
        KeepTogether(
            [
                styles.p(render("ladder.title", lang), styles.h2),
                figure(ladder_drawing(styles, questionnaire, total), score_scale_text(questionnaire, total, lang)),
                styles.p(ladder_text(total, questionnaire.max_total, band, lang), styles.cell_bold),
            ]
        )
    ]


def ladder_drawing(styles: Styles, questionnaire: Questionnaire, total: int, width: float = CONTENT_WIDTH) -> Drawing:
    """The scale of all bands, the band of ``total`` framed and filled, ``total`` marked with an arrow."""
    band = questionnaire.band_for(total)
    low, high = questionnaire.bands[0].min, questionnaire.bands[-1].max
    span = high - low + 1
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
    return drawing


def lowest_section(styles: Styles, lowest: LowestPresentation, lang: str) -> list[Any]:
    """The lowest-rated questions with their answers, or why there are none (nothing when none is answered)."""
    if not lowest.shown:
        return []
    if not lowest.lines:
        return [KeepTogether([styles.p(lowest.title, styles.h2), styles.p(lowest.all_equal, styles.cell)])]
    table = content_table(
        styles,
        lowest_table(lowest, lang),
        [QUESTION_LABEL_WIDTH, CONTENT_WIDTH - QUESTION_LABEL_WIDTH - 50 * mm - 34 * mm, 50 * mm, 34 * mm],
        grid_style("TOP"),
    )
    return [
        KeepTogether(
            [
                styles.p(lowest.title, styles.h2),
                styles.p(lowest.caption, styles.small),
                Spacer(1, 1 * mm),
                table,
                *([styles.p(lowest.more, styles.cell)] if lowest.more else []),
            ]
        )
    ]


def since_section(styles: Styles, since: SinceLastPresentation | None, lang: str) -> list[Any]:
    """A follow-up's change since the file it follows, per block; or why it cannot be shown."""
    if since is None:
        return []
    # "Sedan förra gången (2025-03-06): +19 ↑" heads the blocks' changes
    parts: list[Any] = [styles.p(since_heading(since, lang), styles.h2)]
    reason = since_reason(since)
    if reason:
        parts.append(styles.p(reason, styles.cell))
    table = since_table(since, lang)
    if table is not None:
        parts += [
            Spacer(1, 1 * mm),
            content_table(styles, table, [CONTENT_WIDTH - 50 * mm, 50 * mm], grid_style("TOP"), header_columns=(0,)),
        ]
    parts += [styles.p(notice, styles.small) for notice in since.notices]
    return [Spacer(1, 2 * mm), KeepTogether(parts)]
