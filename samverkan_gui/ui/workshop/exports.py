"""The workshop's own outputs: the group report (PDF) and CSV for Excel.

Each kind of file remembers its own folder (``pdf``, ``csv``), so the
facilitator's report and the spreadsheet for the municipality's statistician go
where they went last time.  Asking, writing and announcing are
:class:`~samverkan_gui.ui.exports.Exports`'; the blank paper form is
:func:`samverkan_gui.ui.exports.blank_form`, as in the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import CSV_SUFFIX, PDF_SUFFIX, has_suffix, with_suffix
from samverkan_gui.core.text import slug
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.exports import Exports
from samverkan_gui.ui.i18n import current_language
from samverkan_gui.ui.learning_loop import follows_source
from samverkan_gui.ui.settings import remember_folder
from samverkan_gui.ui.workshop.session import GroupSession


def _base_name(session: GroupSession) -> str:
    return slug(session.group.collaboration) or QCoreApplication.translate("WorkshopExports", "workshop")


def _failed() -> str:
    return QCoreApplication.translate("WorkshopExports", "Export failed")


def group_pdf(exports: Exports, session: GroupSession, *, show_names: bool, participant_notes: bool) -> bool:
    """The group report, with names when shown and the participants' notes when chosen."""
    path = exports.target(
        QCoreApplication.translate("WorkshopExports", "Save group report"),
        str(Path(exports.start_folder("pdf")) / f"{_base_name(session)}{PDF_SUFFIX}"),
        file_filters.pdf(),
        PDF_SUFFIX,
        "pdf",
    )
    if path is None:
        return False
    group, questionnaire, lang = session.group, session.questionnaire, current_language()

    def write() -> None:
        from samverkan_gui.report.group_pdf import write_group_pdf

        write_group_pdf(
            group,
            questionnaire,
            path,
            lang,
            show_names=show_names,
            participant_notes=participant_notes,
            source=follows_source(session),
        )

    return exports.write(path, write, _failed())


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
