"""The workshop's outputs: the group report (PDF), CSV for Excel, blank paper forms.

Each kind of file remembers its own folder (``pdf``, ``csv``, ``form``), so the
facilitator's report and the spreadsheet for the municipality's statistician go
where they went last time.  Asking, replacing, the wait cursor and errors are the
document controller's; the announcement is :func:`samverkan_gui.ui.exports.announce`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import CSV_SUFFIX, PDF_SUFFIX, has_suffix, with_suffix
from samverkan_gui.core.text import slug
from samverkan_gui.ui import dialogs, file_filters
from samverkan_gui.ui.exports import ExportingWindow, announce
from samverkan_gui.ui.settings import last_folder, remember_folder
from samverkan_gui.ui.workshop.session import ui_language

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.workshop.results import GroupResultsView
    from samverkan_gui.ui.workshop.session import GroupSession


class WorkshopWindow(ExportingWindow, Protocol):
    """What the exports need of the workshop window (described here: importing it back would be a cycle)."""

    session: GroupSession
    results: GroupResultsView
    show_names_action: QAction

    def window(self) -> QWidget: ...


def start_folder(document: DocumentController, kind: str | None = None) -> str:
    """Where a file dialog starts: the folder last used for this kind of file, else the group's."""
    remembered = last_folder(kind) if kind else None
    return str(remembered) if remembered is not None else document.default_directory()


def _base_name(window: WorkshopWindow) -> str:
    return slug(window.session.group.collaboration) or QCoreApplication.translate("WorkshopExports", "workshop")


def _target(
    window: WorkshopWindow, caption: str, default_name: str, file_filter: str, suffix: str, kind: str
) -> Path | None:
    start = str(Path(start_folder(window.document, kind)) / default_name)
    path = window.document.ask_target(caption, start, file_filter, suffix)
    if path is not None:
        remember_folder(kind, path)
    return path


def _run(window: WorkshopWindow, write: Callable[[], object], path: Path) -> None:
    if window.document.run_export(write, QCoreApplication.translate("WorkshopExports", "Export failed")):
        announce(window, path)


def group_pdf(window: WorkshopWindow) -> None:
    """The group report, with names when shown and the participants' notes when chosen."""
    from samverkan_gui.report.group_pdf import write_group_pdf

    path = _target(
        window,
        QCoreApplication.translate("WorkshopExports", "Save group report"),
        f"{_base_name(window)}{PDF_SUFFIX}",
        file_filters.pdf(),
        PDF_SUFFIX,
        "pdf",
    )
    if path is None:
        return
    _run(
        window,
        lambda: write_group_pdf(
            window.session.group,
            window.session.questionnaire,
            path,
            ui_language(),
            show_names=window.show_names_action.isChecked(),
            participant_notes=window.results.include_notes.isChecked(),
        ),
        path,
    )


def group_csv(window: WorkshopWindow, *, per_participant: bool) -> None:
    """CSV for Excel in the Swedish or English number format (chosen in the save dialog)."""
    from samverkan_gui.report.group_csv import write_group_csv

    formats = {
        "sv": file_filters.csv_swedish_excel(),
        "en": file_filters.csv_english_excel(),
    }
    lang = ui_language()
    chosen = dialogs.save_file_name_with_choice(
        window.window(),
        QCoreApplication.translate("WorkshopExports", "Save CSV for Excel"),
        str(Path(start_folder(window.document, "csv")) / f"{_base_name(window)}{CSV_SUFFIX}"),
        list(formats.values()),
        formats[lang if lang in formats else "en"],
    )
    if chosen is None:
        return
    path, choice = chosen
    number_format = next(key for key, text in formats.items() if text == choice)
    remember_folder("csv", path)
    if not has_suffix(path, CSV_SUFFIX):
        path = with_suffix(path, CSV_SUFFIX)
        if not window.document.confirm_replace(path):
            return
    _run(
        window,
        lambda: write_group_csv(
            window.session.group,
            window.session.questionnaire,
            path,
            ui_language(),
            per_participant=per_participant,
            show_names=window.show_names_action.isChecked(),
            number_format=number_format,
        ),
        path,
    )


def blank_form(window: WorkshopWindow, lang: str) -> None:
    """A paper form in ``lang``, prefilled with the group's collaboration."""
    from samverkan_gui.ui.blank_form import save_blank_form

    session = window.session
    path = save_blank_form(window.document, session.questionnaire, lang, session.group.collaboration)
    if path is not None:
        announce(window, path)
