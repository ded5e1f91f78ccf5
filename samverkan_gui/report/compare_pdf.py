"""The comparison report: assessments of one collaboration over time (A4, Swedish or English).

What it shows is computed in :mod:`samverkan_gui.core.compare`; this module
only lays it out: totals with bands in date order, the change per block
(signed numbers, arrows and words, never colour alone), a grouped bar chart
(one series per date, told apart by pattern as well as colour, values on the
bars), the questions that moved most, and the earlier plans' actions.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from fractions import Fraction
from typing import IO, Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer

from samverkan_gui.core.compare import Comparison, action_history
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.present.alt_text import compare_block_text
from samverkan_gui.present.compare import comparison_digits, occasion_date
from samverkan_gui.present.style import series_style
from samverkan_gui.report.common import (
    CONTENT_WIDTH,
    INK,
    MUTED,
    QUESTION_LABEL_WIDTH,
    RULE,
    Styles,
    build_pdf,
    content_table,
    details_table,
    grid_style,
)
from samverkan_gui.report.content import (
    change_table,
    changes_heading,
    compare_bar_label,
    compare_title,
    comparison_details,
    comparison_notices,
    history_table,
    moved_table,
    totals_table,
)
from samverkan_gui.report.hatch import hatch
from samverkan_gui.report.tagged import TaggedTable, decoration, figure


def write_compare_pdf(
    result: Comparison,
    target: pathlib.Path | str | IO[bytes],
    lang: str = "sv",
    *,
    today: dt.date | None = None,
) -> None:
    """Write the comparison as A4 PDF to ``target`` (a path is written atomically).

    Actions of the latest plan past their due date on ``today`` are marked.
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang)
    day = today or dt.date.today()
    build_pdf(
        target,
        lambda styles: _story(styles, result, lang, day),
        texts=Texts("compare", lang),
        questionnaire_title=result.questionnaire.title.get(lang),
        doc_title=compare_title(result, lang),
        today=today,
    )


def _story(styles: Styles, result: Comparison, lang: str, today: dt.date) -> list[Any]:
    def word(key: str, **params: Any) -> str:
        return render(key, lang, **params)

    story: list[Any] = [
        styles.p(word("compare.title"), styles.title),
        styles.p(word("compare.subtitle"), styles.subtitle),
        details_table(styles, comparison_details(result, lang), lang),
        Spacer(1, 4 * mm),
        styles.p(word("compare.totals"), styles.h1),
        _totals_table(styles, result, lang),
    ]
    for notice in comparison_notices(result, lang):
        story.append(Spacer(1, 2 * mm))
        story.append(styles.p(notice, styles.advice))
    story += [
        styles.p(changes_heading(result, lang), styles.h1),
        _change_table(styles, result, lang),
        Spacer(1, 4 * mm),
    ]
    charts = [
        figure(chart, compare_block_text(result, change.block, lang))
        for chart, change in zip(grouped_chart(styles, result, lang), result.blocks, strict=True)
    ]
    # Each bar is labelled with its date; the legend of patterns is for the eye only.
    story.append(
        KeepTogether(
            [
                styles.p(word("compare.chart"), styles.h2),
                decoration(legend(styles, result, lang)),
                Spacer(1, 1 * mm),
                charts[0],
            ]
        )
    )
    story += [item for chart in charts[1:] for item in (Spacer(1, 2 * mm), chart)]
    for key, moved in (("compare.moved_up", result.moved_up), ("compare.moved_down", result.moved_down)):
        parts: list[Any] = [styles.p(word(key), styles.h2)]
        parts.append(
            _moved_table(styles, result, moved, lang) if moved else styles.p(word("compare.none_moved"), styles.body)
        )
        story.append(KeepTogether(parts))
    history = action_history(result)
    if history:
        story.append(styles.p(word("compare.plans"), styles.h1))
        story.append(styles.p(word("compare.plans_intro"), styles.small))
        story.append(Spacer(1, 1 * mm))
        story.append(_history_table(styles, result, history, lang, today))
    return story


def _history_table(styles: Styles, result: Comparison, history: Any, lang: str, today: dt.date) -> TaggedTable:
    # The block column fits "SAMVERKANSPROCESSEN", the longest single word of a block's heading, so
    # that no heading breaks inside a word; "Who" fits a long Swedish word such as "näringslivskontoret".
    widths = [43 * mm, CONTENT_WIDTH - 43 * mm - 37 * mm - 24 * mm - 38 * mm, 37 * mm, 24 * mm, 38 * mm]
    return content_table(styles, history_table(result, history, lang, today), widths, grid_style("TOP"))


def _totals_table(styles: Styles, result: Comparison, lang: str) -> TaggedTable:
    widths = [28 * mm, CONTENT_WIDTH - 28 * mm - 38 * mm - 28 * mm, 38 * mm, 28 * mm]
    return content_table(styles, totals_table(result, lang), widths, grid_style("TOP"), header_columns=(0,))


