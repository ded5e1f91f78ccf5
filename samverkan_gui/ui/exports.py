"""Writing the main window's outputs (the PDF report, a blank paper form), and what every window
says once a file is written: a status line (or none) and the notice with Open / Show in folder.

Asking where, replacing, the wait cursor and errors are the document controller's
(:meth:`~samverkan_gui.ui.document.DocumentController.ask_target`, ``run_export``);
reportlab is imported only when a file is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from samverkan_gui.core.file_kinds import PDF_SUFFIX
from samverkan_gui.core.placeholders import fill
from samverkan_gui.ui import file_filters
from samverkan_gui.ui.i18n import current_language

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QStatusBar

    from samverkan_gui.ui.document import DocumentController
    from samverkan_gui.ui.export_notice import ExportNotice
    from samverkan_gui.ui.session import AssessmentSession


class ExportingWindow(Protocol):
    """A window that writes files: its document controller, status bar and export notice."""

    document: DocumentController
    export_notice: ExportNotice

    def statusBar(self) -> QStatusBar: ...


class AssessmentWindow(ExportingWindow, Protocol):
    session: AssessmentSession


def announce(window: ExportingWindow, path: Path, message: str = "") -> None:
    """``path`` was written: ``message`` (its ``%1`` the path) in the status bar, else none, and the notice."""
    if message:
        window.statusBar().showMessage(fill(message, str(path)), 8000)
    else:
        window.statusBar().clearMessage()
    window.export_notice.show_for(path)


def assessment_pdf(window: AssessmentWindow) -> bool:
    """The open assessment's PDF report (a draft lists what is missing); True when written."""
    session = window.session
    result = session.result()
    assessment = session.assessment
    questionnaire = session.questionnaire
    if result is None or assessment is None or questionnaire is None:
        return False
    document = window.document
    path = document.ask_target(
        QCoreApplication.translate("Exports", "Export PDF report"),
        document.suggested_path(PDF_SUFFIX),
        file_filters.pdf(),
        PDF_SUFFIX,
    )
    if path is None:
        return False

    def write() -> None:
        # reportlab is imported here, not at start-up: it costs a noticeable part of a second.
        from samverkan_gui.report.pdf import write_assessment_pdf

        write_assessment_pdf(assessment, questionnaire, path, lang=current_language())

    if not document.run_export(write, QCoreApplication.translate("Exports", "The PDF could not be written")):
        return False
    document.remember_directory(path)
    announce(
        window,
        path,
        QCoreApplication.translate("Exports", "PDF written to %1")
        if result.complete
        else QCoreApplication.translate("Exports", "Draft PDF written to %1"),
    )
    return True


def blank_form(window: AssessmentWindow) -> None:
    """A paper form of the open (else the default) questionnaire, prefilled with the collaboration."""
    from samverkan_gui.core.registry import shipped_registry
    from samverkan_gui.ui.blank_form import save_blank_form

    session = window.session
    questionnaire = session.questionnaire or shipped_registry().default()
    collaboration = session.assessment.collaboration if session.assessment else ""
    path = save_blank_form(window.document, questionnaire, current_language(), collaboration)
    if path is not None:
        announce(window, path, QCoreApplication.translate("Exports", "Blank form written to %1"))
