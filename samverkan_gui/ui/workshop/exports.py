"""The workshop's own outputs: the group report (PDF or Word) and CSV for Excel.

Each kind of file remembers its own folder (``pdf``, ``csv``), so the
facilitator's report and the spreadsheet for the municipality's statistician go
where they went last time.  Asking, writing and announcing are
:class:`~samverkan_gui.ui.exports.Exports`'; the blank paper form is
:func:`samverkan_gui.ui.exports.blank_form`, as in the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import CSV_SUFFIX, ReportFormat, has_suffix, with_suffix
from samverkan_gui.core.text import slug
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.exports import Exports, report_failed, report_written
from samverkan_gui.ui.follows import follows_source
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.settings import remember_folder
from samverkan_gui.ui.workshop.session import GroupSession


def _base_name(session: GroupSession) -> str:
    return slug(session.group.collaboration) or QCoreApplication.translate("WorkshopExports", "workshop")


def _failed() -> str:
    return QCoreApplication.translate("WorkshopExports", "Export failed")


def group_report(
    exports: Exports,
    session: GroupSession,
    report_format: ReportFormat | None = None,
    *,
    show_names: bool,
    participant_notes: bool,
) -> bool:
    """The group report as PDF or Word, with names when shown and the participants' notes when chosen."""
    chosen = exports.report_target(
        QCoreApplication.translate("WorkshopExports", "Save group report"),
        Path(exports.start_folder("pdf")) / _base_name(session),
        report_format,
        "pdf",
    )
    if chosen is None:
        return False
    path, written_as = chosen
    group, questionnaire, lang = session.group, session.questionnaire, current_language()

    def write() -> None:
        from samverkan_gui.report.formats import write_group_report

        write_group_report(
            group,
            questionnaire,
            path,
            lang,
            show_names=show_names,
            participant_notes=participant_notes,
            report_format=written_as,
            source=follows_source(session),
        )

    return exports.write(path, write, report_failed(written_as), report_written(written_as))


def group_csv(exports: Exports, session: GroupSession, *, per_participant: bool, show_names: bool) -> bool:
    """CSV for Excel in the Swedish or English number format (chosen in the save dialog)."""
    formats = {
        "sv": file_filters.csv_swedish_excel(),
        "en": file_filters.csv_english_excel(),
    }
    lang = current_language()
    chosen = dialogs.save_file_name_with_choice(
        exports.document.window,
        QCoreApplication.translate("WorkshopExports", "Save CSV for Excel"),
        str(Path(exports.start_folder("csv")) / f"{_base_name(session)}{CSV_SUFFIX}"),
        list(formats.values()),
        formats[lang if lang in formats else "en"],
    )
    if chosen is None:
        return False
    path, choice = chosen
    number_format = next(key for key, text in formats.items() if text == choice)
    remember_folder("csv", path)
    if not has_suffix(path, CSV_SUFFIX):
        path = with_suffix(path, CSV_SUFFIX)
        if not exports.document.confirm_replace(path):
            return False
    group, questionnaire = session.group, session.questionnaire

    def write() -> None:
        from samverkan_gui.report.group_csv import write_group_csv

        write_group_csv(
            group,
            questionnaire,
            path,
            lang,
            per_participant=per_participant,
            show_names=show_names,
            number_format=number_format,
        )

    return exports.write(path, write, _failed())
