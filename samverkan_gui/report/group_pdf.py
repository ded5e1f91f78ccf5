"""The group PDF of a workshop (A4, Swedish or English, fonts embedded).

Privacy: participants appear as codes unless ``show_names`` is asked for, and
no individual answers appear: only counts, means, spreads and ranges.
The participants' own notes are individual too and are left out; the
facilitator's notes per block (the group's) are printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_stats import DIFFER_SPREAD, GroupStats, QuestionStats, group_stats
from samverkan_gui.core.messages import normalise_language
from samverkan_gui.core.questionnaire import WEAKEST_BLOCKS_PLACEHOLDER, Questionnaire
from samverkan_gui.report.common import (
    BAR_TRACK,
    CONTENT_WIDTH,
    INK,
    RULE,
    ChartRow,
    Styles,
    build_pdf,
    details_table,
    grid_style,
    share_chart,
)
from samverkan_gui.report.plan_pdf import plan_section

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "subtitle": "Gruppens resultat",
        "collaboration": "Samverkan",
        "date": "Datum",
        "questionnaire": "Frågeformulär",
        "version": "version",
        "participants": "Deltagare",
        "participants_value": "{n} deltagare, {complete} med alla frågor besvarade",
        "result": "Gruppens resultat",
        "mean_total": "Medelsumma {mean} av {max} poäng",
        "total_range": "Lägst {low}, högst {high} poäng (n = {n}: deltagare med alla frågor besvarade)",
        "no_total": "Ingen deltagare har besvarat alla frågor ännu, så gruppen har ingen summa och inget råd.",
        "band": "Poängintervall {min}–{max}",
        "weakest": "Lägst andel av maxpoäng har {names} (medel {percent}): titta särskilt där.",
        "chart_title": "Andel av maxpoäng per block: medel och spridning",
        "chart_legend": "Stapeln visar gruppens medel; linjen går från lägsta till högsta deltagare.",
        "blocks": "Resultat per block",
        "block": "Block",
        "n": "n",
        "mean": "Medel",
        "lowest": "Lägst",
        "highest": "Högst",
        "differ": "Här skiljer sig synen",
        "differ_rule": "Frågor där svaren spänner över tre eller fler steg på skalan (högsta − lägsta ≥ {spread}), "
        "störst spridning först, sedan lägst medel.",
        "no_differ": "Gruppen har ungefär samma syn på alla frågor: inga svar spänner över tre steg eller fler.",
        "spread": "Spridning",
        "question": "Fråga",
        "distribution": "Fördelning 1–5",
        "questions": "Svaren per fråga",
        "legend": "Fördelning av svaren: {labels}. Siffrorna i stapeln är antal deltagare.",
        "answered": "n = {n} ({missing} utan svar)",
        "notes": "Anteckningar",
        "footer": "Samverkan {version} · {title} · grupp · skapad {date}",
        "page": "Sida",
        "of": "av",
        "not_given": "–",
        "yes": "ja",
    },
    "en": {
        "subtitle": "Group results",
        "collaboration": "Collaboration",
        "date": "Date",
        "questionnaire": "Questionnaire",
        "version": "version",
        "participants": "Participants",
        "participants_value": "{n} participants, {complete} with every question answered",
        "result": "The group's result",
        "mean_total": "Mean total {mean} of {max} points",
        "total_range": "Lowest {low}, highest {high} points (n = {n}: participants with every question answered)",
        "no_total": "No participant has answered every question yet, so the group has no total and no advice.",
        "band": "Score band {min}–{max}",
        "weakest": "The lowest share of the maximum is in {names} (mean {percent}): look there especially.",
        "chart_title": "Share of maximum score per block: mean and range",
        "chart_legend": "The bar shows the group's mean; the line runs from the lowest to the highest participant.",
        "blocks": "Result per block",
        "block": "Block",
        "n": "n",
        "mean": "Mean",
        "lowest": "Lowest",
        "highest": "Highest",
        "differ": "Where views differ",
        "differ_rule": "Questions whose answers span three or more steps of the scale (highest − lowest ≥ {spread}), "
        "widest spread first, then lowest mean.",
        "no_differ": "The group has much the same view on every question: no answers span three steps or more.",
        "spread": "Spread",
        "question": "Question",
        "distribution": "Distribution 1–5",
        "questions": "Answers per question",
        "legend": "Distribution of the answers: {labels}. The numbers in the bar are participants.",
        "answered": "n = {n} ({missing} without an answer)",
        "notes": "Notes",
        "footer": "Samverkan {version} · {title} · group · created {date}",
        "page": "Page",
        "of": "of",
        "not_given": "–",
        "yes": "yes",
    },
}

#: One colour per scale step, light to dark (told apart by lightness, not hue); text colour on each.
STEP_FILLS = ["#f3d9c4", "#e6a77a", "#b9b9b9", "#6fa3d0", "#1f5f99"]
STEP_TEXT = ["#1a1a1a", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff"]


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A number as a Swedish or English reader writes it (decimal comma in Swedish)."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "sv" else text


def percent(share: float | None, lang: str) -> str:
    if share is None:
        return "–"
    return f"{round(share * 100)} %"


def weakest_line(stats: GroupStats, lang: str) -> str:
    """Name the weakest block(s) when the band's own advice does not (three of the five bands)."""
    if stats.band is None or not stats.weakest_blocks:
        return ""
    if "{" + WEAKEST_BLOCKS_PLACEHOLDER + "}" in stats.band.advice.get(lang):
        return ""
    share = stats.block_stats(stats.weakest_blocks[0]).mean_share
    return TEXTS[lang]["weakest"].format(names=stats.weakest_block_names(lang), percent=percent(share, lang))