def _change_table(styles: Styles, result: Comparison, lang: str) -> TaggedTable:
    widths = [CONTENT_WIDTH - 2 * 26 * mm - 40 * mm, 26 * mm, 26 * mm, 40 * mm]
    style = grid_style("TOP", ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK))
    return content_table(styles, change_table(result, lang), widths, style, header_columns=(0,))


def _moved_table(styles: Styles, result: Comparison, moved: Any, lang: str) -> TaggedTable:
    widths = [QUESTION_LABEL_WIDTH, CONTENT_WIDTH - QUESTION_LABEL_WIDTH - 30 * mm - 30 * mm, 30 * mm, 30 * mm]
    return content_table(styles, moved_table(result, moved, lang), widths, grid_style("TOP"))


# --- the grouped bar chart ---------------------------------------------------------------


def _series_fill(index: int) -> Any:
    return colors.HexColor(series_style(index).fill)


def _series_hatch(index: int, x: float, y: float, w: float, h: float) -> Any:
    look = series_style(index)
    return hatch(look.pattern, x, y, w, h, look.hatch)


def grouped_chart(styles: Styles, result: Comparison, lang: str, chart_width: float = CONTENT_WIDTH) -> list[Drawing]:
    """Per block one bar per date (share of the block's maximum), the date and value written at each bar.

    One drawing per block, so that a comparison of many dates flows over pages.
    """
    items = result.items
    digits = comparison_digits(result)
    label_height = 5 * mm
    bar_height = 5.5 * mm
    axis_height = 5 * mm
    value_width = 22 * mm
    bar_area = chart_width - value_width
    drawings = []
    for change in result.blocks:
        block = change.block
        height = label_height + bar_height * len(items) + axis_height
        drawing = Drawing(chart_width, height)
        for step in range(0, 101, 25):
            x = bar_area * step / 100
            drawing.add(Line(x, axis_height, x, height - label_height, strokeColor=RULE, strokeWidth=0.4))
            anchor = "start" if step == 0 else "end" if step == 100 else "middle"
            drawing.add(
                String(x, 1 * mm, f"{step} %", fontName=styles.regular, fontSize=7, fillColor=MUTED, textAnchor=anchor)
            )
        drawing.add(
            String(
                0,
                height - label_height + 1.5 * mm,
                block.title.get(lang),
                fontName=styles.bold,
                fontSize=8,
                fillColor=INK,
            )
        )
        for index, item in enumerate(items):
            y = height - label_height - (index + 1) * bar_height
            value = item.block_value(block.id)
            width = 0.0 if value is None or value.score is None else bar_area * float(Fraction(value.score) / value.max)
            if width > 0:
                drawing.add(
                    Rect(
                        0,
                        y + 0.5,
                        width,
                        bar_height - 1,
                        fillColor=_series_fill(index),
                        strokeColor=INK,
                        strokeWidth=0.3,
                    )
                )
                drawing.add(_series_hatch(index, 0, y + 0.5, width, bar_height - 1))
            label = compare_bar_label(item, block.id, lang, digits)
            # A white ground keeps the label readable where a grid line crosses it.
            label_width = stringWidth(label, styles.regular, 7)
            drawing.add(
                Rect(
                    width + 1 * mm,
                    y + 1,
                    label_width + 1 * mm,
                    bar_height - 2,
                    fillColor=colors.white,
                    strokeColor=None,
                )
            )
            drawing.add(
                String(
                    width + 1.5 * mm,
                    y + bar_height / 2 - 2.8,
                    label,
                    fontName=styles.regular,
                    fontSize=7,
                    fillColor=INK,
                )
            )
        drawings.append(drawing)
    return drawings


def legend(styles: Styles, result: Comparison, lang: str, width: float = CONTENT_WIDTH) -> Drawing:
    """Which pattern and colour is which date."""
    swatch = 8 * mm
    entry_width = 42 * mm
    per_row = max(int(width // entry_width), 1)
    rows = (len(result.items) + per_row - 1) // per_row
    row_height = 6 * mm
    drawing = Drawing(width, rows * row_height)
    for index, item in enumerate(result.items):
        x = (index % per_row) * entry_width
        y = (rows - 1 - index // per_row) * row_height + 1 * mm
        drawing.add(Rect(x, y, swatch, 4 * mm, fillColor=_series_fill(index), strokeColor=INK, strokeWidth=0.3))
        drawing.add(_series_hatch(index, x, y, swatch, 4 * mm))
        drawing.add(
            String(
                x + swatch + 1.5 * mm,
                y + 1,
                occasion_date(item, lang),
                fontName=styles.regular,
                fontSize=8,
                fillColor=INK,
            )
        )
    return drawing
