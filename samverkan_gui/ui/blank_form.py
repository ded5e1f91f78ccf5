"""Saving a blank paper form from either window (Arkiv and the workshop): one place for the
dialog, the folder remembered for forms, the suffix and the error message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samverkan_gui.core.errors import SamverkanError
from samverkan_gui.core.questionnaire import Questionnaire
from samverkan_gui.ui import dialogs
from samverkan_gui.ui.workshop.exports import last_folder, remember_folder


def save_blank_form(parent: QWidget, questionnaire: Questionnaire, lang: str, collaboration: str = "") -> Path | None:
    """Ask where, write the form (prefilled with ``collaboration``); the path written, or None.

    Errors are shown to the user (in ``lang``) and give None.
    """
    from samverkan_gui.report.blank_form import write_blank_form

    name = "svarsblankett.pdf" if lang == "sv" else "answer-form.pdf"
    folder = last_folder("form") or Path.home()
    path = dialogs.save_file_name(
        parent,
        QCoreApplication.translate("BlankForm", "Save blank form"),
        str(folder / name),
        QCoreApplication.translate("BlankForm", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    remember_folder("form", path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
        if path.exists() and not dialogs.ask_yes_no(
            parent,
            QCoreApplication.translate("BlankForm", "Replace file"),
            QCoreApplication.translate("BlankForm", "%1 already exists. Do you want to replace it?").replace(
                "%1", path.name
            ),
        ):
            return None
    try:
        write_blank_form(questionnaire, path, lang, collaboration=collaboration.strip())
    except SamverkanError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("BlankForm", "The blank form could not be written"), exc.message(lang)
        )
        return None
    return path
