"""Saving a blank paper form from either window (Arkiv and the workshop): one place for the
file name, the folder remembered for forms and the prefilled collaboration; asking and writing
go through the window's document controller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import PDF_SUFFIX
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.ui import file_filters
from samverkan_gui.ui.document import DocumentController
from samverkan_gui.ui.settings import last_folder, remember_folder


def save_blank_form(
    document: DocumentController, questionnaire: Questionnaire, lang: str, collaboration: str = ""
) -> Path | None:
    """Ask where, write the form (prefilled with ``collaboration``); the path written, or None.

    Errors are shown to the user by the controller and give None.
    """
    from samverkan_gui.report.blank_form import write_blank_form

    name = ("svarsblankett" if lang == "sv" else "answer-form") + PDF_SUFFIX
    folder = last_folder("form") or Path(document.default_directory())
    path = document.ask_target(
        QCoreApplication.translate("BlankForm", "Save blank form"),
        str(folder / name),
        file_filters.pdf(),
        PDF_SUFFIX,
    )
    if path is None:
        return None
    remember_folder("form", path)
    written = document.run_export(
        lambda: write_blank_form(questionnaire, path, lang, collaboration=collaboration.strip()),
        QCoreApplication.translate("BlankForm", "The blank form could not be written"),
    )
    return path if written else None
