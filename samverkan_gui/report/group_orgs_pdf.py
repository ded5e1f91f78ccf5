"""The group PDF's section on the organisations' views: one table side by side, and the questions
where the organisations differ most.

Only what :mod:`samverkan_gui.core.group_orgs` shows by name appears: an organisation with fewer
than three counted participants is never named, only pooled as "Övriga".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from samverkan_gui.core.group_orgs import OrganisationView, Withheld
from samverkan_gui.core.messages import Texts
from samverkan_gui.present.organisations import OrganisationColumn, OrganisationPresentation, present_organisations
from samverkan_gui.report.common import CONTENT_WIDTH, QUESTION_LABEL_WIDTH, Styles, grid_style
from samverkan_gui.report.tagged import TaggedParagraph, TaggedTable


def organisation_section(styles: Styles, view: OrganisationView, lang: str) -> list[Any]:
    """The section's flowables; none when fewer than two organisations are named."""
    if view.withheld is Withheld.FEWER_THAN_TWO_ORGANISATIONS:
        return []
    words = Texts("orgs", lang)
    shown = present_organisations(view, lang)
    if not shown.available:
        return [KeepTogether([styles.p(words("title"), styles.h1), styles.p(shown.withheld_text, styles.body)])]
    story: list[Any] = [
        KeepTogether(
            [
                styles.p(words("title"), styles.h1),
                styles.p(shown.rule_text, styles.small),
                Spacer(1, 2 * mm),
                _means_table(styles, shown),
            ]
        ),
        Spacer(1, 2 * mm),
    ]
    heading = [styles.p(words("differ"), styles.h2), styles.p(shown.differ_rule_text, styles.small), Spacer(1, 1 * mm)]
    if shown.differ:
        story.append(KeepTogether([*heading, _differ_table(styles, shown)]))
    else:
        story.append(KeepTogether([*heading, styles.p(shown.no_differ_text, styles.body)]))
    return story


def _heading(styles: Styles, column: OrganisationColumn) -> TaggedParagraph:
    """The organisation's name over its n, a step smaller than the cells: long names keep their words whole."""
    return styles.p(f"{column.name}\nn = {column.n}", _heading_style(styles))


def _heading_style(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("OrganisationHeading", parent=styles.cell_bold, fontSize=8.5, leading=11)


def _widths(before: list[float], columns: int, after: list[float]) -> list[float]:
    """Fixed widths before and after; the organisations' columns share what is left."""
    rest = (CONTENT_WIDTH - sum(before) - sum(after)) / max(1, columns)
    return [*before, *[rest] * columns, *after]


def _means_table(styles: Styles, shown: OrganisationPresentation) -> TaggedTable:
    words = Texts("orgs", shown.lang)
    header = [styles.p(words.word("block"), styles.cell_bold)]
    header += [_heading(styles, column) for column in shown.columns]
    rows: list[list[Any]] = [header]
    for index, title in enumerate(shown.block_titles):
        rows.append(
            [styles.p(title, styles.cell)] + [styles.p(c.blocks[index].text, styles.cell) for c in shown.columns]
        )
    rows.append(
        [styles.p(words("total_row", max=shown.max_total), styles.cell_bold)]
        + [styles.p(c.mean_total_text, styles.cell_bold) for c in shown.columns]
    )
    table = TaggedTable(rows, colWidths=_widths([58 * mm], len(shown.columns), []), repeatRows=1, header_columns=(0,))
    table.setStyle(grid_style("MIDDLE"))
    return table


def _differ_table(styles: Styles, shown: OrganisationPresentation) -> TaggedTable:
    words = Texts("orgs", shown.lang)
    header = [styles.p("#", styles.cell_bold), styles.p(words.word("question"), styles.cell_bold)]
    header += [_heading(styles, column) for column in shown.columns]
    header.append(styles.p(words("difference"), _heading_style(styles)))
    rows: list[list[Any]] = [header]
    for line in shown.differ:
        rows.append(
            [
                styles.p(line.label, styles.label),
                [styles.p(line.block_title, styles.small), styles.p(line.text, styles.cell)],
                *[styles.p(mean, styles.cell) for mean in line.means],
                styles.p(line.spread_text, styles.cell_bold),
            ]
        )
    widths = _widths([QUESTION_LABEL_WIDTH, 48 * mm], len(shown.columns), [20 * mm])
    table = TaggedTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style("TOP"))
    return table


__all__ = ["organisation_section"]
