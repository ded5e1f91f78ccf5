"""A printable blank paper form: every question with boxes 1–5 and a participant code field.

Participants without a computer fill it in by hand; the facilitator types the
forms into the workshop entry grid afterwards, code by code.  Individuals print
it too (Arkiv → Skriv ut en tom svarsblankett).  The shipped questionnaire fits
on one A4 page; a longer one continues with repeated block headers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from samverkan_gui.core.messages import Texts, normalise_language
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.report.common import (
    CONTENT_WIDTH,
    HEADER_BG,
    INK,
    MUTED,
    QUESTION_LABEL_WIDTH,
    RULE,
    Styles,
    build_pdf,
    cell_flowables,
    safe,
)
from samverkan_gui.report.content import label_cell
from samverkan_gui.report.tagged import Marked, TaggedTable, decoration

BOX = 5 * mm
BOX_COLUMN = 7.5 * mm
#: Row padding (points): as much air as lets the shipped 21 questions fit on one A4 page.
ROW_PADDING = 1.2
#: The label column ("Question 3.10" on one line): the shared width less its right padding, so that
#: the questions keep the room that lets the form fit one page in both languages.
LABEL_COLUMN = QUESTION_LABEL_WIDTH - 6


def write_blank_form(
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    collaboration: str = "",
    today: dt.date | None = None,
) -> None:
    """Write the blank form as A4 PDF to ``target`` (a path is written atomically).

    ``collaboration`` is printed in its field (a workshop's forms are all for one collaboration).
    """
    lang = normalise_language(lang)
    words = Texts("form", lang)
    title = questionnaire.title.get(lang)
    build_pdf(
        target,
        lambda styles: _story(styles, questionnaire, lang, collaboration),
        texts=words,
        questionnaire_title=title,
        doc_title=f"{title} – {words('subtitle')}",
        today=today,
    )


def _story(styles: Styles, questionnaire: Questionnaire, lang: str, collaboration: str = "") -> list[Any]:
    words = Texts("form", lang)
    story: list[Any] = [
        styles.p(questionnaire.title.get(lang), styles.title),
        styles.p(words("subtitle"), styles.subtitle),
        _fields_table(styles, lang, collaboration),
        Spacer(1, 3 * mm),
        styles.p(words("instructions"), styles.body),
        Spacer(1, 1.5 * mm),
        _scale_table(styles, questionnaire, lang),
    ]
    for block in questionnaire.blocks:
        rows: list[list[Any]] = [
            [
                # Title and lead-in on one line: the shipped questionnaire then fits one page in both languages.
                styles.markup(
                    f"<b>{safe(block.title.get(lang))}</b>&nbsp;&nbsp;"
                    f"<font size=8.5 color='{MUTED.hexval().replace('0x', '#')}'>{safe(block.lead_in.get(lang))}</font>",
                    styles.cell,
                ),
                "",
                *[styles.p(str(v), styles.cell_bold) for v in questionnaire.scale.values],
            ]
        ]
        for question in block.questions:
            rows.append(
                [
                    cell_flowables(styles, label_cell(questionnaire, question.id, lang)),
                    styles.p(question.text.get(lang), styles.cell),
                    *[_box() for _ in questionnaire.scale.values],
                ]
            )
        steps = len(questionnaire.scale.values)
        question_width = CONTENT_WIDTH - LABEL_COLUMN - steps * BOX_COLUMN
        table = TaggedTable(rows, colWidths=[LABEL_COLUMN, question_width] + [BOX_COLUMN] * steps, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
                    ("RIGHTPADDING", (0, 1), (0, -1), 0),
                ]
            )
        )
        story.append(Spacer(1, 1.5 * mm))
        # A long block may continue on the next page; its header row repeats there.
        story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(styles.p(questionnaire.credit.get(lang), styles.small))
    return story


def _box() -> Marked:
    """A box to tick on paper: nothing for a screen reader (the column heading names the value)."""
    drawing = Drawing(BOX, BOX)
    drawing.add(Rect(0, 0, BOX, BOX, fillColor=None, strokeColor=INK, strokeWidth=0.9))
    return decoration(drawing)


def _fields_table(styles: Styles, lang: str, collaboration: str = "") -> TaggedTable:
    words = Texts("form", lang)
    rows = [
        [styles.p(words("code"), styles.cell_bold), "", styles.p(words.word("date"), styles.cell_bold), ""],
        [
            styles.p(words.word("collaboration"), styles.cell_bold),
            styles.p(collaboration, styles.cell) if collaboration else "",
            "",
            "",
        ],
        [styles.p(words("organisation"), styles.cell_bold), "", "", ""],
    ]
    # The labels head their rows; the fields are left empty to write in.
    table = TaggedTable(
        rows,
        colWidths=[42 * mm, 60 * mm, 18 * mm, CONTENT_WIDTH - 120 * mm],
        rowHeights=[7.5 * mm] * 3,
        header_rows=0,
        header_columns=(0, 2),
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (1, 2), (3, 2)),
                ("BOX", (1, 0), (1, 0), 1.2, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
                ("LINEBELOW", (1, 1), (3, 1), 0.6, INK),
                ("LINEBELOW", (1, 2), (3, 2), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _scale_table(styles: Styles, questionnaire: Questionnaire, lang: str) -> TaggedTable:
    values = list(questionnaire.scale.values)
    # The label is escaped (safe) so the bold number can stay markup.
    cells = [styles.markup(f"<b>{v}</b> = {safe(questionnaire.scale.label(v, lang))}", styles.small) for v in values]
    width = CONTENT_WIDTH / len(values)
    # Side by side for the eye, a list of the scale's steps for a screen reader.
    table = TaggedTable([cells], colWidths=[width] * len(values), as_list=True)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table
