"""PDF sections of one result: the band ladder and the lowest-rated questions.

Used by the single report (report/pdf.py).  Every section returns a list of
flowables; nothing to show returns nothing, so nothing is printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from samverkan_gui.core.messages import render
from samverkan_gui.core.questionnaire import Band, Questionnaire
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
    grid_style,
)
from samverkan_gui.report.tagged import TaggedTable, figure

#: The band this total falls in: a darker fill, a thick frame and bold text (never the fill alone).
LADDER_CURRENT = colors.HexColor(palette.LADDER_CURRENT)


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
                figure(drawing, score_scale_text(questionnaire, total, lang)),
                styles.p(ladder_text(total, questionnaire.max_total, band, lang), styles.cell_bold),
            ]
        )
    ]


def lowest_section(styles: Styles, lowest: LowestPresentation, lang: str) -> list[Any]:
    """The lowest-rated questions with their answers, or why there are none (nothing when none is answered)."""
    if not lowest.shown:
        return []
    if not lowest.lines:
        return [KeepTogether([styles.p(lowest.title, styles.h2), styles.p(lowest.all_equal, styles.cell)])]
    rows: list[list[Any]] = [
        [
            styles.p("#", styles.cell_bold),
            styles.p(render("word.question", lang), styles.cell_bold),
            styles.p(render("word.block", lang), styles.cell_bold),
            styles.p(render("word.answer", lang), styles.cell_bold),
        ]
    ]
    for line in lowest.lines:
        rows.append(
            [
                styles.p(line.question_label, styles.label),
                styles.p(line.question, styles.cell),
                styles.p(line.block_title, styles.small),
                styles.p(f"{line.value} – {line.label}", styles.cell_bold),
            ]
        )
    widths = [QUESTION_LABEL_WIDTH, CONTENT_WIDTH - QUESTION_LABEL_WIDTH - 50 * mm - 34 * mm, 50 * mm, 34 * mm]
    table = TaggedTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style("TOP"))
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
    if since.blocks:  # "Sedan förra gången (2025-03-06): +19 ↑" heads the blocks' changes
        parts: list[Any] = [styles.p(since.headline, styles.h2)]
    else:  # why no change can be shown
        parts = [styles.p(render("since.title", lang), styles.h2), styles.p(since.headline, styles.cell)]
    if since.blocks:
        rows = [
            [styles.p(line.rsplit(": ", 1)[0], styles.cell), styles.p(line.rsplit(": ", 1)[1], styles.cell_bold)]
            for line in since.spoken
        ]
        table = TaggedTable(rows, colWidths=[CONTENT_WIDTH - 50 * mm, 50 * mm])
        table.setStyle(grid_style("TOP", ("BACKGROUND", (0, 0), (-1, 0), colors.white)))
        parts += [Spacer(1, 1 * mm), table]
    parts += [styles.p(notice, styles.small) for notice in since.notices]
    return [Spacer(1, 2 * mm), KeepTogether(parts)]
