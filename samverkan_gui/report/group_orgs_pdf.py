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
from samverkan_gui.present.organisations import OrganisationPresentation, present_organisations
from samverkan_gui.report.common import CONTENT_WIDTH, QUESTION_LABEL_WIDTH, Styles, cell_flowables, grid_style
from samverkan_gui.report.content import TableContent, organisation_differ_table, organisation_means_table
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


def _header(styles: Styles, content: TableContent, plain: int) -> list[TaggedParagraph]:
    """The header row: the first ``plain`` headings as every table's, the organisations' (name over n)
    a step smaller than the cells, so that long names keep their words whole."""
    smaller = ParagraphStyle("OrganisationHeading", parent=styles.cell_bold, fontSize=8.5, leading=11)
    return [styles.p(text, styles.cell_bold if index < plain else smaller) for index, text in enumerate(content.header)]


def _table(
    styles: Styles, content: TableContent, plain: int, widths: list[float], valign: str, header_columns: tuple[int, ...]
) -> TaggedTable:
    rows: list[list[Any]] = [_header(styles, content, plain)]
    rows += [[cell_flowables(styles, part) for part in row] for row in content.rows]
    table = TaggedTable(rows, colWidths=widths, repeatRows=1, header_columns=header_columns)
    table.setStyle(grid_style(valign))
    return table


def _widths(before: list[float], columns: int, after: list[float]) -> list[float]:
    """Fixed widths before and after; the organisations' columns share what is left."""
    rest = (CONTENT_WIDTH - sum(before) - sum(after)) / max(1, columns)
    return [*before, *[rest] * columns, *after]


def _means_table(styles: Styles, shown: OrganisationPresentation) -> TaggedTable:
    widths = _widths([58 * mm], len(shown.columns), [])
    return _table(styles, organisation_means_table(shown), 1, widths, "MIDDLE", (0,))


def _differ_table(styles: Styles, shown: OrganisationPresentation) -> TaggedTable:
    widths = _widths([QUESTION_LABEL_WIDTH, 48 * mm], len(shown.columns), [20 * mm])
    return _table(styles, organisation_differ_table(shown), 2, widths, "TOP", ())


__all__ = ["organisation_section"]
