"""The PDF report of one assessment (A4, Swedish or English, fonts embedded)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from samverkan_gui.core.assessment import Assessment
from samverkan_gui.core.compare import lowest_questions
from samverkan_gui.core.messages import normalise_language
from samverkan_gui.core.questionnaire import WEAKEST_BLOCKS_PLACEHOLDER, Questionnaire
from samverkan_gui.core.scoring import Result
from samverkan_gui.report.common import (
    CONTENT_WIDTH,
    INK,
    ChartRow,
    Styles,
    build_pdf,
    details_table,
    grid_style,
    safe,
    share_chart,
)
from samverkan_gui.report.plan_pdf import band_ladder, lowest_section, plan_section

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "subtitle": "Rapport från självskattningen",
        "collaboration": "Samverkan",
        "respondent": "Besvarad av",
        "organisation": "Organisation",
        "date": "Datum",
        "questionnaire": "Frågeformulär",
        "version": "version",
        "result": "Resultat",
        "points_of": "{total} av {max} poäng",
        "band": "Poängintervall {min}–{max}",
        "weakest": "Lägst andel av maxpoäng har {names} ({percent} %): titta särskilt där.",
        "draft": "Utkast: {n} av {total} frågor saknar svar. Summa och råd visas när alla frågor är besvarade.",
        "missing": "Frågor utan svar",
        "blocks": "Resultat per block",
        "block": "Block",
        "score": "Poäng",
        "max": "Max",
        "share": "Andel",
        "chart_title": "Andel av maxpoäng per block",
        "answers": "Svar per fråga",
        "question": "Fråga",
        "answer": "Svar",
        "no_answer": "Inget svar",
        "notes": "Anteckningar",
        "sum": "Summa",
        "footer": "Samverkan {version} · {title} · skapad {date}",
        "page": "Sida",
        "of": "av",
        "not_given": "–",
    },
    "en": {
        "subtitle": "Self-assessment report",
        "collaboration": "Collaboration",
        "respondent": "Answered by",
        "organisation": "Organisation",
        "date": "Date",
        "questionnaire": "Questionnaire",
        "version": "version",
        "result": "Result",
        "points_of": "{total} of {max} points",
        "band": "Score band {min}–{max}",
        "weakest": "The lowest share of the maximum is in {names} ({percent} %): look there especially.",
        "draft": "Draft: {n} of {total} questions have no answer. The total and advice appear when every question is answered.",
        "missing": "Questions without an answer",
        "blocks": "Result per block",
        "block": "Block",
        "score": "Score",
        "max": "Max",
        "share": "Share",
        "chart_title": "Share of maximum score per block",
        "answers": "Answers per question",
        "question": "Question",
        "answer": "Answer",
        "no_answer": "No answer",
        "notes": "Notes",
        "sum": "Total",
        "footer": "Samverkan {version} · {title} · created {date}",
        "page": "Page",
        "of": "of",
        "not_given": "–",
    },
}


def write_assessment_pdf(
    assessment: Assessment,
    questionnaire: Questionnaire,
    target: Path | str | IO[bytes],
    lang: str | None = None,
    *,
    today: dt.date | None = None,
) -> None:
    """Write the report of ``assessment`` as A4 PDF to ``target`` (path: atomically).

    The language follows the assessment unless ``lang`` is given.
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or assessment.language)
    result = assessment.score(questionnaire)
    title = questionnaire.title.get(lang)
    build_pdf(
        target,
        lambda styles: _story(styles, assessment, questionnaire, result, lang),
        words=TEXTS[lang],
        lang=lang,
        questionnaire_title=title,
        doc_title=f"{title} – {assessment.collaboration}" if assessment.collaboration else title,
        today=today,
    )


def weakest_line(result: Result, lang: str) -> str:
    """Name the weakest block(s) when the band's own advice does not (three of the five bands)."""
    if result.band is None or not result.weakest_blocks:
        return ""
    if "{" + WEAKEST_BLOCKS_PLACEHOLDER + "}" in result.band.advice.get(lang):
        return ""
    percent = result.block_score(result.weakest_blocks[0]).percent
    return TEXTS[lang]["weakest"].format(names=result.weakest_block_names(lang), percent=percent)


