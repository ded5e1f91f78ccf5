"""The group PDF of a workshop (A4, Swedish or English, fonts embedded).

Privacy: participants appear as codes unless ``show_names`` is asked for, and
no individual answers appear: only counts, means, consensus and ranges.
The participants' own notes are individual too and are left out unless the
facilitator asks for them (``participant_notes``); they then appear under the
participant's code, never the name.  The facilitator's notes per block (the
group's) are always printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_orgs import organisation_view
from samverkan_gui.core.group_stats import GroupStats, QuestionStats, group_stats
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present import GroupPresentation, present_group
from samverkan_gui.present.alt_text import distribution_text, group_chart_text
from samverkan_gui.present.group import consensus_limit_text
from samverkan_gui.present.learning import SinceLastPresentation
from samverkan_gui.present.style import rating_fill, rating_ink
from samverkan_gui.report.common import (
    BAR_TRACK,
    CONTENT_WIDTH,
    INK,
    QUESTION_LABEL_WIDTH,
    RULE,
    ChartRow,
    Styles,
    build_pdf,
    content_table,
    details_table,
    grid_style,
    result_flowables,
    share_chart,
)
from samverkan_gui.report.content import (
    document_title,
    group_block_table,
    group_details,
    notes_label,
    own_notes,
    question_table,
    scale_labels,
    since_shown,
)
from samverkan_gui.report.group_orgs_pdf import organisation_section
from samverkan_gui.report.plan_pdf import plan_section
from samverkan_gui.report.results_sections import since_section
from samverkan_gui.report.tagged import TaggedTable, decoration, figure

#: The stacked bar of a question's answers in the tables.
DISTRIBUTION_WIDTH = 46 * mm
DISTRIBUTION_HEIGHT = 5.5 * mm


def write_group_pdf(
    group: Group,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    show_names: bool = False,
    participant_notes: bool = False,
    today: dt.date | None = None,
    source: Path | None = None,
) -> None:
    """Write the group report as A4 PDF to ``target`` (a path is written atomically).

    ``participant_notes``: print the participants' own notes per block under their codes
    (off by default: they are individual; names never appear with them).  ``source`` is the
    group's own file: a follow-up's report shows the change since the file it follows.

    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or group.language)
    stats = group_stats(group, questionnaire)
    title = questionnaire.title.get(lang)
    since = since_shown(group, source, lang)
    day = today or dt.date.today()
    build_pdf(
        target,
        lambda styles: _story(
            styles, group, questionnaire, stats, lang, show_names, participant_notes, since=since, today=day
        ),
        texts=Texts("group_pdf", lang),
        questionnaire_title=title,
        doc_title=document_title(title, group.collaboration),
        today=today,
    )


def _story(
    styles: Styles,
    group: Group,
    questionnaire: Questionnaire,
    stats: GroupStats,
    lang: str,
    show_names: bool,
    participant_notes: bool = False,
    *,
    since: SinceLastPresentation | None = None,
    today: dt.date | None = None,
) -> list[Any]:
    words = Texts("group_pdf", lang)
    shown = present_group(stats, lang)
    story: list[Any] = [
        styles.p(questionnaire.title.get(lang), styles.title),
        styles.p(words("subtitle"), styles.subtitle),
        details_table(styles, group_details(group, questionnaire, stats, lang, show_names), lang),
        Spacer(1, 5 * mm),
        styles.p(words("result"), styles.h1),
    ]
    if shown.mean_total_text is not None and shown.band_range is not None:
        story.append(styles.p(words("mean_total", mean=shown.mean_total_text, max=shown.max_total), styles.big))
        story.append(
            styles.p(
                words("total_range", low=stats.min_total, high=stats.max_total_seen, n=stats.complete),
                styles.small,
            )
        )
        story += result_flowables(styles, lang, shown.band_range, shown.advice, shown.weakest)
    else:
        story.append(styles.p(words("no_total"), styles.advice))
    story += since_section(styles, since, lang)
    story += [
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                styles.p(words("chart_title"), styles.h2),
                styles.p(words("chart_legend"), styles.small),
                Spacer(1, 2 * mm),
                figure(range_chart(styles, shown), group_chart_text(shown)),
            ]
        ),
        Spacer(1, 3 * mm),
        KeepTogether([styles.p(render("report.blocks", lang), styles.h2), _block_table(styles, shown)]),
        *organisation_section(styles, organisation_view(group, questionnaire), lang),
        *plan_section(styles, group.plan, questionnaire, lang, follows=group.follows, today=today),
    ]
    story.append(PageBreak())
    # The answers' colours are explained before their first use (the discussion list, or else
    # the answers per question).
    legend = [
        styles.p(words("legend", labels=scale_labels(questionnaire, lang)), styles.small),
        Spacer(1, 1 * mm),
        # The sentence above says what the colours mean; the swatches repeat it for the eye.
        decoration(legend_drawing(styles, questionnaire)),
        Spacer(1, 2 * mm),
    ]
    story.append(styles.p(words("differ"), styles.h1))
    story.append(styles.p(words("differ_rule", below=consensus_limit_text(lang)), styles.small))
    story.append(Spacer(1, 2 * mm))
    discussion = stats.discussion
    if discussion:
        story += legend
        story.append(_question_table(styles, questionnaire, discussion, lang, with_block=True))
    else:
        story.append(styles.p(words("no_differ", below=consensus_limit_text(lang)), styles.body))
    story.append(styles.p(words("questions"), styles.h1))
    if not discussion:
        story += legend
    for block in questionnaire.blocks:
        block_questions = [q for q in stats.questions if q.block.id == block.id]
        story.append(
            KeepTogether(
                [
                    styles.p(block.title.get(lang), styles.h2),
                    styles.p(block.lead_in.get(lang), styles.small),
                    Spacer(1, 1 * mm),
                    _question_table(styles, questionnaire, block_questions, lang, with_block=False),
                ]
            )
        )
        note = group.notes.get(block.id, "")
        if note.strip():
            story.append(Spacer(1, 2 * mm))
            story.append(styles.p(notes_label(lang), styles.cell_bold))
            story.append(styles.p(note, styles.note))
        own = own_notes(group, block.id) if participant_notes else []
        if own:
            story.append(Spacer(1, 2 * mm))
            story.append(styles.p(f"{words('participant_notes')}:", styles.cell_bold))
            story += styles.bullets(own, styles.note)
    story.append(Spacer(1, 8 * mm))
    story.append(styles.p(questionnaire.credit.get(lang), styles.small))
    return story