def write_group_pdf(
    group: Group,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    show_names: bool = False,
    today: dt.date | None = None,
) -> None:
    """Write the group report as A4 PDF to ``target`` (a path is written atomically).

    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or group.language)
    stats = group_stats(group, questionnaire)
    title = questionnaire.title.get(lang)
    build_pdf(
        target,
        lambda styles: _story(styles, group, questionnaire, stats, lang, show_names),
        words=TEXTS[lang],
        lang=lang,
        questionnaire_title=title,
        doc_title=f"{title} – {group.collaboration}" if group.collaboration else title,
        today=today,
    )


def participant_label(participant: Any, show_names: bool) -> str:
    if not show_names:
        return participant.code
    extra = ", ".join(part for part in (participant.name, participant.organisation) if part)
    return f"{participant.code} ({extra})" if extra else participant.code


def _story(
    styles: Styles, group: Group, questionnaire: Questionnaire, stats: GroupStats, lang: str, show_names: bool
) -> list[Any]:
    words = TEXTS[lang]
    story: list[Any] = [
        styles.p(questionnaire.title.get(lang), styles.title),
        styles.p(words["subtitle"], styles.subtitle),
        _details_table(styles, group, questionnaire, stats, lang, show_names),
        Spacer(1, 5 * mm),
        styles.p(words["result"], styles.h1),
    ]
    if stats.mean_total is not None and stats.band is not None:
        story.append(
            styles.p(words["mean_total"].format(mean=number(stats.mean_total, lang), max=stats.max_total), styles.big)
        )
        story.append(
            styles.p(
                words["total_range"].format(low=stats.min_total, high=stats.max_total_seen, n=stats.complete),
                styles.small,
            )
        )
        story.append(styles.p(words["band"].format(min=stats.band.min, max=stats.band.max), styles.small))
        story.append(Spacer(1, 2 * mm))
        story.append(styles.p(stats.advice(lang) or "", styles.advice))
        weakest = weakest_line(stats, lang)
        if weakest:
            story.append(styles.p(weakest, styles.advice))
    else:
        story.append(styles.p(words["no_total"], styles.advice))
    story += [
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                styles.p(words["chart_title"], styles.h2),
                styles.p(words["chart_legend"], styles.small),
                Spacer(1, 2 * mm),
                range_chart(styles, stats, lang),
            ]
        ),
        Spacer(1, 3 * mm),
        KeepTogether([styles.p(words["blocks"], styles.h2), _block_table(styles, stats, lang)]),
        *plan_section(styles, group.plan, questionnaire, lang, follows=group.follows),
    ]
    story.append(PageBreak())
    story.append(styles.p(words["differ"], styles.h1))
    story.append(styles.p(words["differ_rule"].format(spread=DIFFER_SPREAD), styles.small))
    story.append(Spacer(1, 2 * mm))
    discussion = stats.discussion
    if discussion:
        story.append(_question_table(styles, discussion, lang, with_block=True))
    else:
        story.append(styles.p(words["no_differ"], styles.body))
    story.append(styles.p(words["questions"], styles.h1))
    labels = ", ".join(f"{v} = {questionnaire.scale.label(v, lang)}" for v in questionnaire.scale.values)
    story.append(styles.p(words["legend"].format(labels=labels), styles.small))
    story.append(Spacer(1, 1 * mm))
    story.append(legend_drawing(styles, questionnaire))
    for block in questionnaire.blocks:
        block_questions = [q for q in stats.questions if q.block.id == block.id]
        story.append(
            KeepTogether(
                [
                    styles.p(block.title.get(lang), styles.h2),
                    styles.p(block.lead_in.get(lang), styles.small),
                    Spacer(1, 1 * mm),
                    _question_table(styles, block_questions, lang, with_block=False),
                ]
            )
        )
        note = group.notes.get(block.id, "")
        if note.strip():
            story.append(Spacer(1, 2 * mm))
            story.append(styles.p(f"{words['notes']}:", styles.cell_bold))
            story.append(styles.p(note, styles.note))
    story.append(Spacer(1, 8 * mm))
    story.append(styles.p(questionnaire.credit.get(lang), styles.small))
    return story


def _details_table(
    styles: Styles, group: Group, questionnaire: Questionnaire, stats: GroupStats, lang: str, show_names: bool
) -> Table:
    words = TEXTS[lang]
    people = ", ".join(participant_label(p, show_names) for p in group.participants)
    count = words["participants_value"].format(n=stats.participants, complete=stats.complete)
    rows = [
        (words["collaboration"], group.collaboration),
        (words["date"], group.date.isoformat() if group.date else ""),
        (words["questionnaire"], f"{questionnaire.title.get(lang)} ({words['version']} {questionnaire.version})"),
        (words["participants"], f"{count}: {people}" if people else count),
    ]
    return details_table(styles, rows, words["not_given"])


def _block_table(styles: Styles, stats: GroupStats, lang: str) -> Table:
    words = TEXTS[lang]
    header = [styles.p(words[key], styles.cell_bold) for key in ("block", "n", "mean", "lowest", "highest")]
    rows: list[list[Any]] = [header]
    for b in stats.blocks:
        rows.append(
            [
                styles.p(b.block.title.get(lang), styles.cell),
                styles.p(str(b.n), styles.cell),
                styles.p(f"{percent(b.mean_share, lang)} ({number(b.mean_score, lang)}/{b.max})", styles.cell),
                styles.p(percent(b.min_share, lang), styles.cell),
                styles.p(percent(b.max_share, lang), styles.cell),
            ]
        )
    widths = [CONTENT_WIDTH - 100 * mm, 12 * mm, 36 * mm, 26 * mm, 26 * mm]
    table = Table(rows, colWidths=widths)
    table.setStyle(grid_style("MIDDLE"))
    return table


def _question_table(
    styles: Styles, questions: list[QuestionStats] | tuple[QuestionStats, ...], lang: str, *, with_block: bool
) -> Table:
    words = TEXTS[lang]
    bar_width = 46 * mm
    rows: list[list[Any]] = [
        [
            styles.p("#", styles.cell_bold),
            styles.p(words["question"], styles.cell_bold),
            styles.p(words["distribution"], styles.cell_bold),
            styles.p(words["mean"], styles.cell_bold),
            styles.p(words["spread"], styles.cell_bold),
        ]
    ]
    for q in questions:
        text = q.question.text.get(lang)
        question_cell: list[Any] = []
        if with_block:
            question_cell.append(styles.p(f"{q.block.title.get(lang)} {q.number_in_block}", styles.small))
        question_cell.append(styles.p(text, styles.cell))
        if q.missing:
            question_cell.append(styles.p(words["answered"].format(n=q.n, missing=q.missing), styles.small))
        rows.append(
            [
                styles.p(str(q.number), styles.cell),
                question_cell,
                distribution_bar(styles, q, bar_width, 5.5 * mm),
                styles.p(number(q.mean, lang), styles.cell_bold),
                styles.p(
                    f"{q.spread} ({q.lowest}–{q.highest})" if q.spread is not None else "–",
                    styles.cell_bold if q.views_differ else styles.cell,
                ),
            ]
        )
    widths = [
        9 * mm,
        CONTENT_WIDTH - 9 * mm - bar_width - 4 * mm - 16 * mm - 24 * mm,
        bar_width + 4 * mm,
        16 * mm,
        24 * mm,
    ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return table


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
        fill = STEP_FILLS[index % len(STEP_FILLS)]
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
                    fillColor=colors.HexColor(STEP_TEXT[index % len(STEP_TEXT)]),
                    textAnchor="middle",
                )
            )
        x += segment
    return drawing


def legend_drawing(styles: Styles, questionnaire: Questionnaire) -> Drawing:
    values = list(questionnaire.scale.values)
    box = 5 * mm
    drawing = Drawing(CONTENT_WIDTH, box + 1 * mm)
    for index, value in enumerate(values):
        x = index * 14 * mm
        drawing.add(
            Rect(
                x,
                0,
                box,
                box,
                fillColor=colors.HexColor(STEP_FILLS[index % len(STEP_FILLS)]),
                strokeColor=RULE,
                strokeWidth=0.4,
            )
        )
        drawing.add(String(x + box + 1.5 * mm, 1.3 * mm, str(value), fontName=styles.bold, fontSize=8, fillColor=INK))
    return drawing


def range_chart(styles: Styles, stats: GroupStats, lang: str) -> Drawing:
    """Per block: a bar to the mean share and a whisker from the lowest to the highest share."""
    rows = []
    for b in stats.blocks:
        title = b.block.title.get(lang)
        if b.mean_share is None or b.min_share is None or b.max_share is None:
            rows.append(ChartRow(title, None, "n = 0"))
            continue
        value = f"{percent(b.mean_share, lang)} ({percent(b.min_share, lang)}–{percent(b.max_share, lang)}) n = {b.n}"
        rows.append(ChartRow(title, b.mean_share, value, low=b.min_share, high=b.max_share))
    return share_chart(styles, rows, value_width=44 * mm)


__all__ = ["TEXTS", "number", "write_group_pdf"]