def _story(
    styles: Styles, assessment: Assessment, questionnaire: Questionnaire, result: Result, lang: str
) -> list[Any]:
    words = TEXTS[lang]
    story: list[Any] = [
        styles.p(questionnaire.title.get(lang), styles.title),
        styles.p(words["subtitle"], styles.subtitle),
        _details_table(styles, assessment, questionnaire, lang),
        Spacer(1, 6 * mm),
        styles.p(words["result"], styles.h1),
    ]
    if result.total is not None and result.band is not None:
        story.append(styles.p(words["points_of"].format(total=result.total, max=result.max_total), styles.big))
        story.append(styles.p(words["band"].format(min=result.band.min, max=result.band.max), styles.small))
        story.append(Spacer(1, 2 * mm))
        story.append(styles.p(result.advice(lang) or "", styles.advice))
        weakest = weakest_line(result, lang)
        if weakest:
            story.append(styles.p(weakest, styles.advice))
        story += band_ladder(styles, questionnaire, result.total, lang)
    else:
        story.append(
            styles.p(words["draft"].format(n=len(result.missing), total=len(questionnaire.question_ids)), styles.advice)
        )
        story.append(styles.p(f"{words['missing']}:", styles.cell_bold))
        for question_id in result.missing:
            block = questionnaire.block_of(question_id)
            number = [q.id for q in block.questions].index(question_id) + 1
            text = questionnaire.question(question_id).text.get(lang)
            story.append(styles.p(f"• {block.title.get(lang)} {number}: {text}", styles.note))
    story += [
        Spacer(1, 3 * mm),
        KeepTogether([styles.p(words["chart_title"], styles.h2), block_chart(styles, result, lang)]),
        Spacer(1, 3 * mm),
        KeepTogether([styles.p(words["blocks"], styles.h2), _block_table(styles, result, lang)]),
        *lowest_section(styles, lowest_questions(assessment, questionnaire), questionnaire, lang),
        *plan_section(styles, assessment.plan, questionnaire, lang, follows=assessment.follows),
        PageBreak(),
        styles.p(words["answers"], styles.h1),
    ]
    for block_score in result.blocks:
        block = block_score.block
        parts: list[Any] = [
            styles.p(
                f"{block.title.get(lang)}  ({block_score.score}/{block_score.max})",
                styles.h2,
            ),
            styles.p(block.lead_in.get(lang), styles.small),
            Spacer(1, 1.5 * mm),
            _answer_table(styles, assessment, questionnaire, block.questions, lang),
        ]
        story.append(KeepTogether(parts[:4]))
        note = assessment.notes.get(block.id, "")
        if note.strip():
            story.append(Spacer(1, 2 * mm))
            story.append(styles.p(f"{words['notes']}:", styles.cell_bold))
            story.append(styles.p(note, styles.note))
    story.append(Spacer(1, 8 * mm))
    story.append(styles.p(questionnaire.credit.get(lang), styles.small))
    return story


def _details_table(styles: Styles, assessment: Assessment, questionnaire: Questionnaire, lang: str) -> Table:
    words = TEXTS[lang]
    rows = [
        (words["collaboration"], assessment.collaboration),
        (words["respondent"], assessment.respondent),
        (words["organisation"], assessment.organisation),
        (words["date"], assessment.date.isoformat() if assessment.date else ""),
        (
            words["questionnaire"],
            f"{questionnaire.title.get(lang)} ({words['version']} {questionnaire.version})",
        ),
    ]
    return details_table(styles, rows, words["not_given"])


def _share_percent(score: int, maximum: int) -> int:
    """Whole percent, rounded half up like the block shares."""
    return int(Fraction(score * 100, maximum) + Fraction(1, 2)) if maximum else 0


def _block_table(styles: Styles, result: Result, lang: str) -> Table:
    words = TEXTS[lang]
    header = [styles.p(words[key], styles.cell_bold) for key in ("block", "score", "max", "share")]
    rows: list[list[Any]] = [header]
    for bs in result.blocks:
        rows.append(
            [
                styles.p(bs.block.title.get(lang), styles.cell),
                styles.p(str(bs.score), styles.cell),
                styles.p(str(bs.max), styles.cell),
                styles.p(f"{bs.percent} %", styles.cell),
            ]
        )
    total = result.total if result.total is not None else result.answered_total
    rows.append(
        [
            styles.p(words["sum"], styles.cell_bold),
            styles.p(str(total) if result.complete else f"({total})", styles.cell_bold),
            styles.p(str(result.max_total), styles.cell_bold),
            # The same share as the window's table shows (empty for a draft).
            styles.p(f"{_share_percent(total, result.max_total)} %" if result.complete else "", styles.cell_bold),
        ]
    )
    table = Table(rows, colWidths=[CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm])
    table.setStyle(grid_style("MIDDLE", ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)))
    return table


def _answer_table(
    styles: Styles,
    assessment: Assessment,
    questionnaire: Questionnaire,
    questions: Sequence[Any],
    lang: str,
) -> Table:
    words = TEXTS[lang]
    rows: list[list[Any]] = [
        [
            styles.p("#", styles.cell_bold),
            styles.p(words["question"], styles.cell_bold),
            styles.p(words["answer"], styles.cell_bold),
        ]
    ]
    for number, question in enumerate(questions, 1):
        value = assessment.answers.get(question.id)
        answer = f"{value} – {questionnaire.scale.label(value, lang)}" if value is not None else words["no_answer"]
        rows.append(
            [
                styles.p(str(number), styles.cell),
                styles.p(question.text.get(lang), styles.cell),
                styles.p(answer, styles.cell_bold if value is not None else styles.small),
            ]
        )
    table = Table(rows, colWidths=[9 * mm, CONTENT_WIDTH - 9 * mm - 52 * mm, 52 * mm], repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return table


def block_chart(styles: Styles, result: Result, lang: str) -> Drawing:
    """Each block's share of its maximum, with the values written out."""
    rows = [
        ChartRow(bs.block.title.get(lang), bs.share, f"{bs.percent} % ({bs.score}/{bs.max})") for bs in result.blocks
    ]
    return share_chart(styles, rows, value_width=26 * mm)


__all__ = ["TEXTS", "block_chart", "safe", "write_assessment_pdf"]