def _block_table(styles: Styles, shown: GroupPresentation) -> TaggedTable:
    widths = [CONTENT_WIDTH - 100 * mm, 12 * mm, 36 * mm, 26 * mm, 26 * mm]
    return content_table(
        styles, group_block_table(shown), widths, grid_style("MIDDLE"), repeat_header=False, header_columns=(0,)
    )


def _question_table(
    styles: Styles,
    questionnaire: Questionnaire,
    questions: Sequence[QuestionStats],
    lang: str,
    *,
    with_block: bool,
) -> TaggedTable:
    # The last column fits the bold heading "Consensus" on one line.
    widths = [
        QUESTION_LABEL_WIDTH,
        CONTENT_WIDTH - QUESTION_LABEL_WIDTH - DISTRIBUTION_WIDTH - 4 * mm - 16 * mm - 26 * mm,
        DISTRIBUTION_WIDTH + 4 * mm,
        16 * mm,
        26 * mm,
    ]
    return content_table(
        styles,
        question_table(questionnaire, questions, lang, with_block=with_block),
        widths,
        grid_style("TOP"),
        figure=lambda part: figure(
            distribution_bar(styles, part.question, DISTRIBUTION_WIDTH, DISTRIBUTION_HEIGHT),
            distribution_text(part.question, lang),
        ),
    )


def distribution_bar(styles: Styles, q: QuestionStats, width: float, height: float) -> Drawing:
    """A stacked bar of how many answered 1..5, counts written inside the segments."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=BAR_TRACK, strokeColor=None))
    if not q.n:
        return drawing
    x = 0.0
    for index, (_value, count) in enumerate(sorted(q.counts.items())):
        if not count:
            continue
        segment = width * count / q.n
        fill = rating_fill(index)
        drawing.add(
            Rect(x, 0, segment, height, fillColor=colors.HexColor(fill), strokeColor=colors.white, strokeWidth=0.6)
        )
        if segment >= 3 * mm:
            drawing.add(
                String(
                    x + segment / 2,
                    height / 2 - 2.6,
                    str(count),
                    fontName=styles.bold,
                    fontSize=7.5,
                    fillColor=colors.HexColor(rating_ink(index)),
                    textAnchor="middle",
                )
            )
        x += segment
    return drawing


def legend_drawing(styles: Styles, questionnaire: Questionnaire, width: float = CONTENT_WIDTH) -> Drawing:
    values = list(questionnaire.scale.values)
    box = 5 * mm
    drawing = Drawing(width, box + 1 * mm)
    for index, value in enumerate(values):
        x = index * 14 * mm
        drawing.add(
            Rect(
                x,
                0,
                box,
                box,
                fillColor=colors.HexColor(rating_fill(index)),
                strokeColor=RULE,
                strokeWidth=0.4,
            )
        )
        drawing.add(String(x + box + 1.5 * mm, 1.3 * mm, str(value), fontName=styles.bold, fontSize=8, fillColor=INK))
    return drawing


def range_chart(styles: Styles, shown: GroupPresentation, width: float = CONTENT_WIDTH) -> Drawing:
    """Per block: a bar to the mean share and a whisker from the lowest to the highest share."""
    rows = []
    for line in shown.blocks:
        if line.mean_percent is None or line.min_percent is None or line.max_percent is None:
            rows.append(ChartRow(line.title, None, line.range_text))
            continue
        rows.append(
            ChartRow(
                line.title,
                line.mean_percent / 100,
                line.range_text,
                low=line.min_percent / 100,
                high=line.max_percent / 100,
            )
        )
    return share_chart(styles, rows, value_width=44 * mm, lang=shown.lang, width=width)


__all__ = ["write_group_pdf"]
