"""The group report of a workshop as a Word document (.docx), with the group PDF's content.

The same privacy rules as :mod:`samverkan_gui.report.group_pdf`: codes unless names are
asked for, no individual answers, the participants' own notes only when asked for and
then under their codes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from samverkan_gui.core.group import Group
from samverkan_gui.core.group_orgs import OrganisationView, Withheld, organisation_view
from samverkan_gui.core.group_stats import group_stats
from samverkan_gui.core.messages import Texts, normalise_language, render
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.present import present_group
from samverkan_gui.present.alt_text import distribution_text, group_chart_text, scale_legend_text
from samverkan_gui.present.group import consensus_limit_text
from samverkan_gui.present.learning import SinceLastPresentation
from samverkan_gui.present.organisations import present_organisations
from samverkan_gui.report.common import QUESTION_LABEL_WIDTH, Styles
from samverkan_gui.report.content import (
    Distribution,
    Look,
    document_title,
    group_block_table,
    group_details,
    notes_label,
    organisation_differ_table,
    organisation_means_table,
    own_notes,
    question_table,
    scale_labels,
    since_shown,
)
from samverkan_gui.report.group_pdf import (
    DISTRIBUTION_HEIGHT,
    distribution_bar,
    legend_drawing,
    range_chart,
)
from samverkan_gui.report.plan_word import plan_section
from samverkan_gui.report.word import since_section
from samverkan_gui.report.word_common import TEXT_WIDTH, WordReport, write_word

#: The stacked bar of a question's answers, narrower than the PDF's: Word's cells have wider margins.
_BAR_WIDTH = 38 * mm
#: The columns of the answers tables: the question's label, question, distribution, mean, consensus.
_QUESTION_COLUMNS = [
    QUESTION_LABEL_WIDTH,
    TEXT_WIDTH - QUESTION_LABEL_WIDTH - _BAR_WIDTH - 5 * mm - 19 * mm - 24 * mm,
]
_QUESTION_COLUMNS += [_BAR_WIDTH + 5 * mm, 19 * mm, 24 * mm]


def write_group_docx(
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
    """Write the group report as a Word document to ``target`` (a path is written atomically).

    ``show_names``, ``participant_notes`` and ``source`` as for
    :func:`~samverkan_gui.report.group_pdf.write_group_pdf`.
    Raises :class:`ReportError` or :class:`SaveError` with a user-readable message.
    """
    lang = normalise_language(lang or group.language)
    title = questionnaire.title.get(lang)
    since = since_shown(group, source, lang)
    write_word(
        target,
        lambda report: _build(report, group, questionnaire, show_names, participant_notes, since),
        texts=Texts("group_pdf", lang),
        questionnaire_title=title,
        doc_title=document_title(title, group.collaboration),
        today=today,
    )


def _build(
    report: WordReport,
    group: Group,
    questionnaire: Questionnaire,
    show_names: bool,
    participant_notes: bool,
    since: SinceLastPresentation | None,
) -> None:
    lang = report.lang
    words = Texts("group_pdf", lang)
    styles = Styles(lang)
    stats = group_stats(group, questionnaire)
    shown = present_group(stats, lang)
    report.title(questionnaire.title.get(lang))
    report.subtitle(words("subtitle"))
    report.details(group_details(group, questionnaire, stats, lang, show_names))
    report.section(words("result"))
    if shown.mean_total_text is not None and shown.band_range is not None:
        report.big(words("mean_total", mean=shown.mean_total_text, max=shown.max_total))
        report.paragraph(
            words("total_range", low=stats.min_total, high=stats.max_total_seen, n=stats.complete), Look.SMALL
        )
        report.result_lines(shown.band_range, shown.advice, shown.weakest)
    else:
        report.paragraph(words("no_total"))
    since_section(report, since)
    report.subsection(words("chart_title"))
    report.paragraph(words("chart_legend"), Look.SMALL, keep_with_next=True)
    report.picture(range_chart(styles, shown, TEXT_WIDTH), group_chart_text(shown))
    report.subsection(render("report.blocks", lang))
    report.table(
        group_block_table(shown), [TEXT_WIDTH - 96 * mm, 12 * mm, 36 * mm, 24 * mm, 24 * mm], keep_together=True
    )
    _organisations(report, organisation_view(group, questionnaire))
    plan_section(report, group.plan, questionnaire, follows=group.follows)

    def distribution(part: Distribution) -> tuple[Drawing, str]:
        drawing = distribution_bar(styles, part.question, _BAR_WIDTH, DISTRIBUTION_HEIGHT)
        return drawing, distribution_text(part.question, lang)

    def legend() -> None:
        # The answers' colours are explained before their first use, as in the PDF.
        report.paragraph(words("legend", labels=scale_labels(questionnaire, lang)), Look.SMALL, keep_with_next=True)
        report.picture(legend_drawing(styles, questionnaire, TEXT_WIDTH), scale_legend_text(questionnaire, lang))

    report.section(words("differ"), new_page=True)
    report.paragraph(words("differ_rule", below=consensus_limit_text(lang)), Look.SMALL)
    discussion = stats.discussion
    if discussion:
        legend()
        report.table(question_table(questionnaire, discussion, lang, with_block=True), _QUESTION_COLUMNS, distribution)
    else:
        report.paragraph(words("no_differ", below=consensus_limit_text(lang)))
    report.section(words("questions"))
    if not discussion:
        legend()
    for block in questionnaire.blocks:
        report.subsection(block.title.get(lang))
        report.paragraph(block.lead_in.get(lang), Look.SMALL, keep_with_next=True)
        block_questions = [q for q in stats.questions if q.block.id == block.id]
        report.table(
            question_table(questionnaire, block_questions, lang, with_block=False),
            _QUESTION_COLUMNS,
            distribution,
            keep_together=True,
        )
        note = group.notes.get(block.id, "")
        if note.strip():
            report.paragraph(notes_label(lang), Look.BOLD, keep_with_next=True)
            report.note(note)
        own = own_notes(group, block.id) if participant_notes else []
        if own:
            report.paragraph(f"{words('participant_notes')}:", Look.BOLD, keep_with_next=True)
            for text in own:
                report.note(text)
    report.paragraph(questionnaire.credit.get(lang), Look.SMALL)


def _organisations(report: WordReport, view: OrganisationView) -> None:
    """The organisations' views, as the group PDF has them (nothing when fewer than two are named)."""
    if view.withheld is Withheld.FEWER_THAN_TWO_ORGANISATIONS:
        return
    words = Texts("orgs", report.lang)
    shown = present_organisations(view, report.lang)
    report.section(words("title"))
    if not shown.available:
        report.paragraph(shown.withheld_text)
        return
    columns = len(shown.columns)
    report.paragraph(shown.rule_text, Look.SMALL, keep_with_next=True)
    means = [54 * mm, *[(TEXT_WIDTH - 54 * mm) / columns] * columns]
    report.table(organisation_means_table(shown), means, keep_together=True)
    report.subsection(words("differ"))
    report.paragraph(shown.differ_rule_text, Look.SMALL, keep_with_next=True)
    if shown.differ:
        rest = TEXT_WIDTH - QUESTION_LABEL_WIDTH - 48 * mm - 22 * mm
        differ = [QUESTION_LABEL_WIDTH, 48 * mm, *[rest / columns] * columns, 22 * mm]
        report.table(organisation_differ_table(shown), differ)
    else:
        report.paragraph(shown.no_differ_text)


__all__ = ["write_group_docx"]
