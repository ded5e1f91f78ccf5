"""One entry point per report for both its formats (:class:`~samverkan_gui.core.file_kinds.ReportFormat`).

A report is a PDF or a Word document; unless the caller says which, the file name's
suffix decides (:func:`~samverkan_gui.core.file_kinds.format_for`: ``.pdf`` or none PDF,
``.docx`` Word), so the command line and the window pick the format the same way.

The writers are imported when called: reportlab and python-docx stay out of the
window's start-up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, TYPE_CHECKING

from samverkan_gui.core.file_kinds import ReportFormat, format_for

if TYPE_CHECKING:
    from samverkan_gui.core.assessment import Assessment
    from samverkan_gui.core.compare import Comparison
    from samverkan_gui.core.group import Group
    from samverkan_gui.core.questionnaire import Questionnaire


Target = Path | str | IO[bytes]


def _chosen(target: Target, report_format: ReportFormat | None) -> ReportFormat:
    if report_format is not None:
        return report_format
    if isinstance(target, (str, Path)):
        return format_for(target)
    raise ValueError("a stream has no file name: give the report format")


def write_assessment_report(
    assessment: Assessment,
    questionnaire: Questionnaire,
    target: Target,
    lang: str | None = None,
    *,
    report_format: ReportFormat | None = None,
    today: dt.date | None = None,
    source: Path | None = None,
) -> ReportFormat:
    """Write the report of one assessment as PDF or Word (by ``target``'s suffix unless given); returns the format.

    ``source`` is the assessment's own file: a follow-up's report shows the change since
    the file it follows, looked for beside it.
    """
    chosen = _chosen(target, report_format)
    if chosen is ReportFormat.WORD:
        from samverkan_gui.report.word import write_assessment_docx

        write_assessment_docx(assessment, questionnaire, target, lang, today=today, source=source)
    else:
        from samverkan_gui.report.pdf import write_assessment_pdf

        write_assessment_pdf(assessment, questionnaire, target, lang, today=today, source=source)
    return chosen


def write_group_report(
    group: Group,
    questionnaire: Questionnaire,
    target: Target,
    lang: str | None = None,
    *,
    show_names: bool = False,
    participant_notes: bool = False,
    report_format: ReportFormat | None = None,
    today: dt.date | None = None,
    source: Path | None = None,
) -> ReportFormat:
    """Write a workshop group's report as PDF or Word (by ``target``'s suffix unless given); returns the format.

    ``source`` is the group's own file (see :func:`write_assessment_report`).
    """
    chosen = _chosen(target, report_format)
    if chosen is ReportFormat.WORD:
        from samverkan_gui.report.group_word import write_group_docx as write
    else:
        from samverkan_gui.report.group_pdf import write_group_pdf as write
    write(
        group,
        questionnaire,
        target,
        lang,
        show_names=show_names,
        participant_notes=participant_notes,
        today=today,
        source=source,
    )
    return chosen


def write_compare_report(
    result: Comparison,
    target: Target,
    lang: str = "sv",
    *,
    report_format: ReportFormat | None = None,
    today: dt.date | None = None,
) -> ReportFormat:
    """Write a comparison over time as PDF or Word (by ``target``'s suffix unless given); returns the format."""
    chosen = _chosen(target, report_format)
    if chosen is ReportFormat.WORD:
        from samverkan_gui.report.compare_word import write_compare_docx as write
    else:
        from samverkan_gui.report.compare_pdf import write_compare_pdf as write
    write(result, target, lang, today=today)
    return chosen
